"""How findings are printed, and the message catalogues behind them."""

import io
import json
import re
import string

import pytest

from scripts import project
from scripts.content import data_files
from scripts.findings import ERROR, WARNING, DataError, Finding, catalogs, report, report_site_check
from scripts.project import ROOT

FINDING = Finding("docs/fr/contact.md", 12, 5, "fr-handicapes", "inclusive", ERROR,
                  "« les handicapés » réduit une personne à son handicap.", "les personnes handicapées")


def test_a_finding_prints_as_one_clickable_line():
    assert FINDING.human() == (
        "docs/fr/contact.md:12:5 error [fr-handicapes] « les handicapés » réduit une personne "
        "à son handicap. → les personnes handicapées"
    )


def test_a_check_of_the_built_site_says_when_there_is_none_and_does_not_run(tmp_path, capsys):
    ran = []

    assert report_site_check(tmp_path, lambda: ran.append(1) or [], "human") == 1
    assert not ran and capsys.readouterr().err == f"{tmp_path}: no built site here; run `make build` first.\n"


def test_a_check_of_the_built_site_reports_a_data_file_it_cannot_use_as_its_findings(tmp_path, capsys):
    (tmp_path / "index.html").write_text("<p>Start</p>", encoding="utf-8")

    def check():
        raise DataError([FINDING])

    assert report_site_check(tmp_path, check, "human") == 1
    assert FINDING.human() in capsys.readouterr().out


def test_errors_exit_1_and_warnings_exit_0_unless_strict():
    warning = Finding("a.md", 1, 1, "r", "plain", WARNING, "long")
    out = io.StringIO()

    assert report([FINDING], "human", stream=out) == 1
    assert report([warning], "human", stream=out) == 0
    assert report([warning], "human", strict=True, stream=out) == 1
    assert out.getvalue().splitlines()[1] == "✖ 1 error(s), 0 warning(s) in 1 file(s)"


def test_json_output_has_every_field():
    out = io.StringIO()
    report([FINDING], "json", stream=out)

    assert json.loads(out.getvalue()) == {"findings": [{
        "file": "docs/fr/contact.md", "line": 12, "column": 5, "rule": "fr-handicapes",
        "category": "inclusive", "severity": "error",
        "message": FINDING.message, "suggestion": "les personnes handicapées",
    }]}


def test_github_actions_get_an_annotation_per_finding(monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    out = io.StringIO()
    report([FINDING], "human", stream=out)

    assert out.getvalue().splitlines()[-1] == (
        "::error file=docs/fr/contact.md,line=12,col=5::« les handicapés » réduit une personne "
        "à son handicap. → les personnes handicapées"
    )


CATALOGS = sorted(ROOT.glob("scripts/**/messages.yml"))
SITE_LANGUAGES = {language.code for language in project.languages()}
# Keys the code names: finding("rule", …), message="key", line(CATALOG, "key"), text("key"),
# and rules chosen from a table ("kind": "rule-id").
KEYS_IN_CODE = re.compile(
    r'finding\(\s*"([a-z0-9-]+)"|message="([a-z0-9-]+)"|line\(\s*CATALOG,\s*["\']([a-z0-9-]+)["\']'
    r'|\btext\(["\']([a-z0-9-]+)["\']|"[a-z-]+": "([a-z0-9]+(?:-[a-z0-9]+)+)"')


@pytest.mark.parametrize("catalog", CATALOGS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_catalog_has_the_shape_of_its_schema(catalog):
    _, problems = data_files.read(catalog.read_text(encoding="utf-8"), "messages", catalog)

    assert [(problem.kind, problem.line, problem.where) for problem in problems] == []


@pytest.mark.parametrize("catalog", CATALOGS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_message_exists_in_every_language_of_the_site_or_in_english(catalog):
    for key, entry in catalogs.load(catalog).items():
        for part in ("message", "fix", "text"):
            if part not in entry:
                continue
            languages = set(entry[part])
            assert languages in (SITE_LANGUAGES, {"en"}, SITE_LANGUAGES | {"en"}), f"{key}.{part}: {languages}"
            fields = {frozenset(f for _, f, _, _ in string.Formatter().parse(text) if f)
                      for text in entry[part].values()}
            assert len(fields) == 1, f"{key}.{part}: the languages use different placeholders"


@pytest.mark.parametrize("catalog", CATALOGS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_key_the_code_names_has_a_message(catalog):
    entries = catalogs.load(catalog)
    if all("pattern" in entry for entry in entries.values()):
        for key, entry in entries.items():  # rules chosen by pattern, not named in code
            assert re.compile(entry["pattern"]), key
        return
    code = "\n".join(path.read_text(encoding="utf-8") for path in catalog.parent.glob("*.py"))
    used = {key for match in KEYS_IN_CODE.finditer(code) for key in match.groups() if key}
    assert used, "no keys found in the code"
    assert used <= set(entries), used - set(entries)


def test_a_shared_text_is_shown_in_every_language_of_the_site_in_their_order():
    catalog = ROOT / "scripts/check/messages.yml"

    assert catalogs.line(catalog, "verdict-passed") == "Alles in orde. / Tout est en ordre."
    assert catalogs.line(catalog, "verdict-passed", "fr") == "Tout est en ordre."


def test_a_value_may_differ_per_language():
    catalog = ROOT / "scripts/content/messages.yml"

    message, fix = catalogs.text(catalog, "data-field-wrong", catalogs.EVERY_LANGUAGE, file="f.yml", place="x",
                                 expected={"nl": "een getal", "fr": "un nombre", "en": "a number"})

    assert fix == "Verwacht: een getal. / Attendu : un nombre."
    assert catalogs.text(catalog, "data-field-wrong", None, file="f.yml", place="x",
                         expected={"nl": "een getal", "en": "a number"})[1] == "Expected: a number."
