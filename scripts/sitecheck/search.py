"""Search per language: each language's pages load an index of that language only.

Checks, for every language: its index exists in its folder, is set to that
language (stemmer, stop words), splits words at apostrophes (French elisions
such as d'intégration), lists every page of that language and nothing else,
except the steps of the rights finder (robots: noindex), which it must not list;
and every page's script loads the index of its own language.
"""

from __future__ import annotations

import json
import re
from pathlib import PurePosixPath
from urllib.parse import unquote

from scripts.sitecheck.site import Site

INDEX = "search/search_index.json"
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
    listed = set()
    for doc in index["docs"]:
        target = PurePosixPath(language.folder) / unquote(doc["location"].split("#")[0])  # %20 is a space
        listed.add(target)
        page = site.page(target)
        if page is None or page.language != language:
            yield site.finding("search-foreign-page", index=path, location=doc["location"],
                               language=language.code)
    for page in site.pages:
        if page.language != language or page.is_error_page:
            continue
        if page.noindex and page.path in listed:
            yield page.finding("search-noindex", index=path)
        elif not page.noindex and page.path not in listed:
            yield page.finding("search-page-missing", index=path)


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
    return findings
