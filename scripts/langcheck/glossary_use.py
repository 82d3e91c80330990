"""Glossary terms are explained where a page first uses them.

The first time a page uses a term of the glossary (docs/data/glossary/<language>.yml),
by its name or its abbreviation, the text either explains it (explained.py)
or links it to its entry: [heroverweging](glossary.md#heroverweging). Each
entry of the glossary page has that anchor (scripts/content/glossary.py).
Headings, the glossary page itself and the sources section are not checked;
a term inside a longer term ("tegemoetkoming" in "integratietegemoetkoming")
is the longer term.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from scripts.findings import WARNING, Finding
from scripts.content.glossary import Term, anchor, load_glossary
from scripts.langcheck.explained import explained
from scripts.langcheck.page_text import PageText
from scripts.langcheck.rules import literal_phrase, spans
from scripts.langcheck.words import WordIndex

RULE = "glossary-link"
CATEGORY = "glossary"
GLOSSARY_PAGE = "glossary.md"


@lru_cache
def patterns(language: str, docs: Path) -> tuple[tuple[Term, re.Pattern], ...]:
    found = []
    for term in load_glossary(docs, language):
        found.append((term, literal_phrase(term.term, language)))
        if term.abbreviation:
            written = r"\s".join(re.escape(part.lower()) for part in term.abbreviation.split())
            found.append((term, re.compile(r"[ \n]" + written + r"(?![^ \n])")))
    return tuple(found)


def uses(index: WordIndex, language: str, docs: Path) -> list[tuple[int, int, Term]]:
    """(first word, last word, term) of every use, the longest where two overlap."""
    found = sorted(((first, last, term) for term, pattern in patterns(language, docs)
                    for first, last in spans([pattern], index)), key=lambda use: (use[0], use[0] - use[1]))
    kept, taken = [], set()
    for first, last, term in sorted(found, key=lambda use: use[0] - use[1]):
        if taken.isdisjoint(range(first, last + 1)):
            kept.append((first, last, term))
            taken.update(range(first, last + 1))
    return sorted(kept, key=lambda use: use[0])


def check(page: PageText, index: WordIndex, docs: Path, skipped: set[int]) -> tuple[list[Finding], set[int]]:
    """The findings, and every word that is part of a glossary term (the rare-word check leaves them)."""
    findings, seen, covered = [], set(), set()
    for first, last, term in uses(index, page.language, docs):
        covered.update(range(first, last + 1))
        place = index.places[first]
        text = page.texts[place.text]
        if term.term in seen or place.text in skipped or text.kind != "text":
            continue
        # An abbreviation that only shares letters with a word ("IT" in "it") is not the term.
        if term.abbreviation and index.places[first].word.written.lower() == term.abbreviation.lower() \
                and index.places[first].word.written != term.abbreviation.split()[0]:
            continue
        seen.add(term.term)
        words = index.words[place.text]
        position = words.index(place.word)
        offset = text.offsets[place.word.start]
        if explained(page, words, place.text, position, position + last - first, anchor(term)):
            continue
        last_word = index.places[last].word
        found = " ".join(text.chars[place.word.start:last_word.end].split())
        findings.append(page.finding("glossary-link", offset, CATEGORY, WARNING, rule=RULE,
                                     found=found, anchor=anchor(term)))
    return findings, covered
