"""MkDocs hook: the glossary of the page's language, on every page and on the glossary page.

- Every abbreviation in docs/data/glossary/<language>.yml is explained
  wherever a page uses it: <abbr title="inkomensvervangende tegemoetkoming">IVT</abbr>.
  The abbr extension's own `glossary` option does this, set per language
  build, so no page's Markdown is changed.
- The line {{ glossary }} on a page becomes the list of every term.
The terms come from scripts/content/glossary.py; a wrong glossary file stops
the build, naming the file and the line.
"""

from pathlib import Path

from mkdocs.plugins import event_priority

from scripts.content.glossary import MARKER, abbreviations, glossary_markdown, load_glossary
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
    terms = load_glossary(Path(config.docs_dir), _language(config))
    return markdown.replace(MARKER, glossary_markdown(terms))
