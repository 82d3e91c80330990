"""The anchors of a page (#zo-vraag-je-het-aan): the ids its HTML will have.

The page's Markdown is converted with the extensions that make ids, as the
build does (toc for headings, attr_list for {#id}), so a heading that changes
or disappears is noticed before the build links to it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import markdown

from scripts.pages import split

# The site's extensions (mkdocs.yml) that change which ids a page has, or where headings are found.
EXTENSIONS = ["abbr", "admonition", "attr_list", "def_list", "md_in_html", "tables", "toc"]
ID = re.compile(r'\sid="([^"]+)"')


@lru_cache
def _anchors(path: Path, modified: float) -> frozenset[str]:
    body = split(path.read_text(encoding="utf-8-sig")).body
    return frozenset(ID.findall(markdown.Markdown(extensions=EXTENSIONS).convert(body)))


def anchors(path: Path) -> frozenset[str]:
    """The ids of the page at `path` (cached until the file changes)."""
    return _anchors(path, path.stat().st_mtime)
