"""A built page next to its Markdown: its text as readers get it, and lines to report on."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from bs4 import BeautifulSoup, Comment, NavigableString

from scripts.content.pages import split
from scripts.findings import ERROR, Finding, Reporter
from scripts.sitecheck.site import Page, Site

REPORT = Reporter(Path(__file__).with_name("messages.yml"), "rendering")
PAGE_TEXT = "article"
# Elements whose text is a block of its own: what a reader sees as one paragraph, item or cell.
BLOCKS = ["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "figcaption", "summary",
          "blockquote"]
NOT_TEXT = {"code", "pre", "kbd", "samp", "script", "style"}


@dataclass
class RenderedPage:
    page: Page  # the built page (scripts/sitecheck/site.py)
    source_path: Path  # its Markdown file

    @property
    def language(self) -> str:
        return self.page.language.code

    @property
    def file(self) -> str:
        return self.page.source

    @cached_property
    def markdown(self) -> str:
        return self.source_path.read_text(encoding="utf-8-sig")

    @cached_property
    def lines(self) -> list[str]:
        return self.markdown.splitlines()

    @cached_property
    def body(self) -> tuple[str, int]:
        """The Markdown after its front matter, and the file's line of the body's first line."""
        source = split(self.markdown)
        return source.body, source.body_line

    @property
    def article(self):
        return self.page.soup.find(PAGE_TEXT)

    def blocks(self):
        """Each block of the page's text and its own text (not its nested blocks', nor code)."""
        if self.article is None:
            return
        for block in self.article.find_all(BLOCKS):
            yield block, own_text(block)

    def line_with(self, needle: str, start: int = 1) -> int | None:
        """The first line from `start` on that contains `needle`."""
        if not needle:
            return None
        return next((number for number, line in enumerate(self.lines[start - 1:], start) if needle in line), None)

    def line_matching(self, pattern: re.Pattern, start: int = 1) -> int | None:
        return next((number for number, line in enumerate(self.lines[start - 1:], start) if pattern.search(line)),
                    None)

    def finding(self, rule: str, line: int | None, severity: str = ERROR, **values) -> Finding:
        return REPORT.finding(rule, self.file, self.language, line, severity=severity, page=self.page.path,
                              **values)

    def at(self, finding: Finding, line: int | None) -> Finding:
        return replace(finding, line=line)


def own_text(block) -> str:
    """The text of a block without its nested blocks, code and comments (HTML entities resolved)."""
    pieces = []
    for string in block.find_all(string=True):
        if isinstance(string, Comment) or not isinstance(string, NavigableString):
            continue
        parent = string.parent
        if parent.find_parent(list(NOT_TEXT)) is not None or parent.name in NOT_TEXT:
            continue
        nearest = parent if parent.name in BLOCKS else parent.find_parent(BLOCKS)
        if nearest is block:
            pieces.append(str(string))
    return "".join(pieces)


def rendered_pages(site_dir: Path, project_dir: Path) -> list[RenderedPage]:
    """Every built page that has a Markdown file (not the 404 pages, not generated pages)."""
    site = Site.load(site_dir, project_dir)
    found = []
    for page in site.pages:
        source = project_dir / page.source
        if not page.is_error_page and source.is_file():
            found.append(RenderedPage(page, source))
    return found
