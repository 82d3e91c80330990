"""Rare words: a word few readers know, that the page neither explains nor links to the glossary.

How common a word is comes from wordfreq's Dutch and French lists (Zipf
scale: 3 is once per million words, 6 once per thousand), for the word as
written and for its dictionary form (simplemma: "klaarlegt" is as common as
"klaarleggen"), whichever is more common.

Dutch compounds are judged by the whole and by their parts, and the more
familiar of the two counts: Dutch writes a compound as one word, so wordfreq
knows many only rarely as a whole ("contactformulier" 2.8, "kalenderdagen"
1.4) or not at all ("beslissingsbrief"), yet a reader who knows both parts
understands them. "ziekenfonds" is common as a whole; "kunstenfederaties"
and "werkexperten" are rare as a whole and have a rare part ("federaties",
"experten"), so they are hard. A compound is as hard as its hardest part.

Not reported: names, abbreviations (abbreviations.py checks them), web and
e-mail addresses, words with digits, words in quotes (quoted titles), the
sources (section or block), glossary terms (glossary_use.py checks them), words
a jargon rule already reports, words every Belgian reader knows that wordfreq
underrates (config.yml, `familiar`), and words the page explains
(explained.py). Each rare word is reported once per page, at its first use.

wordfreq counts words in lower case, so it cannot tell a name from a word;
the page can. A word is a name when the page
- writes it with a capital inside a sentence, here or elsewhere (Wemmel, Ombudsman);
- writes it with a capital right before another name, at the start of a
  sentence too: the first word of a name of several words ("Duitstalige
  Gemeenschap");
- writes it with a capital in the text of a link to another website: the
  title of that page or the name of its publisher ([AnySurfer over de
  Europese richtlijn](https://www.anysurfer.be/), [Ministerieel besluit …](…));
- names a website of that name (knack.be, a link to https://www.handimobility.org/):
  "Knack, artikel over …" starts a sentence, so its capital proves nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from urllib.parse import urlsplit

import simplemma
from wordfreq import zipf_frequency

from scripts.findings import WARNING, Finding
from scripts.langcheck import settings
from scripts.langcheck.abbreviations import is_abbreviation
from scripts.langcheck.explained import explained
from scripts.langcheck.page_text import PageText
from scripts.langcheck.plain import sentences
from scripts.langcheck.words import WordIndex

RULE = "rare-word"
CATEGORY = "rare"
LINKING = ("", "s", "e", "en", "-")  # what joins two parts of a Dutch compound
MIN_PART = 4  # shorter pieces (een, ten, aan) would let any word split into "known" parts
# Short parts that do make Dutch words: separable particles (mis|liep, klaar|legt)
# and suffixes that make a noun of a known adjective or verb (slordig|heid).
SHORT_PARTS = frozenset(["aan", "af", "bij", "in", "mee", "mis", "na", "om", "op", "toe", "uit", "weg"])
SUFFIXES = frozenset(["heid", "heden", "ing", "ingen"])
QUOTES = re.compile(r"[\"“„«‘]([^\"”»’\n]{3,}?)[\"”»’]")
# A link to another website, and a web address written without http:// (knack.be).
EXTERNAL = re.compile(r"(?:https?:)?//", re.IGNORECASE)
DOMAIN = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,6}")


@lru_cache(maxsize=None)
def frequency(word: str, language: str) -> float:
    """The Zipf frequency of the word or of its dictionary form, whichever is higher (0: unknown).
    A Dutch adjective ending in -e counts as its base form: simplemma knows "gereserveerd"
    (reserveren) but not "gereserveerde"."""
    lemma = simplemma.lemmatize(word, lang=language)
    found = max(zipf_frequency(word, language), zipf_frequency(lemma, language) if lemma != word else 0.0)
    if language == "nl" and word.endswith("e") and len(word) > 4:
        found = max(found, frequency(word[:-1], language))
    return found


def part_frequency(part: str, language: str, first: bool) -> float:
    """How common one part of a compound is: a word (with a linking s or e(n)), a particle
    at the start, or a noun-making suffix at the end (inf: never the hardest part)."""
    if first and part in SHORT_PARTS or not first and part in SUFFIXES:
        return float("inf")
    return max((frequency(part[:len(part) - len(link)], language)
                for link in LINKING if part.endswith(link) and len(part) - len(link) >= MIN_PART), default=0.0)


@lru_cache(maxsize=None)
def compound_frequency(word: str, language: str) -> float:
    """A Dutch compound judged by its parts: the frequency of its hardest part, for the split
    whose hardest part is the most common (0: no split into known parts)."""
    best: list[tuple[float, int] | None] = [None] * (len(word) + 1)
    best[0] = (float("inf"), 0)
    for end in range(2, len(word) + 1):
        for start in range(0, end - 1):
            if best[start] is None:
                continue
            known = part_frequency(word[start:end], language, start == 0)
            if known <= 0:
                continue
            candidate = (min(best[start][0], known), best[start][1] + 1)
            if best[end] is None or (candidate[0], -candidate[1]) > (best[end][0], -best[end][1]):
                best[end] = candidate
    found = best[len(word)]
    return found[0] if found and found[1] > 1 and found[0] != float("inf") else 0.0


def familiarity(word: str, language: str) -> float:
    """How common a word is (Zipf). A Dutch compound is as common as the whole or as its
    hardest part, whichever is more: known parts make a word a reader can understand."""
    whole = frequency(word, language)
    parts = [part for part in word.split("-") if len(part) > 1]
    if len(parts) > 1:  # sociaal-cultureel, connectez-vous
        return max(whole, min(familiarity(part, language) for part in parts))
    return max(whole, compound_frequency(word, language)) if language == "nl" else whole


def is_candidate(written: str, norm: str) -> bool:
    """A word that may be hard: letters only (a hyphen inside allowed), long enough, not an abbreviation."""
    letters = norm.replace("-", "")
    return (letters.isalpha() and len(letters) >= settings.config()["rare_words"]["min_letters"]
            and not any(is_abbreviation(part) for part in written.split("-")))


def sentence_starts(text: str, language: str | None) -> set[int]:
    return {start + len(text[start:end]) - len(text[start:end].lstrip(" \t\n\"'“„«(*-"))
            for start, end in sentences(text, language)}


def names(page: PageText, index: WordIndex) -> set[str]:
    """Words the page writes with a capital inside a sentence or in the text of a link to
    another website (Wemmel, Ombudsman, AnySurfer), and the names of the websites it
    names or links to (knack.be: Knack)."""
    external = sorted((link.start, link.end) for link in page.links if EXTERNAL.match(link.href))
    link_starts = [start for start, _ in external]  # links do not overlap: the one before an offset is the one
    hosts = [urlsplit(link.href).hostname or "" for link in page.links if EXTERNAL.match(link.href)]

    def in_external_link(offset: int) -> bool:
        before = bisect_right(link_starts, offset) - 1
        return before >= 0 and offset <= external[before][1]

    found = set()
    for number, words in enumerate(index.words):
        text = page.texts[number]
        starts = sentence_starts(text.chars, page.language)
        for position, word in enumerate(words):
            following = words[position + 1] if position + 1 < len(words) else None
            if DOMAIN.fullmatch(word.norm):
                hosts.append(word.norm)
            elif word.is_word and word.written[:1].isupper() and (
                    word.start not in starts or in_external_link(text.offsets[word.start])
                    or following is not None and following.written[:1].isupper() and following.start not in starts):
                found.add(word.norm)
    return found | {host.split(".")[-2] for host in hosts if "." in host}


def quoted(text: str) -> list[tuple[int, int]]:
    return [match.span(1) for match in QUOTES.finditer(text)]


def check(page: PageText, index: WordIndex, skipped: set[int], reported_elsewhere: set[int]) -> list[Finding]:
    """`skipped`: texts not checked (sources section); `reported_elsewhere`: word numbers in the
    page's WordIndex that other checks cover (glossary terms, jargon)."""
    threshold = settings.config()["rare_words"]["threshold"][page.language]
    page_names = names(page, index) | set(settings.config()["rare_words"]["familiar"].get(page.language, ()))
    seen: set[str] = set()
    findings = []
    number_of_first = 0  # the index of a text's first word in the WordIndex
    for number, words in enumerate(index.words):
        text = page.texts[number]
        first_word, number_of_first = number_of_first, number_of_first + len(words)
        if number in skipped or text.kind != "text":
            continue
        in_quotes = quoted(text.chars)
        for position, word in enumerate(words):
            if (first_word + position in reported_elsewhere or not word.is_word or word.norm in page_names
                    or not is_candidate(word.written, word.norm)
                    or any(start <= word.start < end for start, end in in_quotes)):
                continue
            lemma = simplemma.lemmatize(word.norm, lang=page.language)
            if lemma in seen or familiarity(word.norm, page.language) >= threshold:
                continue
            seen.add(lemma)
            if explained(page, words, number, position, position):
                continue
            findings.append(page.finding("rare-word", text.offsets[word.start], CATEGORY, WARNING, rule=RULE,
                                         found=word.written, zipf=round(familiarity(word.norm, page.language), 1)))
    return findings
