"""A page's Markdown as the build converts it, without MkDocs: its HTML and its headings' ids.

For the checks that must know what a page will say before it is built: the
rights finder's and the top tasks' links to a page's heading (#anchor), and
what the top tasks' answers must contain. Converted with mkdocs.yml's own
Markdown extensions, so the ids are the build's; cached until the file changes.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from scripts.content.pages import converter, decoded, split

ID = re.compile(r'\sid="([^"]+)"')


@lru_cache
def _rendered(path: Path, config: Path, modified: float) -> str:
    # A page that is not UTF-8 text is empty here, as in the build; the page checks say why.
    text, _ = decoded(path, str(path), None)
    return converter(config.parent).convert(split(text).body)


def rendered(path: Path, config: Path) -> str:
    """The HTML the page at `path` becomes with `config`'s Markdown extensions (before the build's
    hooks: the markers such as {{ figure … }} stay as written)."""
    return _rendered(path, config, path.stat().st_mtime)


def anchors(path: Path, config: Path) -> frozenset[str]:
    """The ids the page at `path` will have once built with `config`'s Markdown extensions."""
    return frozenset(ID.findall(rendered(path, config)))
