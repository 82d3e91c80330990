"""Each page's address in the built site, in the reader's language, chosen by its editor.

A page's front matter says `address: allocations`, and docs/fr/allowances.md
is published as /fr/allocations.html; docs/nl/allowances.md says
`address: tegemoetkomingen` and is /tegemoetkomingen.html. The two files
keep one shared name, so editors (and the language switch, hreflang, the
sitemap and every check) still see them as a pair. The home page
(index.md) has no address: it is the language's root (/ or /fr/).

An address is one word or several joined by '-': lower-case letters without
accents and digits, no '.html', no folder; `index` and `404` are taken
(schemas/front-matter.schema.yml holds the pattern). Every other page has
one, and no two pages of a language share one.

The build moves each page to its address (scripts/hooks/page_addresses.py);
the front-matter check reports what is wrong here (scripts/frontmatter/), and
the checks of the built site find a page's source through `site_paths`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from pathlib import Path, PurePosixPath

from scripts import project, safe_yaml
from scripts.content.data_files import REPORT, schema
from scripts.content.pages import (FRONT_MATTER_FIRST_LINE, FRONT_MATTER_SCHEMA, SourcePage, all_pages, decoded,
                                   split)
from scripts.findings import Finding

KEY = "address"
HOME = PurePosixPath("index.md")
PAGE_SUFFIX = ".html"
CATEGORY = "front matter"
NOT_IN_ADDRESS = re.compile(r"[^a-z0-9]+")


@lru_cache
def pattern() -> re.Pattern:
    return re.compile(schema(FRONT_MATTER_SCHEMA)["properties"][KEY]["pattern"])


def is_valid(value) -> bool:
    return isinstance(value, str) and bool(pattern().fullmatch(value))


def suggested(value) -> str:
    """A valid address close to what was written: 'Allocations.html' → 'allocations',
    'Carte de stationnement' → 'carte-de-stationnement', 'accessibilité' → 'accessibilite'."""
    text = str(value).strip().lower().removesuffix(PAGE_SUFFIX).rsplit("/", 1)[-1]
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return NOT_IN_ADDRESS.sub("-", text).strip("-")


def is_home(name: PurePosixPath) -> bool:
    return name == HOME


def _front_matter(text: str) -> safe_yaml.Read | None:
    front_matter = split(text).front_matter
    if front_matter is None:
        return None
    try:
        parsed = safe_yaml.read(front_matter)
    except safe_yaml.yaml.YAMLError:  # the front-matter check reports it, on its line
        return None
    return parsed if isinstance(parsed.data, dict) else None


def written(text: str) -> tuple[object, int | None]:
    """The address a page's text declares, as written (None when there is none), and its line."""
    parsed = _front_matter(text)
    if parsed is None or KEY not in parsed.data:
        return None, None
    node = next(value for key, value in parsed.tree.value if key.value == KEY)
    return parsed.data[KEY], node.start_mark.line + FRONT_MATTER_FIRST_LINE


def _from_title(text: str, name: PurePosixPath) -> str:
    """An address to suggest to a page without one: its title's, else its file name's."""
    parsed = _front_matter(text)
    title = parsed.data.get("title") if parsed else None
    return suggested(title) if isinstance(title, str) and suggested(title) else suggested(name.stem)


def _valid_or(address: str, fallback: str) -> str:
    return address if is_valid(address) else fallback


def site_path(folder: str, name: PurePosixPath, address: str | None) -> PurePosixPath:
    """Where a page is published: its language folder ('' or 'fr/') and its address, or
    its file name while it has no usable address (the check says why)."""
    if is_home(name):
        return PurePosixPath(folder or ".") / "index.html"
    stem = address or name.with_suffix("").as_posix()
    return PurePosixPath(f"{folder}{stem}{PAGE_SUFFIX}")


def assigned(folder: str, declared: dict[PurePosixPath, object]) -> dict[PurePosixPath, PurePosixPath]:
    """Where each page of one language is published, from the addresses its pages declare
    (file name → value as written). A page without a valid address, or whose address an
    earlier page (in file-name order) has taken, keeps its file name until it is fixed."""
    paths, taken = {}, set()
    for name in sorted(declared):
        value = declared[name]
        usable = is_valid(value) and not is_home(name) and value not in taken
        if usable:
            taken.add(value)
        paths[name] = site_path(folder, name, value if usable else None)
    return paths


def findings(pages: list[SourcePage], every_page: list[SourcePage] | None = None) -> list[Finding]:
    """What is wrong with the addresses of `pages`: none, not a valid address, one on the
    home page, one that another page of its language (among `every_page`) has too."""
    every_page = every_page or pages
    texts = {page: _text(page) for page in dict.fromkeys([*every_page, *pages])}
    declared = {page: written(text or "") for page, text in texts.items()}
    taken: dict[tuple[str, str], list[SourcePage]] = defaultdict(list)
    for page in every_page:
        value = declared[page][0]
        if not is_home(page.name) and is_valid(value):
            taken[page.language, value].append(page)
    return [finding for page in pages if texts[page] is not None
            for finding in _page_findings(page, texts[page], *declared[page], taken)]


def _text(page: SourcePage) -> str | None:
    """The page's text, or None when it is not UTF-8 text (the build reports that once, on its line)."""
    text, unreadable = decoded(page.path, page.shown, page.language)
    return None if unreadable else text


def _page_findings(page: SourcePage, text: str, value, line: int | None, taken):
    if is_home(page.name):
        if value is not None:
            yield REPORT.finding("address-home", page.shown, page.language, line, category=CATEGORY, value=value)
    elif value is None:
        yield REPORT.finding("address-missing", page.shown, page.language, 1, category=CATEGORY,
                             example=f"{KEY}: {_from_title(text, page.name)}")
    elif not is_valid(value):
        yield REPORT.finding("address-invalid", page.shown, page.language, line, category=CATEGORY,
                             value=value, explain=schema(FRONT_MATTER_SCHEMA)["properties"][KEY]["explain"],
                             example=f"{KEY}: {_valid_or(suggested(value), _from_title(text, page.name))}")
    else:
        others = [other.shown for other in taken[page.language, value] if other != page]
        if others:
            yield REPORT.finding("address-duplicate", page.shown, page.language, line, category=CATEGORY,
                                 value=value, others=", ".join(others))


def site_paths(project_dir: Path) -> dict[SourcePage, PurePosixPath]:
    """Every page of every language and where the build publishes it: for the build, and
    for the checks of the built site (a page's source, its counterpart in another language)."""
    folders = {language.code: language.folder for language in project.languages(project_dir / "mkdocs.yml")}
    pages = all_pages(project_dir)
    paths = {}
    for language, folder in folders.items():
        mine = [page for page in pages if page.language == language]
        declared = {page.name: written(_text(page) or "")[0] for page in mine}
        where = assigned(folder, declared)
        paths.update({page: where[page.name] for page in mine})
    return paths
