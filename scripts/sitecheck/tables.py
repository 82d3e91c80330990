"""Every table has header cells (<th>), so a screen reader can say which column a value is in.

A Markdown table always has them (its first row); a table written in HTML may not.
"""

from __future__ import annotations

from scripts.sitecheck.located import located
from scripts.sitecheck.site import Page, Site


def check_page(page: Page):
    for number, table in enumerate(page.soup.find_all("table"), 1):
        if table.find("th") is None:
            first_cell = table.find("td")
            needle = first_cell.get_text(" ", strip=True) if first_cell else "<table"
            yield located(page.finding("table-headers", category="html", number=number), page, table, needle)


def check(site: Site):
    return [finding for page in site.pages for finding in check_page(page)]
