"""Every image has a text alternative (alt); an empty one only when it is marked decorative.

Markdown's ![](photo.png) gives alt="": a screen reader then skips an image
that may carry information. An image that is only decoration says so with
role="presentation" (Markdown: ![](line.png){ role="presentation" }).
"""

from __future__ import annotations

from pathlib import PurePosixPath

from scripts.sitecheck.located import located
from scripts.sitecheck.site import Page, Site

DECORATIVE_ROLES = {"presentation", "none"}


def is_marked_decorative(image) -> bool:
    return image.get("role") in DECORATIVE_ROLES or image.get("aria-hidden") == "true"


def check_page(page: Page):
    for image in page.soup.find_all("img"):
        name = PurePosixPath(image.get("src", "").split("?")[0]).name
        alt = image.get("alt")
        if alt is None:
            yield located(page.finding("image-alt-missing", category="html", src=name), page, image, name)
        elif not alt.strip() and not is_marked_decorative(image):
            yield located(page.finding("image-alt-empty", category="html", src=name), page, image, name)


def check(site: Site):
    return [finding for page in site.pages for finding in check_page(page)]
