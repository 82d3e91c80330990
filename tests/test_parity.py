"""Translation parity: same pages, same menu, same sections, reviewed around the same time."""

from pathlib import Path

from scripts import parity
from scripts.findings import ERROR, WARNING
from scripts.project import ROOT
from tests.conftest import new_page, replace_in


def found(findings):
    return sorted((f.rule, f.file, f.line) for f in findings)


def add_pair(project, name, nl_body="", fr_body="", nl_reviewed=None, fr_reviewed=None):
    (project / "docs/nl" / name).write_text(new_page("Nieuw", body=nl_body, last_reviewed=nl_reviewed),
                                            encoding="utf-8")
    (project / "docs/fr" / name).write_text(new_page("Nouveau", body=fr_body, last_reviewed=fr_reviewed),
                                            encoding="utf-8")


def add_nav(project, *entries):
    """Add a nav of one-line entries to mkdocs.yml; return the line of the first entry."""
    with (project / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write("nav:\n" + "".join(f"  - {entry}\n" for entry in entries))
    return len((project / "mkdocs.yml").read_text(encoding="utf-8").splitlines()) - len(entries) + 1


def test_the_real_project_has_no_parity_errors():
    assert [f for f in parity.check(ROOT) if f.severity == ERROR] == []


def test_a_page_missing_in_french_is_reported_on_the_missing_file_in_french(project_copy):
    (project_copy / "docs/nl/nieuw.md").write_text(new_page("Nieuw"), encoding="utf-8")

    [finding] = parity.check(project_copy)

    assert (finding.rule, finding.file) == ("translation-missing", "docs/fr/nieuw.md")
    assert finding.suggestion == ("Créez docs/fr/nieuw.md en traduisant docs/nl/nieuw.md (même nom de fichier), "
                                  "ou supprimez les deux.")


def test_a_page_missing_in_dutch_is_reported_in_dutch(project_copy):
    (project_copy / "docs/fr/nouveau.md").write_text(new_page("Nouveau"), encoding="utf-8")

    [finding] = parity.check(project_copy)

    assert (finding.rule, finding.file) == ("translation-missing", "docs/nl/nouveau.md")
    assert finding.message == "Deze pagina ontbreekt: ze bestaat alleen in de andere taal (docs/fr/nouveau.md)."


def test_without_a_nav_every_pair_is_in_the_menu_mkdocs_makes(project_copy):
    add_pair(project_copy, "contact.md")

    assert parity.check(project_copy) == []


def test_a_nav_entry_without_its_page_is_reported_on_its_line_in_both_languages(project_copy):
    add_pair(project_copy, "contact.md")
    first = add_nav(project_copy, "index.md", "Hulp: contakt.md", "contact.md")

    findings = parity.check(project_copy)

    assert found(findings) == [("nav-page-missing", "mkdocs.yml", first + 1)] * 2
    assert {f.message for f in findings} == {
        "Het menu (nav in mkdocs.yml) noemt 'contakt.md', maar docs/nl/contakt.md bestaat niet.",
        "Le menu (nav dans mkdocs.yml) mentionne « contakt.md », mais docs/fr/contakt.md n'existe pas.",
    }


def test_a_page_left_out_of_the_nav_is_reported_in_each_language(project_copy):
    add_pair(project_copy, "contact.md")
    add_nav(project_copy, "index.md")

    findings = parity.check(project_copy)

    assert found(findings) == [("page-not-in-nav", "docs/fr/contact.md", None),
                               ("page-not-in-nav", "docs/nl/contact.md", None)]
    assert "'- contact.md'" in findings[0].suggestion


def test_nav_sections_and_titles_are_read_and_links_to_other_sites_skipped(project_copy):
    add_pair(project_copy, "contact.md")
    with (project_copy / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write("nav:\n  - index.md\n  - Help:\n    - Contact: contact.md\n"
                     "    - DG HAN: https://handicap.belgium.be/\n")

    assert parity.check(project_copy) == []


def test_a_dropped_section_is_a_warning_on_the_shorter_page_naming_both_files(project_copy):
    add_pair(project_copy, "contact.md", nl_body="\n## Bellen\n\n## Schrijven\n", fr_body="\n## Appeler\n")

    [finding] = parity.check(project_copy)

    assert (finding.rule, finding.file, finding.severity) == ("sections-differ", "docs/fr/contact.md", WARNING)
    assert finding.message == ("Cette page a moins de sections (intertitres ##) que sa traduction "
                               "docs/nl/contact.md : 1 contre 2.")


def test_headings_in_code_blocks_and_subsections_are_not_sections(project_copy):
    add_pair(project_copy, "contact.md", nl_body="\n## Bellen\n\n```\n## geen kop\n```\n\n### Detail\n",
             fr_body="\n## Appeler\n")

    assert parity.check(project_copy) == []


def test_sections_are_counted_as_the_build_renders_them(project_copy):
    """'##Kop' is a heading on the site, and an unclosed <!-- shows as text without hiding the
    sections below it: neither makes a page look shorter than its translation."""
    add_pair(project_copy, "contact.md", nl_body="\n##Bellen\n\n<!-- nakijken\nTekst.\n\n## Schrijven\n",
             fr_body="\n## Appeler\n\n## Écrire\n")

    assert parity.check(project_copy) == []


def test_a_page_that_is_not_utf_8_is_skipped_not_a_crash(project_copy):
    add_pair(project_copy, "contact.md", nl_body="\n## Bellen\n", fr_body="\n## Appeler\n")
    page = project_copy / "docs/fr/contact.md"
    page.write_bytes(page.read_text(encoding="utf-8").replace("Appeler", "Téléphoner").encode("latin-1"))

    assert parity.check(project_copy) == []  # the front-matter check says where it is not UTF-8


def test_a_translation_reviewed_long_before_its_counterpart_is_reported_on_its_date(project_copy):
    add_pair(project_copy, "contact.md", nl_reviewed="2026-11-20", fr_reviewed="2026-08-01")

    [finding] = parity.check(project_copy)

    assert found([finding]) == [("translation-out-of-date", "docs/fr/contact.md", 4)]
    assert finding.severity == WARNING
    assert "111 jours avant sa traduction docs/nl/contact.md (2026-11-20)" in finding.message


def test_review_dates_ninety_days_apart_are_fine(project_copy):
    add_pair(project_copy, "contact.md", nl_reviewed="2026-11-20", fr_reviewed="2026-08-22")

    assert parity.check(project_copy) == []


def test_given_files_only_their_pages_and_translations_are_reported(project_copy):
    add_pair(project_copy, "contact.md", nl_body="\n## Bellen\n")
    (project_copy / "docs/nl/nieuw.md").write_text(new_page("Nieuw"), encoding="utf-8")

    assert found(parity.check(project_copy, [Path("docs/nl/contact.md")])) == [
        ("sections-differ", "docs/fr/contact.md", None)]
    assert found(parity.check(project_copy, [Path("docs/nl/nieuw.md")])) == [
        ("translation-missing", "docs/fr/nieuw.md", None)]


def test_mkdocs_yml_given_reports_the_nav(project_copy):
    add_nav(project_copy, "index.md", "weg.md")

    assert [f.rule for f in parity.check(project_copy, [Path("mkdocs.yml")])] == ["nav-page-missing"] * 2
    assert parity.check(project_copy, [Path("docs/nl/index.md")]) == []


def test_the_nav_line_is_found_in_the_configuration_even_with_env_tags(project_copy):
    replace_in(project_copy / "mkdocs.yml", "docs_dir: docs", "docs_dir: !ENV [DOCS, docs]")
    line = add_nav(project_copy, "weg.md", "index.md")

    assert {f.line for f in parity.check(project_copy)} == {line}
