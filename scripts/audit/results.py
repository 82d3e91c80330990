"""What the audit found: issues with their WCAG criterion, exclusions, the report.

The human report groups the issues by problem (runner + code), so a theme
problem on every page is one paragraph, not one line per page and selector.
Issues come from axe and HTML_CodeSniffer (scripts/audit/in_browser.py) and
html-validate (scripts/audit/html.py), all in pa11y's shape of an issue
(code, message, selector, context, runner), which the audit used before.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from scripts import project
from scripts.content import DataError, load
from scripts.findings import Reporter

HERE = Path(__file__).parent
HINTS = HERE / "hints.yml"
EXCLUSIONS = HERE / "exclusions.yml"
FINDINGS = Reporter(HERE / "messages.yml", "accessibility")
# WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail: criterion 1.4.3, technique G18
HTMLCS_CODE = re.compile(r"Guideline\d+_\d+\.(?P<criterion>\d+_\d+_\d+)\.(?P<technique>[^.]+(?:\.\d+)?)")
AXE_CRITERION_TAG = re.compile(r"^wcag(\d)(\d)(\d+)$")
LOAD_ERROR = "page-not-checked"
LISTED_PAGES = 8
HTML_STANDARD = "HTML standard"  # the "criterion" of html-validate's findings


@dataclass(frozen=True)
class Issue:
    page: str  # in the built site, e.g. fr/index.html
    source: str  # the file to change, e.g. docs/fr/index.md
    viewport: str
    run: str
    runner: str
    code: str
    criterion: str  # e.g. 1.4.3, or "best practice"
    selector: str
    message: str
    context: str
    problem: str  # one line saying what is wrong
    help_url: str
    scheme: str = ""  # light or dark; "" for the HTML files, checked without a browser
    line: int | None = None  # in the built HTML file (html-validate)
    column: int | None = None

    @property
    def problem_key(self) -> tuple[str, str]:
        return self.runner, self.code


def axe_criteria(rules: list[dict]) -> dict[str, str]:
    """axe rule id → its WCAG success criteria, from axe-core's tags (wcag143 → 1.4.3)."""
    criteria = {}
    for rule in rules:
        numbers = [".".join(match.groups()) for tag in rule["tags"] if (match := AXE_CRITERION_TAG.match(tag))]
        criteria[rule["ruleId"]] = ", ".join(numbers) or "best practice"
    return criteria


def technique(code: str) -> str:
    """The HTML_CodeSniffer technique of a code (H32.2, G18), or the code itself (axe rules)."""
    match = HTMLCS_CODE.search(code)
    return match.group("technique") if match else code


def to_issue(raw: dict, page: str, source: str, viewport: str, run: str, criteria: dict[str, str],
             scheme: str = "light") -> Issue:
    if "code" not in raw:  # the page did not load, or an engine failed on it: the error instead
        return Issue(page, source, viewport, run, "browser", LOAD_ERROR, "", "", raw.get("message", str(raw)),
                     "", "The page could not be audited", "", scheme)
    extras = raw.get("runnerExtras") or {}
    match = HTMLCS_CODE.search(raw["code"])
    if match:
        criterion = match.group("criterion").replace("_", ".")
    else:
        criterion = criteria.get(raw["code"], "best practice")
    problem = extras.get("help") or raw["message"].split(". ")[0].rstrip(".")
    return Issue(page, source, viewport, run, raw["runner"], raw["code"], criterion, raw.get("selector", ""),
                 raw["message"], raw.get("context") or "", problem, extras.get("helpUrl", ""), scheme)


def validation_issue(message: dict, page: str, source: str, run: str) -> Issue:
    """One html-validate message (ruleId, message, line, column, selector, ruleUrl) as an issue."""
    return Issue(page, source, "", run, "html-validate", message["ruleId"], HTML_STANDARD,
                 message.get("selector") or "", message["message"], "", message["message"],
                 message.get("ruleUrl", ""), "", message.get("line"), message.get("column"))


def names_existing_test(reference: str, root: Path) -> bool:
    """Whether "tests/FILE.py::test_name" names a test function that exists."""
    file, _, name = reference.partition("::")
    path = root / file
    if not name or not path.is_file():
        return False
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(isinstance(node, ast.FunctionDef) and node.name == name for node in tree.body)


def load_exclusions(path: Path = EXCLUSIONS, root: Path = project.ROOT) -> list[dict]:
    """The committed exclusions; DataError when one lacks a field (the schema) or names a
    test that does not exist."""
    document = load(path, "audit-exclusions")
    missing = [
        FINDINGS.finding("exclusion-test-missing", project.shown(path), None, document.line([index, "test"]),
                         category="data", number=index + 1, test=entry["test"])
        for index, entry in enumerate(document.data) if not names_existing_test(entry["test"], root)
    ]
    if missing:
        raise DataError(missing)
    return document.data


def is_excluded(issue: Issue, exclusions: list[dict]) -> bool:
    return any(
        (entry["page"], entry["viewport"], entry["scheme"], entry["code"], entry["selector"])
        == (issue.page, issue.viewport, issue.scheme, issue.code, issue.selector)
        for entry in exclusions
    )


@lru_cache
def hints() -> dict[str, str]:
    return load(HINTS, "audit-hints").data


def hint(issue: Issue) -> str:
    known = hints().get(technique(issue.code)) or hints().get(issue.code)
    if known:
        return known
    if issue.help_url:
        return f"see {issue.help_url}"
    return "the tool says: " + issue.message


def pages_text(pages: set[str], all_pages: set[str], sources: dict[str, str]) -> str:
    if pages == all_pages and len(pages) > 1:
        return f"every page ({len(pages)}): fix it in the theme (overrides/)"
    names = sorted({sources[page] for page in pages})
    more = f" and {len(names) - LISTED_PAGES} more" if len(names) > LISTED_PAGES else ""
    return ", ".join(names[:LISTED_PAGES]) + more


def where_text(issues: list[Issue], viewports: list[str], schemes: list[str]) -> str:
    """The viewports and colour schemes a problem was found at ("the HTML files" for html-validate)."""
    found_at = {issue.viewport for issue in issues if issue.viewport}
    if not found_at:
        return "in the HTML files"
    where = "viewports: " + ", ".join(sorted(found_at, key=viewports.index))
    if not schemes:
        return where
    in_schemes = sorted({issue.scheme for issue in issues if issue.scheme}, key=schemes.index)
    return f"{where}; colour schemes: {', '.join(in_schemes)}"


def example_text(issue: Issue) -> str:
    place = f"{issue.page}:{issue.line}:{issue.column}" if issue.line else issue.page
    return f"for example at {place}: {issue.selector or '-'}"


def criterion_text(criterion: str) -> str:
    return criterion if criterion == HTML_STANDARD else f"WCAG {criterion}"


def human_report(issues: list[Issue], audited_pages: set[str], sources: dict[str, str],
                 viewports: list[str], schemes: list[str] | None = None) -> str:
    groups: dict[tuple[str, str], list[Issue]] = defaultdict(list)
    for issue in issues:
        groups[issue.problem_key].append(issue)
    lines = []
    for (runner, code), group in sorted(groups.items(), key=lambda item: -len(item[1])):
        first = group[0]
        pages = {issue.page for issue in group}
        lines += [
            f"✖ {first.problem} ({criterion_text(first.criterion)}; {runner} {code}; {len(group)}×)",
            f"    pages: {pages_text(pages, audited_pages, sources)}",
            f"    {where_text(group, viewports, schemes or [])}; {example_text(first)}",
            f"    fix: {hint(first)}",
            "",
        ]
    in_schemes = f" × {len(schemes)} colour schemes" if schemes else ""
    lines.append(f"{len(audited_pages)} pages × {len(viewports)} viewports{in_schemes} audited, "
                 f"{len(issues)} issues")
    return "\n".join(lines)
