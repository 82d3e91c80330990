"""The accessibility audit run for real (axe, HTML_CodeSniffer, html-validate; the system Chromium) on small projects."""

import json

import pytest

from scripts.audit import html, node
from scripts.audit.__main__ import main

pytestmark = pytest.mark.browser

# A 1×1 PNG: an image in the page without a file to add.
PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
DEFECTS = f"""
Een foto: <img src="{PIXEL}" width="40" height="40">

<p style="color: #aaaaaa">Deze tekst is te licht om te lezen.</p>

<style>
  @media (prefers-color-scheme: dark) {{ .only-dark {{ color: #777; background: #666; }} }}
  .tiny {{ width: 12px; height: 12px; padding: 0; border: 0; margin: 0; }}
</style>

<p class="only-dark">Deze tekst is te licht, maar alleen in het donker.</p>

<div><button type="button" class="tiny">1</button><button type="button" class="tiny">2</button></div>

<input type="checkbox" autocomplete="off" aria-label="Kies">
"""
# What editors may write, with the Markdown extensions of mkdocs.yml.
EVERY_ELEMENT = f"""
## Voorbeelden van alles

Een zin met een [link naar de startpagina](index.md), een [link naar buiten](https://www.belgium.be/),
**vet**, *schuin*, `code` en de afkorting DG HAN.

*[DG HAN]: Directie-generaal Personen met een handicap

![Een blauw vierkant]({PIXEL}){{ width="40" height="40" }}

> Een citaat van iemand die het weet.

1. Eerste stap.
2. Tweede stap.

### Een tabel

| Wat | Bedrag |
|---|---|
| Tegemoetkoming | 100 euro |

!!! note "Goed om te weten"
    Een opmerking met een [link](index.md).

!!! tip
    Een tip.

!!! warning
    Een waarschuwing.

!!! danger
    Een gevaar.

!!! info
    Informatie.

!!! example
    Een voorbeeld.

!!! quote
    Een citaat.
"""


def append(path, text):
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_the_audit_reports_each_engines_faults_and_passes_every_element_editors_can_write(
        project_copy, tmp_path, capsys):
    """One audit (they are slow): the Dutch page has every element and the faults, the French one every element."""
    append(project_copy / "docs/nl/index.md", EVERY_ELEMENT + DEFECTS)
    append(project_copy / "docs/fr/index.md", EVERY_ELEMENT.replace("## Voorbeelden", "## Exemples"))
    report = tmp_path / "accessibility.json"

    code = main(["--config-file", str(project_copy / "mkdocs.yml"), "--report", str(report)])

    output = capsys.readouterr().out
    assert report.exists(), output
    results = json.loads(report.read_text(encoding="utf-8"))
    issues = results["issues"]
    found = {(issue["page"], issue["code"]) for issue in issues}
    assert code == 1
    assert {issue["page"] for issue in issues} == {"index.html"}, "only the broken page: the theme passes " \
        "with every element editors can write (the French page), in every engine, width and scheme"
    assert ("index.html", "image-alt") in found
    assert ("index.html", "color-contrast") in found
    assert any(page == "index.html" and code.endswith(".G18.Fail") for page, code in found)
    assert "pages: docs/nl/index.md" in output
    assert output.splitlines()[-2] == f"4 pages × 2 viewports × 2 colour schemes audited, {len(issues)} issues"
    assert {(entry["page"], entry["viewport"], entry["scheme"]) for entry in results["audited"]} >= {
        ("fr/index.html", "phone", "dark"), ("fr/index.html", "desktop", "light"), ("fr/404.html", "phone", "light"),
        ("fr/404.html", None, None)}
    # WCAG 2.2 (axe): targets smaller than 24 by 24 px, side by side.
    assert {issue["viewport"] for issue in issues if issue["code"] == "target-size"} == {"phone", "desktop"}
    # The dark colour scheme, by both engines: the text that is too light only there.
    only_dark = [issue for issue in issues if ".only-dark" in issue["selector"] or "only-dark" in issue["context"]]
    assert {(issue["runner"], issue["scheme"]) for issue in only_dark} == {("axe", "dark"), ("htmlcs", "dark")}
    # Valid HTML (html-validate): page, line and rule.
    [invalid] = [issue for issue in issues if issue["code"] == "valid-autocomplete"]
    assert invalid["runner"] == "html-validate" and invalid["line"] > 1
    assert "index.html:" in output and "valid-autocomplete" in output


def test_a_site_that_does_not_build_is_not_audited_and_the_build_error_is_shown(project_copy, tmp_path, capsys):
    append(project_copy / "docs/fr/index.md", "\n[cassé](n-existe-pas.md)\n")
    report = tmp_path / "accessibility.json"

    code = main(["--config-file", str(project_copy / "mkdocs.yml"), "--report", str(report)])

    assert code == 1 and not report.exists()
    assert "docs/fr/index.md" in capsys.readouterr().out


def test_html_validate_names_the_page_line_and_rule_of_invalid_html_and_passes_valid_html(tmp_path):
    node.ensure_tools()
    head = '<!DOCTYPE html>\n<html lang="nl">\n<head><title>Test</title></head>\n<body>\n<main>\n'
    (tmp_path / "invalid.html").write_text(
        head + '<h1>Test</h1>\n<input type="checkbox" autocomplete="off" aria-label="Kies">\n'
               '<p>Een <div>blok</div> in een zin.</p>\n</main>\n</body>\n</html>\n', encoding="utf-8")
    (tmp_path / "valid.html").write_text(head + "<h1>Test</h1>\n<p>Een zin.</p>\n</main>\n</body>\n</html>\n",
                                         encoding="utf-8")

    found = html.validate(tmp_path, ["invalid.html", "valid.html"])

    assert found["valid.html"] == []
    assert ("valid-autocomplete", 7) in {(message["ruleId"], message["line"]) for message in found["invalid.html"]}
    assert "close-order" in {message["ruleId"] for message in found["invalid.html"]}  # <div> inside <p>
