"""Text in another language than its page's folder: a Dutch paragraph pasted into a French page,
a French page whose title and description are still in Dutch.

Each text a reader sees as one (a paragraph, a list item, a heading, a cell)
and the front matter's title and description are judged by the small words
of each language they contain (language_words.yml): a text is in another
language when it has at least `min_words` of that language's words and more
than `ratio` times as many as of its page's language. A short text or a
name has too few such words to be judged, so it never gives a false alarm;
text marked as another language ({lang=fr}, lang="fr") is not counted.
When most of a page's judged texts are in another language, the page is
reported once, not paragraph by paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from scripts.content import load
from scripts.content.data_files import read
from scripts.content.local_formats import language_name
from scripts.content.pages import FRONT_MATTER_FIRST_LINE, FRONT_MATTER_SCHEMA, split
from scripts.rendering.rendered import RenderedPage

WORDS = Path(__file__).with_name("language_words.yml")
WORD = re.compile(r"[^\W\d_]+")
FRONT_MATTER_KEYS = ("title", "description")
HEADING_ONE = re.compile(r"^#\s")


@dataclass(frozen=True)
class Settings:
    words: dict[str, frozenset[str]]
    min_words: int
    ratio: float


@lru_cache
def settings(path: Path = WORDS) -> Settings:
    data = load(path, "language-words").data
    return Settings({language: frozenset(listed) for language, listed in data["words"].items()},
                    data["min_words"], data["ratio"])


def language_of(text: str, page_language: str) -> str | None:
    """The other language `text` is written in, or None: the page's language, or too short to tell."""
    known = settings()
    counts = Counter(language for word in WORD.findall(text.lower()) for language, words in known.words.items()
                     if word in words)
    other, count = max(((language, count) for language, count in counts.items() if language != page_language),
                       key=lambda pair: pair[1], default=(None, 0))
    if other and count >= known.min_words and count > known.ratio * counts[page_language]:
        return other
    return None


def judged(text: str) -> bool:
    known = settings()
    return sum(1 for word in WORD.findall(text.lower()) for words in known.words.values() if word in words) \
        >= known.min_words


def marked_foreign(element, page_language: str) -> bool:
    """Whether the element or one around it is marked as another language (lang="…")."""
    marked = element if element.has_attr("lang") else element.find_parent(lang=True)
    return marked is not None and marked.name != "html" and marked["lang"].split("-")[0] != page_language


def visible_text(block, page_language: str, text: str) -> str:
    """The block's own text, without the parts marked as another language."""
    for foreign in block.find_all(lang=True):
        if foreign["lang"].split("-")[0] != page_language:
            text = text.replace(foreign.get_text(), " ")
    return text


def front_matter_texts(page: RenderedPage):
    """(key, line, text) of the title and the description, as written."""
    source = split(page.markdown)
    if source.front_matter is None:
        return
    document, _ = read(source.front_matter, FRONT_MATTER_SCHEMA, page.source_path, FRONT_MATTER_FIRST_LINE)
    if document is None or not isinstance(document.data, dict):
        return
    for key in FRONT_MATTER_KEYS:
        if isinstance(document.data.get(key), str):
            yield key, document.line([key]), document.data[key]


def check(page: RenderedPage):
    language = page.language
    for key, line, text in front_matter_texts(page):
        other = language_of(text, language)
        if other:
            yield page.finding("front-matter-language", line, key=key, language=language_name(other, language),
                               folder=language)
    if page.article is None:
        return
    texts = [(block, visible_text(block, language, text)) for block, text in page.blocks()
             if not marked_foreign(block, language)]
    judged_texts = [(block, text) for block, text in texts if judged(text)]
    foreign = [(block, text, language_of(text, language)) for block, text in judged_texts]
    foreign = [entry for entry in foreign if entry[2]]
    if len(foreign) >= 2 and 2 * len(foreign) >= len(judged_texts):
        other = Counter(entry[2] for entry in foreign).most_common(1)[0][0]
        yield page.finding("page-language", page.line_matching(HEADING_ONE), language=language_name(other, language),
                           folder=language, count=len(foreign), total=len(judged_texts))
        return
    for block, text, other in foreign:
        words = WORD.findall(text)
        yield page.finding("text-language", line_of_words(page, words), language=language_name(other, language),
                           folder=language, code=other, start=" ".join(words[:6]))


def line_of_words(page: RenderedPage, words: list[str]) -> int | None:
    """The first line with three of the text's words in a row, as written (links and emphasis
    may come between others)."""
    _, body_line = page.body
    for start in range(max(len(words) - 2, 1)):
        line = page.line_with(" ".join(words[start:start + 3]), body_line)
        if line:
            return line
    return None
