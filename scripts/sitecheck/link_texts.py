"""Link texts say where the link goes: never only "klik hier", "lees meer", "ici"...

The list of vague texts, per language, is in link_texts.yml.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from scripts.content import load
from scripts.sitecheck.located import located
from scripts.sitecheck.site import Page, Site

VAGUE_TEXTS = Path(__file__).with_name("link_texts.yml")
NOT_WORDS = re.compile(r"[^\w']+")


def normalised(text: str) -> str:
    return NOT_WORDS.sub(" ", text.replace("’", "'")).strip().lower()


@lru_cache
def vague_texts(path: Path = VAGUE_TEXTS) -> dict[str, set[str]]:
    return {language: {normalised(text) for text in texts}
            for language, texts in load(path, "link-texts").data.items()}


def check_page(page: Page):
    vague = vague_texts().get(page.language.code, set())
    for link in page.soup.find_all("a", href=True):
        text = link.get_text(" ", strip=True)
        if normalised(text) in vague:
            yield located(page.finding("link-text-vague", category="html", text=text), page, link, f"[{text}]")


def check(site: Site):
    return [finding for page in site.pages for finding in check_page(page)]
