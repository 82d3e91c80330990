"""Hostile or mistaken input cannot stop a check nor exhaust the machine: bounded, and refused
with a clear message, never a traceback or a silent "0 errors"."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tracemalloc

import pytest

from scripts.bench import langcheck_speed
from scripts.langcheck import check_text
from scripts.project import ROOT

# Aliases of aliases of a list: nine levels of nine, 9**10 (3.5 billion) items once expanded.
BILLION_LAUGHS = "lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"lol{level}: &a{level} [{', '.join([f'*a{level - 1}'] * 9)}]\n" for level in range(1, 10))
BUILD_MEMORY = 2 * 1024 ** 3  # bytes of address space the build may use; a normal build needs far less


def limited_memory():
    resource.setrlimit(resource.RLIMIT_AS, (BUILD_MEMORY, BUILD_MEMORY))


def test_a_front_matter_bomb_is_left_out_before_mkdocs_reads_it_so_the_build_fails_cleanly(project_copy, tmp_path):
    """MkDocs reads front matter with its own YAML reader, and Material prints the description:
    without the page_source hook this build dies of a MemoryError (or takes gigabytes)."""
    page = project_copy / "docs/nl/index.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("---\n", "---\n" + BILLION_LAUGHS, 1).replace(
        "description: Een kleine testsite met één pagina per taal.", "description: *a9"), encoding="utf-8")

    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(project_copy / "mkdocs.yml"),
         "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        preexec_fn=limited_memory, timeout=300)

    assert result.returncode == 1
    assert "MemoryError" not in result.stderr and "Traceback" not in result.stderr
    assert "docs/nl/index.md:3 error [data-alias] " in result.stderr


@pytest.mark.parametrize("command", ["scripts.frontmatter", "scripts.parity", "scripts.langcheck"])
@pytest.mark.parametrize("path", ["docs/nl/bestaat-niet.md", "README.md"], ids=["missing", "not a page"])
def test_every_page_command_refuses_a_path_it_cannot_check(project_copy, command, path):
    (project_copy / "README.md").write_text("# Project\n", encoding="utf-8")
    directory = ["--project-dir", str(project_copy)] if command != "scripts.langcheck" else []

    result = subprocess.run([sys.executable, "-m", command, *directory, str(project_copy / path)],
                            cwd=ROOT, capture_output=True, text=True)

    assert result.returncode == 1
    assert " error [" in result.stdout and "0 error(s)" not in result.stdout
    assert "Traceback" not in result.stderr


def checker_peak_memory(characters: int) -> int:
    """The language checker's peak memory (bytes Python allocated) on a page of the site's own text."""
    page = langcheck_speed.megabyte_page(characters, "nl")
    # What is loaded once (rules, glossary, hyphenation) is not the page's.
    check_text(langcheck_speed.megabyte_page(5_000, "nl"), "docs/nl/warm.md", "nl")
    tracemalloc.start()
    try:
        check_text(page, "docs/nl/large.md", "nl")
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_the_language_checker_s_memory_grows_linearly_with_a_page():
    """Four times the text takes about four times the memory, not sixteen; `make bench` checks a
    5 MB page against its budget (200 MB, Python included) in a process of its own."""
    small, large = checker_peak_memory(60_000), checker_peak_memory(240_000)

    assert large < 5 * small, f"{small / 1e6:.1f} MB, then {large / 1e6:.1f} MB"
    assert large < 60 * 240_000, "60 bytes per character or more: a 5 MB page would not stay under 200 MB"
