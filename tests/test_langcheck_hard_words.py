"""The hard-word checks of issue 15, each with a known-bad page: a rare word the page
leaves unexplained, a glossary term used without explanation or link, a passive
sentence. And what they must leave alone: names, the sources, explained words."""

import pytest

from scripts.langcheck import check_text


def found(text, rule, language="nl"):
    return [finding for finding in check_text(text, f"docs/{language}/page.md", language) if finding.rule == rule]


def words(text, rule, language="nl"):
    return [finding.message.split("'")[1] if language == "nl" else finding.message.split("« ")[1].split(" »")[0]
            for finding in found(text, rule, language)]


# Rare words ------------------------------------------------------------------

def test_a_rare_word_is_reported_once_at_its_first_use_with_the_fix():
    text = "Je dossier gaat naar de evaluatoren.\n\nDe evaluatoren bekijken het."
    [finding] = found(text, "rare-word")
    assert (finding.line, finding.column, finding.severity) == (1, 25, "warning")
    assert finding.message.startswith("'evaluatoren' is een weinig gebruikt woord")
    assert "leg het uit in de zin" in finding.suggestion and "woordenlijst" in finding.suggestion


def test_a_rare_french_word_is_reported_in_french():
    [finding] = found("Vous êtes sourd ou malentendant ?", "rare-word", "fr")
    assert finding.message.startswith("« malentendant » est un mot peu courant")


@pytest.mark.parametrize("text", [
    "Je dossier gaat naar de evaluatoren (de artsen die je handicap beoordelen).",
    "Je dossier gaat naar de evaluatoren: de artsen die je handicap beoordelen.",
    "Evaluatoren zijn de artsen die je handicap beoordelen.",
    "Je dossier gaat naar de [evaluatoren](glossary.md).",
])
def test_an_explained_or_linked_rare_word_is_fine(text):
    assert found(text, "rare-word") == []


def test_an_inflected_dutch_adjective_counts_as_its_base_form():
    assert found("Er zijn gereserveerde plaatsen.", "rare-word") == []


@pytest.mark.parametrize("text", [
    "Lees het artikel van Sociare over de vergoeding.",  # a capital inside a sentence
    "- [AnySurfer over de Europese richtlijn (externe website)](https://www.anysurfer.be/): het niveau AA.",
    "- [Ministerieel besluit van 17 juli 2024 (externe website)](https://etaamb.openjustice.be/): de termijn.",
    "Handimobility, pagina over vervallen kaarten (handimobility.org).",  # the website's name
    "Dockers schrijft het ook.\n\nLees [de vraag](https://dockers.io/faq).",
    "- **Duitstalige Gemeenschap**: de dienst onderzoekt de aanvraag.",  # the first word of a name
    "Aanmelden met itsme kan ook.",  # config.yml: familiar
    "Andere websites geven soms een ander busnummer.",
])
def test_names_and_words_every_belgian_reader_knows_are_not_rare_words(text):
    assert found(text, "rare-word") == []


def test_a_capital_in_a_link_to_a_page_of_the_site_is_no_name():
    assert words("[Evaluatoren bekijken je dossier](allowances.md).", "rare-word") == ["Evaluatoren"]


@pytest.mark.parametrize("language, title, source, after", [
    ("nl", "Bronnen", "Rapport over de evaluatoren, ingevolge een enquête (rapport.be).",
     "Na het blok lees je over de evaluatoren."),
    ("fr", "Sources", "Rapport sur la recevabilité, en vertu de la loi (rapport.be).",
     "Après le bloc, vous lisez en vertu de quoi."),
])
def test_the_sources_block_at_the_end_of_a_page_is_not_checked_for_hard_words(language, title, source, after):
    page = f"## Contact\n\nBel ons.\n\n??? quote \"{title}\"\n\n    - {source}\n\n{after}\n"
    findings = check_text(page, f"docs/{language}/page.md", language)
    # inside the block nothing; after it, the page is checked again
    assert [f.line for f in findings if f.category in ("rare", "jargon", "glossary", "passive")] == [9]


def test_the_sources_block_is_still_checked_for_inclusive_language():
    page = '??? quote "Bronnen"\n\n    - Een artikel over gehandicapten (krant.be).\n'
    assert [f.rule for f in check_text(page, "docs/nl/page.md", "nl")] == ["nl-gehandicapte"]


def test_a_sources_section_is_not_checked_for_hard_words_either():
    page = "## Bronnen\n\n- Een artikel over de evaluatoren (krant.be).\n"
    assert found(page, "rare-word") == []


# Glossary terms ----------------------------------------------------------------

def test_the_first_unexplained_use_of_a_glossary_term_asks_for_a_link_to_its_entry():
    text = "Vraag een heroverweging.\n\nEen heroverweging is gratis."
    [finding] = found(text, "glossary-link")
    assert finding.line == 1 and "'heroverweging' staat in de woordenlijst" in finding.message
    assert "[heroverweging](glossary.md#heroverweging)" in finding.suggestion


def test_a_glossary_term_linked_to_its_entry_is_fine():
    assert found("Vraag een [heroverweging](glossary.md#heroverweging).", "glossary-link") == []


# Passive sentences --------------------------------------------------------------

def test_a_passive_sentence_asks_who_does_what():
    [finding] = found("Daarna wordt je klacht behandeld.", "passive")
    assert "'wordt je klacht behandeld'" in finding.message and "Zeg wie wat doet" in finding.suggestion


@pytest.mark.parametrize("text", ["Je bent in België geboren.", "DG HAN behandelt je klacht."])
def test_an_active_sentence_or_a_verb_with_zijn_is_no_passive(text):
    assert found(text, "passive") == []


def test_a_french_passive_with_an_agent_is_reported():
    [finding] = found("Votre handicap est reconnu par la DG HAN.", "passive", "fr")
    assert "« est reconnu par »" in finding.message
