"""The front matter of every page: required keys, real dates, no unknown keys.

The front matter is the YAML block between two '---' lines at the top of a
page. scripts/content/schemas/front-matter.schema.yml says which keys a page
may have and what each holds; the content package loads each page's front
matter through it (scripts/content/pages.py). This check words each problem
in the page's language, with the line to change and a line to copy:
- a block that is missing, not closed, or not valid YAML (line and column
  from PyYAML, never a stack trace);
- a required key that is missing or empty, a key written twice;
- an unknown key, with the closest known key as a suggestion (last_reveiwed
  → last_reviewed);
- a value of the wrong type, a date that is not YYYY-MM-DD or does not exist
  (2026-02-30).
What the schema cannot say is checked after loading: a date in the future,
and a last_reviewed older than the schema's `stale_after_days` (a warning);
and each page's address (scripts/content/addresses.py): missing, not a valid
address, on the home page, or the address of another page of its language.
"""

from __future__ import annotations

import datetime
import difflib
import re
from pathlib import Path

import yaml

from scripts.content import DataError, addresses, data_files
from scripts.content.data_files import Document, Problem
from scripts.content.pages import FRONT_MATTER_FIRST_LINE, FRONT_MATTER_SCHEMA, SourcePage, all_pages, pages_among
from scripts.findings import WARNING, Finding, Reporter

CATEGORY = "front matter"
REPORT = Reporter(Path(__file__).with_name("messages.yml"), CATEGORY)
# An editor's clock (Brussels) may be a day ahead of CI's (UTC).
FUTURE_SLACK = datetime.timedelta(days=1)
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
TYPO_CUTOFF = 0.6  # how close an unknown key must be to a known one to be called a typo
FIRST_LINE = 1  # the first '---': where a key missing from the block is reported
# The kind of value a key holds, and the rule for a value of another kind.
WRONG_KIND = {"array": "not-list", "object": "not-mapping", "boolean": "not-boolean"}


def schema() -> dict:
    return data_files.schema(FRONT_MATTER_SCHEMA)


def entry_of(where) -> dict:
    """The schema of the value at `where` (keys and list indexes)."""
    entry = schema()
    for step in where:
        entry = entry.get("items", {}) if isinstance(step, int) else entry.get("properties", {}).get(step, {})
    return entry


def example(where, page: SourcePage) -> str:
    return entry_of(where)["example"][page.language]


def key_of(where) -> str:
    return next((step for step in reversed(where) if isinstance(step, str)), "")


def parse_date(value) -> datetime.date | None:
    """A date written YYYY-MM-DD that exists, else None (the schema says why)."""
    if not isinstance(value, str) or not DATE.fullmatch(value):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def check(project_dir: Path, paths: list[Path] | None = None,
          today: datetime.date | None = None) -> list[Finding]:
    """Every page of the project, or the pages among `paths`."""
    today = today or datetime.date.today()
    pages = all_pages(project_dir) if paths is None else pages_among(project_dir, paths)
    findings = [found for page in pages for found in check_page(page, today)]
    # Only a front matter that could be read has an address to judge; the others are reported above.
    readable = [page for page in pages if has_fields(page)]
    return findings + addresses.findings(readable, all_pages(project_dir))


def has_fields(page: SourcePage) -> bool:
    document = page.front_matter().document
    return document is not None and isinstance(document.data, dict)


def check_page(page: SourcePage, today: datetime.date) -> list[Finding]:
    try:
        front_matter = page.front_matter()
    except DataError as error:  # not UTF-8 text: where, and how to save it
        return error.findings
    if front_matter.unclosed:
        return [REPORT.finding("front-matter-unclosed", page.shown, page.language, FIRST_LINE)]
    if front_matter.missing:
        return [REPORT.finding("front-matter-missing", page.shown, page.language, FIRST_LINE)]
    document, problems = front_matter.document, front_matter.problems
    suggested = {suggestion(problem) for problem in problems if problem.kind == "unknown"}
    findings, wrong_values = [], set()
    for problem in problems:
        if problem.where[:1] == (addresses.KEY,):
            continue  # the address check words it (check())
        # A misspelled key is one mistake: its fix already names the missing key.
        if problem.kind == "required" and problem.values["field"] in suggested:
            continue
        if problem.kind == "wrong":
            if problem.where in wrong_values:
                continue  # one finding per value, however many ways it is wrong
            wrong_values.add(problem.where)
        findings.append(worded(problem, page, document))
    if document is not None and isinstance(document.data, dict):
        findings.extend(dates(document, page, today))
    return sorted(findings, key=lambda finding: (finding.line or 0, finding.column or 0))


def suggestion(problem: Problem) -> str | None:
    """The known key an unknown one is probably a typo of (last_reveiwed → last_reviewed)."""
    close = difflib.get_close_matches(problem.values["field"], problem.values["known"], n=1, cutoff=TYPO_CUTOFF)
    return close[0] if close else None


def worded(problem: Problem, page: SourcePage, document: Document | None) -> Finding:
    """A problem of the loaded front matter, as the editor of this page reads it."""
    file, language, where = page.shown, page.language, problem.where
    if problem.kind in ("alias", "too-large"):
        return data_files.REPORT.finding(data_files.RULES[problem.kind], file, language, problem.line,
                                         category=CATEGORY, **problem.values)
    if problem.kind == "yaml":
        mark = mistake_mark(problem.error)
        return REPORT.finding("yaml-invalid", file, language,
                              mark.line + FRONT_MATTER_FIRST_LINE if mark else FIRST_LINE,
                              mark.column + 1 if mark else None, **problem.values)
    if problem.kind == "duplicate-key":
        return REPORT.finding("duplicate-key", file, language, problem.line, **problem.values)
    if problem.kind == "required":
        line = problem.line if where else FIRST_LINE
        return REPORT.finding("missing-key", file, language, line, key=problem.values["field"],
                              example=example([*where, problem.values["field"]], page))
    if problem.kind == "unknown":
        key, line, close = problem.values["field"], problem.values["key_line"], suggestion(problem)
        if close:
            return REPORT.finding("unknown-key-typo", file, language, line, key=key, suggestion=close)
        return REPORT.finding("unknown-key", file, language, line, key=key,
                              allowed=", ".join(problem.values["known"]))
    return wrong_value(problem, page, document)


def wrong_value(problem: Problem, page: SourcePage, document: Document) -> Finding:
    file, language, where = page.shown, page.language, problem.where
    line = problem.line or FIRST_LINE
    if not where:
        first = next(iter(schema()["properties"]))
        return REPORT.finding("not-a-mapping", file, language, line, example=example([first], page))
    key, value, entry = key_of(where), problem.error.instance, entry_of(where)
    written = as_written(document.node(where))
    if value is None or (isinstance(value, str) and not value.strip()):
        return REPORT.finding("empty-value", file, language, line, key=key, example=example([key], page))
    if problem.error.validator == "maxLength":
        return REPORT.finding("too-long", file, language, line, key=key, length=len(value),
                              maximum=problem.error.validator_value)
    if entry.get("format") == "date":
        return REPORT.finding("invalid-date", file, language, line, key=key, value=written)
    if isinstance(where[-1], int) or "enum" in entry:
        return REPORT.finding("value-not-allowed", file, language, line, key=key, value=written,
                              allowed=", ".join(entry.get("enum", ())))
    rule = WRONG_KIND.get(entry.get("type"), "not-text")
    return REPORT.finding(rule, file, language, line, key=key, value=written, example=example(where, page))


def as_written(node: yaml.Node | None) -> str:
    return node.value if isinstance(node, yaml.ScalarNode) else "…"


def mistake_mark(error: yaml.YAMLError) -> yaml.Mark | None:
    """Where the editor's mistake is. PyYAML's problem_mark is where it gave up; for an
    unclosed quote or bracket, or a key without ':', its context_mark is where the
    mistake starts. A block's context is the whole block, which does not help."""
    context = getattr(error, "context_mark", None)
    if context and "block" not in (getattr(error, "context", None) or ""):
        return context
    return getattr(error, "problem_mark", None)


def dates(document: Document, page: SourcePage, today: datetime.date):
    """What the schema cannot say about the dates: none in the future, and a recent last_reviewed."""
    stale_after = schema()["stale_after_days"]
    for key, value in document.data.items():
        date = parse_date(value) if entry_of([key]).get("format") == "date" else None
        if date is None:
            continue
        line = document.line([key])
        if date > today + FUTURE_SLACK:
            yield REPORT.finding("future-date", page.shown, page.language, line, key=key, value=value,
                                 today=today.isoformat())
        elif key == "last_reviewed" and (today - date).days > stale_after:
            yield REPORT.finding("stale", page.shown, page.language, line, severity=WARNING, value=value,
                                 days=stale_after, today=today.isoformat())


def last_reviewed(page: SourcePage) -> tuple[datetime.date, int] | None:
    """The page's last_reviewed date and its line, or None when it has none that is a
    real date (check_page says why)."""
    try:
        document = page.front_matter().document
    except DataError:
        return None
    if document is None or not isinstance(document.data, dict):
        return None
    date = parse_date(document.data.get("last_reviewed"))
    return (date, document.line(["last_reviewed"])) if date else None
