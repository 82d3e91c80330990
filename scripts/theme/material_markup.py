"""Material's markup that no block or small partial reaches, changed in each built page.

Material writes a few things straight into base.html (outside any block) or
deep in partials/nav-item.html (200 lines): copying those templates to
change three lines would freeze all of Material's page frame. Instead, each
rewrite below names the exact markup Material 9.8 writes, what the site
writes instead, and why (scripts/hooks/theme_markup.py applies them to
every page and the 404 pages). The build stops if a required piece is missing or
if a label for one of Material's checkboxes is left in the theme's part of
a page (outside <article>, the page's own text, which the audit's HTML
validator checks): a Material upgrade that changes this markup is caught,
not silently let through.

Material's internals this depends on (re-check on an upgrade):
- base.html: the checkboxes #__drawer and #__search (data-md-toggle), which
  Material's script and CSS use as the menu's and the search's open state,
  and the menu's backdrop <label class="md-overlay">;
- partials/nav-item.html: the checkbox #__toc and its <label> in the menu;
- base.html: Material's skip link (a.md-skip);
- the icons Material inlines from .icons/ (<svg … viewBox="0 0 24 24">).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from scripts.content import DataError
from scripts.findings import Reporter

FINDINGS = Reporter(Path(__file__).with_name("messages.yml"), "theme")
TEMPLATES = "overrides/"  # where a change of Material's markup is answered
CHECKBOX = '<input class="md-toggle" data-md-toggle="{name}" type="checkbox" id="__{name}"'


class Rewrite(NamedTuple):
    what: str
    template: str  # where Material writes it
    pattern: re.Pattern
    replacement: str
    on_every_page: bool  # False: only on pages that have it (the current page's contents)


REWRITES = [
    # autocomplete is not allowed on a checkbox (HTML standard; html-validate
    # valid-autocomplete). Material sets it so Firefox does not restore an
    # open menu on Back: site.js closes both when the page starts instead.
    # `hidden`: the checkboxes only hold state; the buttons are the controls.
    # aria-hidden says so to HTML_CodeSniffer too, which otherwise asks for
    # a name for them (H91).
    *(Rewrite(f"the {name} checkbox", "base.html",
              re.compile(re.escape(CHECKBOX.format(name=name) + ' autocomplete="off">')),
              CHECKBOX.format(name=name) + ' hidden aria-hidden="true">', True)
      for name in ("drawer", "search")),
    # The dimmed backdrop behind the open menu: an empty <label>, a label
    # without text. A <div> keeps Material's styles; site.js closes the menu
    # when it is tapped.
    Rewrite("the menu's backdrop", "base.html",
            re.compile(re.escape('<label class="md-overlay" for="__drawer"></label>')),
            '<div class="md-overlay" data-site-close="__drawer"></div>', True),
    # The current page's entry in the menu: a checkbox and a <label> that open
    # its table of contents as a sliding panel on a phone, a panel the site
    # does not show (partials/toc.html). The entry stays a plain link.
    Rewrite("the contents checkbox", "partials/nav-item.html",
            re.compile(r'[ \t]*<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">\n?'), "", False),
    Rewrite("the contents label", "partials/nav-item.html",
            re.compile(r'[ \t]*<label class="md-nav__link md-nav__link--active" for="__toc">.*?</label>\n?', re.S),
            "", False),
    # Material's skip link, on pages with headings only, to the first heading. The site's own
    # (main.html) is on every page and goes to the content; site.css hid this one, so no
    # reader ever saw or reached it: only bytes, and rules in the reading stylesheet.
    Rewrite("Material's skip link", "base.html",
            re.compile(r'[ \t]*<a href="[^"]*" class="md-skip">.*?</a>\n?', re.S), "", False),
]
# Material's icons only decorate: the control around them has a name
# (aria-label) or a text. Hidden from screen readers, outside the page's own
# text (<article>), where an editor's content is left as written.
ICON = re.compile(r'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">')
HIDDEN_ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true">'
ARTICLE = re.compile(r"(<article\b.*?</article>)", re.S)
LEFT_OVER = re.compile(r'<label\b[^>]*\bfor="__(?:drawer|search|toc)"|<input\b[^>]*type="checkbox"[^>]*autocomplete=')


def rewrite(html: str, page_name: str = "") -> str:
    """The page with Material's toggles and icons changed; DataError when Material's markup is not as expected."""
    for change in REWRITES:
        html, count = change.pattern.subn(change.replacement, html)
        if change.on_every_page and count != 1:
            raise DataError([FINDINGS.finding("theme-markup-changed", TEMPLATES, None, page=page_name,
                                              what=change.what, template=change.template, count=count)])
    for part in ARTICLE.split(html):
        left = None if part.startswith("<article") else LEFT_OVER.search(part)
        if left:
            raise DataError([FINDINGS.finding("theme-markup-left", TEMPLATES, None, page=page_name,
                                              markup=left[0])])
    return "".join(part if part.startswith("<article") else ICON.sub(HIDDEN_ICON, part)
                   for part in ARTICLE.split(html))
