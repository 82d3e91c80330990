"""Translation parity: both languages have the same pages, menu and sections.

For every page name (the same file name in docs/nl/ and docs/fr/):
- it exists in both languages (scripts/content/pages.py, as the build checks);
- when mkdocs.yml has a `nav`, every file it names exists in both language
  folders, and every page is in it (the nav is shared by the languages, so a
  page listed once is at the same place in both);
- both have the same number of top-level sections (## headings), counted in
  the page as the build converts it (Python-Markdown with mkdocs.yml's
  extensions), so a '## ' inside a code block does not count, a '##Kop'
  does, and an unclosed '<!--' hides nothing: a difference is a warning on
  the page with fewer sections, naming its translation;
- a page reviewed more than OUT_OF_DATE_DAYS before its translation is
  reported: it may not have followed the translation's changes (a warning);
- file names the build reads otherwise than meant: a page saved as .MD, a space or a
  capital in a name (file_names.py).
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

import markdown

from scripts import frontmatter
from scripts.parity import file_names
from scripts.content import DataError
from scripts.content.pages import (SourcePage, all_pages, converter, language_codes, missing_translations,
                                   pages_among)
from scripts.findings import WARNING, Finding, Reporter
from scripts.project import nav_files

REPORT = Reporter(Path(__file__).with_name("messages.yml"), "parity")
CONFIG = "mkdocs.yml"
OUT_OF_DATE_DAYS = 90
SECTION = re.compile(r"<h2[\s>]")


def sections(page: SourcePage, md: markdown.Markdown) -> int | None:
    """The page's ## sections as readers get them; None when it cannot be converted (the
    front-matter check and the build say why)."""
    try:
        return len(SECTION.findall(md.reset().convert(page.read().body)))
    except DataError:
        return None
    except Exception:  # an extension's own error (a missing snippet file): the build reports it
        return None


def check_translations(project_dir: Path, languages: list[str]):
    for missing in missing_translations(project_dir / "docs", languages):
        page = SourcePage(project_dir, missing.language, PurePosixPath(*missing.missing.parts[2:]))
        yield REPORT.finding("translation-missing", page.shown, page.language,
                             existing=missing.existing.as_posix())


def check_nav(project_dir: Path, pages: list[SourcePage], languages: list[str]):
    listed = nav_files(project_dir / CONFIG)
    if listed is None:
        return  # MkDocs builds the nav from the files, the same in every language
    for name, line in listed.items():
        for language in languages:
            page = SourcePage(project_dir, language, PurePosixPath(name))
            if not page.path.is_file():
                yield REPORT.finding("nav-page-missing", CONFIG, language, line, name=name, page=page.shown)
    for page in pages:
        if str(page.name) not in listed:
            yield REPORT.finding("page-not-in-nav", page.shown, page.language, name=str(page.name))


def check_pairs(project_dir: Path, pages: list[SourcePage], languages: list[str]):
    """Sections and review dates of each page against its translations."""
    md = converter(project_dir)
    counts = {(page.language, page.name): sections(page, md) for page in pages}
    for page in pages:
        for language in languages:
            other = page.in_language(language)
            if language == page.language or (language, page.name) not in counts:
                continue
            count, other_count = counts[page.language, page.name], counts[language, page.name]
            if count is not None and other_count is not None and count < other_count:
                yield REPORT.finding("sections-differ", page.shown, page.language, severity=WARNING,
                                     count=count, other=other.shown, other_count=other_count)
            yield from check_review_dates(page, other)


def check_review_dates(page: SourcePage, other: SourcePage):
    mine, theirs = frontmatter.last_reviewed(page), frontmatter.last_reviewed(other)
    if not mine or not theirs:
        return  # the front-matter check reports a missing or wrong date
    (date, line), (other_date, _) = mine, theirs
    days = (other_date - date).days
    if days > OUT_OF_DATE_DAYS:
        yield REPORT.finding("translation-out-of-date", page.shown, page.language, line, severity=WARNING,
                             date=date.isoformat(), days=days, other=other.shown,
                             other_date=other_date.isoformat())


def check(project_dir: Path, paths: list[Path] | None = None) -> list[Finding]:
    """Every parity finding of the project; with `paths` (the changed files), only
    the findings about those pages, their translations, or mkdocs.yml if given."""
    languages = language_codes(project_dir)
    pages = all_pages(project_dir)
    findings = [
        *check_translations(project_dir, languages),
        *check_nav(project_dir, pages, languages),
        *check_pairs(project_dir, pages, languages),
        *file_names.check(project_dir),
    ]
    if paths is None:
        return findings
    return [found for found in findings if found.file in concerned(project_dir, paths, languages)]


def concerned(project_dir: Path, paths: list[Path], languages: list[str]) -> set[str]:
    """The given files and their translations, as findings name them."""
    root = project_dir.resolve()
    files = set()
    for path in paths:
        if (project_dir / path).is_dir():  # a folder: its pages
            files.update(f"docs/{language}/{page.name}" for page in pages_among(project_dir, [path])
                         for language in languages)
            continue
        try:
            relative = PurePosixPath((project_dir / path).resolve().relative_to(root).as_posix())
        except ValueError:
            continue
        files.add(str(relative))
        if len(relative.parts) > 2 and relative.parts[0] == "docs" and relative.parts[1] in languages:
            files.update(f"docs/{language}/{PurePosixPath(*relative.parts[2:])}" for language in languages)
    return files
