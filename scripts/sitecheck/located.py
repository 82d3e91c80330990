"""Put a page finding where the editor or developer has to change something.

A problem in the page's text is reported on its Markdown file, at the first
line that contains a telling piece of it (a link text, an image file name, a
heading); a problem in the theme's part of the page (header, menus, search,
footer) is reported on the theme.
"""

from __future__ import annotations

from dataclasses import replace

from scripts.findings import Finding
from scripts.project import first_line_with
from scripts.sitecheck.site import Page

THEME = "overrides/"
PAGE_TEXT = "article"


def in_page_text(element) -> bool:
    return element.find_parent(PAGE_TEXT) is not None


def located(finding: Finding, page: Page, element=None, needle: str = "") -> Finding:
    """The finding on the theme when `element` is outside the page's text, else on the
    page's Markdown at the first line with `needle` (no element: the page as a whole)."""
    if element is not None and not in_page_text(element):
        return replace(finding, file=THEME)
    if page.is_error_page:
        return finding
    return replace(finding, line=first_line_with(page.site.project_dir / page.source, needle))
