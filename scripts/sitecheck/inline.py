"""Nothing in a page that the site's Content-Security-Policy would block.

The web server lets a page run only the site's own script files and the
theme's few inline scripts (by hash), and apply only the site's style sheets
(hosting/csp.yml). So a style="…" attribute, a <style> element, an onclick="…"
attribute, a javascript: link or a <script> in a page's text would silently
do nothing for readers: they are reported here, before they are published.
"""

from __future__ import annotations

from scripts.sitecheck.located import in_page_text, located
from scripts.sitecheck.site import Page, Site

URL_ATTRIBUTES = ("href", "src", "action", "formaction")
SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}


def is_inline_script(tag) -> bool:
    return tag.name == "script" and not tag.get("src") and tag.get("type", "").lower() in SCRIPT_TYPES


def blocked(tag):
    """(rule, what, text to find in the Markdown) for each part of `tag` the policy blocks."""
    if tag.name == "style":
        yield "inline-style", "<style>", "<style"
    if tag.has_attr("style"):
        yield "inline-style", f'style="…" ({tag.name})', "style="
    for attribute in tag.attrs:
        if attribute.lower().startswith("on"):
            yield "inline-script", f'{attribute}="…" ({tag.name})', attribute
    for attribute in URL_ATTRIBUTES:
        if tag.get(attribute, "").strip().lower().startswith("javascript:"):
            yield "inline-script", f'{attribute}="javascript:…" ({tag.name})', "javascript:"
    # The theme's inline scripts are allowed by their hash; a page's text has none.
    if is_inline_script(tag) and in_page_text(tag):
        yield "inline-script", "<script>", "<script"


def check_page(page: Page):
    for tag in page.soup.find_all(True):
        for rule, what, needle in blocked(tag):
            yield located(page.finding(rule, category="html", what=what), page, tag, needle)


def check(site: Site):
    return [finding for page in site.pages for finding in check_page(page)]
