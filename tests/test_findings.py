"""How findings are printed, and the message catalogues behind them."""

import io
import json
import re
import string

import pytest

from scripts import messages
from scripts.findings import ERROR, WARNING, Finding, report
from scripts.project import ROOT

FINDING = Finding("docs/fr/contact.md", 12, 5, "fr-handicapes", "inclusive", ERROR,
                  "« les handicapés » réduit une personne à son handicap.", "les personnes handicapées")


def test_a_finding_prints_as_one_clickable_line():
    assert FINDING.human() == (
        "docs/fr/contact.md:12:5 error [fr-handicapes] « les handicapés » réduit une personne "
        "à son handicap. → les personnes handicapées"
    )


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


@pytest.mark.parametrize("catalog", CATALOGS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_message_exists_in_the_languages_it_is_shown_in(catalog):
    for key, entry in messages.load(catalog).items():
        for part in ("message", "fix"):
            languages = set(entry[part])
            assert languages in ({"nl", "fr"}, {"en"}, {"nl", "fr", "en"}), f"{key}.{part}: {languages}"
            fields = {frozenset(f for _, f, _, _ in string.Formatter().parse(text) if f)
                      for text in entry[part].values()}
            assert len(fields) == 1, f"{key}.{part}: the languages use different placeholders"


@pytest.mark.parametrize("catalog", CATALOGS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_rule_the_code_reports_has_a_message(catalog):
    entries = messages.load(catalog)
    if all("pattern" in entry for entry in entries.values()):
        for key, entry in entries.items():  # rules chosen by pattern, not named in code
            assert re.compile(entry["pattern"]), key
        return
    code = "\n".join(path.read_text(encoding="utf-8") for path in catalog.parent.glob("*.py"))
    used = set(re.findall(r'finding\(\s*"([a-z0-9-]+)"', code))
    assert used, "no rules found in the code"
    assert used <= set(messages.load(catalog)), used - set(messages.load(catalog))
