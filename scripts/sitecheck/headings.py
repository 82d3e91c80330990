"""Headings: exactly one <h1> per page, and no skipped levels (an <h3> right after an <h1>).

Screen reader users jump from heading to heading; a missing, doubled or
skipped level tells them the page is built differently from how it looks.
"""

from __future__ import annotations

import re

from scripts.sitecheck.located import located
from scripts.sitecheck.site import Page, Site

HEADING = re.compile(r"^h([1-6])$")


def check_page(page: Page):
    headings = page.soup.body.find_all(HEADING) if page.soup.body else []
    first_level_ones = [heading for heading in headings if heading.name == "h1"]
    if len(first_level_ones) != 1:
        extra = first_level_ones[1] if len(first_level_ones) > 1 else None
        text = extra.get_text(" ", strip=True) if extra else ""
        yield located(page.finding("heading-one", category="html", count=len(first_level_ones)), page, extra, text)
    previous = 0
    for heading in headings:
        level = int(heading.name[1])
        if level > previous + 1:
            text = heading.get_text(" ", strip=True)
            yield located(page.finding("heading-skipped", category="html", text=text, level=level,
                                       previous=previous), page, heading, text)
        previous = level


def check(site: Site):
    return [finding for page in site.pages for finding in check_page(page)]
