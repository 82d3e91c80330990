"""mkdocs.yml, which editors change for the menu: unreadable is one finding on its line, in every
language, and nothing else runs on it; a menu label must be translated. Never a traceback."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from scripts import check, configcheck
from scripts.project import ROOT
from tests.conftest import replace_in

EVERY_LANGUAGE = " / "  # a finding about mkdocs.yml is in every language of the site, joined so


def findings_of(project):
    readable, findings = configcheck.check(project)
    return readable, [(f.location(), f.rule) for f in findings], findings


def test_a_missing_mkdocs_yml_is_one_finding(project_copy):
    (project_copy / "mkdocs.yml").unlink()

    readable, found, _ = findings_of(project_copy)

    assert not readable and found == [("mkdocs.yml", "config-missing")]


def test_mkdocs_yml_saved_as_latin_1_names_its_line(project_copy):
    config = project_copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace("site_name: Handicap en kunstwerk", "site_name: Handicap é")
    config.write_bytes(text.encode("latin-1", errors="replace"))
    line = next(n for n, value in enumerate(text.splitlines(), 1) if value.startswith("site_name:"))

    readable, found, [finding] = findings_of(project_copy)

    assert not readable and found == [(f"mkdocs.yml:{line}", "config-not-utf8")]
    assert EVERY_LANGUAGE in finding.message and "UTF-8" in finding.suggestion


def test_aliases_that_would_expand_without_end_are_refused_before_any_tool_reads_them(project_copy):
    config = project_copy / "mkdocs.yml"
    bomb = "x0: &x0 [a, a, a, a, a, a, a, a, a]\n" + "".join(
        f"x{level}: &x{level} [{', '.join([f'*x{level - 1}'] * 9)}]\n" for level in range(1, 10))
    config.write_text(config.read_text(encoding="utf-8") + "extra_x:\n" + "".join(
        f"  {line}\n" for line in bomb.splitlines()), encoding="utf-8")

    readable, found, _ = findings_of(project_copy)

    assert not readable and found[0][1] == "config-alias"


def test_mkdocs_yml_without_languages_is_one_finding(project_copy):
    replace_in(project_copy / "mkdocs.yml", "  - i18n:", "  - i18n_off:")

    readable, found, _ = findings_of(project_copy)

    assert not readable and found == [("mkdocs.yml", "config-languages")]


def test_a_menu_label_translated_for_every_language_is_fine_and_a_section_name_is_checked_too(project_copy):
    config = project_copy / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("nav_translations: {}", "nav_translations:\n"
                      "            Rechten: Droits") + "\nnav:\n  - index.md\n  - Rechten:\n      - index.md\n"
                      "  - Hulp:\n      - index.md\n", encoding="utf-8")

    readable, found, [finding] = findings_of(project_copy)

    assert readable and [rule for _, rule in found] == ["nav-label"]
    assert "'Hulp' in elke taal, ook in het Frans." in finding.message
    assert "« Hulp » dans toutes les langues, aussi en français." in finding.message


def test_when_mkdocs_yml_is_unreadable_no_other_check_runs(project_copy, tmp_path, capsys):
    replace_in(project_copy / "mkdocs.yml", "  - abbr\n", "\t- abbr\n")

    assert check.main(["--project-dir", str(project_copy), "--site-dir", str(tmp_path / "site")]) == 1

    output = capsys.readouterr().out
    assert re.search(r"^– build +niet uitgevoerd: mkdocs.yml is niet leesbaar / pas exécuté : mkdocs.yml est illisible$",
                     output, re.MULTILINE)
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize("mistake", ["\t- abbr\n", "  -abbr\n"], ids=["a tab", "no space after the dash"])
def test_the_repository_s_own_broken_mkdocs_yml_is_a_finding_not_a_traceback(tmp_path, mistake):
    """As an editor runs make check: the tools read this repository's own mkdocs.yml (the site's
    languages) as they start, so the copy is a whole one, not a project whose tools are linked."""
    copy = tmp_path / "repository"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".venv*", "site", "reports", "build", ".git",
                                                             "node_modules", ".nodeenv", "__pycache__"))
    replace_in(copy / "mkdocs.yml", "  - abbr\n", mistake)

    result = subprocess.run([sys.executable, "-m", "scripts.check"], cwd=copy, capture_output=True, text=True)

    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert "mkdocs.yml:" in result.stdout and "[config-" in result.stdout
    assert result.stdout.endswith("✖ Niet in orde: verbeter de fouten hierboven. / "
                                  "Pas en ordre : corrigez les erreurs ci-dessus.\n")
