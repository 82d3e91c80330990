"""Language of parts: a name in another language carries its language (WCAG 3.1.2).

python -m scripts.langparts [PATH ...] checks Markdown pages (all of docs/ by
default). A French page that writes Working in the Arts or zorgkas, or a
Dutch page that writes Agence pour une Vie de Qualité, without marking its
language makes a screen reader pronounce it as French or Dutch. Which names
those are is data, not a guess: docs/data/names.yml and the glossaries'
terms with a `lang` (scripts/content/names.py). A word-language detector was
not used: on names and short phrases it guesses wrong (is "Tij-dingen"
Dutch? is "Guide social" French or English?), and a check that cries wolf
teaches editors to ignore it.

Reported, in the page's language, with the file, line and column and the
marked text to write instead:
- a listed name written unmarked in the page's text (`*name*{lang=en}` marks
  it; so does an HTML element with lang, or a heading or block ending in
  `{lang=en}`);
- a page whose whole title is such a name without `title_lang` in its front
  matter (the title also names the page in the menu, which
  scripts/hooks/page_titles.py marks with it).
The page's description and the text of attributes (an image's alt text, a
link's title) are left alone: in an attribute (<meta name="description">,
alt="…") a part cannot carry a language.
"""

from __future__ import annotations

import re
from pathlib import Path

from scripts.content.local_formats import language_name
from scripts.content.names import ForeignName, foreign_names, spans
from scripts.content.pages import SourcePage, all_pages, pages_among
from scripts.findings import Finding, Reporter
from scripts.langcheck.page_text import ATTRIBUTE_LIST, LANG_ATTRIBUTE, PageText, parse

REPORT = Reporter(Path(__file__).with_name("messages.yml"), "language of parts")
TITLE_LANG = "title_lang"
ATTRIBUTE_TEXT = "meta"  # page_text's kind for the front matter's texts, alt and title attributes
BLOCK_ATTRIBUTES = re.compile(ATTRIBUTE_LIST.pattern + r"\s*$")


def check(project_dir: Path, paths: list[Path] | None = None) -> list[Finding]:
    """Every page of the project, or the pages among `paths`."""
    pages = all_pages(project_dir) if paths is None else pages_among(project_dir, paths)
    names = {}
    findings = []
    for page in pages:
        if page.language not in names:
            names[page.language] = foreign_names(project_dir / "docs", page.language)
        findings.extend(check_page(page, names[page.language]))
    return findings


def check_page(page: SourcePage, names: list[ForeignName]) -> list[Finding]:
    text = parse(page.path.read_bytes().decode("utf-8-sig"), page.shown, page.language)
    findings = []
    for piece in text.texts:
        if piece.kind == ATTRIBUTE_TEXT or in_other_language(piece.chars, page.language):
            continue
        for start, end, name in spans(piece.chars, names):
            findings.append(unmarked(text, page, name, piece.chars[start:end], piece.offsets[start]))
    findings.extend(title_findings(page, names))
    return findings


def in_other_language(chars: str, language: str) -> bool:
    """A heading or block that ends in an attribute list marking another language:
    '# European Disability Card {lang=en}'."""
    attributes = BLOCK_ATTRIBUTES.search(chars)
    marked = attributes and LANG_ATTRIBUTE.search(attributes.group())
    return bool(marked and marked.group(1).lower() != language)


def unmarked(text: PageText, page: SourcePage, name: ForeignName, written: str, offset: int) -> Finding:
    line, column = text.position(offset)
    return REPORT.finding("name-unmarked", page.shown, page.language, line, column, name=written,
                          language=language_name(name.lang, page.language), marked=name.marked(written),
                          listed_in=name.listed_in)


def title_findings(page: SourcePage, names: list[ForeignName]):
    document = page.front_matter().document
    if document is None or not isinstance(document.data, dict):
        return  # the front-matter check reports it
    title = str(document.data.get("title", "")).strip()
    name = next((name for name in names if name.name.casefold() == title.casefold()), None)
    if name is not None and document.data.get(TITLE_LANG) != name.lang:
        yield REPORT.finding("title-lang-missing", page.shown, page.language, document.line(["title"]),
                             title=title, language=language_name(name.lang, page.language), lang=name.lang)
