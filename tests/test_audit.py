"""The accessibility audit's own logic, without a browser: issues, criteria, exclusions, report, set-up."""

import pytest

from scripts import audit, project
from scripts.audit import browser, html, in_browser, node, results
from scripts.audit.__main__ import as_findings
from scripts.audit.node import SetupError
from scripts.content import DataError
from scripts.project import ROOT
from scripts.sitecheck.site import Site
from tests.conftest import published

HTMLCS_CONTRAST = "WCAG2AAA.Principle1.Guideline1_4.1_4_6.G17.Fail"
AXE_RULES = [
    {"ruleId": "color-contrast", "tags": ["cat.color", "wcag2aa", "wcag143"]},
    {"ruleId": "image-alt", "tags": ["wcag2a", "wcag111", "section508"]},
    {"ruleId": "region", "tags": ["cat.keyboard", "best-practice"]},
]


def issue(page="index.html", code="image-alt", viewport="phone", selector="img", runner="axe"):
    raw = {"code": code, "message": "Images must have alternative text (https://example.org/image-alt)",
           "selector": selector, "context": "<img>", "runner": runner,
           "runnerExtras": {"help": "Images must have alternative text", "helpUrl": "https://example.org/image-alt"}}
    source = "docs/" + (page if "/" in page else f"nl/{page}").removesuffix(".html") + ".md"
    return results.to_issue(raw, page, source, viewport, "WCAG 2.1 AA",
                            results.axe_criteria(AXE_RULES))


# WCAG criteria and techniques

def test_axe_rules_get_their_wcag_criteria_from_axe_tags():
    assert results.axe_criteria(AXE_RULES) == {
        "color-contrast": "1.4.3", "image-alt": "1.1.1", "region": "best practice"}


def test_htmlcs_codes_carry_their_criterion_and_technique():
    found = results.to_issue({"code": HTMLCS_CONTRAST, "message": "Too low. Fix it.", "runner": "htmlcs"},
                             "fr/index.html", "docs/fr/index.md", "desktop", "AAA", {})

    assert (found.criterion, found.problem) == ("1.4.6", "Too low")
    assert results.technique(HTMLCS_CONTRAST) == "G17"
    assert results.technique("WCAG2AA.Principle3.Guideline3_2.3_2_2.H32.2") == "H32.2"
    assert results.technique("color-contrast") == "color-contrast"


def test_a_page_that_did_not_load_is_an_issue():
    found = results.to_issue({"message": "net::ERR_CONNECTION_REFUSED"}, "index.html", "docs/nl/index.md",
                             "phone", "AA", {})

    assert found.code == results.LOAD_ERROR and "ERR_CONNECTION_REFUSED" in found.message


def test_the_aaa_run_counts_only_contrast_and_load_errors():
    run = {"only_techniques": ["G17", "G18"]}
    other_aaa = results.to_issue({"code": "WCAG2AAA.Principle2.Guideline2_4.2_4_9.H30", "message": "x",
                                  "runner": "htmlcs"}, "index.html", "s", "desktop", "AAA", {})
    contrast = results.to_issue({"code": HTMLCS_CONTRAST, "message": "x", "runner": "htmlcs"},
                                "index.html", "s", "desktop", "AAA", {})
    not_loaded = results.to_issue({"message": "timeout"}, "index.html", "s", "desktop", "AAA", {})

    assert [audit.counts_in(run, i) for i in (other_aaa, contrast, not_loaded)] == [False, True, True]
    assert audit.counts_in({}, other_aaa)


# Exclusions: one by one, each with a reason and a test

def test_an_exclusion_matches_exactly_one_finding():
    exclusions = [{"page": "index.html", "viewport": "phone", "scheme": "light", "code": "image-alt",
                   "selector": "img"}]
    in_the_dark = results.to_issue({"code": "image-alt", "message": "x", "runner": "axe", "selector": "img"},
                                   "index.html", "docs/nl/index.md", "phone", "AA", {}, "dark")

    assert results.is_excluded(issue(), exclusions)
    assert not results.is_excluded(issue(page="fr/index.html"), exclusions)
    assert not results.is_excluded(issue(viewport="desktop"), exclusions)
    assert not results.is_excluded(issue(selector="main img"), exclusions)
    assert not results.is_excluded(in_the_dark, exclusions)


def test_an_exclusion_without_reason_or_test_is_refused(tmp_path):
    path = tmp_path / "exclusions.yml"
    path.write_text("- {page: index.html, viewport: phone, scheme: light, code: image-alt, selector: img, reason: ''}\n")

    with pytest.raises(DataError) as refused:
        results.load_exclusions(path)

    assert [(f.rule, f.line) for f in refused.value.findings] == [("data-field-missing", 1), ("data-field-wrong", 1)]
    assert "'test' is missing (at 1)" in refused.value.findings[0].message
    assert refused.value.findings[1].suggestion == "Expected: why the finding is wrong, in plain words."


def test_an_exclusion_naming_a_test_that_does_not_exist_is_refused(tmp_path):
    path = tmp_path / "exclusions.yml"
    path.write_text("- {page: index.html, viewport: phone, scheme: light, code: image-alt, selector: img,\n"
                    "   reason: it passes,\n"
                    "   test: 'tests/test_audit.py::test_that_was_never_written'}\n")

    with pytest.raises(DataError) as refused:
        results.load_exclusions(path)

    [finding] = refused.value.findings
    assert (finding.rule, finding.line) == ("exclusion-test-missing", 3)
    assert "names the test tests/test_audit.py::test_that_was_never_written, which does not exist" in finding.message
    assert results.names_existing_test("tests/test_audit.py::test_an_exclusion_matches_exactly_one_finding", ROOT)


def test_the_committed_exclusions_are_all_complete_and_tested():
    assert isinstance(results.load_exclusions(), list)


# The report

def test_the_report_groups_a_problem_found_on_every_page_as_one_theme_problem():
    pages = {"index.html": "docs/nl/index.md", "fr/index.html": "docs/fr/index.md"}
    issues = [issue(page, viewport=viewport) for page in pages for viewport in ("phone", "desktop")]

    report = results.human_report(issues, set(pages), pages, ["phone", "desktop"])

    assert report.splitlines() == [
        "✖ Images must have alternative text (WCAG 1.1.1; axe image-alt; 4×)",
        "    pages: every page (2): fix it in the theme (overrides/)",
        "    viewports: phone, desktop; for example at index.html: img",
        "    fix: page: give the image a text alternative, ![what the image shows](file.png); leave it empty "
        "only for a decorative image.",
        "",
        "2 pages × 2 viewports audited, 4 issues",
    ]


def test_the_report_names_the_pages_of_a_problem_on_some_pages():
    pages = {"index.html": "docs/nl/index.md", "fr/index.html": "docs/fr/index.md"}

    report = results.human_report([issue("fr/index.html", code="new-rule")], set(pages), pages, ["phone"])

    assert "    pages: docs/fr/index.md" in report
    assert "    fix: see https://example.org/image-alt" in report
    assert report.endswith("2 pages × 1 viewports audited, 1 issues")


def test_the_report_says_in_which_colour_schemes_a_problem_was_found():
    pages = {"index.html": "docs/nl/index.md"}
    dark = results.to_issue({"code": "color-contrast", "message": "Low. (u)", "runner": "axe", "selector": "p"},
                            "index.html", "docs/nl/index.md", "desktop", "AA", {}, "dark")

    report = results.human_report([dark], set(pages), pages, ["phone", "desktop"], ["light", "dark"])

    assert "    viewports: desktop; colour schemes: dark; for example at index.html: p" in report
    assert report.endswith("1 pages × 2 viewports × 2 colour schemes audited, 1 issues")


def test_an_html_validation_finding_names_the_page_line_and_rule():
    pages = {"index.html": "docs/nl/index.md", "fr/index.html": "docs/fr/index.md"}
    message = {"ruleId": "valid-autocomplete", "message": "autocomplete attribute cannot be used on <input "
               'type="checkbox">', "line": 59, "column": 83, "selector": "#__drawer",
               "ruleUrl": "https://html-validate.org/rules/valid-autocomplete.html"}
    found = [results.validation_issue(message, page, source, "HTML") for page, source in pages.items()]

    report = results.human_report(found, set(pages), pages, ["phone", "desktop"], ["light", "dark"])

    assert report.splitlines()[:4] == [
        '✖ autocomplete attribute cannot be used on <input type="checkbox"> (HTML standard; html-validate '
        "valid-autocomplete; 2×)",
        "    pages: every page (2): fix it in the theme (overrides/)",
        "    in the HTML files; for example at index.html:59:83: #__drawer",
        "    fix: theme: autocomplete is only allowed on text fields and some other inputs, not on a checkbox or "
        "radio button (overrides/).",
    ]
    assert as_findings(audit.Audit(viewports=[], issues=found[:1]))[0].message.startswith(
        "index.html:59:83 (html-validate, HTML standard): autocomplete attribute")


def test_issues_become_findings_on_the_file_to_change():
    found = audit.Audit(viewports=["phone"], issues=[issue("fr/index.html")])

    [finding] = as_findings(found)

    assert (finding.file, finding.rule, finding.category) == ("docs/fr/index.md", "image-alt", "accessibility")
    assert finding.message.startswith("fr/index.html (phone, light, axe, WCAG 1.1.1): Images must have")
    assert finding.suggestion.startswith("page: give the image a text alternative")


def test_a_site_without_issues_reports_zero():
    assert results.human_report([], {"index.html"}, {"index.html": "docs/nl/index.md"}, ["phone", "desktop"]) \
        == "1 pages × 2 viewports audited, 0 issues"


# Which pages are audited

def test_every_sitemap_page_and_each_languages_404_page_are_audited(built_site):
    base = "http://127.0.0.1:8000/"

    pages = audit.audited_pages(built_site, base, Site.load(built_site))

    assert pages[-2:] == ["404.html", "fr/404.html"]
    assert {"index.html", "fr/index.html"} <= set(pages)
    assert len(pages) == len(set(pages))


def test_every_step_of_the_rights_finder_is_audited_though_not_in_the_sitemap(built_site):
    pages = audit.audited_pages(built_site, "http://127.0.0.1:8000/", Site.load(built_site))

    starts = [published(language.code, "rights-finder.md").removesuffix(".html") for language in project.languages()]
    steps = sorted(path.relative_to(built_site).as_posix() for start in starts
                   for path in built_site.glob(f"{start}-*.html"))  # at addresses in the reader's language
    assert len(steps) == 36 and set(steps) <= set(pages)
    assert sorted(page.relative_to(built_site).as_posix() for page in built_site.rglob("*.html")
                  if "assets" not in page.parts) == sorted(pages)


def test_a_sitemap_for_another_address_stops_the_audit(built_site):
    with pytest.raises(SetupError, match="outside the audited site"):
        audit.audited_pages(built_site, "http://127.0.0.1:9999/", Site.load(built_site))


# Setting up: Node environment and browser

def test_nodeenv_uses_the_system_node_when_there_is_one():
    assert "--node=system" in node.nodeenv_command("/usr/bin/node")
    assert "--node=system" not in node.nodeenv_command(None)
    assert node.nodeenv_command(None)[-1] == str(node.NODE_ENV)


def test_chrome_path_comes_first_then_chromium_then_chrome(tmp_path):
    program = tmp_path / "my-chrome"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    found = {"chromium-browser": "/usr/bin/chromium-browser", "google-chrome": "/usr/bin/google-chrome"}

    assert browser.find_browser({"CHROME_PATH": str(program)}, found.get) == str(program)
    assert browser.find_browser({}, found.get) == "/usr/bin/chromium-browser"
    assert browser.find_browser({}, {"google-chrome": "/opt/chrome"}.get) == "/opt/chrome"


def test_a_chrome_path_that_is_not_a_program_stops_with_a_clear_message(tmp_path):
    with pytest.raises(SetupError, match="CHROME_PATH is .* not a program"):
        browser.find_browser({"CHROME_PATH": str(tmp_path / "missing")}, lambda name: None)


def test_without_a_browser_and_without_root_the_audit_stops_with_one_line(monkeypatch):
    monkeypatch.setattr(browser, "find_browser", lambda: None)
    monkeypatch.setattr(browser.debian, "can_install", lambda: False)

    with pytest.raises(SetupError) as stopped:
        browser.ensure_browser()

    assert str(stopped.value) == browser.HOW_TO_INSTALL and "\n" not in browser.HOW_TO_INSTALL


def test_as_root_on_debian_without_a_browser_chromium_is_installed(monkeypatch):
    installed = []
    monkeypatch.setattr(browser, "find_browser", lambda: "/usr/bin/chromium" if installed else None)
    monkeypatch.setattr(browser.debian, "can_install", lambda: True)
    monkeypatch.setattr(browser, "install_chromium", lambda: installed.append("chromium"))

    assert browser.ensure_browser() == "/usr/bin/chromium" and installed == ["chromium"]


# The runs: axe with WCAG 2.2 and HTML_CodeSniffer in one pass per viewport, html-validate once

AXE_RUN = {"name": "A", "engine": "axe", "tags": ["wcag2aa", "wcag22aa"], "rules": ["target-size"],
           "rules_in_other_schemes": ["cat.color"]}
HTMLCS_RUN = {"name": "H", "engine": "htmlcs", "standard": "WCAG2AA", "viewports": ["phone"], "schemes": ["light"]}
CONTRAST_RUN = {"name": "C", "engine": "htmlcs", "standard": "WCAG2AAA", "viewports": ["desktop"]}
RUNS = [AXE_RUN, HTMLCS_RUN, CONTRAST_RUN, {"name": "V", "engine": "html-validate"}]


def test_axe_gets_the_runs_tags_and_the_rules_it_leaves_off_by_default():
    assert in_browser.axe_options(AXE_RUN) == {"runOnly": {"type": "tag", "values": ["wcag2aa", "wcag22aa"]},
                                               "rules": {"target-size": {"enabled": True}},
                                               "resultTypes": ["violations", "incomplete"]}


def test_in_the_other_colour_schemes_only_the_runs_colour_rules_run_again():
    colour_rules = [{"ruleId": "color-contrast", "tags": ["cat.color", "wcag2aa"]},
                    {"ruleId": "color-contrast-enhanced", "tags": ["cat.color", "wcag2aaa"]},
                    {"ruleId": "link-in-text-block", "tags": ["cat.color", "wcag2a"]}]
    run = {**AXE_RUN, "rules": ["color-contrast-enhanced"]}

    assert in_browser.axe_rerun_options(run, colour_rules)["runOnly"] == {
        "type": "rule", "values": ["color-contrast", "color-contrast-enhanced"]}


def test_every_axe_violation_counts_and_undecided_results_only_when_serious():
    node = {"target": ["#main", "p"], "html": "<p>"}
    result = {"help": "Help", "helpUrl": "u", "description": "d", "nodes": [node]}
    found = {"violations": [{**result, "id": "region", "impact": "moderate"}],
             "incomplete": [{**result, "id": "color-contrast", "impact": "serious"},
                            {**result, "id": "target-size", "impact": "minor"}]}

    raw = in_browser.axe_to_raw(found)

    assert [(item["code"], item["selector"]) for item in raw] == [("region", "#main p"), ("color-contrast", "#main p")]
    assert results.to_issue(raw[0], "index.html", "docs/nl/index.md", "phone", "AA", {}).message == "Help (u)"


def test_each_viewports_pass_runs_the_browser_runs_of_that_viewport_in_their_schemes():
    schemes = ["light", "dark"]

    phone = in_browser.passes(RUNS, "phone", ["phone", "desktop"], schemes)
    desktop = in_browser.passes(RUNS, "desktop", ["phone", "desktop"], schemes)

    assert phone == ([(AXE_RUN, schemes), (HTMLCS_RUN, ["light"])], schemes)
    assert desktop == ([(AXE_RUN, schemes), (CONTRAST_RUN, schemes)], schemes)
    assert in_browser.passes([HTMLCS_RUN], "phone", ["phone"], schemes) == ([(HTMLCS_RUN, ["light"])], ["light"])


def test_the_report_names_each_runs_standard_engine_version_viewports_and_schemes(monkeypatch):
    monkeypatch.setattr(node, "package_version", lambda package: f"{package} 1.0")

    runs = audit.covered(audit.load_settings())

    assert [(run["standard"], run["engine"]) for run in runs][0] == ("WCAG 2.2 AA", "axe")
    assert runs[0]["versions"] == {"axe-core": "axe-core 1.0"}
    assert runs[1]["versions"] == {"@pa11y/html_codesniffer": "@pa11y/html_codesniffer 1.0"}
    assert runs[0]["viewports"] == ["phone", "desktop"] and runs[0]["schemes"] == ["light", "dark"]
    assert runs[-1]["engine"] == "html-validate" and runs[-1]["viewports"] == []


# html-validate's rules

def test_a_changed_html_rule_without_a_reason_is_refused(tmp_path):
    path = tmp_path / "html_rules.yml"
    path.write_text("extends: [html-validate:recommended]\nrules:\n  void-style: {setting: 'off'}\n")

    with pytest.raises(DataError) as refused:
        html.load_rules(path)

    [finding] = refused.value.findings
    assert (finding.rule, finding.line) == ("data-field-missing", 3) and "'reason' is missing" in finding.message


def test_the_committed_html_rules_extend_the_recommended_set_each_change_with_a_reason():
    rules = html.load_rules()

    assert rules["extends"] == ["html-validate:recommended"]
    assert rules["rules"]["valid-id"] == ["error", {"relaxed": True}]
