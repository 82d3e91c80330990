"""Page titles (<title>, the text of a browser tab or a search result) are unique per language.

Two pages with the same title cannot be told apart in tabs, history or a
screen reader's list of windows (WCAG 2.4.2).
"""

from __future__ import annotations

from collections import defaultdict

from scripts.sitecheck.located import located
from scripts.sitecheck.site import Site


def check(site: Site):
    pages_by_title = defaultdict(list)
    for page in site.pages:
        title = page.soup.title.get_text(strip=True) if page.soup.title else ""
        pages_by_title[page.language.code, title].append(page)
    findings = []
    for (_, title), pages in sorted(pages_by_title.items()):
        if len(pages) < 2:
            continue
        for page in pages:
            others = ", ".join(other.source for other in pages if other is not page)
            findings.append(located(page.finding("title-duplicate", category="html", title=title, others=others),
                                    page, needle="title:"))
    return findings
