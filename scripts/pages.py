"""The Markdown pages under docs/<language>/, as the content checks read them.

Every content check (front matter, parity, links) works on the source files
an editor changes, in a project folder (the real one, or a copy a test
breaks), and reports findings on them in the page's language.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from mkdocs.utils.meta import YAML_RE

from scripts import messages, project
from scripts.findings import ERROR, Finding, add_output_arguments, report
from scripts.translations import pages as pages_in

FRONT_MATTER_START = "---"


@dataclass(frozen=True)
class Source:
    """A page's text, split as MkDocs splits it (mkdocs.utils.meta)."""

    front_matter: str | None  # the YAML between the two '---' lines; None when there is none
    body: str
    body_line: int  # the file's line number of the body's first line
    unclosed: bool  # the page starts with '---' but no second '---' closes the block


def split(text: str) -> Source:
    match = YAML_RE.match(text)
    if match:
        return Source(match.group(1), text[match.end():], match.group(0).count("\n") + 1, False)
    lines = text.split("\n")
    if lines[0].rstrip() != FRONT_MATTER_START:
        return Source(None, text, 1, False)
    # Opened but not read by MkDocs: either never closed, or closed with nothing
    # between (then it is an empty front matter, with every key missing).
    closing = next((n for n, line in enumerate(lines[1:], 1) if line.rstrip() in ("---", "...")), None)
    if closing is None:
        return Source(None, text, 1, True)
    return Source("\n".join(lines[1:closing]), "\n".join(lines[closing + 1:]), closing + 2, False)


@dataclass(frozen=True)
class Page:
    project_dir: Path
    language: str
    name: PurePosixPath  # relative to the language folder: the same in every language

    @property
    def path(self) -> Path:
        return self.project_dir / "docs" / self.language / self.name

    @property
    def shown(self) -> str:
        """The file as editors see it: from the project folder, e.g. docs/fr/contact.md."""
        return f"docs/{self.language}/{self.name}"

    def in_language(self, language: str) -> "Page":
        return Page(self.project_dir, language, self.name)

    def read(self) -> Source:
        return split(self.path.read_text(encoding="utf-8-sig"))


@dataclass(frozen=True)
class Reporter:
    """A content check's findings: its messages (catalog) in the page's language."""

    catalog: Path
    category: str

    def finding(self, rule: str, page: Page, line: int | None = None, column: int | None = None,
                severity: str = ERROR, reported_on: str | None = None, **values) -> Finding:
        """A finding about `page`, on the page itself or on `reported_on` (mkdocs.yml)."""
        message, fix = messages.text(self.catalog, rule, page.language, file=page.shown, **values)
        return Finding(reported_on or page.shown, line, column, rule, self.category, severity, message, fix)


def language_codes(project_dir: Path) -> list[str]:
    return [language.code for language in project.languages(project_dir / "mkdocs.yml")]


def all_pages(project_dir: Path) -> list[Page]:
    """Every page of every language, in a stable order."""
    return [
        Page(project_dir, language, PurePosixPath(name.as_posix()))
        for language in language_codes(project_dir)
        for name in sorted(pages_in(project_dir / "docs" / language))
    ]


def pages_among(project_dir: Path, paths: list[Path]) -> list[Page]:
    """The content pages among the given files (as pre-commit passes them, relative to
    the project folder); other files are skipped."""
    docs = (project_dir / "docs").resolve()
    codes = language_codes(project_dir)
    found = []
    for path in (project_dir / path for path in paths):
        try:
            parts = path.resolve().relative_to(docs).parts
        except ValueError:
            continue
        if len(parts) > 1 and parts[0] in codes and path.suffix == ".md" and path.is_file():
            found.append(Page(project_dir, parts[0], PurePosixPath(*parts[1:])))
    return found


def main(check, argv: list[str] | None, prog: str, description: str) -> int:
    """The command line of a content check: `check(project_dir, paths)` on the pages
    given (pre-commit passes the changed files), or on every page."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                        help="pages to check (default: every page under docs/)")
    parser.add_argument("--project-dir", type=Path, default=project.ROOT,
                        help="the project folder (default: this repository)")
    add_output_arguments(parser)
    arguments = parser.parse_args(argv)
    findings = check(arguments.project_dir, arguments.paths or None)
    return report(findings, arguments.format, arguments.strict)
