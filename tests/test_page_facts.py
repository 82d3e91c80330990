"""The bottom of each page: its last-reviewed date in the page's language, and no "edit this page" link."""

import datetime
import re

from bs4 import BeautifulSoup

from scripts.content.local_formats import long_date
from scripts.sitecheck import check_site
from tests.conftest import build, replace_in


def facts(site, page):
    soup = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
    return soup.select_one("article footer.site-page-facts"), soup


def test_no_page_shows_citizens_an_edit_link_or_a_repository_address(built_site):
    """Citizens read "edit this page" as a way to change their own file (issue 12); editors
    find a page's file from CONTRIBUTING.md."""
    for page in sorted(built_site.rglob("*.html")):
        footer, soup = facts(built_site, page.relative_to(built_site))
        links = soup.select("a[href]")
        assert footer is None or footer.find("a") is None, page
        assert not [link["href"] for link in links if "github.com" in link["href"]], page
        assert not [link for link in links if link.get_text(strip=True) in ("Deze pagina aanpassen",
                                                                           "Modifier cette page")], page


def test_the_review_date_is_written_out_in_the_page_language(project_copy, tmp_path):
    for language in ("nl", "fr"):
        page = project_copy / "docs" / language / "index.md"
        page.write_text(re.sub(r"(?m)^last_reviewed: .*$", "last_reviewed: 2026-03-01", page.read_text("utf-8")),
                        encoding="utf-8")
    site = tmp_path / "site"

    assert build(project_copy, site).returncode == 0

    dutch, _ = facts(site, "index.html")
    french, _ = facts(site, "fr/index.html")
    assert dutch.p.get_text(" ", strip=True) == "Laatst nagekeken op 1 maart 2026"
    assert french.p.get_text(" ", strip=True) == "Dernière vérification le 1er mars 2026"
    assert dutch.find("time")["datetime"] == "2026-03-01"


def test_long_date_writes_dates_for_readers_and_nothing_for_what_is_no_date():
    assert long_date(datetime.date(2026, 11, 28), "nl") == "28 november 2026"
    assert long_date("2026-11-28", "fr") == "28 novembre 2026"
    assert long_date(datetime.date(2026, 5, 1), "fr") == "1er mai 2026"
    assert long_date("2026-02-30", "nl") == ""
    assert long_date(None, "nl") == ""


def test_no_repository_widget_whose_script_would_call_another_host(built_site):
    _, soup = facts(built_site, "index.html")

    assert soup.select('[data-md-component="source"]') == []


def test_a_repository_widget_in_a_page_is_reported(site_copy):
    replace_in(site_copy / "fr/index.html", "<h1", '<a href="https://github.com/o/r" data-md-component="source">r</a><h1')

    findings = check_site(site_copy)

    assert [(f.rule, f.file) for f in findings] == [("repository-widget", "docs/fr/index.md")]
    assert "repo_url" in findings[0].suggestion
