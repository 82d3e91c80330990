"""Table columns aligned in Markdown (---:, :---:) get a class, not an inline style.

Python-Markdown's tables write style="text-align: right;" on each cell
(or align="right", which HTML no longer has and the audit reports). The
site's Content-Security-Policy allows no inline style, so those cells would
lose their alignment: this turns the style into class="site-align-right",
which site.css aligns. Any other inline style stays, for make check to report.
"""

from __future__ import annotations

import re

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

ALIGNMENT = re.compile(r"text-align: (left|right|center);?")
CELLS = ("th", "td")


class AlignedCells(Treeprocessor):
    def run(self, root):
        for cell in root.iter():
            match = ALIGNMENT.fullmatch(cell.get("style", "").strip()) if cell.tag in CELLS else None
            if match:
                del cell.attrib["style"]
                cell.set("class", " ".join(filter(None, [cell.get("class"), f"site-align-{match[1]}"])))


class AlignedCellsExtension(Extension):
    def extendMarkdown(self, md):
        # After the block parser has built the tables, before anything is serialised.
        md.treeprocessors.register(AlignedCells(md), "site_aligned_cells", 5)


def makeExtension(**options):  # the name Python-Markdown looks for
    return AlignedCellsExtension(**options)
