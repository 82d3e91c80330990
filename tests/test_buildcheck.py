"""The strict build as a check: MkDocs' warnings as plain findings on the page and line."""

from scripts.buildcheck import check as build_check
from scripts.buildcheck import log_entries, to_finding, worded_findings
from scripts.project import DOCS


def append(path, text):
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_a_broken_link_names_the_page_and_line_in_the_page_language(project_copy, tmp_path):
    append(project_copy / "docs/fr/index.md", "\nVoir [la page](introuvable.md).\n")

    built, findings = build_check(tmp_path / "site", project_copy / "mkdocs.yml")

    assert not built
    [finding] = findings
    assert finding.rule == "link-missing-page"
    assert finding.location() == f"docs/fr/index.md:{len((project_copy / 'docs/fr/index.md').read_text().splitlines())}"
    assert finding.message == "Le lien « introuvable.md » ne fonctionne pas : le fichier docs/fr/introuvable.md n'existe pas."


def test_a_link_to_a_missing_anchor_is_reported(project_copy, tmp_path):
    append(project_copy / "docs/nl/index.md", "\nZie [hulp](#bestaat-niet).\n")

    _, findings = build_check(tmp_path / "site", project_copy / "mkdocs.yml")

    assert [(f.rule, f.file) for f in findings] == [("link-missing-anchor", "docs/nl/index.md")]
    assert "'#bestaat-niet'" in findings[0].message


def test_a_missing_translation_is_reported_on_the_missing_file(project_copy, tmp_path):
    (project_copy / "docs/fr/nouveau.md").write_text("# Nouveau\n", encoding="utf-8")

    _, findings = build_check(tmp_path / "site", project_copy / "mkdocs.yml")

    [finding] = [f for f in findings if f.rule == "translation-missing"]
    assert finding.file == "docs/nl/nouveau.md"
    assert finding.suggestion == "Maak docs/nl/nouveau.md aan als vertaling van docs/fr/nouveau.md (zelfde bestandsnaam), of verwijder beide."


def test_an_unknown_warning_is_still_reported_in_full():
    finding = to_finding("Something new went wrong", DOCS)

    assert (finding.rule, finding.file) == ("build-warning", "mkdocs.yml")
    assert finding.message == "The build warns: Something new went wrong"


def test_log_entries_keep_indented_continuation_lines():
    log = "INFO - ok\nWARNING -  The following pages exist:\n  - nl/x.md\nINFO - done\n"

    assert list(log_entries(log)) == ["The following pages exist:\n- nl/x.md"]


def test_a_nav_entry_without_its_page_is_reported_on_mkdocs_yml():
    finding = to_finding("A reference to 'contakt.md' is included in the 'nav' configuration, "
                         "which is not found in the documentation files.", DOCS)

    assert (finding.rule, finding.file) == ("nav-page-missing", "mkdocs.yml")
    assert finding.message == "The menu (nav in mkdocs.yml) names 'contakt.md', but a language folder has no such page."


def test_findings_a_hook_already_worded_are_taken_over_with_their_file_and_line():
    log = ("INFO    -  Building\n"
           "ERROR   -  docs/data/rights-finder.yml:12 error [finder-next-unknown] Leidt nergens heen. → Schrijf next: result.\n"
           "  docs/data/rights-finder.yml:40:3 warning [finder-case-unused] Geen pad. → Kijk when na.\n"
           "WARNING -  Doc file 'nl/x.md' contains a link 'y.md', but the target 'nl/y.md' is not found among "
           "documentation files.\n")

    findings, rest = worded_findings(log)

    assert [(f.file, f.line, f.column, f.rule, f.severity, f.message, f.suggestion) for f in findings] == [
        ("docs/data/rights-finder.yml", 12, None, "finder-next-unknown", "error", "Leidt nergens heen.",
         "Schrijf next: result."),
        ("docs/data/rights-finder.yml", 40, 3, "finder-case-unused", "warning", "Geen pad.", "Kijk when na.")]
    assert [to_finding(entry, DOCS).rule for entry in log_entries(rest)] == ["link-missing-page"]
