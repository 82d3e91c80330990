"""Every form control has a name a screen reader can say (a label, aria-label...); labels lead somewhere.

The name is worked out as browsers do, in short: aria-labelledby, then
aria-label, then the <label>s of the control (by for= or around it), then
its title; a button may also be named by its own text or value.
A <label> has a text and a control it names (a label pointing at nothing, or
at a hidden control, is a dead end for a reader who taps it), and a control
has at most one label (screen readers read one, or both run together).
"""

from __future__ import annotations

from scripts.sitecheck.located import located
from scripts.sitecheck.site import Page, Site

CONTROLS = ("input", "select", "textarea", "button")
# What a <label> can name (the HTML standard's "labelable elements").
LABELABLE = (*CONTROLS, "meter", "output", "progress")
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


def is_hidden(control) -> bool:
    """Not shown and not in the accessibility tree: a state holder (Material's checkboxes), not a control."""
    return control.get("type") in NOT_CONTROLS or control.has_attr("hidden")


def labels_of(control, soup) -> list:
    labels = soup.find_all("label", attrs={"for": control["id"]}) if control.get("id") else []
    wrapping = control.find_parent("label")
    return labels + [wrapping] if wrapping and wrapping not in labels else labels


def target_of(label, soup):
    """The control a label names: by for=, else the first labelable element inside it."""
    if label.get("for"):
        target = soup.find(id=label["for"])
        return target if target is not None and target.name in LABELABLE else None
    return label.find(LABELABLE)


def describe_label(label) -> str:
    return "<label" + (f" for=\"{label['for']}\"" if label.get("for") else "") + ">"


def describe(control) -> str:
    kind = control.get("type", control.name)
    return f"<{control.name} type=\"{kind}\"" + (f" id=\"{control['id']}\"" if control.get("id") else "") + ">"


def check_page(page: Page):
    soup = page.soup
    for control in soup.find_all(CONTROLS):
        if is_hidden(control):
            continue
        if not name_of(control, soup):
            yield located(page.finding("control-name", category="html", control=describe(control)), page, control,
                          control.get("id", ""))
        if len(labels_of(control, soup)) > 1:
            yield located(page.finding("control-labels", category="html", control=describe(control),
                                       count=len(labels_of(control, soup))), page, control, control.get("id", ""))
    for label in soup.find_all("label"):
        target = target_of(label, soup)
        if target is None or is_hidden(target):
            yield located(page.finding("label-target", category="html", label=describe_label(label)), page, label,
                          label.get_text(" ", strip=True))
        elif not text_of(label):
            yield located(page.finding("label-text", category="html", label=describe_label(label)), page, label,
                          label.get("for", ""))


def check(site: Site):
    return [finding for page in site.pages for finding in check_page(page)]
