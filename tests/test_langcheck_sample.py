"""Precision and recall of the hard-word checks on a sample labelled by hand
(tests/fixtures/plain-language-sample.yml: words from the site's pages and the 2023
annual report). The README gives the same numbers; this test keeps them true.

A word counts as reported when a warning that says "this word is hard" names it:
jargon, rare word, or a glossary term used without explanation or link. The three
share the work by design (a glossary term is left to the glossary check), so an
editor sees one of them, whichever it is."""

import re
from pathlib import Path

import pytest
import simplemma

from scripts.content import load
from scripts.langcheck import check_text
from scripts.project import ROOT

SAMPLE = Path(__file__).parent / "fixtures" / "plain-language-sample.yml"
CATEGORIES = {"jargon", "rare", "glossary"}
# The words a finding names: 'statuut' (Dutch messages), « statut » (French).
QUOTED = re.compile(r"'([^']+)'|« ([^»]+) »")
# What the checks must keep at least (README.md, "How well the plain-language checks work").
MINIMUM = {"precision": 0.9, "recall": 0.6}


def entries():
    return load(SAMPLE, "plain-language-sample").data["sample"]


def names(found: str, word: str, language: str) -> bool:
    """Whether the words a finding quotes include the word, or another form of it
    ('Pathologieën' for pathologie), and not only a longer word ('zelfredzaamheid')."""
    if f" {word} " in f" {found} ":
        return True
    lemma = simplemma.lemmatize(word, lang=language)
    return " " not in word and any(simplemma.lemmatize(part, lang=language) == lemma for part in found.split())


def reported(entry) -> bool:
    """Whether a hard-word finding names the entry's word."""
    word, language = entry["word"].lower(), entry["language"]
    for finding in check_text(entry["text"], f"docs/{language}/sample.md", language):
        quoted = QUOTED.search(finding.message)
        if finding.category in CATEGORIES and quoted and names((quoted.group(1) or quoted.group(2)).lower(),
                                                               word, language):
            return True
    return False


def scores():
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for entry in entries():
        found = reported(entry)
        counts[("t" if found == entry["report"] else "f") + ("p" if found else "n")] += 1
    precision = counts["tp"] / (counts["tp"] + counts["fp"])
    recall = counts["tp"] / (counts["tp"] + counts["fn"])
    return counts, round(precision, 2), round(recall, 2)


def test_the_sample_has_at_least_100_labelled_words_from_the_pages_and_the_report():
    sample = entries()
    assert len(sample) >= 100
    assert {entry["source"].split("/")[0] for entry in sample} >= {"docs", "jaarverslag-2023"}
    assert all(entry["word"].lower() in entry["text"].lower() and entry["why"] for entry in sample)
    assert {entry["report"] for entry in sample} == {True, False}


def test_precision_and_recall_on_the_labelled_sample_are_at_least_what_the_readme_promises():
    counts, precision, recall = scores()
    assert precision >= MINIMUM["precision"] and recall >= MINIMUM["recall"], (counts, precision, recall)


def test_the_readme_gives_the_measured_numbers():
    counts, precision, recall = scores()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    stated = re.search(r"precision \*\*([\d.]+)\*\*, recall \*\*([\d.]+)\*\*", readme)
    assert stated, "README.md: write 'precision **P**, recall **R**' in the language checker section"
    assert (float(stated.group(1)), float(stated.group(2))) == (precision, recall), counts


@pytest.mark.parametrize("word", ["statuut", "bevolkingsregister", "invaliditeit", "oorlogsinvaliditeit",
                                  "verkeersbord", "werkexperten", "kunstenfederaties", "e-Deposit"])
def test_the_words_issue_15_lists_are_reported_where_the_pages_use_them(word):
    entry = next(entry for entry in entries() if entry["word"] == word and entry["source"].startswith("docs/nl"))
    assert reported(entry), entry["text"]
