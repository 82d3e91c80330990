"""MkDocs hook: one small stylesheet for reading, decided from every built page (scripts/theme/reading_css.py).

It runs once, when every language is built: mkdocs-static-i18n (-100) builds the
other languages inside the default language's post-build event, and this hook's
event, later, skips the builds inside it.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

from scripts.hooks.plugin_errors import stops_the_build
from scripts.theme.reading_css import write_reading_stylesheet


@event_priority(-200)
@stops_the_build
def on_post_build(config):
    if config.plugins["i18n"].building:  # a language built inside the default one's post-build
        return
    write_reading_stylesheet(Path(config.site_dir))
