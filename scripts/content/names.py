"""Names in another language than a page's: what must carry its language (WCAG 3.1.2).

Two lists say which names they are: docs/data/names.yml (names in any
language, a file of every language: schemas/names.schema.yml) and each
glossary's terms with a `lang` (docs/data/glossary/, for the pages of that
glossary's language). The language-of-parts check (scripts/langparts) reports
such a name written unmarked on a page of another language; the build marks
them where it writes them itself (scripts/content/figures.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from html import escape

from scripts.content.data_files import REPORT, DataError, load
from scripts.content.glossary import load_glossary, path_of as glossary_path
from scripts.findings import catalogs
from scripts.project import shown


@dataclass(frozen=True)
class ForeignName:
    name: str
    lang: str
    listed_in: str  # the data file that lists it, as editors see it

    @property
    def pattern(self) -> re.Pattern:
        """The name as a whole word or words, in any case, wherever a line may break inside it;
        not part of a web or e-mail address (tij-dingen.be, info@tij-dingen.be)."""
        words = r"\s+".join(re.escape(word) for word in self.name.split())
        return re.compile(rf"(?<![\w./@]){words}(?![\w@]|[.-]\w)", re.IGNORECASE)

    def marked(self, written: str | None = None) -> str:
        """The name as Markdown marks its language: *Het Laatste Nieuws*{lang=nl}."""
        return f"*{written or self.name}*{{lang={self.lang}}}"


def path_of(docs_dir: Path) -> Path:
    return docs_dir / "data" / "names.yml"


@lru_cache
def load_names(docs_dir: Path) -> tuple[ForeignName, ...]:
    """docs/data/names.yml; raises DataError, naming the file and the line, when it is wrong."""
    path = path_of(docs_dir)
    document = load(path, "names", catalogs.EVERY_LANGUAGE)
    names, seen, findings = [], {}, []
    for index, entry in enumerate(document.data["names"]):
        key, line = entry["name"].casefold(), document.line(["names", index])
        if key in seen:
            findings.append(REPORT.finding("names-duplicate", shown(path), catalogs.EVERY_LANGUAGE, line,
                                           value=entry["name"], first=seen[key]))
        seen.setdefault(key, line)
        names.append(ForeignName(entry["name"], entry["lang"], shown(path)))
    if findings:
        raise DataError(findings)
    return tuple(names)


def foreign_names(docs_dir: Path, language: str) -> list[ForeignName]:
    """Every name that a page in `language` must mark, longest first (so 'Working in the Arts –
    Amateur' is found before 'Working in the Arts')."""
    found = {name.name.casefold(): name for name in load_names(docs_dir) if name.lang != language}
    glossary = shown(glossary_path(docs_dir, language))
    for term in load_glossary(docs_dir, language):
        if term.lang and term.lang != language:
            found.setdefault(term.term.casefold(), ForeignName(term.term, term.lang, glossary))
    return sorted(found.values(), key=lambda name: (-len(name.name), name.name))


def spans(text: str, names: list[ForeignName]):
    """(start, end, name) of each name in a text, longest names first, never two at one place."""
    taken: list[tuple[int, int]] = []
    for name in names:
        for match in name.pattern.finditer(text):
            if not any(start < match.end() and match.start() < end for start, end in taken):
                taken.append(match.span())
                yield match.start(), match.end(), name


def marked(text: str, names: list[ForeignName]) -> str:
    """A text the build writes from data (a figure's title, a glossary explanation), with each
    name in another language in a span of its language: pages mark theirs by hand."""
    pieces, last = [], 0
    for start, end, name in sorted(spans(text, names), key=lambda span: span[0]):
        pieces += [text[last:start], f'<span lang="{name.lang}">{escape(text[start:end], quote=False)}</span>']
        last = end
    return "".join(pieces) + text[last:]
