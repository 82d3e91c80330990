"""Words as the checks see them.

A text is cut into words and punctuation marks, each with its place in the
text. Apostrophes, hyphens and full stops inside a word keep it one word
(auto's, e-mail, o.a, handicap.belgium.be, 2.1), and so do commas between
digits (48,77). Every word also has a normal form: lower case, one kind of apostrophe
and hyphen, no soft hyphen. French elisions are split off (d'un → d' un,
l'allocation → l' allocation), so a rule about "un handicapé" also finds
"d'un handicapé". URLs, e-mail addresses and attribute lists ({: .class })
are not words: nothing in them is checked.

All the words of a page go into one `WordIndex`: a single line of normal
forms, one space between words and a line break between texts (a heading, a
paragraph, a table cell…), so a rule is one regular expression run once per
page, and no rule matches across two texts.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import Iterable

from scripts.langcheck import settings

TOKEN = re.compile(
    r"(?P<skip>(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\{:?[ \t]*(?:[#.][\w-]|[\w-]+=)[^{}\n]*\})"
    r"|(?P<word>(?:[^\W_]|\u00ad)+(?:(?:['’ʼ\u2010\u2011.-]|(?<=\d),(?=\d))(?:[^\W_]|\u00ad)+)*)"
    r"|(?P<mark>[^\w\s]|_)"
)
# Normal forms: one apostrophe, one hyphen, no soft hyphen (and lower case).
UNIFORM = str.maketrans({"’": "'", "ʼ": "'", "\u2010": "-", "\u2011": "-", "\u00ad": None})


@dataclass(frozen=True, slots=True)
class Word:
    start: int  # in the text
    end: int
    written: str
    norm: str

    @property
    def is_word(self) -> bool:
        """A word, not a punctuation mark."""
        return self.norm[:1].isalnum()

    @property
    def counts(self) -> bool:
        """Whether a reader counts it as a word: "l'allocation" is one word, not two."""
        return self.is_word and not self.norm.endswith("'")


def elided(norm: str, language: str | None) -> int:
    """The length of an elided French word at the start ("d'" in "d'un"), or 0."""
    head, apostrophe, rest = norm.partition("'")
    if apostrophe and rest and head in settings.elisions(language):
        return len(head) + 1
    return 0


def words(text: str, language: str | None) -> list[Word]:
    found = []
    lowered = text.lower()
    same_length = len(lowered) == len(text)  # not so for a few letters, such as İ
    for match in TOKEN.finditer(text):
        if match.lastgroup == "skip":
            continue
        start, end = match.span()
        written = match.group()
        norm = (lowered[start:end] if same_length else written.lower()).translate(UNIFORM)
        cut = elided(norm, language) if "'" in norm else 0
        if cut and len(norm) == len(written):
            found.append(Word(start, start + cut, written[:cut], norm[:cut]))
            start, written, norm = start + cut, written[cut:], norm[cut:]
        found.append(Word(start, end, written, norm))
    return found


def count(text: str, language: str | None) -> int:
    return sum(1 for word in words(text, language) if word.counts)


@dataclass(frozen=True, slots=True)
class Place:
    text: int  # index of the text in the page
    word: Word


class WordIndex:
    """All the words of a page in one line of normal forms, to search with regular expressions.
    Each word comes after one separator: a line break before a text's first word, else a space."""

    def __init__(self, texts: Iterable[str], language: str | None):
        self.words: list[list[Word]] = [words(text, language) for text in texts]
        self.places = [Place(number, word) for number, found in enumerate(self.words) for word in found]
        # per text: where each word starts, and how many counted words come before it
        self._word_starts = [[word.start for word in found] for found in self.words]
        self._counted = [list(accumulate((word.counts for word in found), initial=0)) for found in self.words]
        parts, self._starts, length = [], [], 0
        for found in self.words:
            for position, word in enumerate(found):
                parts.append(("\n" if position == 0 else " ") + word.norm)
                self._starts.append(length + 1)
                length += len(word.norm) + 1
        self.line = "".join(parts)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The first and last word of the characters start..end of `line`."""
        return bisect_right(self._starts, start) - 1, bisect_right(self._starts, end - 1) - 1

    def count(self, text: int, start: int = 0, end: int | None = None) -> int:
        """The words a reader counts in text number `text` that start between characters start and end."""
        starts, counted = self._word_starts[text], self._counted[text]
        first = bisect_left(starts, start)
        last = len(starts) if end is None else bisect_left(starts, end)
        return counted[last] - counted[first]
