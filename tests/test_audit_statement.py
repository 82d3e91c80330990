"""The accessibility statement shows the last automatic audit of this version of the site, and nothing more.

The line {{ last audit }} becomes, in the page's language, what the audit's
report says it checked and found (scripts/content/last_audit.py); with no
report, or a report of other sources, the page says this version was not
audited automatically.
"""

import json

import pytest

from scripts import site_version
from scripts.audit import load_settings
from scripts.content import DataError, last_audit
from scripts.findings import catalogs
from scripts.project import ROOT
from tests.conftest import build, replace_in

RUNS = [
    {"name": "WCAG 2.2 AA", "standard": "WCAG 2.2 AA", "engine": "axe", "versions": {"axe-core": "4.11.4"},
     "viewports": ["phone", "desktop"], "schemes": ["light", "dark"]},
    {"name": "WCAG 2.1 AA", "standard": "WCAG2AA", "engine": "htmlcs", "versions": {"@pa11y/html_codesniffer": "2.6.0"},
     "viewports": ["phone", "desktop"], "schemes": ["light"]},
    {"name": "WCAG 2.1 AAA contrast", "standard": "WCAG2AAA", "engine": "htmlcs",
     "versions": {"@pa11y/html_codesniffer": "2.6.0"},
     "viewports": ["desktop"], "schemes": ["light", "dark"]},
    {"name": "HTML", "standard": "HTML standard", "engine": "html-validate", "versions": {"html-validate": "10.17.0"},
     "viewports": [], "schemes": []},
]


def summary(sources="abc", issues=0, excluded=0):
    return {"date": "2026-11-30T09:15:00+00:00", "sources": sources, "pages": 22,
            "viewports": ["phone", "desktop"], "widths": {"phone": 320, "desktop": 1280},
            "schemes": ["light", "dark"], "runs": RUNS, "page_views": 264, "issues": issues, "excluded": excluded}


def test_an_audit_of_this_version_is_shown_with_what_it_covered_and_found():
    text = last_audit.statement_markdown(summary(), "abc", "nl")

    assert text.splitlines() == [
        "De laatste automatische controle van deze versie van de website was op 30 november 2026. Ze controleerde:",
        "",
        "- 22 pagina's: elke pagina in het Nederlands en in het Frans, ook de pagina 'niet gevonden';",
        "- op een scherm van 320 en 1280 pixels breed;",
        "- in lichte en donkere kleuren;",
        "- met axe-core 4.11.4: de regels van WCAG 2.2, niveau A en AA, die een programma kan nagaan, goede "
        "praktijken, de grootte van knoppen en links, en het contrast van tekst volgens het strengere niveau AAA;",
        "- met HTML_CodeSniffer 2.6.0: de regels van WCAG 2.1, niveau A en AA, die het "
        "programma kan nagaan, alleen in lichte kleuren;",
        "- met HTML_CodeSniffer 2.6.0: het contrast van tekst volgens het strengere niveau AAA, "
        "alleen op 1280 pixels breed;",
        "- met html-validate 10.17.0: of de code van elke pagina juist is volgens de HTML-standaard.",
        "",
        "Resultaat: de controle vond geen fouten.",
    ]


def test_the_french_statement_says_the_same_in_french():
    text = last_audit.statement_markdown(summary(), "abc", "fr")

    assert text.startswith("Le dernier contrôle automatique de cette version du site a eu lieu le 30 novembre "
                           "2026.")
    assert "- sur un écran de 320 et 1280 pixels de large\u202f;" in text
    assert "- en mode clair et sombre\u202f;" in text
    assert text.endswith("Résultat\u00a0: le contrôle n'a trouvé aucune erreur.")


@pytest.mark.parametrize("issues, excluded, says", [
    (1, 0, "Resultaat: de controle vond 1 fout. We werken eraan."),
    (3, 0, "Resultaat: de controle vond 3 fouten. We werken eraan."),
    (0, 2, "2 meldingen van de programma's lieten we weg: een test toont aan dat ze niet kloppen."),
])
def test_the_result_is_the_reports(issues, excluded, says):
    assert says in last_audit.statement_markdown(summary(issues=issues, excluded=excluded), "abc", "nl")


def test_without_an_audit_of_this_version_the_statement_claims_none():
    older = last_audit.statement_markdown(summary(sources="old"), "new", "nl")
    none = last_audit.statement_markdown(None, "new", "fr")

    assert older.splitlines() == [
        "Deze versie van de website is nog niet automatisch gecontroleerd.",
        "De laatste automatische controle, op 30 november 2026, ging over een vorige versie van de website."]
    assert none == "Cette version du site n'a pas encore été contrôlée automatiquement."
    assert "Resultaat" not in older and "320" not in older


def test_a_run_the_statement_has_no_words_for_stops_the_build():
    new_run = {**RUNS[0], "name": "WCAG 3.0"}

    with pytest.raises(DataError) as stopped:
        last_audit.statement_markdown({**summary(), "runs": [new_run]}, "abc", "nl")

    [finding] = stopped.value.findings
    assert finding.rule == "statement-run-without-text" and "'WCAG 3.0'" in finding.message
    assert "statement-covers-wcag-3-0" in finding.suggestion


def test_every_run_of_the_audit_has_words_in_every_language():
    texts = catalogs.load(last_audit.CATALOG)
    for run in load_settings()["runs"]:
        assert {"nl", "fr"} <= set(texts[f"statement-covers-{last_audit.slug(run['name'])}"]["text"])


def test_both_statements_show_the_last_audit():
    for language in ("nl", "fr"):
        assert last_audit.MARKER in (ROOT / f"docs/{language}/accessibility.md").read_text(encoding="utf-8")


def test_the_built_statement_follows_the_report_of_its_own_sources(project_copy, tmp_path):
    for language in ("nl", "fr"):
        replace_in(project_copy / f"docs/{language}/index.md", "\n## ", f"\n{last_audit.MARKER}\n\n## ")
    site = tmp_path / "site"

    assert build(project_copy, site).returncode == 0
    assert "Deze versie van de website is nog niet automatisch gecontroleerd." in (site / "index.html").read_text()

    report = project_copy / "reports/accessibility.json"
    report.parent.mkdir()
    report.write_text(json.dumps({"summary": summary(sources=site_version.fingerprint(project_copy))}))
    assert build(project_copy, site).returncode == 0
    assert "Le dernier contrôle automatique de cette version du site a eu lieu le 30" in (
        site / "fr/index.html").read_text()

    replace_in(project_copy / "docs/nl/index.md", "Deze pagina is een testpagina.", "Deze pagina is veranderd.")
    assert build(project_copy, site).returncode == 0
    assert "ging over een vorige versie van de website" in (site / "index.html").read_text()


def test_the_fingerprint_changes_with_any_source_and_not_with_the_report(project_copy):
    before = site_version.fingerprint(project_copy)
    (project_copy / "reports").mkdir()
    (project_copy / "reports/accessibility.json").write_text("{}")
    assert site_version.fingerprint(project_copy) == before

    replace_in(project_copy / "docs/fr/index.md", "# ", "# Nouveau ")
    assert site_version.fingerprint(project_copy) != before
