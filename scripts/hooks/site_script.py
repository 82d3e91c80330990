"""MkDocs hook: site.js as readers get it, without its comments and indentation (rjsmin).

overrides/assets/javascripts/site.js is written to be read and changed: half of it is
comments. Every first visit downloads it, so the built copy is minified (6.3 KB to 3 KB,
2.3 KB to 1.3 KB compressed). The browser tests run the built copy.
"""

from __future__ import annotations

from pathlib import Path

import rjsmin

SCRIPT = "assets/javascripts/site.js"


def on_post_build(config):
    path = Path(config.site_dir) / SCRIPT
    if path.is_file():  # minifying it again (each language's build) changes nothing
        path.write_text(rjsmin.jsmin(path.read_text(encoding="utf-8")), encoding="utf-8")
