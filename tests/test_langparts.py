"""Language of parts: an unmarked name in another language is reported on its line, in the page's
language, with the marked text to write; marked names, addresses and code are left alone; the build
marks the names it writes itself."""

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from scripts import frontmatter, langparts
from scripts.content import DataError
from scripts.content.names import load_names
from scripts.findings import run_page_check
from scripts.project import ROOT
from tests.conftest import published

FRENCH_PAGE = "---\ntitle: {title}\n{extra}address: test\ndescription: x\nlast_reviewed: 2026-11-28\n---\n\n{body}\n"


def check(project, body, language="fr", title="Test", extra=""):
    path = Path("docs") / language / "test.md"
    (project / path).write_text(FRENCH_PAGE.format(title=title, extra=extra, body=body), encoding="utf-8")
    return langparts.check(project, [path])


def test_the_real_pages_mark_every_name_in_another_language():
    assert langparts.check(ROOT) == []


def test_an_unmarked_name_is_reported_on_its_line_and_column_with_the_marked_text_to_write(project_copy):
    [finding] = check(project_copy, "# Test\n\nDemandez-la sur Working in the Arts, en ligne.")

    assert (finding.rule, finding.location()) == ("name-unmarked", "docs/fr/test.md:10:17")
    assert finding.message == ("« Working in the Arts » est en anglais, mais sans langue : "
                               "un lecteur d'écran le prononce comme du français.")
    assert finding.suggestion.startswith("Écrivez *Working in the Arts*{lang=en} (dans un lien : ")
    assert finding.suggestion.endswith("Le nom figure dans docs/data/glossary/fr.yml.")


def test_a_dutch_page_is_told_in_dutch_and_the_name_as_written_is_kept(project_copy):
    [finding] = check(project_copy, "Vraag het aan het agence pour une vie de qualité.", language="nl")

    assert finding.message.startswith("'agence pour une vie de qualité' is Frans, maar zonder taal")
    assert finding.suggestion.startswith("Schrijf *agence pour une vie de qualité*{lang=fr}")


@pytest.mark.parametrize("body", [
    "Un article de Het Laatste Nieuws.",
    "- Un article de *Tij-dingen*{lang=nl} et de Het Laatste\n  Nieuws.",  # a name over two lines
    "| Journal | Langue |\n|---|---|\n| Het Laatste Nieuws | néerlandais |",
    "[Het Laatste Nieuws (site externe)](https://www.hln.be/)",
    "## Het Laatste Nieuws",
    "!!! note \"Presse\"\n    Lu dans Het Laatste Nieuws.",
])
def test_a_name_of_the_names_list_is_found_in_every_kind_of_text(project_copy, body):
    assert [f.rule for f in check(project_copy, body)] == ["name-unmarked"]


@pytest.mark.parametrize("body", [
    "La *European Disability Card*{lang=en} (EDC) est gratuite.",
    "La <span lang=\"en\">European Disability Card</span> est gratuite.",
    "## European Disability Card {lang=en}",
    "Sur [*Working in the Arts*{lang=en} (site externe)](https://workinginthearts.be).",
    "Voyez [le site](https://workinginthearts.be/european-disability-card) et tij-dingen.be.",
    "Écrivez à info@tij-dingen.be.",
    "Le code `Working in the Arts` et le bloc :\n\n```\nEuropean Disability Card\n```",
    "Une *European Disability Cardigan* n'est pas un nom connu.",
])
def test_marked_names_addresses_and_code_are_not_reported(project_copy, body):
    assert check(project_copy, body) == []


def test_a_name_in_the_page_s_own_language_is_not_reported(project_copy):
    assert check(project_copy, "In Vlaanderen vraag je het aan de zorgkas.", language="nl") == []
    assert [f.rule for f in check(project_copy, "En Flandre, demandez-la à la zorgkas.")] == ["name-unmarked"]


def test_the_longest_name_is_reported_once(project_copy):
    [finding] = check(project_copy, "Votre dossier est passé à Working in the Arts – Amateur.")

    assert "« Working in the Arts – Amateur »" in finding.message


def test_the_description_and_attributes_are_not_text_a_part_of_which_can_be_marked(project_copy):
    assert check(project_copy, '![La carte European Disability Card](carte.png "Working in the Arts")') == []
    page = project_copy / "docs/fr/test.md"
    page.write_text(page.read_text().replace("description: x", "description: La European Disability Card."))
    assert langparts.check(project_copy, [Path("docs/fr/test.md")]) == []


def test_a_title_that_is_a_name_in_another_language_asks_for_title_lang(project_copy):
    [finding] = check(project_copy, "# Carte", title="European Disability Card")

    assert (finding.rule, finding.line) == ("title-lang-missing", 2)
    assert finding.suggestion == "Ajoutez dans l'en-tête une ligne : title_lang: en"
    assert check(project_copy, "# Carte", title="European Disability Card", extra="title_lang: en\n") == []


def test_a_title_lang_that_is_no_language_is_a_front_matter_error(project_copy):
    check(project_copy, "# Carte", title="European Disability Card", extra="title_lang: anglais\n")

    [finding] = frontmatter.check(project_copy, [Path("docs/fr/test.md")])

    assert (finding.rule, finding.line) == ("value-not-allowed", 3)
    assert finding.suggestion == "Choisissez parmi : nl, fr, de, en."


def test_a_name_written_twice_in_the_names_list_stops_the_check_naming_both_lines(project_copy):
    names = project_copy / "docs/data/names.yml"
    names.write_text(names.read_text(encoding="utf-8") + "  - name: het laatste nieuws\n    lang: nl\n",
                     encoding="utf-8")
    load_names.cache_clear()

    with pytest.raises(DataError) as stopped:
        langparts.check(project_copy)

    first = names.read_text(encoding="utf-8").splitlines().index("  - name: Het Laatste Nieuws") + 1
    [finding] = stopped.value.findings
    last = len(names.read_text(encoding="utf-8").splitlines()) - 1  # the line of the second "- name:"
    assert (finding.rule, finding.file, finding.line) == ("names-duplicate", "docs/data/names.yml", last)
    assert f"(ook op regel {first})" in finding.message and f"(aussi à la ligne {first})" in finding.message


def test_the_command_reports_in_json_and_exits_1(project_copy, capsys):
    check(project_copy, "Sur Working in the Arts.")

    code = run_page_check(langparts.check, ["--project-dir", str(project_copy), "--format", "json",
                                            "docs/fr/test.md"], "prog", "description")

    assert code == 1
    assert [f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]] == ["name-unmarked"]


# What the build marks itself: text it writes from data, and the title in the menu

def soup(site, language, name):
    return BeautifulSoup((site / published(language, name)).read_text(encoding="utf-8"), "html.parser")


def test_the_build_marks_the_names_in_the_glossary_figures_and_abbreviations(built_site):
    glossary = soup(built_site, "nl", "glossary.md").select_one("article")
    figures = soup(built_site, "fr", "key-figures.md").select_one("article")

    [explanation] = [dd for dd in glossary.find_all("dd") if "parkeerkaart en de" in dd.get_text()]  # DG HAN's
    assert explanation.find("span", lang="en", string="European Disability Card")
    assert figures.select_one("figcaption span[lang=en]").get_text() == "European Disability Cards"
    assert figures.find("abbr", lang="en", title="European Disability Card").get_text() == "EDC"
    assert figures.find("span", lang="nl", string="Personen met een handicap")  # a figure's source


def test_a_title_with_title_lang_is_marked_in_the_menu_and_the_header(built_site):
    menu = soup(built_site, "fr", "index.md").select_one(".md-sidebar--primary")
    header = soup(built_site, "fr", "disability-card.md").select_one('[data-md-component="header-topic"]')

    link = menu.find("a", href=published("fr", "disability-card.md").removeprefix("fr/"))
    assert link.find("span", lang="en").get_text(strip=True) == "European Disability Card"
    assert header.find("span", lang="en").get_text(strip=True) == "European Disability Card"
