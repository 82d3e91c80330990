"""The pre-commit hooks: the fast checks stop a commit that breaks a changed page.

Each test runs the real hook from .pre-commit-config.yaml in a throw-away
git repository holding a copy of the project (the tools and .venv linked).
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.project import ROOT
from tests.conftest import new_page, replace_in


@pytest.fixture
def repository(tmp_path) -> Path:
    repository = tmp_path / "repository"
    repository.mkdir()
    for name in ("mkdocs.yml", ".pre-commit-config.yaml"):
        shutil.copy(ROOT / name, repository)
    shutil.copytree(ROOT / "docs", repository / "docs")
    for shared in ("scripts", "overrides"):
        (repository / shared).symlink_to(ROOT / shared)
    (repository / ".venv").symlink_to(Path(sys.prefix))
    subprocess.run(["git", "init", "--quiet"], cwd=repository, check=True)
    subprocess.run(["git", "add", "--all"], cwd=repository, check=True)
    return repository


def run_hook(repository: Path, hook: str, *files: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", hook, "--files", *files],
        cwd=repository, capture_output=True, text=True,
        env={**os.environ, "PRE_COMMIT_HOME": str(repository.parent / "pre-commit-home")},
    )


def test_the_front_matter_hook_stops_a_misspelled_key(repository):
    replace_in(repository / "docs/nl/index.md", "last_reviewed:", "last_reveiwed:")

    result = run_hook(repository, "frontmatter", "docs/nl/index.md")

    assert result.returncode == 1
    assert "docs/nl/index.md:4 error [unknown-key-typo]" in result.stdout


def test_the_front_matter_hook_passes_a_good_page(repository):
    assert run_hook(repository, "frontmatter", "docs/nl/index.md").returncode == 0


def test_the_parity_hook_stops_a_page_without_translation(repository):
    (repository / "docs/nl/nieuw.md").write_text(new_page("Nieuw"), encoding="utf-8")

    result = run_hook(repository, "parity", "docs/nl/nieuw.md")

    assert result.returncode == 1
    assert "docs/fr/nieuw.md error [translation-missing]" in result.stdout


def test_the_hooks_skip_files_that_are_not_pages(repository):
    (repository / "docs/nl/index.md").write_text("# geen kop\n", encoding="utf-8")

    result = run_hook(repository, "frontmatter", "mkdocs.yml", "docs/data/glossary/nl.yml")

    assert result.returncode == 0
    assert "(no files to check)Skipped" in result.stdout
