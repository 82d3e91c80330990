"""The word rules: which words and phrases to avoid, read from data.

- rules/<language>.yml: the inclusive-language rules (and any other rule
  written there), each with its own examples (see the top of rules/nl.yml);
- rules/<language>-jargon.yml: administrative jargon, stiff words with a
  plain word for them and technical words to explain (same format);
  every rules file is checked against scripts/content/schemas/language-rules.schema.yml;
- docs/data/glossary/<language>.yml: the glossary, read and checked by
  scripts/content/glossary.py as the build reads it. Each term's `avoid` words
  become a `terminology` rule: use the official term instead.

A phrase is a list of words; each word is a regular expression that must
match one whole word (compounds are written out: `invaliden\\w+`). `{name}`
stands for a word class of the rules file, `...` for a few words in between,
and `{noun:…}`, `{adj:…}`, `{verb:…}` for every form of a word (word_forms.py).
Every file is checked against rules.schema.yml when it is loaded.
Matching runs on a page's `WordIndex`, so case, line breaks, emphasis and
French elision make no difference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from scripts import project
from scripts.content import DataError
from scripts.content import load as load_data
from scripts.content.glossary import load_glossary, slug
from scripts.findings import ERROR, WARNING, Reporter
from scripts.langcheck import settings, word_forms
from scripts.langcheck.words import WordIndex, elided, words
from scripts.project import shown

RULES = Path(__file__).with_name("rules")
REPORT = Reporter(Path(__file__).with_name("messages.yml"), "data")
WORD_CLASS = re.compile(r"\{([a-z_]+)\}")
GAP = re.compile(r"\.\.\.(\d*)")  # "..." or "...8": at most a few (or 8) words in between
SEVERITY_RANK = {ERROR: 0, WARNING: 1}


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    severity: str
    prefer: str
    reason: str
    patterns: tuple[re.Pattern, ...]
    exceptions: tuple[re.Pattern, ...] = ()
    match: tuple[str, ...] = ()  # examples the rule must find
    no_match: tuple[str, ...] = ()  # examples it must leave alone
    phrases: tuple[str, ...] = ()  # the `avoid` phrases as written, with their {verb:…} tokens
    explain: bool = False  # a word to explain at its first use, not to replace (jargon)


@dataclass(frozen=True)
class Match:
    rule: Rule
    first: int  # the first and last word, in the page's WordIndex
    last: int


@dataclass(frozen=True)
class Rules:
    rules: tuple[Rule, ...]
    official_names: tuple[re.Pattern, ...] = field(default=())

    @property
    def ids(self) -> set[str]:
        return {rule.id for rule in self.rules}

    def find(self, index: WordIndex) -> list[Match]:
        """Every rule's matches, minus those that touch an official name or one of the
        rule's exceptions. Where matches overlap, one is kept: the most severe, then
        the longest, then the rule that comes first."""
        allowed = words_in(spans(self.official_names, index))
        found = []
        for order, rule in enumerate(self.rules):
            excepted = allowed | words_in(spans(rule.exceptions, index))
            for first, last in spans(rule.patterns, index):
                if excepted.isdisjoint(range(first, last + 1)):
                    rank = (SEVERITY_RANK.get(rule.severity, len(SEVERITY_RANK)), first - last, order, first)
                    found.append((rank, Match(rule, first, last)))
        kept, taken = [], set()
        for _, match in sorted(found, key=lambda item: item[0]):
            if taken.isdisjoint(range(match.first, match.last + 1)):
                kept.append(match)
                taken.update(range(match.first, match.last + 1))
        return sorted(kept, key=lambda match: match.first)


def spans(patterns, index: WordIndex) -> set[tuple[int, int]]:
    """The first and last word of every match (a match starts with the separator before its first word)."""
    return {index.span(found.start() + 1, found.end())
            for pattern in patterns for found in pattern.finditer(index.line)}


def words_in(word_spans: set[tuple[int, int]]) -> set[int]:
    return {number for first, last in word_spans for number in range(first, last + 1)}


def compile_phrase(phrase: str, classes: dict[str, str], language: str) -> list[re.Pattern]:
    """A phrase of word patterns as regular expressions over a WordIndex line: one per
    alternative of its word-form tokens ({verb:…}: joined and split word order)."""
    matching = settings.config()["matching"]
    return [_compile(expanded, classes, language, matching["phrase_gap"])
            for expanded in word_forms.expand(phrase, language, matching["particle_gap"])]


def _compile(phrase: str, classes: dict[str, str], language: str, default_gap: int) -> re.Pattern:
    pieces = []
    for piece in phrase.split():
        cut = elided(piece, language)
        pieces.extend([piece[:cut], piece[cut:]] if cut else [piece])
    if not pieces or GAP.fullmatch(pieces[0]) or GAP.fullmatch(pieces[-1]):
        raise ValueError(f"{phrase!r}: a phrase starts and ends with a word")
    word_patterns = []  # regular expressions, one per word; a gap goes with the word before it
    for piece in pieces:
        gap = GAP.fullmatch(piece)
        if gap:
            word_patterns[-1] += r"(?: [^ \n.!?;:]+){0,%d}" % int(gap.group(1) or default_gap)
        else:
            word_patterns.append("(?:" + WORD_CLASS.sub(lambda m: f"(?:{classes[m.group(1)]})", piece) + ")")
    return re.compile(r"[ \n]" + " ".join(word_patterns) + r"(?![^ \n])", re.IGNORECASE)


def literal_phrase(phrase: str, language: str) -> re.Pattern:
    """A glossary word or phrase, with the inflections of the language's words."""
    ending = settings.config()["matching"]["inflection"].get(language, "")
    parts = [re.escape(word.norm) + (ending if len(word.norm) >= 4 and word.is_word else "")
             for word in words(phrase, language)]
    return re.compile(r"[ \n]" + " ".join(parts) + r"(?![^ \n])", re.IGNORECASE)


def files(language: str) -> list[Path]:
    """The rules files of one language: rules/<language>.yml and rules/<language>-*.yml (jargon…)."""
    return [RULES / f"{language}.yml", *sorted(RULES.glob(f"{language}-*.yml"))]


def read_file(path: Path, language: str) -> tuple[list[Rule], tuple[re.Pattern, ...]]:
    """A rules file's rules and official names. A wrong file raises scripts.content.DataError
    with its findings: the schema's, and one per phrase that is no pattern, on its line."""
    document = load_data(path, "language-rules", language)
    data, problems = document.data, []
    classes = data.get("words", {})

    def phrases(where) -> tuple[re.Pattern, ...]:
        """The phrases of the list at `where`; one that is no pattern is a finding on its line."""
        compiled = []
        entry = data
        for step in where:
            entry = entry.get(step) if isinstance(entry, dict) else entry[step]
        for index, phrase in enumerate(entry or ()):
            try:
                compiled.extend(compile_phrase(phrase, classes, language))
            except (ValueError, KeyError, re.error) as error:
                problem = f"{{{error.args[0]}}}" if isinstance(error, KeyError) else str(error)
                problems.append(REPORT.finding("rules-phrase", shown(document.path), language,
                                               document.line([*where, index]), phrase=phrase, problem=problem))
        return tuple(compiled)

    rules = [
        Rule(entry["id"], entry["category"], entry["severity"], entry["prefer"], entry["reason"],
             phrases(["rules", number, "avoid"]), phrases(["rules", number, "except"]),
             tuple(entry["match"]), tuple(entry["no_match"]), tuple(entry["avoid"]), entry.get("explain", False))
        for number, entry in enumerate(data["rules"])
    ]
    official_names = phrases(["official_names"])
    if problems:
        raise DataError(problems)
    return rules, official_names


@lru_cache
def load(language: str, docs: Path = project.DOCS) -> Rules:
    """The rules of one language: its rules files and the glossary of `docs`.
    A wrong rules file or glossary raises scripts.content.DataError with its findings."""
    rules: list[Rule] = []
    official_names: tuple[re.Pattern, ...] = ()
    for path in files(language):
        found, names = read_file(path, language)
        rules.extend(found)
        official_names += names
    rules.extend(
        Rule(f"{language}-term-{slug(term.term)}", "terminology", WARNING, term.term, "",
             tuple(literal_phrase(word, language) for word in term.avoid))
        for term in load_glossary(docs, language) if term.avoid
    )
    return Rules(tuple(rules), official_names)
