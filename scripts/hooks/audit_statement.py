"""MkDocs hook: the accessibility statement shows the last automatic audit of this version of the site.

The line {{ last audit }} on a page becomes, in the page's language, what
the last run of the audit (python -m scripts.audit, the end of make test)
checked and found, read from its report (reports/accessibility.json): the
date, the pages, the screen widths and colour schemes, each program with
its version and what it checks, and the result. The report names the
version of the sources it audited (scripts/site_version.py): when that is
not this version, or there is no report (a plain `make build`), the page
says that this version has not been audited automatically, and claims
nothing more. Its texts: audit_statement.yml.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError

from scripts import site_version
from scripts.hooks.review_date import long_date

MARKER = "{{ last audit }}"
REPORT = Path("reports") / "accessibility.json"
TEXT = yaml.safe_load(Path(__file__).with_name("audit_statement.yml").read_text(encoding="utf-8"))
ENGINE_NAMES = {"@pa11y/html_codesniffer": "HTML_CodeSniffer"}


def load_report(project_dir: Path) -> dict | None:
    try:
        return json.loads((project_dir / REPORT).read_text(encoding="utf-8"))["summary"]
    except (OSError, ValueError, KeyError):  # no audit yet, or a report this hook cannot read
        return None


def text(key: str, language: str, **values) -> str:
    return TEXT[key][language].format(**values)


def joined(items: list[str], language: str) -> str:
    """"320 en 1280", "een licht kleurenschema en een donker kleurenschema"."""
    return ", ".join(items[:-1]) + TEXT["and"][language] + items[-1] if len(items) > 1 else "".join(items)


def audit_date(summary: dict, language: str) -> str:
    return long_date(datetime.datetime.fromisoformat(summary["date"]).date(), language)


def run_line(run: dict, summary: dict, language: str) -> str:
    covers = TEXT["covers"].get(run["name"])
    if covers is None:
        raise PluginError(f"scripts/hooks/audit_statement.yml: the audit's run '{run['name']}' has no text under "
                          "`covers`: say in both languages what it checks.")
    engines = [f"{ENGINE_NAMES.get(package, package)} {version}" for package, version in run["versions"].items()]
    limits = []
    if run["viewports"] and set(run["viewports"]) != set(summary["widths"]):
        limits.append(text("at_width", language, widths=joined(
            [str(summary["widths"][name]) for name in run["viewports"]], language)))
    if run["schemes"] and set(run["schemes"]) != set(summary["schemes"]):
        limits.append(text("in_scheme", language, schemes=schemes_text(run["schemes"], language)))
    where = text("only", language, what=joined(limits, language)) if limits else ""
    return text("run", language, engines=joined(engines, language), covers=covers[language], where=where)


def schemes_text(schemes: list[str], language: str) -> str:
    return joined([TEXT["schemes_names"][scheme][language] for scheme in schemes], language)


def audited_markdown(summary: dict, language: str) -> str:
    items = [
        text("pages", language, pages=summary["pages"]),
        text("widths", language, widths=joined([str(width) for width in summary["widths"].values()], language)),
        text("schemes", language, schemes=schemes_text(summary["schemes"], language)),
        *(run_line(run, summary, language) for run in summary["runs"]),
    ]
    end = TEXT["item_end"][language]
    lines = [text("audited", language, date=audit_date(summary, language)), ""]
    lines += [f"- {item}{end if number < len(items) else '.'}" for number, item in enumerate(items, 1)]
    issues = summary["issues"]
    result = text("no_issues", language) if not issues else (
        text("one_issue", language) if issues == 1 else text("issues", language, issues=issues))
    lines += ["", result]
    if summary.get("excluded"):
        lines.append(text("excluded", language, excluded=summary["excluded"]))
    return "\n".join(lines)


def statement_markdown(summary: dict | None, this_version: str, language: str) -> str:
    """What the statement says: the audit of this version, or that there is none (and when the last one was)."""
    if summary and summary.get("sources") == this_version:
        return audited_markdown(summary, language)
    lines = [text("not_audited", language)]
    if summary:
        lines.append(text("older_audit", language, date=audit_date(summary, language)))
    return "\n".join(lines)


def on_page_markdown(markdown, page, config, files):
    if MARKER not in markdown:
        return markdown
    project_dir = Path(config.config_file_path).parent
    language = config.plugins["i18n"].current_language
    block = statement_markdown(load_report(project_dir), site_version.fingerprint(project_dir), language)
    return markdown.replace(MARKER, block)
