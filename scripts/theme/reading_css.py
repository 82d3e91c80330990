"""The reading stylesheet: the rules of Material's stylesheet and site.css that the built pages use.

A page that is read needs a small part of Material's main stylesheet (138 KB): the rest styles
what this site does not have (tabs, code annotations, palettes, other languages' directions) or
what only Material's script makes (search results, tooltips). The reading sheet keeps a selector
when it matches an element of some built page, as the page is before Material's script runs:
its classes, ids, attributes, elements and where they sit (descendant, child, sibling). What
can change on a page before that script loads counts as matching whatever its state:

- every pseudo-class (:hover, :focus-visible, :checked, :target, :first-child…), :not() and
  :has(): a selector is judged without them, so it is kept when it matches in some state;
- what site.js changes (RUN_TIME): the "js" class on <html>, aria-expanded on its buttons;
- what the browser changes: `open` on <details> (the reader opens the sources block).

So a kept selector may match nothing, but a selector that can match is never dropped. A rule
keeps the selectors of its list that match (each keeps its own specificity); custom properties
(`--md-…`) that no kept declaration uses, even through another property, and @keyframes no
kept animation names are dropped too: Material's icons are data URLs in such properties. A
selector this module cannot read is kept.

Material's full stylesheet still loads with its script (overrides/main.html, site.js): the
classes its script adds (search results, tooltips, the header's shadow) are styled from it.
tests/test_visual.py proves a page looks the same, pixel for pixel, with either.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from typing import Iterable

import tinycss2
from cssselect2 import parser as selectors
from tinycss2 import ast

from scripts.content import DataError
from scripts.findings import Reporter

FINDINGS = Reporter(Path(__file__).with_name("messages.yml"), "theme")

# What site.js changes on a page before Material's script (and its full stylesheet) is loaded:
# it adds the class "js" to <html> and sets aria-expanded on its buttons. The reader opens a
# <details> (the sources block), which gets `open`. An attribute listed here matches any value
# on the elements that have it at build time, or on the elements named.
RUN_TIME_ROOT_CLASSES = {"js"}
RUN_TIME_ATTRIBUTES = {"aria-expanded": set(), "open": {"details"}}
GROUPING_RULES = {"media", "supports", "layer", "container"}
CUSTOM_PROPERTY_USE = re.compile(r"var\(\s*(--[\w-]+)")
ANIMATION_PROPERTIES = {"animation", "animation-name"}
VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                 "track", "wbr"}
# Parsed as raw text, never holding elements.
RAW_TEXT = {"script", "style", "textarea", "title"}


class Element:
    __slots__ = ("tag", "classes", "attributes", "parent", "previous")

    def __init__(self, tag: str, attributes: dict[str, str], parent: Element | None, previous: Element | None):
        self.tag = tag
        self.attributes = attributes
        self.classes = set(attributes.get("class", "").split())
        self.parent = parent
        self.previous = previous  # the previous sibling element


class Pages(HTMLParser):
    """The elements of the pages fed, each with its parent and previous sibling, indexed by
    element name, class and id (where a selector's last part looks first)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.by_key: dict[tuple[str, str], list[Element]] = defaultdict(list)
        self.every: list[Element] = []
        self._open: list[Element] = []
        self._last_child: dict[int, Element] = {}
        # Pages share most of their frame (header, menu, footer): an element with the same name,
        # attributes, parent and previous sibling as one already read is that one, read once.
        self._known: dict[tuple, Element] = {}

    def feed_page(self, html: str) -> None:
        self._open, self._last_child = [], {}
        self.feed(html)
        self.close()
        self.reset()

    def handle_starttag(self, tag, attrs):
        parent = self._open[-1] if self._open else None
        previous = self._last_child.get(id(parent))
        attributes = {name: value or "" for name, value in attrs}
        key = (tag, tuple(sorted(attributes.items())), id(parent), id(previous))
        element = self._known.get(key)
        if element is None:
            element = self._known[key] = Element(tag, attributes, parent, previous)
            if parent is None and tag == "html":
                element.classes |= RUN_TIME_ROOT_CLASSES
            self.every.append(element)
            self.by_key["element", tag].append(element)
            for name in element.classes:
                self.by_key["class", name].append(element)
            if "id" in attributes:
                self.by_key["id", attributes["id"]].append(element)
        self._last_child[id(parent)] = element
        if tag not in VOID_ELEMENTS:
            self._open.append(element)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS and self._open and self._open[-1].tag == tag:
            self._open.pop()

    def handle_endtag(self, tag):
        for depth in range(len(self._open) - 1, -1, -1):
            if self._open[depth].tag == tag:
                del self._open[depth:]
                return

    def candidates(self, compound) -> list[Element]:
        """The elements a selector ending in `compound` can match: the fewest of those with its
        id, a class or its element name."""
        lists = [self.by_key.get(key, []) for key in map(_index_key, getattr(compound, "simple_selectors", ()))
                 if key]
        return min(lists, key=len) if lists else self.every

    def has_every_key(self, selector) -> bool:
        """Whether each id, class and element name the selector's compounds need is on some
        page (a quick no before the slower look at where they are)."""
        while isinstance(selector, selectors.CombinedSelector):
            if not self.has_every_key(selector.right):
                return False
            selector = selector.left
        return all(key is None or key in self.by_key
                   for key in map(_index_key, getattr(selector, "simple_selectors", ())))


def _index_key(simple) -> tuple[str, str] | None:
    if isinstance(simple, selectors.IDSelector):
        return "id", simple.ident
    if isinstance(simple, selectors.ClassSelector):
        return "class", simple.class_name
    if isinstance(simple, selectors.LocalNameSelector):
        return "element", simple.lower_local_name
    return None


def read_pages(pages: Iterable[str]) -> Pages:
    reader = Pages()
    for html in pages:
        reader.feed_page(html)
    return reader


def _attribute_matches(selector, element: Element) -> bool:
    name = selector.lower_name
    if name in RUN_TIME_ATTRIBUTES and (name in element.attributes or element.tag in RUN_TIME_ATTRIBUTES[name]):
        return True
    if name not in element.attributes:
        return False
    value, wanted = element.attributes[name], selector.value
    if selector.operator is None:
        return True
    if selector.case_sensitive is False:
        value, wanted = value.lower(), wanted.lower()
    return {
        "=": lambda: value == wanted,
        "~=": lambda: wanted in value.split(),
        "|=": lambda: value == wanted or value.startswith(wanted + "-"),
        "^=": lambda: bool(wanted) and value.startswith(wanted),
        "$=": lambda: bool(wanted) and value.endswith(wanted),
        "*=": lambda: bool(wanted) and wanted in value,
    }.get(selector.operator, lambda: True)()


def _matches(selector, element: Element | None) -> bool:
    """Whether `selector` matches `element` in some state of the page (module docstring)."""
    if element is None:
        return False
    if isinstance(selector, selectors.Selector):
        return _matches(selector.parsed_tree, element)
    if isinstance(selector, selectors.CombinedSelector):
        return _matches(selector.right, element) and _left_matches(selector, element)
    if isinstance(selector, selectors.CompoundSelector):
        return all(_matches(simple, element) for simple in selector.simple_selectors)
    if isinstance(selector, selectors.LocalNameSelector):
        return element.tag == selector.lower_local_name
    if isinstance(selector, selectors.ClassSelector):
        return selector.class_name in element.classes
    if isinstance(selector, selectors.IDSelector):
        return element.attributes.get("id") == selector.ident
    if isinstance(selector, selectors.AttributeSelector):
        return _attribute_matches(selector, element)
    if isinstance(selector, (selectors.MatchesAnySelector, selectors.SpecificityAdjustmentSelector)):
        return any(_matches(argument, element) for argument in selector.selector_list)
    return True  # pseudo-classes, :not(), :has(), namespaces: they narrow a match, left out here


def _left_matches(selector, element: Element) -> bool:
    """Whether the left part of a combined selector matches where its combinator looks from `element`."""
    if selector.combinator == ">":
        return _matches(selector.left, element.parent)
    if selector.combinator == "+":
        return _matches(selector.left, element.previous)
    step = (lambda node: node.parent) if selector.combinator == " " else (lambda node: node.previous)
    node = step(element)
    while node is not None:
        if _matches(selector.left, node):
            return True
        node = step(node)
    return False


def _without_pseudo_elements(prelude: list) -> list:
    """The selector's tokens without `::name`: a pseudo-element needs nothing of the markup, and
    cssselect2 does not know the vendors' ones (::-webkit-scrollbar)."""
    kept, index = [], 0
    while index < len(prelude):
        token = prelude[index]
        following = prelude[index + 1] if index + 1 < len(prelude) else None
        if token == ":" and following == ":" and index + 2 < len(prelude):
            index += 3
            continue
        kept.append(token)
        index += 1
    return kept


def selector_matches(prelude: list, pages: Pages) -> bool:
    """Whether a selector (one of a rule's list) matches some element of the pages."""
    try:
        parsed = selectors.parse(_without_pseudo_elements(prelude))
    except selectors.SelectorError:
        return True  # not understood here: kept
    for selector in parsed:
        tree = selector.parsed_tree
        last = tree.right if isinstance(tree, selectors.CombinedSelector) else tree
        if pages.has_every_key(tree) and any(_matches(tree, element) for element in pages.candidates(last)):
            return True
    return False


def _selector_list(prelude: list) -> list[list]:
    """A rule's selector list, one token list per selector (commas inside :is() stay inside)."""
    parts = [[]]
    for token in prelude:
        if token == ",":
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def matching_selectors(prelude: list, pages: Pages) -> list:
    """The prelude without the selectors of its list that match nothing: a selector list matches
    what each of its selectors matches, and each keeps its own specificity."""
    kept = [part for part in _selector_list(prelude) if selector_matches(part, pages)]
    comma = ast.LiteralToken(0, 0, ",")
    return [token for index, part in enumerate(kept) for token in ([comma, *part] if index else part)]


def _compact(tokens: list) -> str:
    """Tokens as text, comments dropped and every run of white space one space."""
    return "".join(" " if token.type == "whitespace" else tinycss2.serialize([token])
                   for token in tokens if token.type != "comment").strip()


def _declarations(rule) -> list:
    return [item for item in tinycss2.parse_declaration_list(rule.content, skip_comments=True, skip_whitespace=True)
            if item.type == "declaration"]


def _rules(content) -> list:
    return tinycss2.parse_rule_list(content, skip_comments=True, skip_whitespace=True)


def _kept(rules: list, pages: Pages) -> list:
    """The rules (at-rules with their kept content) with the selectors that match."""
    kept = []
    for rule in rules:
        if rule.type == "qualified-rule":
            prelude = matching_selectors(rule.prelude, pages)
            if prelude:
                kept.append(ast.QualifiedRule(rule.source_line, rule.source_column, prelude, rule.content))
        elif rule.type == "at-rule" and rule.lower_at_keyword in GROUPING_RULES and rule.content is not None:
            inner = _kept(_rules(rule.content), pages)
            if inner:
                kept.append(ast.AtRule(rule.source_line, rule.source_column, rule.at_keyword,
                                       rule.lower_at_keyword, rule.prelude, inner))
        elif rule.type == "at-rule":
            kept.append(rule)
    return kept


def _style_rules(rules: list, animations: set[str] | None = None):
    """The style rules, inside grouping rules too, and inside the @keyframes named in `animations`."""
    for rule in rules:
        if rule.type == "qualified-rule":
            yield rule
        elif rule.type == "at-rule" and rule.lower_at_keyword in GROUPING_RULES and rule.content is not None:
            yield from _style_rules(rule.content, animations)
        elif (rule.type == "at-rule" and rule.lower_at_keyword == "keyframes" and animations is not None
              and _compact(rule.prelude).lower() in animations):
            yield from _style_rules(_rules(rule.content))


def _used(rules: list) -> tuple[set[str], set[str]]:
    """The custom properties the rules (and the keyframes they name) use, directly or through
    another custom property, and the names their animations give."""
    animations = {token.lower_value for rule in _style_rules(rules) for declaration in _declarations(rule)
                  if declaration.lower_name in ANIMATION_PROPERTIES
                  for token in declaration.value if token.type == "ident"}
    used, defined = set(), {}
    for rule in _style_rules(rules, animations):
        for declaration in _declarations(rule):
            value = _compact(declaration.value)
            if declaration.name.startswith("--"):
                defined.setdefault(declaration.name, set()).update(CUSTOM_PROPERTY_USE.findall(value))
            else:
                used.update(CUSTOM_PROPERTY_USE.findall(value))
    waiting = list(used)
    while waiting:
        for name in defined.get(waiting.pop(), ()):
            if name not in used:
                used.add(name)
                waiting.append(name)
    return used, animations


def _in_context(rules: list, context: tuple = ()):
    """Each style rule with the at-rules around it, as text."""
    for rule in rules:
        if rule.type == "qualified-rule":
            yield context, rule
        elif rule.lower_at_keyword in GROUPING_RULES and rule.content is not None:
            yield from _in_context(rule.content, (*context, f"{rule.lower_at_keyword} {_compact(rule.prelude)}"))


def _overridden(rules: list) -> set[tuple[int, int]]:
    """The custom property declarations (rule, position) that a later one of the same selector,
    at-rules and name overrides (an !important one only by a later !important one). Only custom
    properties: every value is valid for them, whereas a later `width: -webkit-fill-available`
    may be a fallback that some browser drops, so that the earlier one applies."""
    last, overridden = {}, set()
    for context, rule in _in_context(rules):
        for position, item in enumerate(_declarations(rule)):
            if not item.name.startswith("--"):
                continue
            key, here = (context, _compact(rule.prelude), item.name), (id(rule), position, item.important)
            earlier = last.get(key)
            if earlier and earlier[2] and not item.important:
                overridden.add(here[:2])
                continue
            if earlier:
                overridden.add(earlier[:2])
            last[key] = here
    return overridden


def _written(rules: list, used: set[str], animations: set[str], overridden: set[tuple[int, int]]) -> str:
    text = []
    for rule in rules:
        if rule.type == "qualified-rule":
            declarations = [f"{item.name}:{_compact(item.value)}{'!important' if item.important else ''}"
                            for position, item in enumerate(_declarations(rule))
                            if not item.name.startswith("--")
                            or (item.name in used and (id(rule), position) not in overridden)]
            if declarations:
                text.append(f"{_compact(rule.prelude)}{{{';'.join(declarations)}}}")
        elif rule.lower_at_keyword in GROUPING_RULES and rule.content is not None:
            inner = _written(rule.content, used, animations, overridden)
            if inner:
                text.append(f"@{rule.at_keyword} {_compact(rule.prelude)}{{{inner}}}")
        elif rule.lower_at_keyword == "keyframes":
            if _compact(rule.prelude).lower() in animations:
                text.append(tinycss2.serialize([rule]))
        else:
            text.append(tinycss2.serialize([rule]))
    return "".join(text)


def reading_stylesheet(stylesheets: list[str], pages: Iterable[str]) -> str:
    """One stylesheet: the rules of `stylesheets` (in their order, as the pages link them) that the
    pages use, without comments or white space."""
    elements = read_pages(pages)
    rules = []
    for text in stylesheets:
        rules += _kept(tinycss2.parse_stylesheet(text, skip_comments=True, skip_whitespace=True), elements)
    charsets = [rule for rule in rules if rule.type == "at-rule" and rule.lower_at_keyword == "charset"]
    rules = charsets[:1] + [rule for rule in rules if rule not in charsets]  # @charset only first
    return _written(rules, *_used(rules), _overridden(rules))


# overrides/main.html: the reading sheet's link, by a name without content hash, and the full
# stylesheets, inert in a <template> until site.js loads them with Material's script.
STYLESHEETS = "assets/stylesheets"
READING_LINK = re.compile(r'(<link rel="stylesheet" href="[^"]*)assets/stylesheets/reading\.css(">)')
FULL_STYLESHEETS = re.compile(r'<template id="site-stylesheets">(.*?)</template>', re.S)
LINK_HREF = re.compile(r'<link rel="stylesheet" href="([^"]+)">')


def full_stylesheets(site_dir: Path, pages: Iterable[str]) -> list[str]:
    """The texts of the full stylesheets the pages name in their template, in their order;
    DataError when the pages do not name the same ones, or one is missing."""
    named = {tuple(PurePosixPath(href).name for href in LINK_HREF.findall(template[1]))
             for template in map(FULL_STYLESHEETS.search, pages) if template}
    folder = site_dir / STYLESHEETS
    if len(named) != 1 or not all((folder / name).is_file() for name in next(iter(named))):
        raise DataError([FINDINGS.finding("theme-full-stylesheets", "overrides/main.html", None,
                                          named=" | ".join(", ".join(names) for names in sorted(named)) or "none")])
    return [(folder / name).read_text(encoding="utf-8") for name in next(iter(named))]


def write_reading_stylesheet(site_dir: Path) -> Path:
    """Decide the reading sheet from every built page, write it as reading.<content hash>.min.css and
    link it from every page; DataError as full_stylesheets()."""
    pages = {path: path.read_text(encoding="utf-8") for path in sorted(site_dir.rglob("*.html"))}
    linked = {path: html for path, html in pages.items() if READING_LINK.search(html)}
    text = reading_stylesheet(full_stylesheets(site_dir, linked.values()), pages.values())
    folder = site_dir / STYLESHEETS
    for stale in folder.glob("reading.*.min.css"):
        stale.unlink()
    written = folder / f"reading.{hashlib.sha256(text.encode('utf-8')).hexdigest()[:8]}.min.css"
    written.write_text(text, encoding="utf-8")
    for path, html in linked.items():
        path.write_text(READING_LINK.sub(rf"\g<1>{STYLESHEETS}/{written.name}\g<2>", html), encoding="utf-8")
    return written
