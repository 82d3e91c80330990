"""What the Markdown says was meant, where the build reads it otherwise.

markdown-it-py reads the page as GitHub's preview does (CommonMark); the
build's Python-Markdown reads some lines differently, and says nothing:
- heading-no-space: '##Kop' is a heading on the site but text in the preview and for
  every other tool: a heading needs a space after its #'s;
- heading-underlined: a line with --- or === under it becomes a heading (meant as a
  separator line, it makes the text above it a heading);
- list-indent: a sub-list indented by fewer than four spaces under its item is a
  sub-list in the preview but a flat list on the site;
- table-extra-cell: a table row with more cells than its header: the build drops the
  extra cells without a word.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.deflist import deflist_plugin

from scripts.rendering.rendered import RenderedPage

PREVIEW = MarkdownIt("commonmark").enable("table").use(admon_plugin).use(deflist_plugin)
HASHES_WITHOUT_SPACE = re.compile(r"^#{1,6}[^#\s]")
UNDERLINES = {"-": "---", "=": "==="}
LISTS = ("bullet_list_open", "ordered_list_open")
SUB_LIST_INDENT = 4  # spaces under the parent item's marker that Python-Markdown needs
CELL_SEPARATOR = re.compile(r"(?<!\\)\|")


def indentation(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def cells(line: str) -> int:
    row = line.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return len(CELL_SEPARATOR.split(row))


def check(page: RenderedPage):
    body, first_line = page.body
    lines = body.splitlines()
    items: list[int] = []  # the indentation of each open list item's line
    for token in PREVIEW.parse(body):
        if token.type == "list_item_open" and token.map:
            items.append(indentation(lines[token.map[0]]))
        elif token.type == "list_item_close" and items:
            items.pop()
        elif token.type in LISTS and token.map and items:
            depth = indentation(lines[token.map[0]]) - items[-1]
            if depth < SUB_LIST_INDENT:
                yield page.finding("list-indent", first_line + token.map[0], spaces=depth,
                                   needed=items[-1] + SUB_LIST_INDENT)
        elif token.type == "heading_open" and token.markup in UNDERLINES and token.map:
            yield page.finding("heading-underlined", first_line + token.map[1] - 1,
                               text_line=token.map[0] + first_line, underline=UNDERLINES[token.markup])
        elif token.type == "inline" and token.map and HASHES_WITHOUT_SPACE.match(token.content):
            hashes = len(token.content) - len(token.content.lstrip("#"))
            yield page.finding("heading-no-space", first_line + token.map[0], hashes="#" * hashes)
        elif token.type == "table_open" and token.map:
            start, end = token.map
            header = cells(lines[start])
            for number in range(start + 2, end):
                if cells(lines[number]) > header:
                    yield page.finding("table-extra-cell", first_line + number, count=cells(lines[number]),
                                       header=header)
