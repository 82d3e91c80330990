"""A Markdown page as the language checks read it: the text a reader sees,
and where each of its characters is in the file.

markdown-it-py finds the blocks (headings, paragraphs, list items, table
cells, admonitions) and their inline parts; PyYAML reads the front matter's
`title` and `description`; the standard library's HTMLParser reads raw HTML
(its visible text, `alt` and `title` attributes and comments). Code, URLs,
link targets and other HTML attributes are left out.

markdown-it-py gives the lines of a block, not the columns of its words, so
each piece of text is found again in the file from a cursor that only moves
forward. That keeps line and column exact through emphasis, line breaks,
escapes, front matter and CRLF line endings.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import yaml
from markdown_it import MarkdownIt
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.deflist import deflist_plugin

from scripts import safe_yaml
from scripts.findings import Finding, Reporter
from scripts.project import FRONT_MATTER

REPORT = Reporter(Path(__file__).with_name("messages.yml"), "language")

FRONT_MATTER_FIELDS = ("title", "description")
# Lines that are not text: abbreviation definitions (*[IVT]: …) of the abbr
# extension and pymdownx.snippets includes (--8<-- "file").
ABBREVIATION_DEFINITION = re.compile(r"^[ ]{0,3}\*\[([^\]\n]+)\]:[^\n]*$", re.MULTILINE)
SNIPPET = re.compile(r"^[ \t]*-{1,}8<-{1,}[^\n]*$", re.MULTILINE)
# {{ figure NAME }} and {{ glossary }}: markers the build replaces (scripts/hooks/).
MARKER = re.compile(r"\{\{[^{}\n]*\}\}")
ABBR_ELEMENT = re.compile(r"<abbr\b[^>]*\btitle\s*=[^>]*>\s*([^<]+?)\s*</abbr>", re.IGNORECASE)
ATTRIBUTE = r"\b{name}\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+)"  # name="value" in a raw tag
CHECKED_ATTRIBUTES = ("alt", "title")
# Text in another language than the page's: {lang=nl} after *emphasis* or a
# [link] (attr_list), or an HTML element with lang="nl".
LANG_ATTRIBUTE = re.compile(r"""(?<![\w-])lang\s*=\s*["']?([A-Za-z]{2,3})""")
ATTRIBUTE_LIST = re.compile(r"\{:?[^{}\n]*\}")
HTML_TAG = re.compile(r"<(/?)([A-Za-z][\w-]*)([^>]*)>")
# How far ahead a piece of text may be: markup between two pieces (emphasis,
# indentation, table padding) is shorter than this; so is the longest HTML
# entity (&CounterClockwiseContourIntegral;) between two characters.
MARKUP_BETWEEN = 256
ENTITY_LENGTH = 40
OFFSET = "i"  # a file offset, in 4 bytes: pages are far below 2 GB (the checks refuse far less)
# A page longer than this is read by markdown-it in parts (see parts()); the site's pages are
# a few tens of thousands of characters, read whole.
PART_CHARACTERS = 200_000
FENCE_OPEN = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# HTML blocks that a blank line does not end (CommonMark's kinds 1 to 5), and their end.
HTML_UNTIL_END = re.compile(r"^ {0,3}<(!--|\?|!\[CDATA\[|!(?=[A-Za-z])|pre|script|style|textarea)", re.IGNORECASE)
HTML_ENDS = {"!--": "-->", "?": "?>", "![cdata[": "]]>", "!": ">", "pre": "</pre>", "script": "</script>",
             "style": "</style>", "textarea": "</textarea>"}

# The Markdown extensions mkdocs.yml enables that change what is a block of text.
MARKDOWN = MarkdownIt("commonmark").enable("table").use(admon_plugin).use(deflist_plugin)


@dataclass
class Text:
    """One piece of text a reader sees: a heading, paragraph, cell, alt text…"""
    chars: str
    offsets: array  # where each character is in the file (4 bytes each: a page may be megabytes)
    block: tuple[int, int]  # the lines (as file offsets) of its block: paragraph, table row…
    kind: str = "text"  # text, heading, meta (front matter, alt and title attributes)
    section: str = ""  # the heading of its ## section ("Bronnen": a list of sources)
    boxes: tuple[str, ...] = ()  # the titles of the admonitions it is in (??? quote "Bronnen": the sources)


@dataclass(frozen=True)
class LinkText:
    """A link's text, as file offsets of its first and last character, and its target."""
    start: int
    end: int
    href: str


@dataclass(frozen=True)
class Comment:
    text: str
    start: int
    end: int


@dataclass
class PageText:
    file: str  # as shown in findings
    language: str | None
    source: str  # the file's text, line endings made \n (lines and columns are unchanged)
    texts: list[Text] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    abbreviations: set[str] = field(default_factory=set)  # explained on the page itself
    links: list[LinkText] = field(default_factory=list)
    line_starts: list[int] = field(default_factory=list)

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) of a file offset, both counted from 1."""
        line = bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def offset(self, line: int, column: int) -> int:
        return self.line_starts[line - 1] + column - 1

    def finding(self, key: str, offset: int | None, category: str, severity: str,
                rule: str | None = None, **values) -> Finding:
        """A finding at a file offset (None: the whole page), in the page's language."""
        line, column = self.position(offset) if offset is not None else (None, None)
        return REPORT.finding(rule or key, self.file, self.language, line, column, severity=severity,
                              message=key, category=category, **values)


def normalise(raw: str) -> str:
    """\r\n and \r become \n (as markdown-it does), NUL becomes U+FFFD: same lines and columns."""
    return raw.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "\ufffd")


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """Spaces instead of each span of the text, keeping its line breaks (and so every position)."""
    pieces, last = [], 0
    for start, end in sorted(spans):
        start = max(start, last)
        pieces += [text[last:start], re.sub(r"[^\n]", " ", text[start:end])]
        last = max(end, last)
    return "".join(pieces) + text[last:]


def read(path: Path, file: str, language: str | None) -> PageText:
    """Raises UnicodeDecodeError or OSError when the file cannot be read as UTF-8."""
    return parse(path.read_bytes().decode("utf-8-sig"), file, language)


def parse(raw: str, file: str, language: str | None) -> PageText:
    source = normalise(raw)
    page = PageText(file, language, source)
    page.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
    not_text = []  # front matter, abbreviation definitions, snippet includes
    front_matter = FRONT_MATTER.match(source)
    if front_matter:
        page.texts.extend(_front_matter(source, front_matter.start(1), front_matter.end(1)))
        not_text.append(front_matter.span())
    for match in ABBREVIATION_DEFINITION.finditer(source):
        page.abbreviations.add(match.group(1).strip())
        not_text.append(match.span())
    not_text.extend(match.span() for match in SNIPPET.finditer(source))
    not_text.extend(match.span() for match in MARKER.finditer(source))
    page.abbreviations.update(match.group(1) for match in ABBR_ELEMENT.finditer(source))
    masked = blank(source, not_text)
    _Reader(page, masked).read()
    page.texts.sort(key=lambda text: text.offsets[0])  # a link's title comes after its paragraph's start
    return page


def _front_matter(source: str, start: int, end: int) -> list[Text]:
    """The title and description, if the front matter is a YAML mapping."""
    try:
        node = safe_yaml.read(source[start:end]).tree
    except yaml.YAMLError:
        return []  # not valid YAML: the front-matter check reports it
    if not isinstance(node, yaml.MappingNode):
        return []
    texts = []
    for key, value in node.value:
        if key.value in FRONT_MATTER_FIELDS and isinstance(value, yaml.ScalarNode) and value.value:
            first, last = start + value.start_mark.index, start + value.end_mark.index
            offsets, _ = _align(source, str(value.value), first, last)
            line_start = source.rfind("\n", 0, start + key.start_mark.index) + 1
            texts.append(Text(str(value.value), offsets, (line_start, last), "meta"))
    return texts


def _align(source: str, content: str, cursor: int, end: int) -> tuple[array, int]:
    """Where each character of `content` is in source[cursor:end], and the cursor after it.

    Usually the content is there as it is, after a little markup. Where
    Markdown or YAML changed it (an escape, an entity, a folded line), each
    character is looked up in turn; one that is not there at all (é from
    &eacute;) gets the cursor. The searches look ahead a bounded distance, so a
    huge paragraph costs linear time.
    """
    found = source.find(content, cursor, min(end, cursor + len(content) + MARKUP_BETWEEN))
    if found >= 0:
        return array(OFFSET, range(found, found + len(content))), found + len(content)
    offsets, reach = array(OFFSET), MARKUP_BETWEEN
    for char in content:
        found = source.find(char, cursor, min(end, cursor + reach))
        if found >= 0:
            cursor = found + 1
        offsets.append(found if found >= 0 else cursor)
        reach = ENTITY_LENGTH  # after the first character, only an escape or an entity comes between two
    return offsets, cursor


def parts(source: str):
    """(first line, text) of parts of the page that markdown-it can read one after another:
    the whole page, or for a page over PART_CHARACTERS, parts that each start a block of their
    own. markdown-it keeps a few hundred bytes per token, so a page of megabytes read at once
    would take hundreds of megabytes; part by part, memory stays that of one part.

    A part starts at a line that starts a block whatever came before it: after a blank line,
    not indented, outside a fenced code block and an open HTML comment (or <pre>, <script>,
    <style>), which continue past blank lines. A link defined in one part and used in
    another is not found: pages that long are not pages to publish anyway."""
    if len(source) <= PART_CHARACTERS:
        yield 0, source
        return
    lines = source.split("\n")
    start, size, fence, html_end, blank = 0, 0, None, None, False
    for number, line in enumerate(lines):
        stripped = line.strip()
        if fence is None and html_end is None and blank and size >= PART_CHARACTERS \
                and stripped and not line[0].isspace():
            yield start, "\n".join(lines[start:number])
            start, size = number, 0
        size += len(line) + 1
        if html_end is not None:
            html_end = None if html_end in line else html_end
        elif fence is not None:
            fence = None if stripped.startswith(fence) else fence
        elif FENCE_OPEN.match(line):
            fence = FENCE_OPEN.match(line).group(1)[:3]
        else:
            opened = HTML_UNTIL_END.match(line)
            if opened and HTML_ENDS[opened.group(1).lower()] not in line[opened.end():]:
                html_end = HTML_ENDS[opened.group(1).lower()]
        blank = not stripped
    yield start, "\n".join(lines[start:])


class _Builder:
    """Collects the characters of one Text and their offsets."""

    def __init__(self, block: tuple[int, int]):
        self.block = block
        self.chars: list[str] = []
        self.offsets = array(OFFSET)

    def add(self, content: str, offsets: array) -> None:
        self.chars.append(content)
        self.offsets.extend(offsets)

    def __len__(self) -> int:
        return len(self.offsets)

    def cut(self, length: int) -> None:
        """Drops what was added after the first `length` characters."""
        self.chars = ["".join(self.chars)[:length]]
        del self.offsets[length:]

    def text(self, kind: str = "text", section: str = "", boxes: tuple[str, ...] = ()) -> Text | None:
        chars = "".join(self.chars)
        return Text(chars, self.offsets, self.block, kind, section, boxes) if chars.strip() else None


class _Reader:
    def __init__(self, page: PageText, masked: str):
        self.page = page
        self.source = masked  # front matter and non-text lines blanked: they never match
        self.cursor = 0
        self.section = ""  # the text of the last ## heading
        self.boxes: list[str] = []  # the titles of the open admonitions (!!! note "Let op", ??? quote "Bronnen")

    def line_offset(self, line: int) -> int:
        starts = self.page.line_starts
        return starts[line] if line < len(starts) else len(self.source)

    def keep(self, builder: _Builder, kind: str = "meta") -> None:
        text = builder.text(kind, self.section, tuple(self.boxes))
        if text:
            self.page.texts.append(text)

    def read(self) -> None:
        heading = None  # the level of the heading whose text comes next
        for first_line, part in parts(self.source):
            for token in MARKDOWN.parse(part):
                if token.type == "heading_open":
                    heading = token.tag
                elif token.type == "admonition_open":
                    self.boxes.append(token.content.strip())
                elif token.type == "admonition_close" and self.boxes:
                    self.boxes.pop()
                if token.map is None:
                    continue
                block = (self.line_offset(token.map[0] + first_line), self.line_offset(token.map[1] + first_line))
                if token.type == "inline":
                    if heading == "h2":
                        self.section = token.content.strip()
                    builder = _Builder(block)
                    self.cursor = self.inline(token.children or [], max(self.cursor, block[0]), block, builder)
                    self.keep(builder, "heading" if heading else "text")
                    heading = None
                elif token.type == "html_block":
                    self.html(token.content, block[0], block)

    def foreign(self, attributes: str) -> bool:
        """Whether attributes (lang="nl", {lang=nl}) mark text in another language than the page's."""
        found = LANG_ATTRIBUTE.search(attributes)
        return bool(found and self.page.language and found.group(1).lower() != self.page.language)

    def inline(self, children, cursor: int, block: tuple[int, int], builder: _Builder) -> int:
        """Adds the text of inline tokens to the builder. Text marked as another language
        (*Jaarverslag*{lang=nl}, <span lang="nl">…</span>) is left out: its rules are not this page's."""
        end = block[1]
        in_autolink, link_title = False, None
        opened: list[int] = []  # where each open emphasis or link started in the builder
        hrefs: list[str] = []  # the targets of the open links
        foreign_html: list = []  # [tag, depth, where it started] of an open HTML element in another language
        for position, child in enumerate(children):
            kind = child.type
            following = children[position + 1] if position + 1 < len(children) else None
            if in_autolink:  # <https://…>: its text is the URL
                if kind == "link_close":
                    in_autolink = False
                    found = self.source.find(">", cursor, end)
                    cursor = found + 1 if found >= 0 else cursor
            elif kind == "text":
                offsets, cursor = _align(self.source, child.content, cursor, end)
                builder.add(child.content, offsets)
            elif kind in ("softbreak", "hardbreak"):
                found = self.source.find("\n", cursor, end)
                builder.add(" ", [found if found >= 0 else cursor])
                cursor = found + 1 if found >= 0 else cursor
            elif kind == "code_inline":
                cursor = self.after_code(child.markup, cursor, end)
            elif kind == "html_inline":
                found = self.source.find(child.content, cursor, end)
                if found >= 0:
                    self.html(child.content, found, block)
                    cursor = found + len(child.content)
                self.foreign_element(child.content, foreign_html, builder)
            elif kind == "link_open" and child.markup == "autolink":
                in_autolink = True
            elif kind in ("em_open", "strong_open", "link_open"):
                opened.append(len(builder))
                if kind == "link_open":
                    link_title = child.attrs.get("title")
                    hrefs.append(str(child.attrs.get("href", "")))
            elif kind in ("em_close", "strong_close", "link_close"):
                if kind == "link_close":
                    cursor = self.after_target(cursor, end, block, link_title)
                start = opened.pop() if opened else len(builder)
                if kind == "link_close" and hrefs and len(builder) > start:
                    self.page.links.append(LinkText(builder.offsets[start], builder.offsets[-1], hrefs.pop()))
                if following is not None and following.type == "text":
                    attribute_list = ATTRIBUTE_LIST.match(following.content)
                    if attribute_list and self.foreign(attribute_list.group()):
                        builder.cut(start)
            elif kind == "image":
                alt = _Builder(block)
                cursor = self.inline(child.children or [], cursor, block, alt)
                self.keep(alt)
                cursor = self.after_target(cursor, end, block, child.attrs.get("title"))
        return cursor

    def foreign_element(self, tag: str, state: list, builder: _Builder) -> None:
        """Follows inline HTML elements in another language; cuts their text at their end tag."""
        parts = HTML_TAG.match(tag)
        if not parts:
            return
        closing, name, attributes = parts.group(1) == "/", parts.group(2).lower(), parts.group(3)
        if not state:
            if not closing and self.foreign(attributes):
                state.extend([name, 1, len(builder)])
        elif name == state[0]:
            state[1] += -1 if closing else 1
            if state[1] == 0:
                builder.cut(state[2])
                state.clear()

    def after_code(self, markup: str, cursor: int, end: int) -> int:
        opening = self.source.find(markup, cursor, end)
        if opening < 0:
            return cursor
        closing = self.source.find(markup, opening + len(markup), end)
        return closing + len(markup) if closing >= 0 else cursor

    def after_target(self, cursor: int, end: int, block: tuple[int, int], title) -> int:
        """Skips the link's or image's target: ](url "title"), ][ref] or ]."""
        bracket = self.source.find("]", cursor, end)
        if bracket < 0:
            return cursor
        after = bracket + 1
        if self.source.startswith("(", after):
            depth, position = 0, after
            while position < end:
                char = self.source[position]
                if char == "\\":
                    position += 1
                elif char == "(":
                    depth += 1
                elif char == ")":
                    depth -= 1
                    if depth == 0:
                        break
                position += 1
            if title:
                self.attribute(str(title), after, position, block)
            return min(position + 1, end)
        if self.source.startswith("[", after):
            closing = self.source.find("]", after, end)
            return closing + 1 if closing >= 0 else after
        return after

    def attribute(self, value: str, start: int, end: int, block: tuple[int, int]) -> None:
        """An alt or title text, found in source[start:end]."""
        found = self.source.rfind(value, start, end)
        offsets, _ = _align(self.source, value, found if found >= 0 else start, end)
        builder = _Builder(block)
        builder.add(value, offsets)
        self.keep(builder)

    def html(self, content: str, start: int, block: tuple[int, int]) -> None:
        """Raw HTML: its visible text, alt and title attributes, and comments. Each piece is
        found again in the file in turn (markdown-it may have taken the indentation off)."""
        parser = _Html(self.foreign)
        parser.feed(content)
        parser.close()
        cursor, end = start, max(block[1], start)
        for kind, raw, value in parser.events:
            if kind == "text":
                builder = _Builder(block)
                offsets, cursor = _align(self.source, value, cursor, end)
                builder.add(value, offsets)
                self.keep(builder, "text")
                continue
            found = self.source.find(raw, cursor, end)
            if found < 0:
                continue
            if kind == "comment":
                self.page.comments.append(Comment(value, found, found + len(raw)))
            elif kind == "tag":
                for name, text in value:
                    match = re.search(ATTRIBUTE.format(name=name), raw, re.IGNORECASE)
                    if match:
                        self.attribute(text, found + match.start(), found + match.end(), block)
            cursor = found + len(raw)


class _Html(HTMLParser):
    """Raw HTML as events in document order: ("text", "", visible text), ("tag", raw tag,
    [(alt or title, value)]), ("comment", raw comment, its text), ("other", raw text, None).
    The content of code elements and of elements in another language is "other"."""

    NOT_TEXT = {"code", "pre", "script", "style", "kbd", "samp"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self, foreign):
        super().__init__(convert_charrefs=True)
        self.foreign = foreign
        self.events: list[tuple[str, str, object]] = []
        self.hiding: list = []  # [tag, depth] of the element whose content is not checked

    def handle_starttag(self, tag, attrs):
        if self.hiding and tag == self.hiding[0]:
            self.hiding[1] += 1
        elif not self.hiding and tag not in self.VOID and (
                tag in self.NOT_TEXT or self.foreign(self.get_starttag_text() or "")):
            self.hiding = [tag, 1]
        checked = [(name, value) for name, value in attrs
                   if name in CHECKED_ATTRIBUTES and value and value.strip() and not self.hiding]
        self.events.append(("tag", self.get_starttag_text() or "", checked))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if self.hiding and tag == self.hiding[0]:
            self.hiding[1] -= 1
            if self.hiding[1] == 0:
                self.hiding = []

    def handle_data(self, data):
        if self.hiding:
            self.events.append(("other", data, None))
        elif data.strip():
            self.events.append(("text", "", data))

    def handle_comment(self, data):
        self.events.append(("comment", f"<!--{data}-->", data))
