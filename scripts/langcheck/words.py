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

import io
import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Iterable, Iterator

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


def iter_words(text: str, language: str | None) -> Iterator[Word]:
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
            yield Word(start, start + cut, written[:cut], norm[:cut])
            start, written, norm = start + cut, written[cut:], norm[cut:]
        yield Word(start, end, written, norm)


def words(text: str, language: str | None) -> list[Word]:
    return list(iter_words(text, language))


def count(text: str, language: str | None) -> int:
    return sum(1 for word in iter_words(text, language) if word.counts)


@dataclass(frozen=True, slots=True)
class Place:
    text: int  # index of the text in the page
    word: Word


class WordIndex:
    """All the words of a page in one line of normal forms, to search with regular expressions.
    Each word comes after one separator: a line break before a text's first word, else a space.

    A page may be large (a pasted report of several megabytes): each word is kept as a few
    numbers in arrays (its text, where it is in the text and in the line, the counted words
    before it), about 30 bytes, and `places` and `words` make its Word when asked, from the
    texts and the line. So memory grows with the page by a small constant, and so does time."""

    def __init__(self, texts: Iterable[str], language: str | None):
        self._texts = list(texts)
        self._text_of = array("i")  # per word: its text
        self._word_start = array("i")  # per word: where it starts and ends in its text
        self._word_end = array("i")
        self._starts = array("q")  # per word: where its normal form starts in `line`
        self._counted = array("i", [0])  # per word, and one after the last: counted words before it
        self._first = array("i")  # per text, and one after the last: its first word
        line, length = io.StringIO(), 0
        for number, text in enumerate(self._texts):
            self._first.append(len(self._word_start))
            for position, word in enumerate(iter_words(text, language)):
                line.write(("\n" if position == 0 else " ") + word.norm)
                self._text_of.append(number)
                self._word_start.append(word.start)
                self._word_end.append(word.end)
                self._starts.append(length + 1)
                self._counted.append(self._counted[-1] + word.counts)
                length += len(word.norm) + 1
        self._first.append(len(self._word_start))
        self.line = line.getvalue()
        self.places = _Places(self)
        self.words = _Words(self)

    def word(self, number: int) -> Word:
        """Word number `number` of the page, as words() makes it."""
        start, end = self._word_start[number], self._word_end[number]
        line_start = self._starts[number]
        line_end = self._starts[number + 1] - 1 if number + 1 < len(self._starts) else len(self.line)
        return Word(start, end, self._texts[self._text_of[number]][start:end], self.line[line_start:line_end])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The first and last word of the characters start..end of `line`."""
        return bisect_right(self._starts, start) - 1, bisect_right(self._starts, end - 1) - 1

    def count(self, text: int, start: int = 0, end: int | None = None) -> int:
        """The words a reader counts in text number `text` that start between characters start and end."""
        low, high = self._first[text], self._first[text + 1]
        first = bisect_left(self._word_start, start, low, high)
        last = high if end is None else bisect_left(self._word_start, end, low, high)
        return self._counted[last] - self._counted[first]


# A text with more words than this (a whole pasted report in one paragraph) gives its words one
# by one, when asked, instead of as a list.
LIST_WORDS = 5_000


class _Places(Sequence):
    """Every word of the page, in order, with its text's number."""

    def __init__(self, index: WordIndex):
        self._index = index

    def __len__(self) -> int:
        return len(self._index._text_of)

    def __getitem__(self, number: int) -> Place:
        if not -len(self) <= number < len(self):
            raise IndexError(number)
        number %= len(self)
        return Place(self._index._text_of[number], self._index.word(number))


class _Words(Sequence):
    """The words of each text of the page: text number → its words, made when asked."""

    def __init__(self, index: WordIndex):
        self._index = index

    def __len__(self) -> int:
        return len(self._index._texts)

    def __getitem__(self, text: int) -> "list[Word] | _TextWords":
        if not -len(self) <= text < len(self):
            raise IndexError(text)
        text %= len(self)
        first, end = self._index._first[text], self._index._first[text + 1]
        if end - first <= LIST_WORDS:  # a paragraph: its words as a list, quick to go through again
            return [self._index.word(number) for number in range(first, end)]
        return _TextWords(self._index, first, end)


class _TextWords(Sequence):
    """The words of one text, each made when asked: a text may hold a whole pasted report."""

    def __init__(self, index: WordIndex, first: int, end: int):
        self._index, self._range = index, range(first, end)

    def __len__(self) -> int:
        return len(self._range)

    def __getitem__(self, position):
        if isinstance(position, slice):
            return [self._index.word(number) for number in self._range[position]]
        return self._index.word(self._range[position])
