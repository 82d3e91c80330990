"""MkDocs hook: Material's markup outside its blocks, changed in every page (scripts/theme/material_markup.py),
and the blank lines the templates leave between tags taken out (scripts/theme/compact_html.py).

Material writes its menu's and search's checkboxes, the menu's backdrop and
the contents toggle where no block or small partial reaches; each built
page, and each language's 404 page, gets the site's markup instead.
"""

from __future__ import annotations

from mkdocs.plugins import event_priority

from scripts.hooks.plugin_errors import stops_the_build
from scripts.theme.compact_html import compact
from scripts.theme.material_markup import rewrite


# First among the hooks, so scripts/hooks/files_per_language.py writes the
# French 404 page as rewritten here.
@event_priority(100)
@stops_the_build
def on_post_page(output, page, config):
    return compact(rewrite(output, page.file.src_uri))


@event_priority(100)
@stops_the_build
def on_post_template(output, template_name, config):
    """The 404 page, a theme template rather than a page."""
    return compact(rewrite(output, template_name)) if template_name == "404.html" and output else output
