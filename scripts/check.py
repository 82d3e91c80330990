"""python -m scripts.check: every fast check, one summary (what `make check` runs).

Runs every checker, even when an earlier one fails, so an editor sees all
problems at once: first each finding on its own line, then a table per file,
then one line. Checks on the built site run only when the build succeeded.
Exit code 1 when any checker reports an error.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from scripts import buildcheck, langcheck, project
from scripts.findings import ERROR, WARNING, Finding, add_output_arguments, report
from scripts.sitecheck import check_site


@dataclass(frozen=True)
class Checker:
    name: str
    run: Callable[[Path], list[Finding]]  # gets the built site folder
    needs_site: bool = False


# The content checkers (language, front matter, parity) are added here as they come.
CHECKERS: list[Checker] = [
    Checker("site", check_site, needs_site=True),
    Checker("language", langcheck.check_docs),
]


def run_all(site_dir: Path) -> tuple[list[Finding], list[str]]:
    """All findings, and the names of the checkers that could not run."""
    built, findings = buildcheck.check(site_dir)
    skipped = []
    for checker in CHECKERS:
        if checker.needs_site and not built:
            skipped.append(checker.name)
            continue
        findings.extend(checker.run(site_dir))
    return findings, skipped


def table(findings: list[Finding]) -> str:
    """Errors and warnings per file, and which checkers found them."""
    if not findings:
        return ""
    counts = Counter((f.file, f.severity) for f in findings)
    categories: dict[str, set[str]] = {}
    for finding in findings:
        categories.setdefault(finding.file, set()).add(finding.category)
    width = max(len("file"), *(len(file) for file in categories))
    lines = [f"{'file':<{width}}  errors  warnings  found by", f"{'-' * width}  ------  --------  --------"]
    for file in sorted(categories):
        lines.append(f"{file:<{width}}  {counts[file, ERROR]:>6}  {counts[file, WARNING]:>8}  "
                     f"{', '.join(sorted(categories[file]))}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.check", description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, default=project.SITE, help="where to build (default: site/)")
    add_output_arguments(parser)
    arguments = parser.parse_args(argv)
    findings, skipped = run_all(arguments.site_dir)
    code = report(findings, arguments.format, arguments.strict)
    if arguments.format == "human":
        if findings:
            print("\n" + table(findings))
        for name in skipped:
            print(f"Not run because the build failed: {name} checks.")
    return 1 if skipped else code


if __name__ == "__main__":
    sys.exit(main())
