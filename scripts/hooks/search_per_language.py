"""MkDocs hook: one search index per language.

mkdocs-static-i18n merges every language into the root search index, so a
French reader gets Dutch results. After the last language is built, the
merged index is split (scripts/theme/search_index.py): each language gets its
own index in its own folder (`search/search_index.json`,
`fr/search/search_index.json`), with that language's stemmer and stop words,
and each page tells Material's script to load the index of its own language.
"""

import json
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

from scripts.theme.search_index import split_index, with_search_base


def _i18n(config):
    return config.plugins["i18n"]


def _language_root(language, i18n):
    return "" if language == i18n.default_language else f"{language}/"


def on_page_context(context, page, config, nav):
    # Material's script loads "search/search_index.json" relative to base_url,
    # and base_url only feeds that script (and its local-storage scope).
    i18n = _i18n(config)
    root = _language_root(i18n.current_language, i18n)
    context["base_url"] = get_relative_url(root or ".", page.url)
    return context


def on_post_template(output, template_name, config):
    # Error pages have no page context; their base_url is absolute and also
    # feeds the url filter, so only the script's configuration is changed.
    i18n = _i18n(config)
    root = _language_root(i18n.current_language, i18n)
    if template_name != "404.html" or not root:
        return output
    return with_search_base(output, root)


@event_priority(-200)  # after mkdocs-static-i18n (-100) has merged the languages
def on_post_build(config):
    i18n = _i18n(config)
    if i18n.building:
        return  # a nested build of one language: the merged index is not ready yet
    site = Path(config.site_dir)
    merged = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    languages = i18n.build_languages
    for language, index in split_index(merged, languages, i18n.default_language).items():
        target = site / _language_root(language, i18n) / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
