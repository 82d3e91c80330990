"""Both languages are equal: right <html lang>, hreflang alternates, language switch, sitemap."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import PurePosixPath
from urllib.parse import unquote

from scripts.sitecheck.site import Page, Site

SITEMAP = PurePosixPath("sitemap.xml")
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
SWITCH_LINKS = "nav.site-languages a"


def counterpart(page: Page, language) -> PurePosixPath | None:
    """Where the same page is published in `language`: the file of the same name in that
    language's folder, at its own address. For a page made by the build (a step of the
    rights finder), the page its alternate leads to, if that page's alternate leads back."""
    source = page.source_page
    if source is not None:
        return page.site.site_path(source.in_language(language.code))
    target = alternate_of(page, language)
    other = page.site.page(target) if target else None
    return target if other is not None and alternate_of(other, page.language) == page.path else None


def alternate_of(page: Page, language) -> PurePosixPath | None:
    alternate = page.soup.select_one(f'head link[rel="alternate"][hreflang="{language.code}"]')
    return page.resolve(alternate["href"]) if alternate is not None else None


def check_page(page: Page):
    declared = page.soup.html.get("lang") if page.soup.html else None
    if declared != page.language.code:
        yield page.finding("html-lang", declared=declared, expected=page.language.code)
    switch = page.soup.select(SWITCH_LINKS)
    for language in page.site.languages:
        alternate = page.soup.select_one(f'head link[rel="alternate"][hreflang="{language.code}"]')
        if alternate is None:
            yield page.finding("hreflang-missing", language=language.code)
            continue
        target = page.resolve(alternate["href"])
        target_page = page.site.page(target) if target else None
        if target_page is None or target_page.soup.html.get("lang") != language.code:
            yield page.finding("hreflang-target", language=language.code, href=alternate["href"])
        elif not page.is_error_page and target != counterpart(page, language):
            yield page.finding("hreflang-counterpart", language=language.code, href=alternate["href"],
                               expected=counterpart(page, language))
        if language == page.language:
            continue
        links = [link for link in switch if link.get("hreflang") == language.code]
        if len(links) != 1:
            yield page.finding("switch-missing", language=language.code, name=language.name)
            continue
        link = links[0]
        if link.get("lang") != language.code or link.get_text(strip=True) != language.name:
            yield page.finding("switch-label", language=language.code, name=language.name,
                               text=link.get_text(strip=True), lang=link.get("lang"))
        if page.resolve(link.get("href", "")) != target:
            yield page.finding("switch-target", language=language.code, href=link.get("href"),
                               expected=alternate["href"])


def check_sitemap(site: Site):
    if not (site.root / SITEMAP).is_file():
        yield site.finding("sitemap-missing")
        return
    urls = ElementTree.parse(site.root / SITEMAP).getroot().findall("s:url", SITEMAP_NS)
    locations = [url.findtext("s:loc", "", SITEMAP_NS) for url in urls]
    # Every address starts with site_url; the shortest one is the home page.
    prefix = min(locations, key=len).rsplit("/", 1)[0] + "/" if locations else ""
    listed = {}
    for url, location in zip(urls, locations):
        path = PurePosixPath(unquote(location[len(prefix):]) or "index.html")  # %20 is a space
        listed[path] = {link.get("hreflang") for link in url.findall("x:link", SITEMAP_NS)}
    for page in site.pages:
        if page.is_error_page:
            continue
        if page.noindex:  # a step of the rights finder: found through its start page only
            if page.path in listed:
                yield page.finding("sitemap-noindex")
            continue
        if page.path not in listed:
            yield page.finding("sitemap-page")
            continue
        missing = {language.code for language in site.languages} - listed[page.path]
        if missing:
            yield page.finding("sitemap-hreflang", languages=", ".join(sorted(missing)))


def check(site: Site):
    findings = [finding for page in site.pages for finding in check_page(page)]
    findings.extend(check_sitemap(site))
    return findings
