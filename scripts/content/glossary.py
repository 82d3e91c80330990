"""The glossary of one language (docs/data/glossary/<language>.yml), checked and ready to use.

One word for one thing: the build explains each abbreviation on every page
with it and lists every term on the glossary page
(scripts/hooks/glossary_terms.py); the language checker reads the same terms.
The file's format is at its top and in schemas/glossary.schema.yml.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Callable

from scripts.content.data_files import REPORT, DataError, load
from scripts.project import shown

MARKER = "{{ glossary }}"  # a page's line that becomes the list of every term


@dataclass(frozen=True)
class Term:
    term: str
    explanation: str
    source: str
    line: int
    abbreviation: str | None = None
    avoid: tuple[str, ...] = ()
    lang: str | None = None  # a term in another language than its glossary's

    @property
    def heading(self) -> str:
        return f"{self.term} ({self.abbreviation})" if self.abbreviation else self.term

    @property
    def heading_markdown(self) -> str:
        """The heading with a term in another language marked as such, so a screen
        reader pronounces it right (WCAG 3.1.2, language of parts)."""
        if not self.lang:
            return self.heading
        return self.heading.replace(self.term, f'<span lang="{self.lang}">{self.term}</span>', 1)


def path_of(docs_dir: Path, language: str) -> Path:
    return docs_dir / "data" / "glossary" / f"{language}.yml"


def load_glossary(docs_dir: Path, language: str) -> list[Term]:
    """The terms of one language; raises DataError, naming file and line, if the file is wrong."""
    path = path_of(docs_dir, language)
    document = load(path, "glossary", language)
    terms = [
        Term(entry["term"], entry["explanation"], entry["source"], document.line(["terms", index]),
             entry.get("abbreviation"), tuple(entry.get("avoid", ())), entry.get("lang"))
        for index, entry in enumerate(document.data["terms"])
    ]
    findings = duplicates(terms, path, language)
    if findings:
        raise DataError(findings)
    return terms


def duplicates(terms: list[Term], path: Path, language: str):
    """A term or an abbreviation that appears twice: two words for one thing, or one for two."""
    seen: dict[str, int] = {}
    findings = []
    for term in terms:
        for value in filter(None, (term.term, term.abbreviation)):
            key = value.casefold()
            if key in seen:
                findings.append(REPORT.finding("glossary-duplicate", shown(path), language, term.line,
                                               value=value, first=seen[key]))
            else:
                seen[key] = term.line
    return findings


def slug(text: str) -> str:
    """"allocation d'intégration" → "allocation-d-integration"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def anchor(term: Term) -> str:
    """The term's anchor on the glossary page: pages link to glossary.md#<anchor>."""
    return slug(term.term)


def abbreviations(terms: list[Term]) -> dict[str, str]:
    """{abbreviation: full term}, for the abbr extension's glossary."""
    return {term.abbreviation: term.term for term in terms if term.abbreviation}


def sort_key(text: str) -> str:
    # Alphabetical as a reader expects: "Économie" between "E" and "F", capitals mixed in.
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(character for character in decomposed if not unicodedata.combining(character))


def initial(term: Term) -> str:
    """The letter a term is listed under: "Économie" under E."""
    return sort_key(term.term)[:1].upper()


def glossary_markdown(terms: list[Term], mark: Callable[[str], str] = str) -> str:
    """Every term as a definition list (def_list extension), in alphabetical order, each
    with its anchor (attr_list), so a page can link a term to its entry; under a heading
    per letter (## M), so the page's contents are an A to Z a reader jumps through on a
    phone (the glossary is 11 screens long at 320 px); `mark` marks the names in another
    language in an explanation (scripts/content/names.py: marked)."""
    blocks, letter = [], None
    for term in sorted(terms, key=lambda t: sort_key(t.term)):
        if initial(term) != letter:
            letter = initial(term)
            blocks.append(f"## {letter} {{#letter-{letter.lower()}}}\n")
        blocks.append(f"{term.heading_markdown} {{#{anchor(term)}}}\n:   {mark(term.explanation)}\n")
    return "\n".join(blocks)


def abbreviations_in_their_language(html: str, terms: list[Term]) -> str:
    """A page's HTML with the abbreviation of a term in another language marked with it:
    <abbr lang="en" title="European Disability Card">EDC</abbr>, so its expansion, a text
    attribute in which a part cannot carry a language, is read in that language."""
    for term in terms:
        if term.abbreviation and term.lang:
            title = escape(term.term, quote=False).replace('"', "&quot;")  # as Python-Markdown writes it
            html = html.replace(f'<abbr title="{title}">', f'<abbr lang="{term.lang}" title="{title}">')
    return html
