"""Whether a page explains a word where it uses it, or links it to the glossary.

A hard word is explained when the sentence (or the next one) says what it
is, in one of the ways editors write it (the words are in config.yml,
`explained`, per language):

- in parentheses, after or around it: "de griffie (het secretariaat)";
- after a colon, or before one: "je eBox: de digitale brievenbus",
  "het geld van de maanden ervoor: de achterstallen";
- with a verb that defines it: "De griffie is het secretariaat van de
  rechtbank", "Zelfredzaam zijn betekent: …";
- named by a verb before it: "Dat heet een heroverweging";
- as a name after what it is: "de app itsme", "la plateforme e-Deposit";
- by a later sentence of the same paragraph or list item that starts with
  the word, or by the next one when it starts with "Dat is …":
  "Je stuurt een verzoekschrift. In een verzoekschrift vraag je …".

A link counts when it goes to the glossary page (glossary.md), to the
entry of the word when `anchor` is given.
"""

from __future__ import annotations

from scripts.langcheck import settings
from scripts.langcheck.page_text import PageText
from scripts.langcheck.plain import sentences
from scripts.langcheck.words import Word

NEAR = 3  # words between a hard word and what explains it
GLOSSARY = "glossary.md"


def linked(page: PageText, offset: int, anchor: str | None = None) -> bool:
    """Whether the character at `offset` is in the text of a link to the glossary (entry)."""
    for link in page.links:
        if link.start <= offset <= link.end:
            path, _, fragment = link.href.partition("#")
            if path.rsplit("/", 1)[-1] == GLOSSARY and (anchor is None or fragment == anchor):
                return True
    return False


def _norms(found: list[Word], start: int, end: int) -> list[str]:
    return [word.norm for word in found[max(0, start):max(0, end)]]


def in_sentence(found: list[Word], first: int, last: int, sentence: tuple[int, int], language: str) -> bool:
    """Explained in its own sentence: `found` are the words of one text, first..last the hard word."""
    words = settings.config()["explained"][language]
    start, end = sentence
    inside = [position for position, word in enumerate(found) if start <= word.start < end]
    low, high = (inside[0], inside[-1] + 1) if inside else (first, last + 1)
    after = _norms(found, last + 1, min(high, last + 1 + NEAR))
    before = _norms(found, max(low, first - NEAR), first)
    if after[:1] in (["("], [":"]) or before[-1:] == ["("] and ")" in after:
        return True
    if ":" in before[-NEAR:]:
        return True
    first_after, second_after = (after + ["", ""])[:2]
    if first_after in words["defines"] or first_after in words["copulas"] and second_after in words["defines"]:
        return True
    if first_after in words["copulas"] and second_after in words["after_copula"] + [":"]:
        return True
    if any(word in words["names"] for word in before):
        return True
    if before[-1:] and before[-1] in words["classifiers"]:
        return True
    return after[:1] == [","] and " ".join(after[1:3]) in words["appositions"]


def in_next_sentences(found: list[Word], norm: str, following: list[tuple[int, int]], language: str) -> bool:
    """A later sentence of the same text starts with the word ("In een verzoekschrift vraag je …",
    "De griffie is …"), or the next one with "Dat is …"."""
    words = settings.config()["explained"][language]
    for number, sentence in enumerate(following):
        opening = [word.norm for word in found if sentence[0] <= word.start < sentence[1] and word.is_word][:4]
        if norm in opening or number == 0 and " ".join(opening[:2]) in words["next_sentence"]:
            return True
    return False


def explained(page: PageText, found: list[Word], text_number: int, first: int, last: int,
              anchor: str | None = None) -> bool:
    """Whether the words first..last of text `text_number` are explained or linked to the glossary
    (to the entry `anchor`, when given)."""
    text = page.texts[text_number]
    if linked(page, text.offsets[found[first].start], anchor):
        return True
    spans = list(sentences(text.chars, page.language))
    for number, sentence in enumerate(spans):
        if sentence[0] <= found[first].start < sentence[1]:
            return (in_sentence(found, first, last, sentence, page.language)
                    or in_next_sentences(found, found[first].norm, spans[number + 1:], page.language))
    return False
