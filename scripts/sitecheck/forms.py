"""Every form control has a name a screen reader can say (a label, aria-label...).

The name is worked out as browsers do, in short: aria-labelledby, then
aria-label, then the <label>s of the control (by for= or around it), then
its title; a button may also be named by its own text or value.
"""

from __future__ import annotations

from scripts.sitecheck.located import located
from scripts.sitecheck.site import Page, Site

CONTROLS = ("input", "select", "textarea", "button")
NAMED_BY_VALUE = {"submit", "reset", "button"}
NOT_CONTROLS = {"hidden"}


def text_of(element) -> str:
    """What a label or button says: its text, and the alt or aria-label of what is inside."""
    if element.get("aria-label", "").strip():
        return element["aria-label"].strip()
    parts = [element.get_text(" ", strip=True)]
    parts += [image.get("alt", "") for image in element.find_all("img")]
    parts += [inner.get("aria-label", "") for inner in element.find_all(attrs={"aria-label": True})]
    return " ".join(part.strip() for part in parts if part.strip())


def name_of(control, soup) -> str:
    referenced = [soup.find(id=name) for name in control.get("aria-labelledby", "").split()]
    candidates = [" ".join(text_of(element) for element in referenced if element),
                  control.get("aria-label", "")]
    if control.get("id"):
        candidates += [text_of(label) for label in soup.find_all("label", attrs={"for": control["id"]})]
    wrapping = control.find_parent("label")
    if wrapping:
        candidates.append(text_of(wrapping))
    candidates.append(control.get("title", ""))
    if control.name == "button" or control.get("type") in NAMED_BY_VALUE:
        candidates += [text_of(control), control.get("value", "")]
    if control.get("type") == "image":
        candidates.append(control.get("alt", ""))
    return next((candidate.strip() for candidate in candidates if candidate and candidate.strip()), "")


def describe(control) -> str:
    kind = control.get("type", control.name)
    return f"<{control.name} type=\"{kind}\"" + (f" id=\"{control['id']}\"" if control.get("id") else "") + ">"


def check_page(page: Page):
    for control in page.soup.find_all(CONTROLS):
        if control.get("type") in NOT_CONTROLS or name_of(control, page.soup):
            continue
        yield located(page.finding("control-name", category="html", control=describe(control)), page, control,
                      control.get("id", ""))


def check(site: Site):
    return [finding for page in site.pages for finding in check_page(page)]
