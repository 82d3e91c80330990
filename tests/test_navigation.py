"""The menu: the pages in the order of mkdocs.yml's nav, each under its own title in its own language."""

import pytest
from bs4 import BeautifulSoup

from scripts import project
from scripts.project import DOCS

FOLDERS = {"nl": "", "fr": "fr/"}


@pytest.mark.parametrize("language", FOLDERS)
def test_the_menu_follows_the_nav_with_each_page_s_title(built_site, language):
    nav = project.settings()["nav"]
    titles = [project.page_meta((DOCS / language / page).read_text(encoding="utf-8"))["title"] for page in nav]
    soup = BeautifulSoup((built_site / FOLDERS[language] / "index.html").read_text(encoding="utf-8"), "html.parser")

    menu = [link.get_text(strip=True) for link in soup.select("nav.md-nav--primary > ul > li > a")]

    assert menu == titles
