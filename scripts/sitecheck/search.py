"""Search per language, and no result that leads nowhere.

Checks, for every language: its index exists in its folder, is set to that
language (stemmer, stop words), splits words at apostrophes (French elisions
such as d'intégration), lists every page of that language and nothing else,
except the steps of the rights finder (robots: noindex), which it must not list:
each page by its own entry, before the entries of its headings (Material's
script groups a page's results under the first entry it finds for the page:
without the page's own, the group has no title and opens 'undefined'), and
every heading of its text; every entry leads to a page of that language and,
after '#', to a heading that is on it. Every page's script loads the index of
its own language, through the site's search worker, which must find
Material's next to it.
"""

from __future__ import annotations

import json
import re
from pathlib import PurePosixPath
from urllib.parse import parse_qsl, unquote, urlsplit

from scripts.sitecheck.site import Site
from scripts.theme.search_index import INDEX_FILE, MATERIAL_WORKER

INDEX = INDEX_FILE
HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]
ELISIONS = ("d'intégration", "l’allocation")  # straight and typographic apostrophe


def index_path(language) -> PurePosixPath:
    return PurePosixPath(language.folder) / INDEX


def split_words(separator: str, text: str) -> list[str]:
    return [word for word in re.split(separator, text) if word]


def check_index(site: Site, language):
    path = index_path(language)
    if not (site.root / path).is_file():
        yield site.finding("search-index-missing", index=path, language=language.code)
        return
    index = json.loads((site.root / path).read_text(encoding="utf-8"))
    if index["config"].get("lang") != [language.code]:
        yield site.finding("search-index-lang", index=path, language=language.code,
                           found=index["config"].get("lang"))
    for sample in ELISIONS:
        if len(split_words(index["config"].get("separator", r"[\s\-]+"), sample)) < 2:
            yield site.finding("search-elision", index=path, sample=sample)
    entries: dict[PurePosixPath, list[str]] = {}  # page → its entries' anchors, in order ('' for the page)
    for doc in index["docs"]:
        location, _, anchor = doc["location"].partition("#")
        target = PurePosixPath(language.folder) / unquote(location)  # %20 is a space
        page = site.page(target)
        if page is None or page.language != language:
            yield site.finding("search-foreign-page", index=path, location=doc["location"],
                               language=language.code)
            continue
        entries.setdefault(target, []).append(anchor)
        if anchor and anchor not in heading_ids(page):
            yield site.finding("search-target-missing", index=path, location=doc["location"], page=page.path)
    for page in site.pages:
        if page.language != language or page.is_error_page:
            continue
        anchors = entries.get(page.path, [])
        if page.noindex:  # a step of the rights finder: found through its start page only
            if anchors:
                yield page.finding("search-noindex", index=path)
            continue
        if "" not in anchors:
            yield page.finding("search-page-missing", index=path)
        elif anchors[0]:
            yield site.finding("search-page-order", index=path, page=page.path, first=f"{page.path.name}#{anchors[0]}")
        for anchor in sorted(set(heading_ids(page)) - set(anchors) - {first_heading(page)}):
            yield page.finding("search-heading-missing", index=path, anchor=anchor)


def text_of(page):
    return page.soup.select_one("article") or page.soup


def heading_ids(page) -> list[str]:
    """The ids of the headings of the page's text, which its search entries lead to; not the
    title of a navigation block in it (the on-page contents, "Op deze pagina"), which is no text."""
    return [heading["id"] for heading in text_of(page).find_all(HEADINGS)
            if heading.get("id") and not heading.find_parent("nav")]


def first_heading(page) -> str | None:
    """The page's title (its first heading): the page's own entry stands for it."""
    heading = text_of(page).find(HEADINGS)
    return heading.get("id") if heading else None


def check_worker(site: Site):
    """The site's search worker runs Material's, named in its address: both must be there."""
    for page in site.pages:
        worker = page.script_config.get("search")
        if not worker:
            continue
        material = dict(parse_qsl(urlsplit(worker).query)).get(MATERIAL_WORKER)
        loaded = page.resolve(worker)
        if not material or loaded is None or not site.exists(loaded.parent / material):
            yield site.finding("search-worker", page=page.path, worker=worker)
            return  # the same on every page: once is enough


def check_pages_load_their_index(site: Site):
    for page in site.pages:
        base = page.script_config.get("base")
        if base is None:
            continue
        loaded = page.resolve(f"{base.rstrip('/')}/{INDEX}" if base else INDEX)
        if loaded != index_path(page.language):
            yield page.finding("search-wrong-index", loaded=loaded, expected=index_path(page.language))


def check(site: Site):
    findings = [finding for language in site.languages for finding in check_index(site, language)]
    findings.extend(check_pages_load_their_index(site))
    findings.extend(check_worker(site))
    return findings
