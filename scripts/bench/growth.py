"""How the build cost grows with the size of the site (`make bench`).

The strict build of the real site is timed, then the same build of generated
bilingual sites of 100 and 1,000 pages. The budget (budgets.yml): the build time per page
at 1,000 pages is at most 1.5 × that at 100 pages; more would mean that some
step costs more per page as the site grows (work over every page, done for
every page), which editors would feel long before the site is that big.

A generated site is this project grown: in a temporary folder, the real
mkdocs.yml with a longer nav, the real hooks and theme (`scripts/` and
`overrides/` linked, as tests/conftest.py does), a copy of the data files
(glossary, figures) and of the real pages, plus generated pages up to the
size asked. So the build does exactly what the real build does, on more
pages; nothing is written into docs/.

Generated pages look like the real ones (each at its address, page-0002.html): the front matter of
scripts/content/schemas/front-matter.schema.yml, headings, paragraphs with an abbreviation
from the glossary, a list, a table, links to the previous and next pages
(one to a heading) and to a real page. The texts are a few fixed sentences:
what is measured is the build, not the prose (growth_pages.yml).

The nav is organised as a real 500-pages-per-language site would be: the
real pages first, then themes, each with parts of 10 pages, 5 parts a theme
(1,000 pages: 10 themes, 49 parts). A flat list of 500 pages would be
unusable, and one theme per 10 pages would make a top level of 50 items.
The titles of themes and parts are translated with the i18n plugin's
nav_translations, as a real site's would be.

Times are wall-clock and include Python's start-up and the charts drawn
for every build (about 2 s): a fixed cost, so the time per page falls as
the site grows unless some step grows faster than the pages. One did:
Material rendered the whole nav into every page (pages² work); mkdocs.yml
now sets navigation.prune (see there). mkdocs-static-i18n's search
de-duplication (every Dutch entry against every French one) is off since
each language makes its own index (reconfigure_search: false). Still
growing with pages², and small at 1,000 pages: `page in nav.pages` in
overrides/main.html.
"""

from __future__ import annotations

import datetime
import json
import re
import shutil
import tempfile
import time
from functools import lru_cache
from pathlib import Path

import yaml
from markdown.extensions.toc import slugify

from scripts import project
from scripts.buildcheck import run_build
from scripts.content import load

# The site's languages (mkdocs.yml); growth_pages.yml holds the generated pages' words in each.
LANGUAGES = tuple(language.code for language in project.languages())
WORDS = Path(__file__).with_name("growth_pages.yml")
PAGES_PER_PART = 10
PARTS_PER_THEME = 5
PAGES_PER_THEME = PAGES_PER_PART * PARTS_PER_THEME


@lru_cache
def words(language: str) -> dict:
    """The words of a generated page in `language`; {theme}, {number}, {real_title}… are filled in."""
    return load(WORDS, "bench-growth-pages").data[language]


def real_pages() -> list[str]:
    """The real site's pages, as file names inside a language folder (index.md, glossary.md…)."""
    folder = project.DOCS / project.default_language().code
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*.md"))


def theme_name(language: str, index: int) -> str:
    names = words(language)["themes"]
    # More themes than names only past 1,000 pages: number the repeats.
    return names[index % len(names)] + (f" {index // len(names) + 1}" if index >= len(names) else "")


def theme_of(number: int) -> int:
    """The theme (from 0) of generated page `number` (from 1)."""
    return (number - 1) // PAGES_PER_THEME


def page_path(number: int) -> str:
    """A generated page's file inside a language folder: one folder per theme, as a large site has."""
    return f"theme-{theme_of(number) + 1:02}/page-{number:04}.md"


def page_markdown(language: str, number: int, per_language: int, real: list[str], titles: dict[str, str]) -> str:
    """Generated page `number` of `per_language`; its links go from its folder (theme-NN/)
    to the previous and next pages (the last to the first) and to a real page."""
    text = words(language)
    theme = theme_name(language, theme_of(number))
    real_page = real[number % len(real)]
    values = {"theme": theme, "number": number, "real_title": titles[real_page], "real_link": f"../{real_page}"}
    title = text["title"].format(**values)
    previous = f"../{page_path(number - 1 if number > 1 else per_language)}"
    following = f"../{page_path(number + 1 if number < per_language else 1)}#{slugify(text['summary'], '-')}"
    return "\n".join([
        "---",
        f"title: {json.dumps(title, ensure_ascii=False)}",
        f"description: {json.dumps(text['description'].format(**values), ensure_ascii=False)}",
        f"last_reviewed: {datetime.date.today().isoformat()}",
        f"address: {Path(page_path(number)).stem}",  # page-0002: at the language's root, as every page
        "---",
        "",
        f"# {title}",
        "",
        f"## {text['summary']}",
        "",
        text["paragraph"].format(**values),
        "",
        f"## {text['steps']}",
        "",
        *(f"- {item}" for item in text["list"]),
        "",
        f"## {text['amounts']}",
        "",
        *text["table"],
        "",
        f"## {text['more']}",
        "",
        f"- [{text['previous']}]({previous})",
        f"- [{text['next']}]({following})",
        "",
    ])


def generated_nav(per_language: int) -> tuple[list, dict[str, dict[str, str]]]:
    """The nav of the generated pages (themes of parts of pages, in the default language)
    and, per other language, the titles of its themes and parts (nav_translations)."""
    default = project.default_language().code
    nav, translations = [], {language: {} for language in LANGUAGES if language != default}
    parts = [range(start, min(start + PAGES_PER_PART, per_language + 1))
             for start in range(1, per_language + 1, PAGES_PER_PART)]
    for theme_index in range(0, len(parts), PARTS_PER_THEME):
        theme = {language: theme_name(language, theme_index // PARTS_PER_THEME) for language in LANGUAGES}
        theme_parts = []
        for part_index, numbers in enumerate(parts[theme_index:theme_index + PARTS_PER_THEME], 1):
            part = {language: words(language)["part"].format(theme=theme[language], number=part_index)
                    for language in LANGUAGES}
            for language, titles in translations.items():
                titles.update({theme[default]: theme[language], part[default]: part[language]})
            theme_parts.append({part[default]: [page_path(number) for number in numbers]})
        nav.append({theme[default]: theme_parts})
    return nav, translations


def replace(text: str, pattern: str, replacements: list[str]) -> str:
    """Change parts of the real mkdocs.yml, one replacement per match; fail loudly if its
    shape has changed."""
    remaining = iter(replacements)
    changed, count = re.subn(pattern, lambda _: next(remaining), text, flags=re.MULTILINE | re.DOTALL)
    if count != len(replacements):
        raise ValueError(f"mkdocs.yml: expected {len(replacements)} match(es) of {pattern!r}, found {count}")
    return changed


def site_config(per_language: int) -> str:
    """The real mkdocs.yml with the generated pages added to its nav."""
    text = project.CONFIG.read_text(encoding="utf-8")
    nav, translations = generated_nav(per_language)
    nav_yaml = yaml.safe_dump({"nav": project.settings()["nav"] + nav}, allow_unicode=True, sort_keys=False)
    text = replace(text, r"^nav:\n.*?(?=^\S)", [nav_yaml])
    # Each other language's `nav_translations: {}`, in mkdocs.yml's order. A YAML flow
    # mapping is JSON: the one line stays one line.
    return replace(text, r"nav_translations: \{\}",
                   [f"nav_translations: {json.dumps(titles, ensure_ascii=False)}" for titles in translations.values()])


def generate_site(folder: Path, pages: int) -> Path:
    """Write into `folder` a bilingual project of `pages` pages in all (half in docs/nl/,
    half in docs/fr/, the same file names): the real pages and generated ones.
    Returns its mkdocs.yml."""
    real = real_pages()
    per_language, odd = divmod(pages - len(LANGUAGES) * len(real), len(LANGUAGES))
    if per_language < 0 or odd:
        raise ValueError(f"pages must be even and at least {len(LANGUAGES) * len(real)} (the real site), not {pages}")
    folder.mkdir(parents=True, exist_ok=True)
    for shared in ("overrides", "scripts"):  # linked: the build runs the real theme and hooks
        (folder / shared).symlink_to(project.ROOT / shared)
    shutil.copytree(project.DOCS / "data", folder / "docs" / "data")
    for language in LANGUAGES:
        docs = folder / "docs" / language
        shutil.copytree(project.DOCS / language, docs)
        titles = {name: project.page_meta((docs / name).read_text(encoding="utf-8"))["title"] for name in real}
        for number in range(1, per_language + 1):
            path = docs / page_path(number)
            path.parent.mkdir(exist_ok=True)
            path.write_text(page_markdown(language, number, per_language, real, titles), encoding="utf-8")
    config = folder / "mkdocs.yml"
    config.write_text(site_config(per_language), encoding="utf-8")
    return config


def measure_build(config: Path) -> float:
    """Seconds for the strict build as `make build` runs it (a new Python process,
    start-up included: what an editor waits for). A failed build has no meaningful time."""
    with tempfile.TemporaryDirectory() as site:
        started = time.perf_counter()
        result = run_build(Path(site), config)
        seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"the strict build of {config} failed:\n{result.stderr[-2000:]}")
    return seconds


def result(site: str, pages: int, seconds: float) -> dict:
    return {"site": site, "pages": pages, "seconds": seconds, "seconds_per_page": seconds / pages}


def measure_growth(sizes=(100, 1000)) -> list[dict]:
    """The real site's build, then a generated site's per size: each a dict with
    site ("real" or "generated"), pages, seconds and seconds_per_page."""
    results = [result("real", len(LANGUAGES) * len(real_pages()), measure_build(project.CONFIG))]
    for pages in sizes:
        with tempfile.TemporaryDirectory() as folder:
            results.append(result("generated", pages, measure_build(generate_site(Path(folder), pages))))
    return results

