"""What the accessibility statement says about the last automatic audit, from the audit's report.

The line {{ last audit }} on a page becomes, in the page's language, what
the last run of the audit (python -m scripts.audit, the end of make test)
checked and found, read from its report (reports/accessibility.json): the
date, the pages, the screen widths and colour schemes, each program with
its version and what it checks, and the result. The report names the
version of the sources it audited (scripts/site_version.py): when that is
not this version, or there is no report (a plain `make build`), the text
says that this version has not been audited automatically, and claims
nothing more. scripts/hooks/audit_statement.py calls `expand_marker`; the
words are `statement-…` texts of messages.yml.
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

from scripts import site_version
from scripts.content.data_files import REPORT, DataError
from scripts.content.local_formats import long_date
from scripts.findings import catalogs

CATALOG = Path(__file__).with_name("messages.yml")
MARKER = "{{ last audit }}"
AUDIT_REPORT = Path("reports") / "accessibility.json"
ENGINE_NAMES = {"@pa11y/html_codesniffer": "HTML_CodeSniffer"}


def load_report(project_dir: Path) -> dict | None:
    """The report's summary, or None when there is no report this code can read (no audit yet)."""
    try:
        return json.loads((project_dir / AUDIT_REPORT).read_text(encoding="utf-8"))["summary"]
    except (OSError, ValueError, KeyError):
        return None


def text(key: str, language: str, **values) -> str:
    return catalogs.line(CATALOG, key, language, **values)


def joined(items: list[str], language: str) -> str:
    """"320 en 1280", "lichte en donkere"."""
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {text('statement-and', language)} " + items[-1]


def slug(run_name: str) -> str:
    """The run's name as a text's key: "WCAG 2.1 AAA contrast" → "wcag-2-1-aaa-contrast"."""
    return re.sub(r"[^a-z0-9]+", "-", run_name.lower()).strip("-")


def covers(run: dict, language: str) -> str:
    key = f"statement-covers-{slug(run['name'])}"
    if key not in catalogs.load(CATALOG):
        raise DataError([REPORT.finding("statement-run-without-text", "scripts/audit/settings.yml", None,
                                        run=run["name"], slug=slug(run["name"]))])
    return text(key, language)


def schemes_text(schemes: list[str], language: str) -> str:
    return joined([text(f"statement-scheme-{scheme}", language) for scheme in schemes], language)


def run_line(run: dict, summary: dict, language: str) -> str:
    engines = [f"{ENGINE_NAMES.get(package, package)} {version}" for package, version in run["versions"].items()]
    limits = []
    if run["viewports"] and set(run["viewports"]) != set(summary["widths"]):
        limits.append(text("statement-at-width", language,
                           widths=joined([str(summary["widths"][name]) for name in run["viewports"]], language)))
    if run["schemes"] and set(run["schemes"]) != set(summary["schemes"]):
        limits.append(text("statement-in-scheme", language, schemes=schemes_text(run["schemes"], language)))
    where = text("statement-only", language, what=joined(limits, language)) if limits else ""
    return text("statement-run", language, engines=joined(engines, language), covers=covers(run, language),
                where=where)


def audit_date(summary: dict, language: str) -> str:
    return long_date(datetime.datetime.fromisoformat(summary["date"]).date(), language)


def audited_markdown(summary: dict, language: str) -> str:
    items = [
        text("statement-pages", language, pages=summary["pages"]),
        text("statement-widths", language,
             widths=joined([str(width) for width in summary["widths"].values()], language)),
        text("statement-schemes", language, schemes=schemes_text(summary["schemes"], language)),
        *(run_line(run, summary, language) for run in summary["runs"]),
    ]
    lines = [text("statement-audited", language, date=audit_date(summary, language)), ""]
    lines += [f"- {text('statement-item', language, item=item)}" for item in items[:-1]]
    lines.append(f"- {text('statement-last-item', language, item=items[-1])}")
    issues = summary["issues"]
    result = text("statement-no-issues", language) if not issues else (
        text("statement-one-issue", language) if issues == 1 else text("statement-issues", language, issues=issues))
    lines += ["", result]
    if summary.get("excluded"):
        lines.append(text("statement-excluded", language, excluded=summary["excluded"]))
    return "\n".join(lines)


def statement_markdown(summary: dict | None, this_version: str, language: str) -> str:
    """The audit of this version, or that there is none (and when the last one, of another version, was)."""
    if summary and summary.get("sources") == this_version:
        return audited_markdown(summary, language)
    lines = [text("statement-not-audited", language)]
    if summary:
        lines.append(text("statement-older-audit", language, date=audit_date(summary, language)))
    return "\n".join(lines)


def expand_marker(markdown: str, project_dir: Path, language: str) -> str:
    """The page's Markdown with {{ last audit }} replaced, when it has one."""
    if MARKER not in markdown:
        return markdown
    block = statement_markdown(load_report(project_dir), site_version.fingerprint(project_dir), language)
    return markdown.replace(MARKER, block)
