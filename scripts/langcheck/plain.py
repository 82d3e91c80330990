"""Plain language: short sentences, and a readable page.

A sentence ends at . ! ? or … followed by a space and not by a small letter,
unless the word before the full stop is an abbreviation such as "bijv." or
"p. ex." (config.yml: not_sentence_ends). The texts of a page (headings,
paragraphs, list items, cells) never share a sentence.

The page's readability is Flesch–Douma for Dutch and Kandel–Moles for
French: textstat has both formulas (its "nl" and "fr" constants), and counts
syllables with pyphen's hyphenation dictionaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from textstat.backend import metrics

from scripts.findings import WARNING, Finding
from scripts.langcheck import settings
from scripts.langcheck.page_text import PageText
from scripts.langcheck.words import WordIndex

# textstat keeps the words of the texts it scores (a cache of 128 texts): a page over this is
# scored on its first texts up to this many characters, a sample of its writing, as Flesch's
# own method scores samples. The site's pages are far shorter, and scored whole.
READABILITY_SAMPLE = 200_000
SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|$)")
NEXT_CHARACTER = re.compile(r"\s*(\S?)")

@dataclass(frozen=True)
class Score:
    formula: str
    value: float
    minimum: float
    words: int


def sentences(text: str, language: str | None) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of a text."""
    not_ends = set(settings.config()["plain"]["not_sentence_ends"].get(language, ()))
    start = 0
    for end in SENTENCE_END.finditer(text):
        words_before = text[start:end.start()].split()
        last_word = words_before[-1].lower().lstrip("(").rstrip(".") if words_before else ""
        if last_word in not_ends or NEXT_CHARACTER.match(text, end.end()).group(1).islower():
            continue
        yield start, end.end()
        start = end.end()
    if text[start:].strip():
        yield start, len(text)


def long_sentences(page: PageText, index: WordIndex) -> list[Finding]:
    limit = settings.config()["plain"]["sentence_words"]
    findings = []
    for number, text in enumerate(page.texts):
        for start, end in sentences(text.chars, page.language):
            count = index.count(number, start, end)
            if count > limit:
                first = start + len(text.chars[start:end]) - len(text.chars[start:end].lstrip())
                findings.append(page.finding("sentence-long", text.offsets[first], "plain", WARNING,
                                             words=count, limit=limit))
    return findings


def sample(texts: list) -> list:
    """The first texts of a page, up to READABILITY_SAMPLE characters (at least one)."""
    total = 0
    for number, text in enumerate(texts):
        total += len(text.chars) + 1
        if total > READABILITY_SAMPLE:
            return texts[:max(number, 1)]
    return texts


def score(page: PageText, index: WordIndex) -> Score | None:
    """The page's readability, or None for a page too short to score (or in another language)."""
    readability = settings.config()["plain"]["readability"]
    count = sum(index.count(number) for number in range(len(page.texts)))
    if page.language not in readability or count < readability["min_words"]:
        return None
    # Headings and list items often have no full stop: each text is a sentence of its own.
    prose = " ".join(text.chars.strip().rstrip(".!?:;") + "." for text in sample(page.texts))
    formula = readability[page.language]
    value = round(metrics.flesch_reading_ease(prose, page.language), 1)
    return Score(formula["formula"], value, formula["minimum"], count)


def check(page: PageText, index: WordIndex) -> list[Finding]:
    findings = long_sentences(page, index)
    readability = score(page, index)
    if readability and readability.value < readability.minimum:
        findings.append(page.finding("readability", None, "plain", WARNING, formula=readability.formula,
                                     score=readability.value, minimum=readability.minimum))
    return findings
