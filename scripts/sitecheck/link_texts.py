"""Link texts say where the link goes (WCAG 2.4.4), in words a screen reader can say:

- never only words that name no destination ("klik hier", "Klik op deze link",
  "cliquez ici pour plus d'informations"): the words are in link_texts.yml;
- never empty: a link with no text (and no image with a text alternative) is
  announced as "link" and nothing more;
- never a web address: "https://www.handicap.belgium.be" is read out letter by letter.
The last two are checked in the page's text only; the theme names its own links.
A link to a heading of its own page that carries the heading's words names its
destination, whatever they are: the on-page contents, the glossary's A to Z ("D").
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from scripts.content import load
from scripts.sitecheck.located import in_page_text, located
from scripts.sitecheck.site import Page, Site

VAGUE_WORDS = Path(__file__).with_name("link_texts.yml")
NOT_WORDS = re.compile(r"[^\w']+")
WEB_ADDRESS = re.compile(r"^(?:https?://|www\.)", re.IGNORECASE)
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def normalised(text: str) -> str:
    return NOT_WORDS.sub(" ", text.replace("’", "'")).strip().lower()


def words(text: str) -> list[str]:
    return normalised(text).replace("'", " ").split()


@lru_cache
def vague_words(path: Path = VAGUE_WORDS) -> dict[str, frozenset[str]]:
    return {language: frozenset(word.lower() for word in listed)
            for language, listed in load(path, "link-texts").data.items()}


def is_vague(text: str, language: str) -> bool:
    found = words(text)
    return bool(found) and set(found) <= vague_words().get(language, frozenset())


def has_a_name(link) -> bool:
    """Whether a screen reader has something to say for the link besides its text."""
    return bool(link.get("aria-label", "").strip() or link.get("title", "").strip()
                or any(image.get("alt", "").strip() for image in link.find_all("img")))


def names_its_section(link, text: str, page: Page) -> bool:
    """Whether the link leads to a heading of its own page and says that heading's words."""
    if not link["href"].startswith("#"):
        return False
    heading = page.soup.find(id=link["href"][1:])
    return heading is not None and heading.name in HEADINGS and normalised(heading.get_text(" ")) == normalised(text)


def check_page(page: Page):
    for link in page.soup.find_all("a", href=True):
        text = link.get_text(" ", strip=True)
        if is_vague(text, page.language.code) and not names_its_section(link, text, page):
            yield located(page.finding("link-text-vague", category="html", text=text), page, link, f"[{text}]")
        elif not in_page_text(link):
            continue
        elif not text and not has_a_name(link):
            yield located(page.finding("link-text-empty", category="html", href=link["href"]), page, link, "[](")
        elif WEB_ADDRESS.match(text):
            yield located(page.finding("link-text-url", category="html", text=text), page, link, text)


def check(site: Site):
    return [finding for page in site.pages for finding in check_page(page)]
