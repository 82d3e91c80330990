"""Every form of a word, so a rule written once finds them all.

A rule's phrase may name a word with its part of speech instead of spelling
out its forms (rules/<language>.yml):

    {noun:aanvang}            aanvang, aanvangen, aanvangs-, aanvangetje… and compounds
    {adj:voornoemd}           voornoemd, voornoemde, voornoemden…
    {verb:verstrekken}        every tense, the participles, the (te-)infinitive
    {verb:toe+kennen}         a separable verb: toekennen, kent … toe, toegekend, toe te kennen
    {verb:lijden|leed,leden|geleden}   a strong or irregular verb: its past and participle
    {verb:in aanmerking+komen|kwam,kwamen|gekomen|kom}   … and its present stem, if irregular
    {verb:percevoir|perçoi,perçoiv,perç}   French: extra stems of an irregular verb

Dutch verbs come in two orders: joined ("als je het toekent", "toegekend")
and split, the finite verb first and its particle at the end of the clause
("Kent DG HAN het toe?"). A token gives one pattern per order (`alternatives`).

The forms are regular expressions for one whole word of a WordIndex line
(lower case). Generating a few spellings that do not exist costs nothing;
missing one that does is a word that escapes the rule, which
tests/test_langcheck_forms.py looks for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TOKEN = re.compile(r"\{(noun|adj|verb):([^{}]+)\}")
VOWELS = "aeiouy"
# Dutch prefixes that take no ge- in the participle: verstrekt, behoefd, ontvangen.
NO_GE = ("be", "ge", "her", "er", "ver", "ont")
# 't kofschip: a weak verb whose stem ends in one of these takes -te, else -de.
VOICELESS = ("t", "k", "f", "s", "ch", "p", "x")
FRENCH_ENDINGS = (
    "", "e", "es", "s", "t", "x", "ons", "ez", "ent", "ais", "ait", "ions", "iez", "aient",
    "a", "as", "âmes", "âtes", "èrent", "ai", "ont", "asse", "asses", "ât", "assions", "assiez", "assent",
    "is", "it", "îmes", "îtes", "irent", "isse", "issent", "us", "ut", "ûmes", "ûtes", "urent", "usse", "ussent",
    "ant", "ante", "ants", "antes", "é", "ée", "és", "ées", "i", "ie", "ies", "u", "ue", "ues",
    "er", "ir", "re", "oir", "rai", "ras", "ra", "rons", "rez", "ront", "rais", "rait", "rions", "riez", "raient",
    "erai", "eras", "era", "erons", "erez", "eront", "erais", "erait", "erions", "eriez", "eraient",
)


@dataclass(frozen=True)
class Lexeme:
    pos: str  # noun, adj, verb
    lemma: str
    particle: str = ""  # a separable verb's particle (toe in toe+kennen), or words (in aanmerking)
    extra: tuple[tuple[str, ...], ...] = ()  # irregular parts: Dutch past, participle; French stems


def parse(pos: str, spec: str) -> Lexeme:
    parts = [part.strip() for part in spec.split("|")]
    particle, _, lemma = parts[0].rpartition("+")
    extra = tuple(tuple(item.strip() for item in part.split(",") if item.strip()) for part in parts[1:])
    return Lexeme(pos, lemma.strip(), particle.strip(), extra)


def alternation(words) -> str:
    unique = sorted(set(words), key=lambda word: (-len(word), word))  # longest first: a whole word wins
    return "(?:" + "|".join(re.escape(word) for word in unique) + ")"


# Dutch ---------------------------------------------------------------------

def _long_vowel_stem(stem: str) -> str:
    """maak from mak(en): a single vowel in an open syllable is written double in a closed one."""
    if len(stem) >= 2 and stem[-1] not in VOWELS and stem[-2] in "aeou" and (
            len(stem) < 3 or stem[-3] not in VOWELS):
        return stem[:-1] + stem[-2] + stem[-1]
    return stem


def dutch_stem(infinitive: str) -> str:
    stem = infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
        stem = stem[:-1]  # kenn → ken, verstrekk → verstrek
    else:
        stem = _long_vowel_stem(stem)
    return stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1], stem[-1]) if stem else stem


def dutch_verb(lexeme: Lexeme) -> tuple[set[str], set[str]]:
    """(finite forms, other forms) of the verb without its particle: present and past;
    infinitive, participles (also inflected: verstrekte) and present participles."""
    infinitive = lexeme.lemma
    stems = set(lexeme.extra[2]) if len(lexeme.extra) > 2 else {dutch_stem(infinitive)}
    stem = min(stems)
    present = {infinitive} | stems | {form if form.endswith("t") else form + "t" for form in stems}
    if lexeme.extra:
        past = set(lexeme.extra[0])
        participles = set(lexeme.extra[1]) if len(lexeme.extra) > 1 else set()
    else:
        ending = "t" if infinitive[:-2].endswith(VOICELESS) else "d"
        past = {stem + ending + "e", stem + ending + "en"}
        core = stem if stem.endswith(("t", "d")) else stem + ending
        participles = {core if infinitive.startswith(NO_GE) else "ge" + core}
    participles |= {form + "e" for form in participles if not form.endswith("en")}
    return present | past, participles | {infinitive, infinitive + "d", infinitive + "de"}


def dutch_noun(lemma: str) -> set[str]:
    doubled = lemma + lemma[-1] if lemma[-1] not in VOWELS else lemma
    short = lemma[:-2] + lemma[-1] if len(lemma) > 2 and lemma[-2] == lemma[-3] and lemma[-2] in "aeou" else lemma
    voiced = short[:-1] + {"f": "v", "s": "z"}.get(short[-1], short[-1])
    plurals = {lemma + "en", lemma + "s", lemma + "'s", lemma + "n", doubled + "en", short + "en", voiced + "en"}
    if lemma.endswith(("ie", "ee")):  # pathologieën, ideeën
        plurals.add(lemma + "ën")
    diminutives = {lemma + "je", lemma + "tje", lemma + "pje", lemma + "kje", doubled + "etje"}
    diminutives |= {form + "s" for form in diminutives}
    return {lemma} | plurals | diminutives


def dutch_adjective(lemma: str) -> set[str]:
    doubled = lemma + lemma[-1] if lemma[-1] not in VOWELS else lemma
    short = lemma[:-2] + lemma[-1] if len(lemma) > 2 and lemma[-2] == lemma[-3] and lemma[-2] in "aeou" else lemma
    voiced = short[:-1] + {"f": "v", "s": "z"}.get(short[-1], short[-1])
    bases = {lemma, doubled, short, voiced}
    forms = {lemma, lemma + "s"}
    for base in bases:
        forms |= {base + ending for ending in ("e", "en", "er", "ere", "eren")}
    forms |= {lemma + "st", lemma + "ste", lemma + "sten"}
    return forms


# French --------------------------------------------------------------------

def french_verb(lexeme: Lexeme) -> set[str]:
    infinitive = lexeme.lemma
    stems = {infinitive[:-2]} if infinitive.endswith(("er", "ir", "re")) else {infinitive}
    base = infinitive[:-2]
    if infinitive.endswith("er"):
        stems |= {re.sub(r"é(?=[^aeiouyé]+$)", "è", base), re.sub(r"y$", "i", base),
                  re.sub(r"e(?=[^aeiouyé]+$)", "è", base), base + "e"}
        stems |= {stem[:-1] + "ç" for stem in stems if stem.endswith("c")}
        stems |= {stem + "e" for stem in stems if stem.endswith("g")}
    if infinitive.endswith("oir"):
        stems |= {infinitive[:-3]}
    elif infinitive.endswith("ir"):
        stems |= {base + "iss", base + "i"}  # finissons; the future and the simple past: souffrira, souffrit
    for extra in lexeme.extra:
        stems |= set(extra)
    return {stem + ending for stem in stems for ending in FRENCH_ENDINGS} | {infinitive}


def french_noun(lemma: str) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "x", lemma + "e", lemma + "es"}
    if lemma.endswith("al"):
        forms.add(lemma[:-2] + "aux")
    return forms


def french_adjective(lemma: str) -> set[str]:
    forms = french_noun(lemma)
    if lemma.endswith("f"):
        forms |= {lemma[:-1] + "ve", lemma[:-1] + "ves"}
    if lemma.endswith(("el", "en", "on")):
        forms |= {lemma + lemma[-1] + "e", lemma + lemma[-1] + "es"}
    return forms


# Patterns ------------------------------------------------------------------

def single_word(forms: set[str], compounds: bool) -> str:
    """One word: a form, or (for Dutch nouns and adjectives) a compound with it as first or last part."""
    alternatives = alternation(forms)
    if not compounds:
        return alternatives
    # As last part any word before it; as first part the form, a linking s or -, and more.
    return f"(?:[\\w-]*{alternatives}|{alternatives}(?:s|-)?[\\w-]+)"


def alternatives(lexeme: Lexeme, language: str, particle_gap: int) -> list[str]:
    """The token as one or more phrases: words separated by spaces, `...N` a gap of at most N words."""
    if language == "nl":
        if lexeme.pos == "noun":
            return [single_word(dutch_noun(lexeme.lemma), compounds=True)]
        if lexeme.pos == "adj":
            return [single_word(dutch_adjective(lexeme.lemma), compounds=True)]
        finite, other = dutch_verb(lexeme)
        if not lexeme.particle:
            return [alternation(finite | other)]
        particle = " ".join(re.escape(word) for word in lexeme.particle.split())
        joined = (alternation(lexeme.particle + form for form in finite | other) if " " not in lexeme.particle
                  else f"{particle} {alternation(finite | other)}")
        # joined: toekent, toegekend, in aanmerking komt; split: kent … toe, komt … in aanmerking
        return [joined, f"{particle} te {re.escape(lexeme.lemma)}",
                f"{alternation(finite)} {particle}", f"{alternation(finite)} ...{particle_gap} {particle}"]
    if lexeme.pos == "noun":
        return [alternation(french_noun(lexeme.lemma))]
    if lexeme.pos == "adj":
        return [alternation(french_adjective(lexeme.lemma))]
    return [alternation(french_verb(lexeme))]


def expand(phrase: str, language: str, particle_gap: int) -> list[str]:
    """A phrase with tokens as phrases without them: one per combination of the tokens' alternatives."""
    found = TOKEN.search(phrase)
    if not found:
        return [phrase]
    lexeme = parse(found.group(1), found.group(2))
    head, tail = phrase[:found.start()], phrase[found.end():]
    return [expanded for alternative in alternatives(lexeme, language, particle_gap)
            for expanded in expand(head + alternative + tail, language, particle_gap)]


def lexemes(phrase: str) -> list[Lexeme]:
    return [parse(pos, spec) for pos, spec in TOKEN.findall(phrase)]
