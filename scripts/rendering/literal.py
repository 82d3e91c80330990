"""Markdown or template syntax that the build left as text: the reader sees the marks themselves.

Each pattern is a mistake Python-Markdown forgives silently, found in the text
of the built page (code is left out, where marks are meant):
- {{ glosary }}: a marker with a typo; the build knows {{ glossary }} and {{ figure NAME }}
- [^1]: a footnote; the site has no footnotes
- !!! or ??? at the start of a line: a note or a collapsible block that did not become one
- <!--: a comment left open, so the rest of the page is shown as text
- | twice in a paragraph: a table without its |---| line
- ](  or ][: a link that did not become a link (an unknown reference, a broken bracket)
- ** or __: bold that did not become bold (a space after the opening **)
- {lang=en}, { .class }: attributes that did not attach (a space before the {)
- a line of a paragraph that starts like a list item: a list without a blank line above it
"""

from __future__ import annotations

import re

from scripts.rendering.rendered import RenderedPage

# rule: a pattern in the text of a built block. The group `needle` (or the whole match) is
# what the Markdown has too, to find its line.
PATTERNS = {
    "comment-open": re.compile(r"<!--[^\n]*"),
    "template-literal": re.compile(r"\{\{[^}\n]*\}?\}?"),
    "footnote-literal": re.compile(r"\[\^[^\]\s]*\]"),
    "admonition-literal": re.compile(r"(?m)^\s*(?P<needle>!!!|\?\?\?)"),
    "link-literal": re.compile(r"\[[^\]\n]*\][(\[]"),
    "emphasis-literal": re.compile(r"\*\*[^*\n]*\*\*|__[^_\n]*__|(?<![*_])(?:\*\*|__)(?![*_])"),
    "attribute-literal": re.compile(r"\{:?\s*(?:[.#][\w-]+|[\w-]+=[^}\s]*)[^{}\n]*\}"),
}
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\S")
PARAGRAPH = "p"


def table_rows(text: str) -> str | None:
    """The first line of a paragraph that is a table the build did not make (two | or more)."""
    lines = [line.strip() for line in text.splitlines() if line.count("|") >= 2]
    return lines[0] if lines else None


def list_lines(text: str) -> str | None:
    """The first line after the first of a paragraph that starts like a list item."""
    lines = text.splitlines()
    return next((line.strip() for line in lines[1:] if LIST_ITEM.match(line)), None)


def check(page: RenderedPage):
    found = set()
    for block, text in page.blocks():
        for rule, pattern in PATTERNS.items():
            match = pattern.search(text)
            if match:
                needle = match.group("needle") if "needle" in pattern.groupindex else match.group()
                found.add((rule, page.line_with(needle.strip()), needle.strip()))
        if block.name == PARAGRAPH:
            row = table_rows(text)
            if row:
                found.add(("table-literal", page.line_with(row), row))
            item = list_lines(text)
            if item:
                found.add(("list-not-rendered", page.line_with(item), item))
    if any(rule == "comment-open" for rule, _, _ in found):
        # After an open comment, everything is text: the comment is the one mistake to fix.
        found = {entry for entry in found if entry[0] == "comment-open"}
    for rule, line, text in sorted(found, key=lambda entry: (entry[1] or 0, entry[0])):
        yield page.finding(rule, line, text=text)
