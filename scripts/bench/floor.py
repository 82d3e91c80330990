"""The floor of a first visit, as issue 16 defines it: the page's own HTML plus the rules of the
stylesheets that this page alone uses, both compressed as nginx sends them.

The rules are those the reading stylesheet would keep were this page the whole site
(scripts/theme/reading_css.py): what it needs at every width, in both colour schemes, in print
and in every state a reader can put it in. No shared stylesheet can be smaller for this page
while it looks the same, so `make bench` sets a page's first visit against it.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from scripts.theme.reading_css import full_stylesheets, reading_stylesheet

GZIP_LEVEL = 6  # hosting/nginx/http.conf's gzip_comp_level


def compressed(text: str) -> int:
    return len(gzip.compress(text.encode("utf-8"), GZIP_LEVEL))


def own_rules(site_dir: Path, page: str) -> int:
    """The bytes, compressed, of the rules the built page `page` (its path in `site_dir`) alone uses."""
    html = (site_dir / page).read_text(encoding="utf-8")
    return compressed(reading_stylesheet(full_stylesheets(site_dir, [html]), [html]))
