"""python -m scripts.audit: the accessibility audit (what `make audit` runs)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts import project
from scripts.audit import REPORT, Audit, node, run_audit, write_report
from scripts.audit.results import FINDINGS, criterion_text, hint
from scripts.content import DataError
from scripts.findings import Finding, report


def as_findings(audit: Audit) -> list[Finding]:
    """The issues as the project's findings (--format json), on the file to change."""
    return [
        FINDINGS.finding(issue.code, issue.source, None, message="issue-in-file" if issue.line else "issue",
                         page=issue.page, line=issue.line, column=issue.column, viewport=issue.viewport,
                         scheme=issue.scheme, runner=issue.runner, criterion=criterion_text(issue.criterion),
                         detail=issue.message, selector=issue.selector, hint=hint(issue))
        for issue in audit.issues
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.audit",
        description="Accessibility audit: builds the site, serves it on a loopback port and checks every "
        "page of the sitemap, every step of the rights finder and the 404 pages with axe (WCAG 2.2 AA, best "
        "practices, target size, AAA contrast) and HTML_CodeSniffer (WCAG 2.1 AA, AAA contrast) in the "
        "system Chromium, at a phone and a desktop viewport, in the light and the dark colour scheme, and "
        "validates their HTML (html-validate). Exit 1 on any issue.",
    )
    parser.add_argument("--config-file", type=Path, default=project.CONFIG,
                        help="the project's mkdocs.yml (default: this project's)")
    parser.add_argument("--report", type=Path, default=REPORT,
                        help=f"where the full results go (default: {REPORT.relative_to(project.ROOT)})")
    parser.add_argument("--format", choices=("human", "json"), default="human",
                        help="human: problems grouped, with pages and a fix (default); json: {\"findings\": [...]}")
    arguments = parser.parse_args(argv)
    try:
        audit = run_audit(arguments.config_file.resolve())
    except node.SetupError as error:
        print(error, file=sys.stderr)
        return 1
    except DataError as error:  # a wrong settings, hints or exclusions file: where, and how to fix it
        return report(error.findings, arguments.format)
    if not audit.built:  # nothing to audit: say why the build failed
        report(audit.build_findings, arguments.format)
        return 1
    write_report(audit, arguments.report)
    if arguments.format == "json":
        return report(as_findings(audit), "json")
    print(audit.human())
    print(f"Full results: {arguments.report}")
    return 1 if audit.issues else 0


if __name__ == "__main__":
    sys.exit(main())
