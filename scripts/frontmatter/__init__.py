"""The front matter of every page: required keys, real dates, no unknown keys.

The front matter is the YAML block between two '---' lines at the top of a
page. schema.yml lists the keys a page may have and their types; this module
checks each page against it and reports, in the page's language, with the
line to change:
- a block that is missing, not closed, or not valid YAML (line and column
  from PyYAML, never a stack trace);
- a required key that is missing or empty, a key written twice;
- an unknown key, with the closest known key as a suggestion (last_reveiwed
  → last_reviewed);
- a value of the wrong type; a date that is not YYYY-MM-DD or does not exist
  (2026-02-30) or lies in the future;
- a last_reviewed date older than `stale_after_days` (a warning).

The YAML is read as nodes (yaml.compose), not values: nodes keep their line,
and a date is checked as written, whether YAML would read it as a date
(2026-11-28) or as text ("2026-11-28").
"""

from __future__ import annotations

import datetime
import difflib
import re
from functools import lru_cache
from pathlib import Path

import yaml

from scripts.findings import WARNING, Finding
from scripts.pages import Page, Reporter, all_pages, pages_among

SCHEMA = Path(__file__).with_name("schema.yml")
REPORT = Reporter(Path(__file__).with_name("messages.yml"), "front matter")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
NULL_TAG = "tag:yaml.org,2002:null"
BOOLEAN_TAG = "tag:yaml.org,2002:bool"
# An editor's clock (Brussels) may be a day ahead of CI's (UTC).
FUTURE_SLACK = datetime.timedelta(days=1)


@lru_cache
def schema() -> dict:
    with SCHEMA.open(encoding="utf-8") as stream:
        return yaml.safe_load(stream)


def file_line(node: yaml.Node) -> int:
    return file_line_of(node.start_mark)


def file_line_of(mark: yaml.Mark | None) -> int:
    """The file's line of a place in the YAML, which starts on line 2, after the first '---'."""
    return mark.line + 2 if mark else 1


def example(entry: dict, page: Page) -> str:
    return entry["example"][page.language]


def parse_date(text: str) -> datetime.date | None:
    if not DATE.fullmatch(text):
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


def check(project_dir: Path, paths: list[Path] | None = None,
          today: datetime.date | None = None) -> list[Finding]:
    """Every page of the project, or the pages among `paths`."""
    today = today or datetime.date.today()
    pages = all_pages(project_dir) if paths is None else pages_among(project_dir, paths)
    return [found for page in pages for found in check_page(page, today)]


def read(page: Page) -> yaml.MappingNode | Finding:
    """The page's front matter as a YAML mapping, or the finding that says why it is not one."""
    source = page.read()
    if source.unclosed:
        return REPORT.finding("front-matter-unclosed", page, 1)
    if source.front_matter is None:
        return REPORT.finding("front-matter-missing", page, 1)
    try:
        root = yaml.compose(source.front_matter, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = mistake_mark(error)
        problem = error.problem or str(error).splitlines()[0]
        return REPORT.finding("yaml-invalid", page, file_line_of(mark), mark.column + 1 if mark else None,
                       problem=problem)
    if not isinstance(root, yaml.MappingNode):
        first = next(iter(schema()["keys"].values()))
        return REPORT.finding("not-a-mapping", page, file_line(root) if root else 1, example=example(first, page))
    return root


def mistake_mark(error: yaml.MarkedYAMLError) -> yaml.Mark | None:
    """Where the editor's mistake is. PyYAML's problem_mark is where it gave up; for an
    unclosed quote or bracket, or a key without ':', its context_mark is where the
    mistake starts. A block's context is the whole block, which does not help."""
    if error.context_mark and "block" not in (error.context or ""):
        return error.context_mark
    return error.problem_mark


def check_page(page: Page, today: datetime.date) -> list[Finding]:
    root = read(page)
    if isinstance(root, Finding):
        return [root]
    # A missing key is reported on the first '---' line: the block it belongs in.
    return list(check_mapping(root, schema()["keys"], page, today, missing_line=1))


def check_mapping(node: yaml.MappingNode, allowed: dict, page: Page, today: datetime.date,
                  missing_line: int):
    seen: dict[str, int] = {}
    suggested: set[str] = set()
    for key_node, value_node in node.value:
        key = key_node.value
        line = file_line(key_node)
        if key in seen:
            yield REPORT.finding("duplicate-key", page, line, key=key, first=seen[key])
        seen[key] = line
        if key not in allowed:
            close = difflib.get_close_matches(key, list(allowed), n=1, cutoff=0.6)
            if close:
                suggested.add(close[0])
                yield REPORT.finding("unknown-key-typo", page, line, key=key, suggestion=close[0])
            else:
                yield REPORT.finding("unknown-key", page, line, key=key, allowed=", ".join(allowed))
            continue
        yield from check_value(key, value_node, allowed[key], page, today)
    for key, entry in allowed.items():
        # A misspelled key is one mistake: its fix already names the missing key.
        if entry.get("required") and key not in seen and key not in suggested:
            yield REPORT.finding("missing-key", page, missing_line, key=key, example=example(entry, page))


def check_value(key: str, node: yaml.Node, entry: dict, page: Page, today: datetime.date):
    line = file_line(node)
    kind = entry["type"]
    if isinstance(node, yaml.ScalarNode) and (node.tag == NULL_TAG or not node.value.strip()):
        yield REPORT.finding("empty-value", page, line, key=key, example=example(entry, page))
    elif kind == "text" and not isinstance(node, yaml.ScalarNode):
        yield REPORT.finding("not-text", page, line, key=key, example=example(entry, page))
    elif kind == "date":
        yield from check_date(key, node, page, today)
    elif kind == "boolean" and node.tag != BOOLEAN_TAG:
        yield REPORT.finding("not-boolean", page, line, key=key, value=scalar_text(node),
                      example=example(entry, page))
    elif kind == "list":
        yield from check_list(key, node, entry, page)
    elif kind == "mapping":
        if isinstance(node, yaml.MappingNode):
            yield from check_mapping(node, entry["keys"], page, today, missing_line=line)
        else:
            yield REPORT.finding("not-mapping", page, line, key=key, example=example(entry, page))


def scalar_text(node: yaml.Node) -> str:
    return node.value if isinstance(node, yaml.ScalarNode) else "…"


def check_date(key: str, node: yaml.Node, page: Page, today: datetime.date):
    line = file_line(node)
    value = scalar_text(node)
    date = parse_date(value)
    if date is None:
        yield REPORT.finding("invalid-date", page, line, key=key, value=value)
    elif date > today + FUTURE_SLACK:
        yield REPORT.finding("future-date", page, line, key=key, value=value, today=today.isoformat())
    elif key == "last_reviewed" and (today - date).days > schema()["stale_after_days"]:
        yield REPORT.finding("stale", page, line, severity=WARNING, value=value,
                      days=schema()["stale_after_days"], today=today.isoformat())


def check_list(key: str, node: yaml.Node, entry: dict, page: Page):
    if not isinstance(node, yaml.SequenceNode):
        yield REPORT.finding("not-list", page, file_line(node), key=key, example=example(entry, page))
        return
    for item in node.value:
        if scalar_text(item) not in entry["values"]:
            yield REPORT.finding("value-not-allowed", page, file_line(item), key=key, value=scalar_text(item),
                          allowed=", ".join(entry["values"]))


def last_reviewed(page: Page) -> tuple[datetime.date, int] | None:
    """The page's last_reviewed date and its line, or None when it has none that is a
    real date (check_page says why)."""
    root = read(page)
    if isinstance(root, Finding):
        return None
    node = next((value for key, value in root.value if key.value == "last_reviewed"), None)
    date = parse_date(node.value) if isinstance(node, yaml.ScalarNode) else None
    return (date, file_line(node)) if date else None
