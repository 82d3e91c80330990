"""What every checker reports, how it is made and how it is printed.

All of the project's checks (build, data files, language, HTML, parity,
front matter, links, audit) report `Finding`s, so editors read one format
everywhere:

    docs/fr/contact.md:12:5 error [rule-id] what is wrong → how to fix it

A checker makes them in one way only: `Reporter(its messages.yml, its
category).finding(rule, file, language, line, column, ...)`, which takes the
message and the fix from the checker's catalog in the reader's language
(scripts/findings/catalogs.py). `--format json` prints {"findings": [...]} for
machines, and in GitHub Actions each finding is also printed as an
annotation on the changed line.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable

from scripts import project
from scripts.findings import catalogs

CATALOG = Path(__file__).with_name("messages.yml")
ERROR = "error"
WARNING = "warning"

EXIT_OK = 0
EXIT_FAILED = 1


@dataclass(frozen=True)
class Finding:
    file: str
    line: int | None
    column: int | None
    rule: str
    category: str
    severity: str
    message: str
    suggestion: str = ""

    def location(self) -> str:
        parts = [self.file]
        if self.line:
            parts.append(str(self.line))
            if self.column:
                parts.append(str(self.column))
        return ":".join(parts)

    def human(self) -> str:
        text = f"{self.location()} {self.severity} [{self.rule}] {self.message}"
        return f"{text} → {self.suggestion}" if self.suggestion else text

    def annotation(self) -> str:
        level = "error" if self.severity == ERROR else "warning"
        where = f"file={self.file}" + (f",line={self.line}" if self.line else "")
        if self.column:
            where += f",col={self.column}"
        text = self.message + (f" → {self.suggestion}" if self.suggestion else "")
        # Annotations end at a newline; GitHub's escapes keep the text whole.
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::{level} {where}::{text}"


@dataclass(frozen=True)
class Reporter:
    """The one way to make a finding: a checker's catalog (its messages.yml) and category."""

    catalog: Path
    category: str

    def finding(self, rule: str, file: str, language: str | None, line: int | None = None,
                column: int | None = None, /, *, severity: str = ERROR, message: str | None = None,
                category: str | None = None, **values) -> Finding:
        """A finding about `file`, at `line` and `column` (given by position), worded in
        `language`: a site language, catalogs.EVERY_LANGUAGE for a file of every language,
        None for English. `message` is the catalog key when it is not the rule itself (a
        language rule's id, an audit code); `values` fill the placeholders, {file} included,
        and may be named line or column too."""
        text, fix = catalogs.text(self.catalog, message or rule, language, file=file, **values)
        return Finding(file, line, column, rule, category or self.category, severity, text, fix)


class DataError(Exception):
    """A data file that cannot be used, with its findings: one clickable line each. The lines
    after the first are indented, so a build log (and make check) reads them as one entry.
    scripts/content raises it."""

    def __init__(self, findings: list[Finding]):
        self.findings = findings
        super().__init__("\n  ".join(finding.human() for finding in findings))


COMMAND = Reporter(CATALOG, "command")  # what a command says about the paths it is given


# A finding as human() prints it: file[:line[:column]] severity [rule] message[ → fix]
HUMAN = re.compile(r"^(?P<file>[^\s:]+)(?::(?P<line>\d+))?(?::(?P<column>\d+))? (?P<severity>error|warning) "
                   r"\[(?P<rule>[a-z0-9-]+)\] (?P<message>.+?)(?: → (?P<fix>.*))?$")


def parse(text: str, category: str) -> Finding | None:
    """A finding printed by human() (a hook's log, another tool's output), read back; None
    when `text` is no such line."""
    match = HUMAN.match(text)
    if match is None:
        return None
    line, column = (int(match[group]) if match[group] else None for group in ("line", "column"))
    return Finding(match["file"], line, column, match["rule"], category, match["severity"], match["message"],
                   match["fix"] or "")


def summary(findings: list[Finding]) -> str:
    errors = sum(1 for finding in findings if finding.severity == ERROR)
    warnings = len(findings) - errors
    files = len({finding.file for finding in findings})
    mark = "✖" if errors else ("!" if warnings else "✔")
    return f"{mark} {catalogs.line(CATALOG, 'summary', None, errors=errors, warnings=warnings, files=files)}"


def exit_code(findings: Iterable[Finding], strict: bool = False) -> int:
    failing = {ERROR, WARNING} if strict else {ERROR}
    return EXIT_FAILED if any(f.severity in failing for f in findings) else EXIT_OK


def add_output_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=("human", "json"), default="human",
        help="human: one line per finding (default); json: {\"findings\": [...]}",
    )
    parser.add_argument(
        "--strict", action="store_true", help="warnings fail too (exit code 1)",
    )


def report(findings: list[Finding], output_format: str, strict: bool = False, stream=None,
           with_summary: bool = True) -> int:
    """Print the findings and return the exit code. A caller with its own summary
    (`make check`'s, per check and in both languages) leaves this one out."""
    stream = stream or sys.stdout
    findings = sorted(findings, key=lambda f: (f.file, f.line or 0, f.column or 0, f.rule))
    if output_format == "json":
        json.dump({"findings": [asdict(f) for f in findings]}, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    else:
        for finding in findings:
            print(finding.human(), file=stream)
        if with_summary:
            print(summary(findings), file=stream)
    if output_format == "human" and os.environ.get("GITHUB_ACTIONS") == "true":
        for finding in findings:
            print(finding.annotation(), file=stream)
    return exit_code(findings, strict)


def run_page_check(check, argv: list[str] | None, prog: str, description: str, refusal=None) -> int:
    """The command line of a check of the source pages: `check(project_dir, paths)` on the
    pages given (pre-commit passes the changed files), or on every page. `refusal(project_dir,
    path)` says why the check cannot check a path it is given ("path-missing",
    "path-not-a-page"): such a path is an error, never a silent "0 errors"."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                        help="pages or folders of pages to check (default: every page under docs/)")
    parser.add_argument("--project-dir", type=Path, default=project.ROOT,
                        help="the project folder (default: this repository)")
    add_output_arguments(parser)
    arguments = parser.parse_args(argv)
    refused = [(path, refusal(arguments.project_dir, path)) for path in arguments.paths] if refusal else []
    findings = [COMMAND.finding(reason, path.as_posix(), catalogs.EVERY_LANGUAGE) for path, reason in refused
                if reason]
    checked = [path for path, reason in refused if not reason] if refusal else arguments.paths
    if checked or not arguments.paths:
        findings += check(arguments.project_dir, checked or None)
    return report(findings, arguments.format, arguments.strict)


def report_site_check(site: Path, check, output_format: str, strict: bool = False) -> int:
    """The command line's end of a check of the built site: `check()`'s findings, printed. A
    folder without a built site is one line saying so; a data file the check cannot use (a
    DataError) is reported as its findings, where and how to fix it."""
    if not (site / "index.html").is_file():
        print(f"{site}: no built site here; run `make build` first.", file=sys.stderr)
        return EXIT_FAILED
    try:
        findings = check()
    except DataError as error:
        findings = error.findings
    return report(findings, output_format, strict)
