"""A page view requests nothing from another host and nothing that is missing.

Looks at what the browser loads: stylesheets, scripts, images, media, frames,
CSS url()/@import, and the files Material's script fetches (the search index
and sitemap.xml next to its base address and next to every hreflang
alternate, a repository widget's facts from its host). Links a reader clicks
(<a href>) are not requests.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import urljoin, urlsplit

from scripts.sitecheck.located import located
from scripts.sitecheck.site import Page, Site

LOADED_LINK_RELS = {"stylesheet", "icon", "preload", "modulepreload", "manifest", "apple-touch-icon"}
SOURCES = {
    "script": ("src",), "img": ("src", "srcset"), "source": ("src", "srcset"), "iframe": ("src",),
    "video": ("src", "poster"), "audio": ("src",), "track": ("src",), "embed": ("src",),
    "object": ("data",), "input": ("src",),
}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")
MATERIAL_FETCHES = ("search/search_index.json", "sitemap.xml")


def is_external(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.netloc) or parts.scheme not in ("", "data", "blob")


def is_inline(url: str) -> bool:
    return url.startswith(("data:", "blob:", "#")) or not url.strip()


def urls_in_srcset(value: str):
    return [candidate.strip().split()[0] for candidate in value.split(",") if candidate.strip()]


def loaded_urls(page: Page):
    soup = page.soup
    for link in soup.find_all("link", href=True):
        if LOADED_LINK_RELS & {rel.lower() for rel in link.get("rel", [])}:
            yield link["href"]
    for tag, attributes in SOURCES.items():
        for element in soup.find_all(tag):
            for attribute in attributes:
                value = element.get(attribute)
                if value:
                    yield from (urls_in_srcset(value) if attribute == "srcset" else [value])
    for element in soup.find_all(style=True):
        yield from css_urls(element["style"])
    for style in soup.find_all("style"):
        yield from css_urls(style.get_text())
    # What Material's script fetches by itself.
    base = page.script_config.get("base")
    if base is not None:
        yield from (f"{base.rstrip('/')}/{name}" if base else name for name in MATERIAL_FETCHES)
    for alternate in soup.select('head link[rel="alternate"][hreflang]'):
        yield urljoin(alternate["href"], "sitemap.xml")
    if page.script_config.get("search"):
        yield page.script_config["search"]


def css_urls(css: str):
    for match in CSS_URL.finditer(css):
        yield match.group(1) or match.group(2)


def check_page(page: Page):
    # Material's script fetches a repository widget's stars and forks from its host's API.
    for widget in page.soup.select('[data-md-component="source"]'):
        yield page.finding("repository-widget", url=widget.get("href", ""))
    for url in dict.fromkeys(loaded_urls(page)):
        if is_inline(url):
            continue
        if is_external(url):  # on the page's line that names it (an image's address), if it has one
            yield located(page.finding("external-request", url=url), page, needle=url)
            continue
        target = page.resolve(url)
        if target is None or not page.site.exists(target):
            yield page.finding("missing-file", url=url)


def check_stylesheets(site: Site):
    for stylesheet in sorted(site.root.rglob("*.css")):
        relative = PurePosixPath(stylesheet.relative_to(site.root).as_posix())
        for url in css_urls(stylesheet.read_text(encoding="utf-8")):
            if is_inline(url):
                continue
            if is_external(url):
                yield site.finding("external-request-css", file=stylesheet_source(site, relative), url=url)
            elif not (stylesheet.parent / url.split("#")[0].split("?")[0]).is_file():
                yield site.finding("missing-file-css", file=stylesheet_source(site, relative), url=url)


def stylesheet_source(site: Site, relative: PurePosixPath) -> str:
    """The site's own stylesheets come from overrides/; the others from the theme
    (Material), configured in mkdocs.yml."""
    own = PurePosixPath("overrides") / relative
    return str(own) if (site.project_dir / own).is_file() else "mkdocs.yml"


def check(site: Site):
    findings = [finding for page in site.pages for finding in check_page(page)]
    findings.extend(check_stylesheets(site))
    return findings
