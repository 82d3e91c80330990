"""Blocks of the built page that are not what they look like in the Markdown.

- heading-empty: a heading with no text ("## " alone): a screen reader announces an empty heading
- heading-bold: a paragraph that is only bold text, short, without a full stop: it looks like a
  heading but is none, so screen reader users, who jump from heading to heading, miss it (WCAG 1.3.1)
- admonition-empty: a note (!!! note) or a collapsible block (???) whose text was not indented:
  an empty box, and its text below it
- table-header-empty: a header cell with no text: a screen reader names the column with nothing
- code-block: text that starts with four spaces or a tab becomes a block of computer code
"""

from __future__ import annotations

import re

from scripts.rendering.rendered import RenderedPage

HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]
EMPTY_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*#*\s*$")
BOLD = {"strong", "b"}
HEADING_LIKE_LENGTH = 80  # characters: longer bold text is a sentence, however it ends
SENTENCE_END = ".!?:;,…"
BOX_START = r"^\s*(?:!!!|\?\?\?\+?)\s*{kind}\b"
FENCE = re.compile(r"^\s*(```|~~~)")


def is_heading_like(block) -> bool:
    children = [child for child in block.children if not (isinstance(child, str) and not child.strip())]
    if len(children) != 1 or getattr(children[0], "name", None) not in BOLD:
        return False
    text = block.get_text(" ", strip=True)
    return 0 < len(text) <= HEADING_LIKE_LENGTH and text[-1] not in SENTENCE_END


def empty_headings(page: RenderedPage):
    line = 0
    for heading in page.article.find_all(HEADINGS):
        if not heading.get_text(strip=True):
            line = page.line_matching(EMPTY_HEADING, line + 1) or line
            yield page.finding("heading-empty", line or None, level="#" * int(heading.name[1]))


def bold_paragraphs(page: RenderedPage):
    for paragraph in page.article.find_all("p"):
        if is_heading_like(paragraph):
            text = paragraph.get_text(" ", strip=True)
            yield page.finding("heading-bold", page.line_with(f"**{text}") or page.line_with(text), text=text)


def empty_boxes(page: RenderedPage):
    for box in page.article.select("div.admonition, details"):
        title = box.find("summary") if box.name == "details" else box.find("p", class_="admonition-title")
        content = [child for child in box.children
                   if child is not title and not (isinstance(child, str) and not child.strip())]
        if not content:
            kinds = [name for name in box.get("class", []) if name != "admonition"] or [""]
            line = page.line_matching(re.compile(BOX_START.format(kind=re.escape(kinds[0]))))
            yield page.finding("admonition-empty", line, title=title.get_text(" ", strip=True) if title else "")


def empty_header_cells(page: RenderedPage):
    for table in page.article.find_all("table"):
        headers = table.find_all("th")
        if any(not header.get_text(strip=True) for header in headers):
            named = next((header.get_text(" ", strip=True) for header in headers if header.get_text(strip=True)), "")
            line = next((number for number, text in enumerate(page.lines, 1) if "|" in text and named in text), None)
            yield page.finding("table-header-empty", line)


def indented_code(page: RenderedPage):
    for code in page.article.select("pre > code"):
        first = next((text for text in code.get_text().splitlines() if text.strip()), "")
        line = page.line_with(first.strip())
        if line and not fenced(page, line):
            yield page.finding("code-block", line, text=first.strip())


def fenced(page: RenderedPage, line: int) -> bool:
    """Whether the line is inside a fenced block (``` … ```), code an editor meant."""
    fences = sum(1 for text in page.lines[:line - 1] if FENCE.match(text))
    return fences % 2 == 1


def check(page: RenderedPage):
    if page.article is None:
        return
    for found in (empty_headings, bold_paragraphs, empty_boxes, empty_header_cells, indented_code):
        yield from found(page)
