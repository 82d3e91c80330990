"""The language checker's throughput, in words per second.

Timed three ways: the whole command as an editor runs it (start-up
included), the site's pages alone, and one large page per language made of
the site's own text (without front matter). textstat remembers the texts it
has scored, so each timed run reads text it has not seen before.

`large_page_cost` checks a page of several megabytes (a pasted report) in a
process of its own, after one of the site's pages, and reports its time, the
checker's start-up memory (rules, glossary, word frequency lists) and what the
large page adds to it: the budget (budgets.yml) says how much a 5 MB page may add.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


# Run in a process of its own, so its peak memory is the checker's (and Python's own).
# It first checks one of the site's pages: what is loaded once (rules, glossary, word lists)
# is the checker's start-up, not the large page's cost.
LARGE_PAGE_RUN = """
import json, resource, sys, time
from pathlib import Path
from scripts.langcheck import check_file
check_file(Path(sys.argv[3]), sys.argv[2])
start_up = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
started = time.perf_counter()
findings = check_file(Path(sys.argv[1]), sys.argv[2])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": time.perf_counter() - started, "findings": len(findings),
                  "start_up_megabytes": start_up, "peak_megabytes": peak, "page_megabytes": peak - start_up}))
"""


def megabyte_page(characters: int, language: str) -> str:
    """A page of about `characters` characters, made of the site's own pages of `language`."""
    files, _ = markdown_files(default_paths())
    own = [project.FRONT_MATTER.sub("", path.read_text(encoding="utf-8")) for path in files
           if project.language_of_source(path) == language]
    body = "\n\n".join(own) or "Geen tekst."
    return ("\n\n".join([body] * (characters // len(body) + 1)))[:characters]


def large_page_cost(megabytes: float, language: str = "nl") -> dict:
    characters = int(megabytes * 1_000_000)
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "large.md"
        page.write_text(megabyte_page(characters, language), encoding="utf-8")
        small = project.DOCS / language / "index.md"
        result = subprocess.run([sys.executable, "-c", LARGE_PAGE_RUN, str(page), language, str(small)],
                                cwd=project.ROOT, capture_output=True, text=True, check=True)
    return {"characters": characters, **json.loads(result.stdout)}
