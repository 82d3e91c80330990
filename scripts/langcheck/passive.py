"""Passive sentences, only where the pattern is nearly always a passive.

Each language's settings (config.yml, `passive`) name its grammar, one of
the two patterns below, and the words it uses.

Dutch (`grammar: dutch`):
- a form of "worden" and a past participle that ends the clause
  ("De kaart wordt naar je gestuurd."), or a participle right before "worden"
  ("als de kaart gestuurd wordt");
- a form of "zijn" with a participle and "door" in the same clause: the
  passive with the one who acts ("Je handicap is erkend door DG HAN").
  Without "door", "zijn" with a participle is mostly a state or a past tense
  ("de kaart is verlopen", "hij is gekomen"), so it is left alone.
French (`grammar: french`): a form of "être" with a participle followed by "par"
("Votre handicap est reconnu par la DG HAN"). Without "par" the pattern is
too often an adjective ("la carte est valable", "le bureau est fermé").
Participles of verbs whose past tense takes "zijn" or "être" (gekomen, allé,
passé…) are never passive here. One finding per sentence, at the verb.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from scripts.findings import WARNING, Finding
from scripts.langcheck import settings
from scripts.langcheck.page_text import PageText
from scripts.langcheck.plain import sentences
from scripts.langcheck.words import Word, WordIndex

RULE = "passive"
CATEGORY = "passive"


@lru_cache
def _settings(language: str) -> dict:
    found = settings.config()["passive"][language]
    return {**found, "participle": re.compile(found["participle"]), "auxiliaries": set(found["auxiliaries"]),
            "with_agent": set(found.get("with_agent", ())), "not_participles": set(found["not_participles"]),
            "not_agents": set(found.get("not_agents", ())),
            "clause_ends": set(found["clause_ends"])}


def clauses(words: list[Word], language: str) -> list[list[Word]]:
    """The words of a sentence cut at punctuation and at words that start a new clause."""
    ends = _settings(language)["clause_ends"]
    found, current = [], []
    for word in words:
        if not word.is_word and word.norm not in ("'",) or word.norm in ends:
            if current:
                found.append(current)
            current = []
        else:
            current.append(word)
    if current:
        found.append(current)
    return found


def is_participle(word: Word, language: str) -> bool:
    rules = _settings(language)
    return bool(rules["participle"].fullmatch(word.norm)) and word.norm not in rules["not_participles"]


def dutch_passive(clause: list[Word], language: str) -> tuple[Word, Word] | None:
    """(the auxiliary, the participle) of a passive clause, or None."""
    rules = _settings(language)
    norms = [word.norm for word in clause]
    for position, word in enumerate(clause):
        if word.norm in rules["auxiliaries"]:
            if clause[-1] is not word and is_participle(clause[-1], language):
                return word, clause[-1]
            if position and is_participle(clause[position - 1], language):
                return clause[position - 1], word
        if word.norm in rules["with_agent"] and rules["agent"] in norms[position + 1:]:
            participle = next((other for other in clause[position + 1:] if is_participle(other, language)), None)
            if participle:
                return word, participle
    return None


def french_passive(clause: list[Word], language: str) -> tuple[Word, Word] | None:
    """(the auxiliary, the agent's preposition) of a passive clause, or None."""
    rules = _settings(language)
    for position, word in enumerate(clause):
        if word.norm not in rules["auxiliaries"]:
            continue
        following = clause[position + 1:position + 5]
        for offset, other in enumerate(following[:-1]):
            agent = following[offset + 2].norm if offset + 2 < len(following) else ""
            if (is_participle(other, language) and following[offset + 1].norm == rules["agent"]
                    and agent not in rules["not_agents"]):
                return word, following[offset + 1]
    return None


GRAMMARS = {"dutch": dutch_passive, "french": french_passive}


def check(page: PageText, index: WordIndex, skipped: set[int]) -> list[Finding]:
    if page.language not in settings.config()["passive"]:
        return []
    detect = GRAMMARS[_settings(page.language)["grammar"]]
    findings = []
    for number, words in enumerate(index.words):
        text = page.texts[number]
        if number in skipped or text.kind != "text":
            continue
        starts = [word.start for word in words]  # in order: a sentence's words are found by bisection
        for start, end in sentences(text.chars, page.language):
            sentence = words[bisect_left(starts, start):bisect_left(starts, end)]
            for clause in clauses(sentence, page.language):
                found = detect(clause, page.language)
                if found:
                    first, last = found
                    findings.append(page.finding("passive", text.offsets[first.start], CATEGORY, WARNING, rule=RULE,
                                                 found=" ".join(text.chars[first.start:last.end].split())))
                    break  # one finding per sentence
    return findings
