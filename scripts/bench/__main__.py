"""python -m scripts.bench: how fast and how big (`make bench`). Prints, never asserts.

The editors' loop is timed as they run it: the strict build and `make check`'s
runner. The built site's weight is what a reader on a phone downloads: per
page, and the theme's scripts and styles shared by every page.
The language checker is timed three ways: the whole command as an editor
runs it (start-up included), the site's pages alone, and one large page
made of the site's own text (without front matter). textstat remembers the texts it has scored, so
each timed run reads text it has not seen before.
"""

from __future__ import annotations

import subprocess
import sys
import time

from mkdocs.utils.meta import YAML_RE

from scripts import project
from scripts.langcheck import LANGUAGES, check_file, check_text, default_paths, markdown_files, rules, words

LARGE_PAGE_WORDS = 200_000


def rate(word_count: int, seconds: float) -> str:
    return f"{word_count:,} words in {seconds * 1000:,.0f} ms: {word_count / seconds:,.0f} words/s"


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=project.ROOT, capture_output=True, check=False)
    return time.perf_counter() - started


def kilobytes(paths) -> str:
    return f"{sum(path.stat().st_size for path in paths) / 1024:,.0f} KB"


def print_site_weight(site) -> None:
    pages = sorted(site.rglob("*.html"))
    heaviest = max(pages, key=lambda path: path.stat().st_size)
    print(f"built site: {kilobytes(p for p in site.rglob('*') if p.is_file())} in all, "
          f"{len(pages)} pages, {kilobytes(pages)} of HTML; "
          f"heaviest page {heaviest.relative_to(site)} ({kilobytes([heaviest])})")
    for kind in ("js", "css", "svg"):
        print(f"  every .{kind} file: {kilobytes(site.rglob(f'*.{kind}'))}")


def main() -> int:
    print(f"strict build (make build): {timed([sys.executable, '-m', 'mkdocs', 'build', '--strict', '--clean']):.1f} s")
    print_site_weight(project.SITE)
    print(f"every fast check (make check): {timed([sys.executable, '-m', 'scripts.check']):.1f} s")

    files, _ = markdown_files(default_paths())
    texts = {path: path.read_text(encoding="utf-8") for path in files}
    word_count = sum(words.count(text, None) for text in texts.values())

    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "scripts.langcheck"], cwd=project.ROOT, capture_output=True, check=False)
    print(f"python -m scripts.langcheck, whole command: {rate(word_count, time.perf_counter() - started)}")

    started = time.perf_counter()
    for language in LANGUAGES:
        rules.load(language)
    print(f"loading the rules and the glossary: {(time.perf_counter() - started) * 1000:,.0f} ms")

    started = time.perf_counter()
    for path in files:
        check_file(path)
    print(f"the site's {len(files)} pages: {rate(word_count, time.perf_counter() - started)}")

    for language in LANGUAGES:
        own = [YAML_RE.sub("", text) for path, text in texts.items() if project.language_of_source(path) == language]
        body = "\n\n".join(own) or "Geen tekst."
        copies = max(1, LARGE_PAGE_WORDS // max(1, words.count(body, language)))
        large = "\n\n".join(f"{body}\n\nKopie {number}." for number in range(copies))
        started = time.perf_counter()
        check_text(large, f"large-{language}.md", language)
        print(f"one large {language} page ({len(large) / 1e6:.1f} MB): "
              f"{rate(words.count(large, language), time.perf_counter() - started)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
