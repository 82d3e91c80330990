"""Every abbreviation is explained: at its first use on the page, or in the glossary.

An abbreviation is a word (or a part of a hyphenated word: IVT-aanvraag)
with at least two capitals and more capitals than small letters: OCMW, eID,
AViQ; not MyHandicap. It is explained when the glossary has it (its
`abbreviation` fields: docs/data/glossary/<language>.yml), when the page
defines it (*[IVT]: … or <abbr title="…">IVT</abbr>), or when its first use
on the page is written out in parentheses: "Openbaar Centrum voor
Maatschappelijk Welzijn (OCMW)" or "OCMW (Openbaar Centrum voor …)".
Names written in capitals (the WCAG levels AA, AAA) are listed in config.yml.
Only that first use is reported, once per abbreviation and page.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from scripts.findings import WARNING, Finding
from scripts.content.glossary import load_glossary, path_of
from scripts.langcheck import settings
from scripts.langcheck.page_text import PageText
from scripts.langcheck.words import Word, WordIndex
from scripts.project import shown

RULE = "abbreviation"
NEAR = 3  # words between an abbreviation and the parentheses around it
WRITTEN_OUT = 40  # words after an abbreviation in which its parentheses close


def is_abbreviation(part: str) -> bool:
    capitals = sum(char.isupper() for char in part)
    return capitals >= 2 and capitals > sum(char.islower() for char in part)


@lru_cache
def in_glossary(language: str, docs: Path) -> frozenset[str]:
    return frozenset(term.abbreviation for term in load_glossary(docs, language) if term.abbreviation)


def written_out(found: Sequence[Word], position: int) -> bool:
    """Whether the word at `position` is in parentheses, or followed by two or more words in parentheses
    (within WRITTEN_OUT words: the words around it are looked at, not the whole text, which may be long)."""
    window = found[max(0, position - NEAR):position + 1 + WRITTEN_OUT]
    at = min(position, NEAR)
    marks = [word.norm for word in window]
    before = marks[:at]
    after = marks[at + 1:at + 1 + NEAR]
    if "(" in before and ")" not in before[before.index("(") + 1:] and ")" in after:
        return True
    if marks[at + 1:at + 2] == ["("]:
        closing = marks.index(")", at + 1) if ")" in marks[at + 1:] else len(marks)
        return sum(1 for word in window[at + 2:closing] if word.is_word) >= 2
    return False


def check(page: PageText, index: WordIndex, docs: Path) -> list[Finding]:
    explained = in_glossary(page.language, docs) | page.abbreviations | set(
        settings.config()["abbreviations"]["not_abbreviations"])
    seen: set[str] = set()
    findings = []
    for number, found in enumerate(index.words):
        for position, word in enumerate(found):
            if word.written[1:] == word.norm[1:]:  # no capital after the first letter: most words
                continue
            before = found[position - 1].written if position else ""
            after = found[position + 1].written if position + 1 < len(found) else ""
            start = 0
            for part in word.written.split("-"):
                part_start, start = start, start + len(part) + 1
                if not is_abbreviation(part) or part in seen:
                    continue
                seen.add(part)
                if {part, f"{before} {part}", f"{part} {after}"} & explained or written_out(found, position):
                    continue
                findings.append(page.finding(
                    "abbreviation", page.texts[number].offsets[word.start + part_start], RULE, WARNING,
                    abbreviation=part, glossary=shown(path_of(docs, page.language))))
    return findings
