"""The layers stay as README.md draws them: MkDocs only at the edges, one way to make a finding,
the site's languages only from mkdocs.yml, telling names, and the theme's footprint written down."""

from __future__ import annotations

import ast
import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from scripts.project import ROOT

SCRIPTS = ROOT / "scripts"
PYTHON = sorted(SCRIPTS.rglob("*.py"))
TESTS = sorted((ROOT / "tests").glob("*.py"))
# Besides the build hooks, the one module that reads mkdocs.yml may import MkDocs (the
# build runner, scripts/buildcheck, runs it as a program).
MKDOCS_ALLOWED = {SCRIPTS / "project.py"}


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(tree(path)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def in_hooks(path: Path) -> bool:
    return path.is_relative_to(SCRIPTS / "hooks")


def test_only_the_hooks_and_the_module_that_reads_mkdocs_yml_import_mkdocs():
    importers = {relative(path) for path in PYTHON
                 if not in_hooks(path) and path not in MKDOCS_ALLOWED
                 and any(name == "mkdocs" or name.startswith("mkdocs.") for name in imported(path))}

    assert importers == set()


def test_nothing_imports_the_build_hooks():
    importers = {relative(path) for path in PYTHON + TESTS
                 if not in_hooks(path) and any(name.startswith("scripts.hooks") for name in imported(path))}

    assert importers == set()


def test_only_the_findings_package_constructs_a_finding():
    constructors = {relative(path) for path in PYTHON if path.parent != SCRIPTS / "findings"
                    for node in ast.walk(tree(path))
                    if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Finding"}

    assert constructors == set(), "make findings with Reporter(catalog, category).finding(...)"


def test_no_code_lists_the_site_s_languages_itself():
    """The languages come from mkdocs.yml (scripts.project.languages())."""
    site_languages = {"nl", "fr"}
    listing = set()
    for path in PYTHON:
        for node in ast.walk(tree(path)):
            items = node.keys if isinstance(node, ast.Dict) else getattr(node, "elts", None)
            if isinstance(node, (ast.Tuple, ast.List, ast.Set, ast.Dict)) and items:
                constants = {item.value for item in items if isinstance(item, ast.Constant)}
                if site_languages <= constants:
                    listing.add(f"{relative(path)}:{node.lineno}")

    assert listing == set()


def test_module_and_package_names_are_unique():
    names = [path.stem for path in PYTHON if path.stem not in ("__init__", "__main__")]
    names += [path.parent.name for path in PYTHON if path.name == "__init__.py" and path.parent != SCRIPTS]

    assert [name for name, count in Counter(names).items() if count > 1] == []


def test_class_names_are_unique():
    classes = [node.name for path in PYTHON for node in ast.walk(tree(path)) if isinstance(node, ast.ClassDef)]

    assert [name for name, count in Counter(classes).items() if count > 1] == []


# The theme's footprint: what a move away from Material for MkDocs would touch.

# What depends on Material's or mkdocs-static-i18n's internals, as it reads in a file.
THEME_INTERNALS = {
    "Material's CSS classes and data attributes": r"\bmd-[a-z]|data-md-",
    "Material's script configuration": r"__config",
    "Material's search index": r"search_index",
    "Material's templates": r'extends "base\.html"|\{%-? block ',
    "Material's package or theme name": r"\b(?:import|from) material\b|name: material\b|[\"']material[\"']",
    "the i18n plugin's build state": r'plugins\["i18n"\]|\bi18n\.(?:current_language|default_language|build_languages|building)\b',
}
FOOTPRINT_HEADING = "## The theme's footprint"


def footprint_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split(FOOTPRINT_HEADING, 1)[1].split("\n## ", 1)[0]


def footprint() -> set[str]:
    """The files and folders the footprint section names (in backticks), from the project
    folder or from a folder it names (`overrides/`, then `main.html`)."""
    names = set(re.findall(r"`([\w./-]+)`", footprint_section()))
    folders = [""] + sorted(name for name in names if name.endswith("/"))
    return {folder + name for name in names for folder in folders if (ROOT / folder / name).exists()}


def listed(path: str, names: set[str]) -> bool:
    return any(path == name or (name.endswith("/") and path.startswith(name)) for name in names)


def depends_on_the_theme(path: str) -> bool:
    if path.startswith("overrides/"):  # Material's custom_dir: every file in it is the theme's
        return True
    text = (ROOT / path).read_text(encoding="utf-8", errors="replace")
    return any(re.search(pattern, text) for pattern in THEME_INTERNALS.values())


def tracked_files() -> list[str]:
    files = subprocess.run(["git", "ls-files", "mkdocs.yml", "overrides", "scripts", "hosting", "tests"],
                           cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    return [path for path in files if (ROOT / path).is_file()]


def test_every_file_that_depends_on_the_theme_is_in_the_readme_footprint():
    names = footprint() | {"tests/test_architecture.py"}  # this file names the patterns

    unlisted = [path for path in tracked_files() if depends_on_the_theme(path) and not listed(path, names)]

    assert unlisted == [], f"add them to README.md's section {FOOTPRINT_HEADING!r}, saying what they depend on"


def test_the_footprint_names_only_files_that_exist():
    paths = set(re.findall(r"`([\w.-]+/[\w./-]*|[\w-]+\.(?:yml|py|html|css|js))`", footprint_section()))
    found = footprint()

    assert paths and [path for path in sorted(paths) if not any(name.endswith(path) for name in found)] == []


@pytest.mark.parametrize("internal, pattern", THEME_INTERNALS.items())
def test_each_footprint_pattern_finds_what_it_means(internal, pattern):
    found = [path for path in tracked_files() if path != "tests/test_architecture.py"
             and re.search(pattern, (ROOT / path).read_text(encoding="utf-8", errors="replace"))]

    assert found, f"no file depends on {internal}: remove the pattern"
