"""make bench (scripts/bench/): its budgets judge right, its stock build is stock, and its
browser measurements count what Chromium really loads. Nothing here is timed."""

from __future__ import annotations

import pytest

from scripts import project
from scripts.audit import server
from scripts.bench import budgets, floor, lighthouse, stock, weight
from scripts.bench.__main__ import lighthouse_table, page_paths, weight_table
from scripts.buildcheck import run_build

LIMITS = budgets.load()
KB = budgets.KB


def visit(transferred, other_hosts=(), failed=(), html=None):
    return {"requests": 3, "transferred": transferred, "uncompressed": 4 * transferred,
            "html_transferred": transferred * 0.7 if html is None else html, "own_rules": 2 * KB,
            "other_hosts": list(other_hosts), "failed": list(failed)}


def weighed(site, stock_bytes=120 * KB, page="allowances.html"):
    return {"page": page, "site": site, "stock": visit(stock_bytes)}


def verdicts(found):
    return {verdict.budget: verdict for verdict in found}


# Budgets

def test_light_pages_with_only_local_requests_pass_the_first_visit_budgets():
    found = budgets.first_visit([weighed(visit(19 * KB)), weighed(visit(15 * KB), page="index.html")],
                                LIMITS["first_visit"], [weighed(visit(20 * KB), page="glossary.html")])

    assert len(found) == 5 and all(verdict.passed for verdict in found), [verdict.line() for verdict in found]


def test_a_page_over_20_kb_fails_and_is_named_with_its_weight():
    found = verdicts(budgets.first_visit([weighed(visit(15 * KB), page="index.html"), weighed(visit(21 * KB))],
                                         LIMITS["first_visit"]))

    verdict = found["first visit ≤ 20 KB transferred"]
    assert not verdict.passed and verdict.line() == "FAIL  first visit ≤ 20 KB transferred: heaviest allowances.html: 21.0 KB"


def test_a_first_visit_far_above_its_own_html_fails_and_names_both_and_the_floor():
    found = verdicts(budgets.first_visit([weighed(visit(18 * KB, html=9 * KB)), weighed(visit(15 * KB))],
                                         LIMITS["first_visit"]))

    verdict = found["first visit ≤ 1.60 × the page's own HTML"]
    assert not verdict.passed
    assert verdict.detail == ("highest allowances.html: 2.00 × (18.0 KB against 9.0 KB of HTML); the floor, the HTML "
                              "and the rules that page alone uses: 1.22 ×; the lowest floor of the 2 pages: 1.19 ×")


def test_the_floor_is_the_html_and_the_compressed_rules_only_that_page_uses(tmp_path):
    used, unused = ".page p{color:#000}", ".tabs{color:red}" * 50
    (tmp_path / "assets/stylesheets").mkdir(parents=True)
    (tmp_path / "assets/stylesheets/main.css").write_text(used + unused, encoding="utf-8")
    (tmp_path / "page.html").write_text(
        '<html><body><template id="site-stylesheets"><link rel="stylesheet" href="assets/stylesheets/main.css">'
        '</template><div class="page"><p>Tekst</p></div></body></html>', encoding="utf-8")

    assert floor.own_rules(tmp_path, "page.html") == floor.compressed(used)


def test_any_page_over_100_kb_uncompressed_fails_even_one_not_budgeted():
    every_page = [weighed(visit(10 * KB), page="index.html"), weighed(visit(26 * KB), page="key-figures.html")]
    found = verdicts(budgets.first_visit([weighed(visit(15 * KB))], LIMITS["first_visit"], every_page))

    verdict = found["every page's first visit ≤ 100 KB uncompressed"]
    assert not verdict.passed and verdict.detail == "largest of 2 pages key-figures.html: 104.0 KB"


def test_a_page_heavier_than_three_quarters_of_stock_fails():
    found = verdicts(budgets.first_visit([weighed(visit(50 * KB), stock_bytes=60 * KB)], LIMITS["first_visit"]))

    verdict = found["first visit ≤ 0.75 × stock Material's"]
    assert not verdict.passed and "0.83 ×" in verdict.detail


def test_a_request_to_another_host_or_that_fails_fails_and_is_named():
    found = verdicts(budgets.first_visit(
        [weighed(visit(40 * KB, other_hosts=["https://fonts.example/css"], failed=["http://x/missing.png (404)"]))],
        LIMITS["first_visit"]))

    verdict = found["no request to another host, none that fails"]
    assert not verdict.passed
    assert verdict.detail == "allowances.html: https://fonts.example/css; allowances.html: http://x/missing.png (404)"


@pytest.mark.parametrize("performance, accessibility, failing", [
    (0.99, 1.0, "Lighthouse mobile performance ≥ 1.00"),
    (1.0, 0.99, "Lighthouse accessibility = 1.00"),
])
def test_lighthouse_scores_under_the_budget_fail(performance, accessibility, failing):
    pages = [{"page": "index.html", "site": {"performance": 1.0, "accessibility": 1.0, "failed": []}},
             {"page": "fr/index.html", "site": {"performance": performance, "accessibility": accessibility,
                                                "failed": ["image-alt"] if accessibility < 1 else []}}]

    found = verdicts(budgets.lighthouse(pages, LIMITS["lighthouse"]))

    assert [budget for budget, verdict in found.items() if not verdict.passed] == [failing]
    assert "fr/index.html" in found[failing].detail


def test_the_failed_accessibility_audits_are_named():
    pages = [{"page": "index.html", "site": {"performance": 1.0, "accessibility": 0.9, "failed": ["image-alt"]}}]
    [_, verdict] = budgets.lighthouse(pages, LIMITS["lighthouse"])
    assert verdict.detail == "lowest index.html: 0.90 (failed: image-alt)"


@pytest.mark.parametrize("seconds_at_1000, passed", [(8.0, True), (40.0, False)])
def test_build_time_growing_faster_than_the_pages_fails(seconds_at_1000, passed):
    results = [{"site": "real", "pages": 20, "seconds": 2.0, "seconds_per_page": 0.1},
               {"site": "generated", "pages": 1000, "seconds": seconds_at_1000, "seconds_per_page": seconds_at_1000 / 1000},
               {"site": "generated", "pages": 100, "seconds": 2.4, "seconds_per_page": 0.024}]

    [verdict] = budgets.growth(results, LIMITS["growth"])

    assert verdict.passed is passed
    assert verdict.budget == "build time per page at 1,000 pages ≤ 1.5 × at 100"


# What is measured, and how it is shown

def test_every_budgeted_page_is_measured_in_both_languages():
    paths = page_paths(LIMITS["pages"])
    assert "index.html" in paths and "fr/allocations.html" in paths and len(paths) == 2 * len(LIMITS["pages"])
    for page in LIMITS["pages"]:
        assert (project.DOCS / "nl" / page).exists() and (project.DOCS / "fr" / page).exists(), page


def test_the_tables_show_each_page_with_both_builds():
    rows = [{"page": "allowances.html", "site": visit(44 * KB, html=22 * KB),
             "stock": visit(120 * KB, other_hosts=["https://fonts.example/a"]),
             "lighthouse": {"site": {"performance": 1.0, "accessibility": 1.0},
                            "stock": {"performance": 0.97, "accessibility": 0.88}}}]

    weights, scores = "\n".join(weight_table(rows)), "\n".join(lighthouse_table(rows))

    assert "allowances.html" in weights and "44.0 /  176.0    2.00   1.09" in weights and "0.37" in weights
    assert "stock: also asked fonts.example" in weights
    assert "1.00 / 1.00" in scores and "0.97 / 0.88" in scores


def test_the_stock_build_uses_the_same_markdown_and_materials_own_theme(tmp_path):
    config = stock.stock_config(tmp_path, "http://127.0.0.1:8000/")
    text = config.read_text(encoding="utf-8")

    assert "custom_dir" not in text and "site.css" not in text and "search_per_language" not in text
    assert f"docs_dir: {project.DOCS}" in text and "figures.py" in text
    assert run_build(tmp_path / "site", config).returncode == 0
    page = (tmp_path / "site/tegemoetkomingen.html").read_text(encoding="utf-8")
    assert "site.css" not in page and '<script src="assets/javascripts/bundle.' in page


# In the browser


@pytest.fixture
def served(tmp_path):
    """A folder served on loopback: (base URL, folder)."""
    with server.bind() as listening:
        with server.serving(listening, tmp_path) as base:
            yield base, tmp_path


@pytest.mark.browser
def test_a_first_visit_counts_every_request_and_names_other_hosts_and_failures(chromium, served):
    base, folder = served
    (folder / "style.css").write_text("p { color: #000 }\n" * 200, encoding="utf-8")
    (folder / "page.html").write_text(
        '<!doctype html><html lang="nl"><title>T</title><link rel="stylesheet" href="style.css">'
        '<img src="missing.png" alt="x"><img src="http://192.0.2.1/x.png" alt="y"><p>Tekst</p></html>',
        encoding="utf-8")

    measured = weight.first_visit(chromium, base + "page.html", base)

    assert measured.requests == 4
    assert measured.uncompressed > len("p { color: #000 }\n" * 200) + (folder / "page.html").stat().st_size
    assert (folder / "page.html").stat().st_size < measured.html_transferred < measured.transferred  # + headers
    assert f"{base}missing.png (404)" in measured.failed
    assert [url for url in measured.other_hosts if url.startswith("http://192.0.2.1/x.png")]


@pytest.mark.browser
def test_lighthouse_scores_a_page_and_names_a_failed_accessibility_audit(served):
    base, folder = served
    (folder / "page.html").write_text(
        '<!doctype html><html lang="nl"><head><title>Test</title><meta name="viewport" '
        'content="width=device-width"></head><body><main><h1>Test</h1><img src="data:image/gif;base64,'
        'R0lGODlhAQABAAAAACw=" width="1" height="1"></main></body></html>', encoding="utf-8")

    scores = lighthouse.scores(base + "page.html")

    assert scores["accessibility"] < 1 and "image-alt" in scores["failed"]
    assert 0 <= scores["performance"] <= 1
