"""MkDocs hook: the accessibility statement shows the last automatic audit of this version of the site.

The line {{ last audit }} on a page becomes, in the page's language, what
the audit's report says it checked and found, or that this version was not
audited (scripts/content/last_audit.py).
"""

from __future__ import annotations

from pathlib import Path

from scripts.content.last_audit import expand_marker
from scripts.hooks.plugin_errors import stops_the_build


@stops_the_build
def on_page_markdown(markdown, page, config, files):
    return expand_marker(markdown, Path(config.config_file_path).parent, config.plugins["i18n"].current_language)
