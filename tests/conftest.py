"""Shared fixtures: the real site built once, small projects to break on purpose, the browser."""

from __future__ import annotations

import datetime
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from scripts import audit
from scripts.audit import browser, load_settings, server
from scripts.buildcheck import run_build
from scripts.content.addresses import site_paths, suggested
from scripts.content.rights_finder import DATA as FINDER_DATA
from scripts.content.top_tasks import FOLDER as TOP_TASKS
from scripts.project import ROOT
from scripts.sitecheck.site import Site

SMALL_PROJECT = Path(__file__).parent / "fixtures" / "small-project"


def build(project: Path, site: Path, site_url: str | None = None) -> subprocess.CompletedProcess:
    """The strict build of a project, as `make build` runs it."""
    return run_build(site, project / "mkdocs.yml", site_url)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The project's real site, built once per test run."""
    site = tmp_path_factory.mktemp("real") / "site"
    result = build(ROOT, site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture
def site_copy(built_site, tmp_path) -> Path:
    """A copy of the real built site that a test may break."""
    return Path(shutil.copytree(built_site, tmp_path / "site"))


@pytest.fixture
def project_copy(tmp_path) -> Path:
    """A small project that a test may break: the real mkdocs.yml (without its nav)
    and data, and one page per language from tests/fixtures/small-project, so tests
    do not change when the real content does. Theme and hooks are linked, not copied.
    It has neither the rights finder nor the top tasks: their data name pages this project does not have."""
    return small_project(tmp_path)


def small_project(tmp_path: Path) -> Path:
    """project_copy's project, in `tmp_path` (for a fixture shared by a module)."""
    project = tmp_path / "project"
    shutil.copytree(SMALL_PROJECT, project)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(re.sub(r"(?ms)^nav:\n.*?(?=^\S)", "", config), encoding="utf-8")
    shutil.copytree(ROOT / "docs/data", project / "docs/data",
                    ignore=shutil.ignore_patterns(FINDER_DATA.name, TOP_TASKS.name))
    for shared in ("overrides", "scripts"):
        (project / shared).symlink_to(ROOT / shared)
    return project


def published(language: str, name: str) -> str:
    """Where the build publishes the real docs/<language>/<name>, at its front matter's
    address: published("fr", "allowances.md") is "fr/allocations.html"."""
    return next(path.as_posix() for page, path in site_paths(ROOT).items()
                if (page.language, page.name.as_posix()) == (language, name))


def new_page(title: str, description: str = "Een korte uitleg.", last_reviewed: str | None = None,
             body: str = "", address: str | None = None) -> str:
    """The text of a well-formed page, reviewed today unless told otherwise, at the
    address its title gives unless told otherwise."""
    reviewed = last_reviewed or datetime.date.today().isoformat()
    address = address or suggested(title)
    return (f"---\ntitle: {title}\ndescription: {description}\nlast_reviewed: {reviewed}\naddress: {address}\n"
            f"---\n\n# {title}\n{body}")


def replace_in(path: Path, old: str, new: str) -> None:
    """Change a file a test breaks, making sure the text to change is there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="session")
def served_site(tmp_path_factory):
    """The site built for, and served at, a free loopback address, once for every browser test:
    (base URL, site folder, pages: every page the audit checks, from the site's root)."""
    with server.bind() as listening:
        base = server.base_url(listening)
        folder = tmp_path_factory.mktemp("browser") / "site"
        result = build(ROOT, folder, site_url=base)
        assert result.returncode == 0, result.stderr
        pages = audit.audited_pages(folder, base, Site.load(folder))
        with server.serving(listening, folder):
            yield base, folder, pages


@pytest.fixture(scope="session")
def chromium():
    """The system's Chromium (installed if missing, as for the audit), driven by Playwright, with the audit's flags."""
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=browser.ensure_browser(),
                                              args=load_settings()["chromium_args"])
        yield launched
        launched.close()
