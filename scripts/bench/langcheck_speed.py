"""The language checker's throughput, in words per second.

Timed three ways: the whole command as an editor runs it (start-up
included), the site's pages alone, and one large page per language made of
the site's own text (without front matter). textstat remembers the texts it
has scored, so each timed run reads text it has not seen before.
"""

from __future__ import annotations

import subprocess
import sys
import time

from scripts import project
from scripts.langcheck import LANGUAGES, check_file, check_text, default_paths, markdown_files, words

LARGE_PAGE_WORDS = 200_000


def rate(word_count: int, seconds: float) -> dict:
    return {"words": word_count, "seconds": seconds, "words_per_second": word_count / seconds}


def large_page(texts: dict, language: str) -> str:
    own = [project.FRONT_MATTER.sub("", text) for path, text in texts.items() if project.language_of_source(path) == language]
    body = "\n\n".join(own) or "Geen tekst."
    copies = max(1, LARGE_PAGE_WORDS // max(1, words.count(body, language)))
    return "\n\n".join(f"{body}\n\nKopie {number}." for number in range(copies))


def measure() -> dict:
    files, _ = markdown_files(default_paths())
    texts = {path: path.read_text(encoding="utf-8") for path in files}
    word_count = sum(words.count(text, None) for text in texts.values())
    results = {}

    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "scripts.langcheck"], cwd=project.ROOT, capture_output=True, check=False)
    results["whole command"] = rate(word_count, time.perf_counter() - started)

    started = time.perf_counter()
    for path in files:
        check_file(path)
    results[f"the site's {len(files)} pages"] = rate(word_count, time.perf_counter() - started)

    for language in LANGUAGES:
        text = large_page(texts, language)
        started = time.perf_counter()
        check_text(text, f"large-{language}.md", language)
        results[f"one large {language} page"] = rate(words.count(text, language), time.perf_counter() - started)
    return results
