"""MkDocs hook: the glossary of the page's language, on every page and on the glossary page.

- Every abbreviation in docs/data/glossary/<language>.yml is explained
  wherever a page uses it: <abbr title="inkomensvervangende tegemoetkoming">IVT</abbr>.
  The abbr extension's own `glossary` option does this, set per language
  build, so no page's Markdown is changed.
- The line {{ glossary }} on a page becomes the list of every term; a name in
  another language in an explanation is marked with its language (names.py).
- The abbreviation of a term in another language carries that language
  (<abbr lang="en" title="European Disability Card">EDC</abbr>).
The terms come from scripts/content/glossary.py; a wrong glossary file stops
the build, naming the file and the line.
"""

from pathlib import Path

from mkdocs.plugins import event_priority

from scripts.content.glossary import (MARKER, abbreviations, abbreviations_in_their_language, glossary_markdown,
                                     load_glossary)
from scripts.content.names import foreign_names, marked
from scripts.hooks.plugin_errors import stops_the_build


def _language(config) -> str:
    return config.plugins["i18n"].current_language


@event_priority(-150)  # after mkdocs-static-i18n (-100) has chosen this build's language
@stops_the_build
def on_config(config):
    terms = load_glossary(Path(config.docs_dir), _language(config))
    config.mdx_configs.setdefault("abbr", {})["glossary"] = abbreviations(terms)
    return config


@stops_the_build
def on_page_markdown(markdown, page, config, files):
    if MARKER not in markdown:
        return markdown
    docs, language = Path(config.docs_dir), _language(config)
    names = foreign_names(docs, language)
    return markdown.replace(MARKER, glossary_markdown(load_glossary(docs, language), lambda text: marked(text, names)))


@stops_the_build
def on_page_content(html, page, config, files):
    return abbreviations_in_their_language(html, load_glossary(Path(config.docs_dir), _language(config)))
