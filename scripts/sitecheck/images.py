"""Every image has a text alternative (alt); an empty one only when it is marked decorative.

Markdown's ![](photo.png) gives alt="": a screen reader then skips an image
that may carry information. An image that is only decoration says so with
role="presentation" (Markdown: ![](line.png){ role="presentation" }).
An <svg> drawn in the page (the theme's icons) is an image too: it has a
name (aria-label, aria-labelledby or a <title>), or aria-hidden="true" when
it only decorates a control that has its own name.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from scripts.sitecheck.located import located
from scripts.sitecheck.site import Page, Site

DECORATIVE_ROLES = {"presentation", "none"}


def is_marked_decorative(image) -> bool:
    return image.get("role") in DECORATIVE_ROLES or image.get("aria-hidden") == "true"


def svg_is_named_or_hidden(svg) -> bool:
    hidden = any(element.get("aria-hidden") == "true" for element in [svg, *svg.parents])
    return hidden or bool(svg.get("aria-label", "").strip() or svg.get("aria-labelledby")
                          or (svg.find("title") and svg.find("title").get_text(strip=True)))


def check_page(page: Page):
    for svg in page.soup.find_all("svg"):
        if svg.find_parent("svg") is None and not svg_is_named_or_hidden(svg):
            yield located(page.finding("image-svg-name", category="html"), page, svg, "<svg")
    for image in page.soup.find_all("img"):
        name = PurePosixPath(image.get("src", "").split("?")[0]).name
        alt = image.get("alt")
        if alt is None:
            yield located(page.finding("image-alt-missing", category="html", src=name), page, image, name)
        elif not alt.strip() and not is_marked_decorative(image):
            yield located(page.finding("image-alt-empty", category="html", src=name), page, image, name)


def check(site: Site):
    return [finding for page in site.pages for finding in check_page(page)]
