"""Material's search index and its script's configuration: one index per language, the site's worker.

Material's index (search/search_index.json) is {"config": {"lang", "separator",
"pipeline", "fields"}, "docs": [{"location", "title", "text"}]}: one entry per
page (its location without '#', listed first, which Material's script takes as
the page the sections belong to) and one per heading (page#heading). Each
language's index is made from that language's own pages
(scripts/hooks/search_per_language.py): `language_index` sets its language
(stop words) and writes its locations from the language's folder, as its pages'
script looks them up.

The page's script configuration (`<script id="__config">`) names the folder
whose index it loads (`base`) and the search worker (`search`): `with_script_config`
changes them, `site_worker` points the worker to the site's own
(overrides/assets/javascripts/workers/site-search.js), which runs Material's.
"""

from __future__ import annotations

import json
import posixpath

CONFIG_START = '<script id="__config" type="application/json">'
CONFIG_END = "</script>"
INDEX_FILE = "search/search_index.json"
INDEX_SETTINGS = ("separator", "pipeline", "fields")
SITE_WORKER = "site-search.js"
MATERIAL_WORKER = "material"  # the query parameter that names Material's worker to the site's


def without_soft_hyphens(text: str) -> str:
    """Long compounds carry soft hyphens (&shy;) so they can break on a phone;
    a search for the whole word must still find them."""
    return text.replace("\u00ad", "").replace("&shy;", "")


def language_index(entries: list[dict], settings: dict, language: str, folder: str) -> dict:
    """The search index of one language from the entries of its own pages, whose
    locations start with the language's folder ('' or 'fr/')."""
    docs = [{**entry, "location": entry["location"].removeprefix(folder),
             "title": without_soft_hyphens(entry["title"]), "text": without_soft_hyphens(entry["text"])}
            for entry in entries]
    return {"config": {"lang": [language], **{key: settings[key] for key in INDEX_SETTINGS}}, "docs": docs}


def script_config(html: str) -> dict:
    start = html.index(CONFIG_START) + len(CONFIG_START)
    return json.loads(html[start:html.index(CONFIG_END, start)])


def with_script_config(html: str, **changes) -> str:
    """The page with some values of its script's configuration changed."""
    start = html.index(CONFIG_START) + len(CONFIG_START)
    end = html.index(CONFIG_END, start)
    return html[:start] + json.dumps({**json.loads(html[start:end]), **changes}) + html[end:]


def site_worker(material_worker: str) -> str:
    """The site's search worker, next to Material's, told which one it runs:
    ../assets/javascripts/workers/search.1234abcd.min.js →
    ../assets/javascripts/workers/site-search.js?material=search.1234abcd.min.js"""
    folder, name = posixpath.split(material_worker)
    if name.startswith(SITE_WORKER):
        return material_worker
    return posixpath.join(folder, f"{SITE_WORKER}?{MATERIAL_WORKER}={name}")
