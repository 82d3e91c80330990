"""The language checker: inclusive, plain and consistent Dutch and French.

python -m scripts.langcheck [PATH ...] checks Markdown pages (all of docs/
by default) and reports, in the page's language:
- inclusive   words and framings to avoid (rules/<language>.yml) — error
- jargon      stiff and administrative words, with a plain word or "explain it"
              (rules/<language>-jargon.yml) — warning
- rare        words few readers know, unexplained and not linked (rare_words) — warning
- glossary    a glossary term explained or linked at its first use (glossary_use) — warning
- passive     passive sentences, where the pattern is nearly always one (passive) — warning
- terminology one word for one thing (the glossary's `avoid` words) — warning
- abbreviation every abbreviation explained at first use or in the glossary — warning
- plain       sentences over 25 words, and a page that is hard to read — warning
An editor allows one justified exception with a comment (see allow.py).

Modules: page_text (what the reader sees, and where it is in the file),
words (words and their normal forms), word_forms (every form of a rule's word),
rules (the word rules), explained (does the page explain a word?),
rare_words, glossary_use, passive, abbreviations, plain, allow, settings
(config.yml). It never changes a file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scripts import project
from scripts.findings import ERROR, Finding
from scripts.content import DataError
from scripts.langcheck import abbreviations, allow, glossary_use, passive, plain, rare_words, rules, settings
from scripts.langcheck.explained import explained
from scripts.langcheck.page_text import PageText, parse, read
from scripts.langcheck.words import WordIndex
from scripts.project import shown

# The site's languages (mkdocs.yml); each has its rules in rules/<language>.yml.
LANGUAGES = tuple(language.code for language in project.languages())
# Checks without a rules-file entry that an exception comment may name.
ALLOWABLE = {abbreviations.RULE, "sentence-long", rare_words.RULE, glossary_use.RULE, passive.RULE}
# Categories the sources section is spared: plain language, not inclusive language.
PLAIN_LANGUAGE = {"jargon"}
MESSAGE_KEYS = {"terminology": "terminology", "jargon": "jargon"}


def rule_finding(page: PageText, index: WordIndex, match: rules.Match) -> Finding:
    first, last = index.places[match.first], index.places[match.last]
    text = page.texts[first.text]
    found = " ".join(text.chars[first.word.start:last.word.end].split())
    offset, rule = text.offsets[first.word.start], match.rule
    key = "jargon-explain" if rule.explain else MESSAGE_KEYS.get(rule.category, "avoid")
    return page.finding(key, offset, rule.category, rule.severity, rule=rule.id,
                        found=found, reason=rule.reason, prefer=rule.prefer, term=rule.prefer)


def sources_texts(page: PageText) -> set[int]:
    """The texts of the sources, which list titles and names: a `## Bronnen` section,
    or a block titled so (??? quote "Bronnen", closed at the end of a page)."""
    names = set(settings.config()["sources_sections"].get(page.language, ()))
    return {number for number, text in enumerate(page.texts)
            if text.section in names or not names.isdisjoint(text.boxes)}


def word_matches(page: PageText, index: WordIndex, found: list[rules.Match], skipped: set[int]) -> list[rules.Match]:
    """The word rules' matches. A jargon word to explain counts once per page (each of its
    words: invaliditeit, oorlogsinvaliditeit), at its first use in running text, and only
    when the page does not explain it there."""
    kept, explain_seen = [], set()
    for match in found:
        place = index.places[match.first]
        if match.rule.category in PLAIN_LANGUAGE and place.text in skipped:
            continue
        if match.rule.explain:
            used = (match.rule.id, " ".join(index.places[number].word.norm
                                            for number in range(match.first, match.last + 1)))
            if used in explain_seen or page.texts[place.text].kind != "text":
                continue
            explain_seen.add(used)
            words = index.words[place.text]
            first = words.index(place.word)
            if explained(page, words, place.text, first, first + match.last - match.first):
                continue
        kept.append(match)
    return kept


def check_page(page: PageText, docs: Path = project.DOCS) -> list[Finding]:
    """`docs` is the folder whose glossary gives the official terms and abbreviations."""
    try:
        ruleset = rules.load(page.language, docs)
    except DataError as error:  # a wrong rules file or glossary: its own findings, with file and line
        return error.findings
    index = WordIndex((text.chars for text in page.texts), page.language)
    skipped = sources_texts(page)
    found = ruleset.find(index)
    findings = [rule_finding(page, index, match) for match in word_matches(page, index, found, skipped)]
    jargon = {number for match in found if match.rule.category == "jargon"
              for number in range(match.first, match.last + 1)}
    if page.file.replace("\\", "/").rsplit("/", 1)[-1] == glossary_use.GLOSSARY_PAGE:
        glossary_findings, terms = [], set()  # the glossary page is where the terms are explained
    else:
        glossary_findings, terms = glossary_use.check(page, index, docs, skipped)
    findings += glossary_findings
    findings += rare_words.check(page, index, skipped, jargon | terms)
    findings += passive.check(page, index, skipped)
    findings += abbreviations.check(page, index, docs)
    findings += plain.check(page, index)
    return allow.apply(page, findings, ruleset.ids | ALLOWABLE)


def check_text(text: str, file: str, language: str, docs: Path = project.DOCS) -> list[Finding]:
    """The findings on a text that is not a page of its own (a test's sample, a data file's text)."""
    return check_page(parse(text, file, language), docs)


def check_file(path: Path, language: str | None = None, docs: Path = project.DOCS) -> list[Finding]:
    language = project.language_of_source(path) or language
    empty = PageText(shown(path), language, "")
    if language not in LANGUAGES:
        return [empty.finding("language-unknown", None, "file", ERROR, languages="|".join(LANGUAGES),
                              folders=", ".join(f"docs/{code}/" for code in LANGUAGES))]
    try:
        page = read(path, shown(path), language)
    except (OSError, UnicodeDecodeError) as error:
        return [empty.finding("file-unreadable", None, "file", ERROR, error=error)]
    return check_page(page, docs)


def readability(path: Path, language: str | None = None) -> plain.Score | None:
    """A page's readability score, or None when it has none (too short, unreadable)."""
    language = project.language_of_source(path) or language
    try:
        page = read(path, shown(path), language)
    except (OSError, UnicodeDecodeError):
        return None
    return plain.score(page, WordIndex((text.chars for text in page.texts), language))


@dataclass(frozen=True)
class Sentences:
    """A page's sentence lengths and readability, for make check's table per page."""
    average: float
    longest: int
    readability: plain.Score | None


def sentence_summary(path: Path, language: str | None = None) -> Sentences | None:
    """None when the page cannot be read."""
    language = project.language_of_source(path) or language
    try:
        page = read(path, shown(path), language)
    except (OSError, UnicodeDecodeError):
        return None
    index = WordIndex((text.chars for text in page.texts), language)
    lengths = [index.count(number, start, end) for number, text in enumerate(page.texts) if text.kind == "text"
               for start, end in plain.sentences(text.chars, language)]
    lengths = [length for length in lengths if length]
    average = round(sum(lengths) / len(lengths), 1) if lengths else 0.0
    return Sentences(average, max(lengths, default=0), plain.score(page, index))


def markdown_files(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """The Markdown files in the given files and folders, and the paths that do not exist."""
    files: dict[Path, Path] = {}  # by resolved path: a file named twice is checked once
    missing = []
    for path in paths:
        if path.is_dir():
            files.update((found.resolve(), found) for found in sorted(path.rglob("*.md")))
        elif path.exists():
            files.setdefault(path.resolve(), path)
        else:
            missing.append(path)
    return list(files.values()), missing


def default_paths() -> list[Path]:
    """Every language's folder under docs/."""
    return [project.DOCS / language.code for language in project.languages()]


def check_paths(paths: list[Path] | None = None, language: str | None = None,
                docs: Path = project.DOCS) -> list[Finding]:
    files, missing = markdown_files(paths or default_paths())
    findings = [PageText(shown(path), None, "").finding("path-missing", None, "file", ERROR) for path in missing]
    findings += [PageText(shown(path), None, "").finding("path-not-markdown", None, "file", ERROR)
                 for path in files if path.suffix != ".md"]  # an image, mkdocs.yml: not a page to read
    for path in (path for path in files if path.suffix == ".md"):
        findings.extend(check_file(path, language, docs))
    return list(dict.fromkeys(findings))  # a wrong glossary is reported once, not once per page


def check_docs(project_dir: Path = project.ROOT) -> list[Finding]:
    """For `make check` (scripts/check/): every page of each language folder,
    whatever the build did."""
    docs = project_dir / "docs"
    return [finding for language in project.languages()
            for finding in check_paths([docs / language.code], language.code, docs)]
