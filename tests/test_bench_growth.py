"""The generated sites of the growth benchmark: real pages, the project's checks pass,
the strict build succeeds (else the benchmark would time a failure), docs/ untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import frontmatter, parity, project
from scripts.bench import growth
from scripts.buildcheck import run_build

REAL_PAGES = len(growth.LANGUAGES) * len(growth.real_pages())
GENERATED_PER_LANGUAGE = 3


def snapshot(folder: Path) -> dict[str, int]:
    return {path.relative_to(folder).as_posix(): path.stat().st_mtime_ns for path in folder.rglob("*")}


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """A small generated site and its strict build, made once for these tests."""
    docs_before = snapshot(project.DOCS)
    folder = tmp_path_factory.mktemp("growth") / "project"
    config = growth.generate_site(folder, REAL_PAGES + 2 * GENERATED_PER_LANGUAGE)
    site = folder.parent / "site"
    build = run_build(site, config)
    return {"folder": folder, "config": config, "site": site, "build": build, "docs_before": docs_before}


def test_every_page_is_in_both_languages_with_the_same_file_names(generated):
    docs = generated["folder"] / "docs"
    dutch = {path.relative_to(docs / "nl") for path in (docs / "nl").rglob("*.md")}
    french = {path.relative_to(docs / "fr") for path in (docs / "fr").rglob("*.md")}

    assert dutch == french
    assert len(dutch) + len(french) == REAL_PAGES + 2 * GENERATED_PER_LANGUAGE
    assert Path("theme-01/page-0003.md") in dutch


def test_generated_pages_pass_the_front_matter_and_parity_checks(generated):
    folder = generated["folder"]
    page = (folder / "docs/fr/theme-01/page-0002.md").read_text(encoding="utf-8")

    assert project.page_meta(page)["title"] == "Allocations : question 2"
    assert frontmatter.check(folder) == []
    # Parity: every page in the nav, the same sections in both languages.
    assert parity.check(folder) == []


def test_the_strict_build_of_a_generated_site_succeeds(generated):
    assert generated["build"].returncode == 0, generated["build"].stderr
    # Each page at its address, page-0002, in its language's folder; its file stays in its theme's folder.
    french = (generated["site"] / "fr/page-0002.html").read_text(encoding="utf-8")
    dutch = (generated["site"] / "page-0002.html").read_text(encoding="utf-8")

    assert '<html lang="fr"' in french and '<html lang="nl"' in dutch
    assert "Allocations, partie 1" in french  # the nav's part, translated
    assert 'href="page-0003.html#en-bref"' in french  # a link to a heading of the next page
    assert '<abbr title="inkomensvervangende tegemoetkoming">IVT</abbr>' in dutch  # the real glossary


def test_nothing_is_written_into_the_real_docs_folder(generated):
    assert generated["config"].parent == generated["folder"]
    assert snapshot(project.DOCS) == generated["docs_before"]


def test_a_size_smaller_than_the_real_site_or_odd_is_refused(tmp_path):
    for pages in (REAL_PAGES - 2, REAL_PAGES + 1):
        with pytest.raises(ValueError, match="even and at least"):
            growth.generate_site(tmp_path / str(pages), pages)


def test_a_thousand_pages_are_organised_in_themes_of_parts():
    per_language = (1000 - REAL_PAGES) // 2
    nav, translations = growth.generated_nav(per_language)

    themes = [theme for item in nav for theme in item.values()]
    parts = [pages for theme in themes for part in theme for pages in part.values()]
    assert len(themes) == 10 and all(len(theme) <= growth.PARTS_PER_THEME for theme in themes)
    assert all(len(pages) <= growth.PAGES_PER_PART for pages in parts)
    assert [page for pages in parts for page in pages] == [growth.page_path(n) for n in range(1, per_language + 1)]
    assert translations["fr"]["Tegemoetkomingen, deel 2"] == "Allocations, partie 2"

