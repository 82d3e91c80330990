"""Where the links in a page's text go: never to the local preview, never over plain http.

- http://127.0.0.1:8000/fr/contact.html, copied from `make serve`'s preview,
  works on the editor's computer only: on the site it goes nowhere;
- http:// sends the reader over an unencrypted connection, which browsers
  warn about; every official site the pages link to answers on https://.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import urlsplit

from scripts.sitecheck.located import in_page_text, located
from scripts.sitecheck.site import Page, Site

LOCAL_HOSTS = {"127.0.0.1", "localhost", "0.0.0.0", "::1"}


def page_file(path: str) -> str:
    """The Markdown file a preview address shows: /fr/contact.html → contact.md."""
    name = PurePosixPath(path).name or "index.html"
    return str(PurePosixPath(name).with_suffix(".md"))


def check_page(page: Page):
    for link in page.soup.find_all("a", href=True):
        href = link["href"].strip()
        if not in_page_text(link):
            continue
        parts = urlsplit(href)
        if parts.hostname in LOCAL_HOSTS:
            yield located(page.finding("link-local-preview", category="html", href=href,
                                       name=page_file(parts.path)), page, link, href)
        elif parts.scheme == "http":
            yield located(page.finding("link-http", category="html", href=href,
                                       secure="https" + href[len("http"):]), page, link, href)


def check(site: Site):
    return [finding for page in site.pages for finding in check_page(page)]
