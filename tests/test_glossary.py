"""The glossary: abbreviations explained on every page, the glossary page made from the data, clear errors."""

import re

import pytest
from bs4 import BeautifulSoup

from scripts.buildcheck import check as build_check
from scripts.content import DataError
from scripts.content.glossary import glossary_markdown, load_glossary, path_of
from scripts.project import DOCS
from tests.conftest import published

FOLDERS = {"nl": "", "fr": "fr/"}


def article(page):
    return BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("article")


@pytest.mark.parametrize("language", FOLDERS)
def test_every_abbreviation_on_every_page_carries_its_expansion(built_site, language):
    terms = {term.abbreviation: term.term for term in load_glossary(DOCS, language) if term.abbreviation}
    pages = sorted((built_site / FOLDERS[language]).glob("*.html"))
    used = set()
    for page in pages:
        content = article(page)
        for abbreviation, term in terms.items():
            if re.search(rf"(?<!\w){re.escape(abbreviation)}(?!\w)", content.get_text()):
                used.add(abbreviation)
                explained = content.find_all("abbr", string=abbreviation)
                assert explained and all(abbr["title"] == term for abbr in explained), (page, abbreviation)
    assert used, "no page uses an abbreviation of the glossary"


def test_a_built_page_contains_the_abbreviation_with_its_title(built_site):
    assert '<abbr title="inkomensvervangende tegemoetkoming">IVT</abbr>' in (
        built_site / published("nl", "glossary.md")).read_text(encoding="utf-8")
    assert '<abbr title="allocation de remplacement de revenus">ARR</abbr>' in (
        built_site / published("fr", "glossary.md")).read_text(encoding="utf-8")


@pytest.mark.parametrize("language, other", [("nl", "fr"), ("fr", "nl")])
def test_the_glossary_page_lists_every_term_of_its_language_only(built_site, language, other):
    listed = [dt.get_text() for dt in article(built_site / published(language, "glossary.md")).select("dl dt")]

    assert sorted(listed) == sorted(term.heading for term in load_glossary(DOCS, language))
    foreign = {term.term for term in load_glossary(DOCS, other)} - {term.term for term in load_glossary(DOCS, language)}
    assert not foreign & set(listed)


def test_a_term_in_another_language_is_marked_with_its_language(built_site):
    dutch = article(built_site / published("nl", "glossary.md"))
    french = article(built_site / published("fr", "glossary.md"))

    assert dutch.find("span", lang="fr", string="Agence pour une Vie de Qualité")
    assert french.find("span", lang="nl", string="Vlaams Agentschap voor Personen met een Handicap")
    assert not dutch.find("span", lang="fr", string="arbeidsrechtbank")


def test_the_glossary_is_in_alphabetical_order_ignoring_accents_and_capitals():
    terms = load_glossary(DOCS, "fr")
    headings = [line.split(" {#")[0] for line in glossary_markdown(terms).splitlines()
                if line and not line.startswith(":")]

    assert headings.index("Médiateur fédéral") < headings.index("mutualité") < headings.index("MyHandicap")
    assert headings.index("carte artiste") < headings.index("Centre public d'action sociale (CPAS)")


def test_a_malformed_entry_stops_the_build_naming_the_file_and_line(project_copy, tmp_path):
    glossary = project_copy / "docs/data/glossary/fr.yml"
    text = glossary.read_text(encoding="utf-8")
    glossary.write_text(text.replace("    explanation: De l'argent si", "    explication: De l'argent si", 1),
                        encoding="utf-8")
    line = text.splitlines().index("  - term: allocation de remplacement de revenus") + 1

    built, findings = build_check(tmp_path / "site", project_copy / "mkdocs.yml")

    # `make check` shows every problem of the file, in the file's language, each on its line.
    assert not built
    assert [(f.file, f.line, f.rule) for f in findings] == [
        ("docs/data/glossary/fr.yml", line, "data-field-missing"),
        ("docs/data/glossary/fr.yml", line + 2, "data-field-unknown")]
    assert "« explanation » manque" in findings[0].message
    assert "« explication » est inconnu" in findings[1].message
    assert findings[1].suggestion.startswith("Corrigez l'orthographe")


def test_the_same_abbreviation_twice_is_reported_in_dutch(tmp_path):
    path = path_of(tmp_path, "nl")
    path.parent.mkdir(parents=True)
    path.write_text(
        "terms:\n"
        "  - {term: inkomensvervangende tegemoetkoming, abbreviation: IVT, explanation: a, source: b}\n"
        "  - {term: integratietegemoetkoming, abbreviation: ivt, explanation: a, source: b}\n",
        encoding="utf-8",
    )

    with pytest.raises(DataError) as error:
        load_glossary(tmp_path, "nl")

    [finding] = error.value.findings
    assert (finding.rule, finding.line) == ("glossary-duplicate", 3)
    assert finding.message.endswith("staat 'ivt' twee keer (ook op regel 2).")


def test_broken_yaml_is_reported_with_its_line(tmp_path):
    path = path_of(tmp_path, "nl")
    path.parent.mkdir(parents=True)
    path.write_text("terms:\n  - term: x\n    explanation: [niet gesloten\n", encoding="utf-8")

    with pytest.raises(DataError) as error:
        load_glossary(tmp_path, "nl")

    [finding] = error.value.findings
    assert finding.rule == "data-yaml" and finding.line == 4
    assert "is geen geldige YAML" in finding.message


def test_every_glossary_entry_has_an_anchor_pages_can_link_to():
    from scripts.content.glossary import anchor
    terms = load_glossary(DOCS, "nl")
    markdown = glossary_markdown(terms)
    heroverweging = next(term for term in terms if term.term == "heroverweging")
    assert anchor(heroverweging) == "heroverweging"
    assert "heroverweging {#heroverweging}\n:   " in markdown
    assert all(f"{{#{anchor(term)}}}" in markdown for term in terms)
    assert len({anchor(term) for term in terms}) == len(terms)
