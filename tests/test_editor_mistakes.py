"""The mistakes editors make: for each, `make check` fails, names the file (and line) and says how to fix it.

Each case breaks a copy of the project in one way and runs `make check`'s
runner (scripts.check) on it, as an editor would run `make check`.
"""

import datetime
import re
import subprocess
import sys

import pytest

from scripts import check
from scripts.content.addresses import suggested
from scripts.project import ROOT
from tests.conftest import new_page, replace_in, small_project


def line_of(path, start):
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line.startswith(start))


def append(path, text):
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")
    return len(path.read_text(encoding="utf-8").splitlines())


def page_missing_in_french(project):
    (project / "docs/nl/nieuw.md").write_text(new_page("Nieuw"), encoding="utf-8")
    return ("docs/fr/nieuw.md", "translation-missing",
            "Créez docs/fr/nieuw.md en traduisant docs/nl/nieuw.md (même nom de fichier), ou supprimez les deux.")


def page_missing_in_dutch(project):
    (project / "docs/fr/nouveau.md").write_text(new_page("Nouveau"), encoding="utf-8")
    return ("docs/nl/nouveau.md", "translation-missing",
            "Maak docs/nl/nouveau.md aan als vertaling van docs/fr/nouveau.md (zelfde bestandsnaam), "
            "of verwijder beide.")


def broken_internal_link(project):
    line = append(project / "docs/nl/index.md", "\nLees meer over de [parkeerkaart](parkeerkaart.md).\n")
    return (f"docs/nl/index.md:{line}", "link-missing-page",
            "Verbeter de bestandsnaam in de link (kijk in de map docs/), of haal de link weg.")


def link_to_a_missing_anchor(project):
    line = append(project / "docs/fr/index.md", "\nVoir [les conditions](#conditions).\n")
    return (f"docs/fr/index.md:{line}", "link-missing-anchor", "Corrigez le lien ou l'intertitre.")


def front_matter_that_is_not_valid_yaml(project):
    replace_in(project / "docs/nl/index.md", "---\n", '---\ntitle: "Rechten en hulp\n')
    return ("docs/nl/index.md:2:8", "yaml-invalid",
            "Zet dan de hele waarde tussen dubbele aanhalingstekens")


def missing_description(project):
    page = project / "docs/fr/index.md"
    page.write_text(re.sub(r"(?m)^description:.*\n", "", page.read_text(encoding="utf-8"), count=1),
                    encoding="utf-8")
    return ("docs/fr/index.md:1", "missing-key", "Ajoutez une ligne entre les deux lignes ---, par exemple : "
                                                 "description: Qui reçoit une carte de stationnement")


def misspelled_front_matter_key(project):
    page = project / "docs/nl/index.md"
    line = line_of(page, "last_reviewed:")
    replace_in(page, "last_reviewed:", "last_reveiwed:")
    return (f"docs/nl/index.md:{line}", "unknown-key-typo", "Bedoel je 'last_reviewed'?")


def image_without_alt_text(project):
    (project / "docs/nl/kaart.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>', encoding="utf-8")
    line = append(project / "docs/nl/index.md", "\n![](kaart.svg)\n")
    return (f"docs/nl/index.md:{line}", "image-alt-empty", "Beschrijf wat de afbeelding toont")


def heading_level_skipped(project):
    line = append(project / "docs/fr/index.md", "\n#### Les conditions\n\nVous avez au moins 18 ans.\n") - 2
    return (f"docs/fr/index.md:{line}", "heading-skipped", "Ne sautez pas de niveau")


def discouraged_term(project):
    line = append(project / "docs/fr/index.md", "\nLes handicapés peuvent demander une carte.\n")
    return (f"docs/fr/index.md:{line}:1", "fr-handicape-nom", "personne handicapée")


MISTAKES = [
    page_missing_in_french,
    page_missing_in_dutch,
    broken_internal_link,
    link_to_a_missing_anchor,
    front_matter_that_is_not_valid_yaml,
    missing_description,
    misspelled_front_matter_key,
    image_without_alt_text,
    heading_level_skipped,
    discouraged_term,
]


@pytest.mark.parametrize("mistake", MISTAKES, ids=lambda mistake: mistake.__name__.replace("_", " "))
def test_make_check_fails_naming_the_file_and_line_with_a_fix(project_copy, tmp_path, capsys, mistake):
    location, rule, fix = mistake(project_copy)

    code = check.main(["--project-dir", str(project_copy), "--site-dir", str(tmp_path / "site")])

    output = capsys.readouterr().out
    assert code == 1
    [line] = [line for line in output.splitlines() if line.startswith(f"{location} error [{rule}] ")]
    assert fix in line.split(" → ")[1]
    assert re.search(rf"(?m)^{re.escape(location.split(':')[0])} +[1-9]", output), "missing from the table"


# Issue 17: about fifty more mistakes, tried as a new editor would ------------------------------
#
# Mistakes that break the whole project (mkdocs.yml, a data file, a page the build cannot
# read) each get their own copy of the project. The others each get their own page, in one
# copy built once (MISTAKES_ON_THEIR_OWN_PAGE below): one build instead of forty keeps the
# tests fast, and each mistake is still found on its own page and line.


def mkdocs_yml_with_a_tab(project):
    config = project / "mkdocs.yml"
    line = line_of(config, "  - abbr")
    replace_in(config, "  - abbr\n", "\t- abbr\n")
    return (f"mkdocs.yml:{line}:1", "config-tab", "Vervang de tab door spaties")


def mkdocs_yml_list_item_without_a_space(project):
    config = project / "mkdocs.yml"
    line = line_of(config, "  - abbr")
    replace_in(config, "  - abbr\n", "  -abbr\n")
    return (f"mkdocs.yml:{line}:3", "config-dash", "Zet een spatie na het streepje")


def page_saved_as_latin_1(project):
    page = project / "docs/nl/index.md"
    line = next(n for n, text in enumerate(page.read_text(encoding="utf-8").splitlines(), 1) if not text.isascii())
    page.write_bytes(page.read_text(encoding="utf-8").replace("Bel gratis", "Bel gratis (café)").encode("latin-1"))
    return (f"docs/nl/index.md:{line}", "file-unreadable",
            "Sla het bestand op als UTF-8")


def figure_written_the_dutch_way(project):
    figures = project / "docs/data/figures/recipients-per-year.yml"
    replace_in(figures, "people: 242454}", "people: 242.454}")
    line = line_of(figures, '  - {id: "2023"')
    return (f"docs/data/figures/recipients-per-year.yml:{line}",
            "figures-count-not-whole", "Bedoel je 242454?")


def figure_file_with_a_misspelled_field(project):
    figures = project / "docs/data/figures/recipients-per-year.yml"
    line = line_of(figures, "chart: people")
    replace_in(figures, "\nchart: people", "\nchrat: people")
    return (f"docs/data/figures/recipients-per-year.yml:{line}", "data-field-unknown", "Verbeter de schrijfwijze")


def glossary_with_a_misspelled_field(project):
    glossary = project / "docs/data/glossary/fr.yml"
    line = line_of(glossary, "    explanation:")
    replace_in(glossary, "\n    explanation:", "\n    explication:")
    return (f"docs/data/glossary/fr.yml:{line}", "data-field-unknown", "Corrigez l'orthographe")


def figure_marker_with_a_typo(project):
    line = append(project / "docs/nl/index.md", "\n{{ figure recipients-per-yaer }}\n")
    return (f"docs/nl/index.md:{line}", "figures-unknown", "Verbeter de naam na 'figure'")


def link_to_the_page_in_the_other_language(project):
    line = append(project / "docs/fr/index.md", "\nVoir [la page en néerlandais](../nl/index.md).\n")
    return (f"docs/fr/index.md:{line}", "link-other-language", "Liez la page dans votre langue : index.md")


def link_to_a_page_without_md(project):
    line = append(project / "docs/nl/index.md", "\nZie [de startpagina](index).\n")
    return (f"docs/nl/index.md:{line}", "link-unrecognized", "met .md erachter")


def label_in_the_menu(project):
    config = project / "mkdocs.yml"
    line = append(config, "\nnav:\n  - Startpagina: index.md\n")
    return (f"mkdocs.yml:{line}", "nav-label", "Laat de naam weg en schrijf alleen de bestandsnaam")


MISTAKES_ALONE = [
    mkdocs_yml_with_a_tab,
    mkdocs_yml_list_item_without_a_space,
    page_saved_as_latin_1,
    figure_written_the_dutch_way,
    figure_file_with_a_misspelled_field,
    glossary_with_a_misspelled_field,
    figure_marker_with_a_typo,
    link_to_the_page_in_the_other_language,
    link_to_a_page_without_md,
    label_in_the_menu,
]


@pytest.mark.parametrize("mistake", MISTAKES_ALONE, ids=lambda mistake: mistake.__name__.replace("_", " "))
def test_a_mistake_that_breaks_the_project_is_one_finding_on_its_line_never_a_traceback(
        project_copy, tmp_path, capsys, mistake):
    location, rule, fix = mistake(project_copy)

    code = check.main(["--project-dir", str(project_copy), "--site-dir", str(tmp_path / "site")])

    captured = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in captured.out + captured.err
    found = [line for line in captured.out.splitlines() if f" error [{rule}] " in line]
    assert [line.split(" ")[0] for line in found] == [location], "once, on its file and line"
    assert fix in found[0].split(" → ")[1]
    assert "build-warning" not in captured.out, "nothing left to a developer's catch-all"


# Each of these mistakes is made on a page of its own (and its translation, well written), in
# one copy of the project that is built and checked once.

TRANSLATION = {"nl": "fr", "fr": "nl"}


def own_page(project, name, language, body, title=None, description=None, file_name=None):
    """docs/<language>/<name>.md with `body` under its title, and its translation; the line of the
    body's first line (so a mistake's line is that plus its line in the body)."""
    title = title or name.replace("-", " ").capitalize()  # unique: two pages with one title is a finding
    description = description or {"nl": "Een korte uitleg voor de lezer.",
                                   "fr": "Une courte explication pour le lecteur."}[language]
    head = (f"---\ntitle: {title}\ndescription: {description}\nlast_reviewed: {TODAY}\naddress: {suggested(name)}\n"
            f"---\n\n# {title}\n\n")
    file_name = file_name or f"{name}.md"
    (project / "docs" / language / file_name).write_text(head + body, encoding="utf-8")
    other = TRANSLATION[language]
    (project / "docs" / other / file_name).write_text(
        new_page(name.replace("-", " ").capitalize(),
                 {"nl": "Een korte uitleg voor de lezer.", "fr": "Une courte explication pour le lecteur."}[other],
                 body={"nl": "\nDe kaart is gratis.\n", "fr": "\nLa carte est gratuite.\n"}[other]),
        encoding="utf-8")
    return head.count("\n") + 1


# Links

def vague_link_text_in_other_words(project, name):
    start = own_page(project, name, "nl", "Meer weten? [Klik op deze link](index.md).\n")
    return (f"docs/nl/{name}.md:{start}", "link-text-vague", "Zet de link op woorden die het doel noemen")


def vague_link_text_in_french(project, name):
    start = own_page(project, name, "fr", "Pour les détails, [cliquez ici pour plus d'informations](index.md).\n")
    return (f"docs/fr/{name}.md:{start}", "link-text-vague", "Placez le lien sur des mots qui nomment sa destination")


def web_address_as_link_text(project, name):
    start = own_page(project, name, "nl", "Zie [https://www.handicap.belgium.be](https://www.handicap.belgium.be).\n")
    return (f"docs/nl/{name}.md:{start}", "link-text-url", "Zet de link op woorden die de website noemen")


def bare_web_address(project, name):
    start = own_page(project, name, "fr", "Voir <https://www.handicap.belgium.be>.\n")
    return (f"docs/fr/{name}.md:{start}", "link-text-url", "Placez le lien sur des mots qui nomment le site")


def link_without_text(project, name):
    start = own_page(project, name, "nl", "Zie [](index.md) voor meer.\n")
    return (f"docs/nl/{name}.md:{start}", "link-text-empty", "Zet tussen de [ ] de woorden")


def link_over_http(project, name):
    start = own_page(project, name, "nl", "Zie [de website van DG HAN](http://handicap.belgium.be).\n")
    return (f"docs/nl/{name}.md:{start}", "link-http", "https://handicap.belgium.be")


def link_copied_from_the_preview(project, name):
    start = own_page(project, name, "fr", "Voir [la page de contact](http://127.0.0.1:8000/fr/index.html).\n")
    return (f"docs/fr/{name}.md:{start}", "link-local-preview", "Liez le fichier Markdown de la page : [texte](index.md)")


def link_to_an_undefined_reference(project, name):
    start = own_page(project, name, "nl", "Zie [de startpagina][1].\n")
    return (f"docs/nl/{name}.md:{start}", "link-literal", "Schrijf een link als [tekst](adres)")


# Markdown that renders otherwise than meant

def empty_heading(project, name):
    start = own_page(project, name, "nl", "Tekst.\n\n## \n\nMeer tekst.\n")
    return (f"docs/nl/{name}.md:{start + 2}", "heading-empty", "Schrijf de tekst van de kop na '## '")


def bold_line_as_heading(project, name):
    start = own_page(project, name, "nl", "Tekst.\n\n**Voorwaarden**\n\nJe bent ouder dan 18 jaar.\n")
    return (f"docs/nl/{name}.md:{start + 2}", "heading-bold", "Maak er een kop van: '## Voorwaarden'")


def heading_without_a_space(project, name):
    start = own_page(project, name, "fr", "Texte.\n\n##Conditions\n\nVous avez 18 ans.\n")
    return (f"docs/fr/{name}.md:{start + 2}", "heading-no-space", "Mettez une espace après les dièses")


def note_with_its_text_not_indented(project, name):
    start = own_page(project, name, "nl", '!!! note "Let op"\nDe kaart is persoonlijk.\n')
    return (f"docs/nl/{name}.md:{start}", "admonition-empty", "laat elke regel van de tekst van het kader beginnen")


def table_without_its_separator_line(project, name):
    start = own_page(project, name, "nl", "| Jaar | Aanvragen |\n| 2022 | 100 |\n| 2023 | 120 |\n")
    return (f"docs/nl/{name}.md:{start}", "table-literal", "|---|---|")


def table_row_with_an_extra_cell(project, name):
    start = own_page(project, name, "fr", "| Année | Demandes |\n|---|---|\n| 2022 | 100 | 5 |\n")
    return (f"docs/fr/{name}.md:{start + 2}", "table-extra-cell", "Donnez à chaque ligne autant de cellules")


def table_with_an_empty_header_cell(project, name):
    start = own_page(project, name, "nl", "| | Aanvragen |\n|---|---|\n| 2022 | 100 |\n")
    return (f"docs/nl/{name}.md:{start}", "table-header-empty", "een kop voor elke kolom")


def marker_with_a_typo(project, name):
    start = own_page(project, name, "nl", "Alle woorden:\n\n{{ glosary }}\n")
    return (f"docs/nl/{name}.md:{start + 2}", "template-literal", "Schrijf {{ glossary }}")


def footnote(project, name):
    start = own_page(project, name, "fr", "La carte est gratuite.[^1]\n\n[^1]: Rapport annuel 2023.\n")
    return (f"docs/fr/{name}.md:{start}", "footnote-literal", "Dites-le dans le texte même")


def list_without_a_blank_line_above(project, name):
    start = own_page(project, name, "nl", "Je hebt nodig:\n- je eID\n- je pincode\n")
    return (f"docs/nl/{name}.md:{start + 1}", "list-not-rendered", "Zet een lege regel boven de lijst")


def steps_numbered_with_a_bracket(project, name):
    start = own_page(project, name, "fr", "Étapes :\n\n1) Connectez-vous.\n2) Remplissez le formulaire.\n")
    return (f"docs/fr/{name}.md:{start + 3}", "list-not-rendered", "« 1. » pour des étapes numérotées")


def sub_list_indented_by_two_spaces(project, name):
    start = own_page(project, name, "nl", "- Parkeerkaart\n  - aanvragen\n  - verlengen\n- Tegemoetkoming\n")
    return (f"docs/nl/{name}.md:{start + 1}", "list-indent", "vier spaties verder")


def comment_left_open(project, name):
    start = own_page(project, name, "nl", "<!-- nog nakijken\nDe kaart is gratis.\n\n## Voorwaarden\n\nTekst.\n")
    return (f"docs/nl/{name}.md:{start}", "comment-open", "Sluit de opmerking op dezelfde regel af met -->")


def line_underlined_with_dashes(project, name):
    start = own_page(project, name, "fr", "La carte est gratuite et personnelle.\n---\n\nAutre texte.\n")
    return (f"docs/fr/{name}.md:{start + 1}", "heading-underlined", "mettez une ligne vide au-dessus de ---")


def bold_with_spaces_inside(project, name):
    start = own_page(project, name, "nl", "De kaart is ** gratis **.\n")
    return (f"docs/nl/{name}.md:{start}", "emphasis-literal", "Zet ** tegen het eerste en het laatste woord")


def paragraph_indented_by_four_spaces(project, name):
    start = own_page(project, name, "nl", "Tekst.\n\n    Deze alinea begint met vier spaties.\n")
    return (f"docs/nl/{name}.md:{start + 2}", "code-block", "Haal de spaties of de tab aan het begin van de regel weg")


def language_mark_after_a_space(project, name):
    start = own_page(project, name, "nl", "Vraag de *European Disability Card* {lang=en} aan.\n")
    return (f"docs/nl/{name}.md:{start}", "attribute-literal", "Zet de accolades meteen na de tekst")


# Languages mixed up

def dutch_paragraph_in_a_french_page(project, name):
    start = own_page(project, name, "fr", "Vous pouvez demander la carte en ligne.\n\n"
                     "Je kunt de kaart ook met een papieren formulier aanvragen. Dat vraag je bij de gemeente.\n")
    return (f"docs/fr/{name}.md:{start + 2}", "text-language", "Traduisez le texte")


def french_page_with_a_dutch_title(project, name):
    own_page(project, name, "fr", "Vous pouvez demander la carte en ligne.\n",
             title="Hulp voor personen met een handicap",
             description="Wie krijgt een parkeerkaart en hoe vraag je ze aan bij de FOD.")
    return (f"docs/fr/{name}.md:2", "front-matter-language", "Traduisez le champ title")


def french_paragraph_in_a_dutch_page(project, name):
    start = own_page(project, name, "nl", "Je kunt de kaart online aanvragen.\n\n"
                     "Vous pouvez aussi demander la carte avec un formulaire papier à la commune.\n")
    return (f"docs/nl/{name}.md:{start + 2}", "text-language", "Vertaal de tekst")


def dutch_page_saved_in_the_french_folder(project, name):
    start = own_page(project, name, "fr", "Je kunt de kaart online aanvragen bij de FOD.\n\n"
                     "Dat kan ook met een papieren formulier van de gemeente.\n\n"
                     "Wie de kaart heeft, mag op de plaatsen voor personen met een handicap parkeren.\n")
    return (f"docs/fr/{name}.md:{start - 2}", "page-language", "Placez la page dans le dossier de sa langue")


# File names

def page_saved_as_upper_case_md(project, name):
    own_page(project, name, "nl", "Tekst.\n", file_name=f"{name}.MD")
    return (f"docs/nl/{name}.MD", "page-extension", f"Hernoem het bestand naar {name}.md")


def space_in_a_file_name(project, name):
    own_page(project, name, "nl", "Tekst.\n", file_name="nieuwe pagina.md")
    return ("docs/nl/nieuwe pagina.md", "file-name", "Hernoem het bestand naar nieuwe-pagina.md")


# Poor messages

def external_image(project, name):
    start = own_page(project, name, "nl", "![Kaart van België](https://example.com/kaart.png)\n")
    return (f"docs/nl/{name}.md:{start}", "external-request", "Zet het bestand in de site zelf")


def title_of_95_characters(project, name):
    own_page(project, name, "nl", "Tekst.\n", title="Rechten en hulp voor personen met een handicap en "
                                                    "voor wie in de kunsten werkt in het hele land")
    return (f"docs/nl/{name}.md:2", "too-long", "hoogstens 60 tekens")


MISTAKES_ON_THEIR_OWN_PAGE = [
    vague_link_text_in_other_words, vague_link_text_in_french, web_address_as_link_text, bare_web_address,
    link_without_text, link_over_http, link_copied_from_the_preview, link_to_an_undefined_reference,
    empty_heading, bold_line_as_heading, heading_without_a_space, note_with_its_text_not_indented,
    table_without_its_separator_line, table_row_with_an_extra_cell, table_with_an_empty_header_cell,
    marker_with_a_typo, footnote, list_without_a_blank_line_above, steps_numbered_with_a_bracket,
    sub_list_indented_by_two_spaces, comment_left_open, line_underlined_with_dashes, bold_with_spaces_inside,
    paragraph_indented_by_four_spaces, language_mark_after_a_space,
    dutch_paragraph_in_a_french_page, french_page_with_a_dutch_title, french_paragraph_in_a_dutch_page,
    dutch_page_saved_in_the_french_folder,
    page_saved_as_upper_case_md, space_in_a_file_name,
    external_image, title_of_95_characters,
]
TODAY = datetime.date.today().isoformat()


@pytest.fixture(scope="module")
def every_mistake_checked(tmp_path_factory):
    """One copy of the project with every mistake on its own page, checked once: each mistake's
    expected finding, and make check's exit code, output and error output."""
    project = small_project(tmp_path_factory.mktemp("mistakes"))
    expected = {mistake.__name__: mistake(project, mistake.__name__.replace("_", "-"))
                for mistake in MISTAKES_ON_THEIR_OWN_PAGE}
    result = subprocess.run([sys.executable, "-m", "scripts.check", "--project-dir", str(project),
                             "--site-dir", str(project.parent / "site")], cwd=ROOT, capture_output=True, text=True)
    return expected, result


@pytest.mark.parametrize("mistake", MISTAKES_ON_THEIR_OWN_PAGE, ids=lambda mistake: mistake.__name__.replace("_", " "))
def test_a_page_that_renders_otherwise_than_meant_fails_make_check_on_its_line(every_mistake_checked, mistake):
    expected, result = every_mistake_checked
    location, rule, fix = expected[mistake.__name__]

    found = [line for line in result.stdout.splitlines() if line.startswith(f"{location} ")]
    assert [line for line in found if f"[{rule}]" in line], f"{location} [{rule}] not in:\n" + "\n".join(found)
    [line] = [line for line in found if f"[{rule}]" in line]
    assert " error [" in line or rule in WARNINGS
    assert fix in line.split(" → ")[1]


def test_the_many_mistakes_fail_make_check_without_a_traceback(every_mistake_checked):
    _, result = every_mistake_checked

    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr


WARNINGS = set()  # rules that are warnings, not errors: none of these mistakes may pass
