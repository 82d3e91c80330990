"""The mistakes editors make: for each, `make check` fails, names the file (and line) and says how to fix it.

Each case breaks a copy of the project in one way and runs `make check`'s
runner (scripts.check) on it, as an editor would run `make check`.
"""

import re

import pytest

from scripts import check
from tests.conftest import new_page, replace_in


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
