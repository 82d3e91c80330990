"""The bottom of each page: its last-reviewed date in the page's language and an "edit this page" link."""

import datetime
import re

from bs4 import BeautifulSoup

from scripts import project
from scripts.content.local_formats import long_date
from scripts.sitecheck import check_site
from tests.conftest import build, replace_in


def facts(site, page):
    soup = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
    return soup.select_one("article footer.site-page-facts"), soup


def test_each_page_links_to_its_own_source_file_in_its_language(built_site):
    settings = project.settings()
    edit = settings["repo_url"].rstrip("/") + "/" + settings["edit_uri"]

    for page, source, text in (("index.html", "nl/index.md", "Deze pagina aanpassen"),
                               ("fr/index.html", "fr/index.md", "Modifier cette page")):
        footer, _ = facts(built_site, page)
        link = footer.find("a")
        assert (link["href"], link.get_text()) == (edit + source, text)


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
    assert "overrides/partials/source.html" in findings[0].suggestion
