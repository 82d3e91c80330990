"""MkDocs hook: one search index per language, made from that language's own pages.

mkdocs-static-i18n builds each language in turn, then merges their search
entries into the root index and drops an entry whose title, text and location
end are the same as the default language's: a French page with the same title
and empty intro as its Dutch one lost its entry, and its results opened
fr/undefined. So the site does not use the merged index. During each
language's build, every page of that build goes into the language's own index,
as Material's search plugin would index it (its SearchIndex); once the last
language is built, each index is written to its language's folder
(search/search_index.json, fr/search/search_index.json) with that language's
stop words (scripts/theme/search_index.py), over the merged one.

Each page's script loads its own language's index (`base`), through the site's
search worker (overrides/assets/javascripts/workers/site-search.js), which
runs Material's and makes matching ignore accents.
"""

from __future__ import annotations

import json
from pathlib import Path

from material.plugins.search.plugin import SearchIndex
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

from scripts.theme.search_index import INDEX_FILE, language_index, script_config, site_worker, with_script_config

# Each language's index while the languages are built one after the other (one build run).
_indexes: dict[str, SearchIndex] = {}


def _i18n(config):
    return config.plugins["i18n"]


def _search_settings(config) -> dict:
    # mkdocs.yml's `search` is Material's search plugin, which MkDocs names material/search.
    return config.plugins["material/search"].config


def _language_root(language, i18n):
    return "" if language == i18n.default_language else f"{language}/"


@event_priority(-150)  # after mkdocs-static-i18n (-100) has chosen this build's language
def on_config(config):
    i18n = _i18n(config)
    if i18n.current_language == i18n.default_language:
        _indexes.clear()  # a new build run (make serve rebuilds)
    _indexes[i18n.current_language] = SearchIndex(**_search_settings(config))
    return config


@event_priority(10)  # before Material's search plugin (0) strips the data-search-exclude marks
def on_page_context(context, page, config, nav):
    i18n = _i18n(config)
    _indexes[i18n.current_language].add_entry_from_context(page)
    # Material's script loads "search/search_index.json" relative to base_url,
    # and base_url only feeds that script (and its local-storage scope).
    root = _language_root(i18n.current_language, i18n)
    context["base_url"] = get_relative_url(root or ".", page.url)
    return context


def on_post_page(output, page, config):
    return with_script_config(output, search=site_worker(script_config(output)["search"]))


def on_post_template(output, template_name, config):
    # Error pages have no page context; their base_url is absolute and also
    # feeds the url filter, so only the script's configuration is changed.
    if template_name != "404.html" or not output:
        return output
    i18n = _i18n(config)
    changes = {"search": site_worker(script_config(output)["search"])}
    root = _language_root(i18n.current_language, i18n)
    if root:
        changes["base"] = script_config(output)["base"] + root
    return with_script_config(output, **changes)


@event_priority(-200)  # after mkdocs-static-i18n (-100) has written its merged index
def on_post_build(config):
    i18n = _i18n(config)
    if i18n.building:
        return  # a nested build of one language: the others are not built yet
    settings = _search_settings(config)
    for language, index in _indexes.items():
        root = _language_root(language, i18n)
        built = language_index(index.entries, settings, language, root)
        target = Path(config.site_dir) / root / INDEX_FILE
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(built, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
