"""Material's search index and its script's configuration: one index per language.

mkdocs-static-i18n merges every language into the root search index
(search/search_index.json: {"config": {"lang", "separator"…}, "docs":
[{"location", "title", "text"}]}). `split_index` makes one index per language
with that language's stemmer and stop words and locations relative to its
folder; `with_search_base` points Material's script on a page without page
context (the 404 page) to its language's index.
"""

from __future__ import annotations

import json

CONFIG_START = '<script id="__config" type="application/json">'
CONFIG_END = "</script>"


def without_soft_hyphens(text: str) -> str:
    """Long compounds carry soft hyphens (&shy;) so they can break on a phone;
    a search for the whole word must still find them."""
    return text.replace("\u00ad", "").replace("&shy;", "")


def split_index(index: dict, languages: list[str], default: str) -> dict[str, dict]:
    """Split a merged Material search index into one index per language.

    Locations become relative to the language folder, as the page's base_url is.
    """
    split = {}
    for language in languages:
        prefix = "" if language == default else f"{language}/"
        others = tuple(f"{other}/" for other in languages if other != default)
        if prefix:
            docs = [
                {**doc, "location": doc["location"][len(prefix):]}
                for doc in index["docs"]
                if doc["location"].startswith(prefix)
            ]
        else:
            docs = [doc for doc in index["docs"] if not doc["location"].startswith(others)]
        docs = [{**doc, "title": without_soft_hyphens(doc["title"]), "text": without_soft_hyphens(doc["text"])}
                for doc in docs]
        split[language] = {"config": {**index["config"], "lang": [language]}, "docs": docs}
    return split


def with_search_base(html: str, folder: str) -> str:
    """The page with its script's `base` moved into a language folder ("fr/"), so the
    script loads that folder's search index."""
    start = html.index(CONFIG_START) + len(CONFIG_START)
    end = html.index(CONFIG_END, start)
    script_config = json.loads(html[start:end])
    script_config["base"] = script_config["base"] + folder
    return html[:start] + json.dumps(script_config) + html[end:]
