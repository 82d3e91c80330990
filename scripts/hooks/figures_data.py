"""The key figures (docs/data/figures/<name>.yml): checked, and written in each language's conventions.

One file is one table of the annual report: its rows, its columns, the
column the chart shows, a title and a summary per language, and where in
the report the figures come from. The chart, the table and the summary are
all made from it, so they cannot disagree. Format: figures.schema.yml and
docs/data/figures/README.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from babel.numbers import format_decimal

from scripts.hooks import data_files

SCHEMA = Path(__file__).with_name("figures.schema.yml")
ROW_FIELDS = {"id", "label", "in_report", "in_chart"}
PLACEHOLDER = re.compile(r"\{([a-z0-9-]+)(?:\.([a-z0-9-]+))?\}")
LOCALES = {"nl": "nl_BE", "fr": "fr_BE"}
# The brief for the site: French groups digits with a non-breaking space (242 454);
# CLDR's French uses a narrow one, which older screen readers announce as a character.
NON_BREAKING = {"\u202f": "\u00a0"}
PERCENT = {"nl": "%", "fr": "\u00a0%"}


def folder(docs_dir: Path) -> Path:
    return docs_dir / "data" / "figures"


def format_number(value: float, unit: str, language: str) -> str:
    """242454 → "242.454" (nl), "242 454" (fr, non-breaking space); 22.9 % → "22,9%" / "22,9 %"."""
    text = format_decimal(value, locale=LOCALES[language])
    for narrow, wide in NON_BREAKING.items():
        text = text.replace(narrow, wide)
    return text + PERCENT[language] if unit == "percent" else text


@dataclass(frozen=True)
class Column:
    id: str
    label: dict[str, str]
    unit: str
    in_report: str | None


@dataclass(frozen=True)
class Row:
    id: str
    label: dict[str, str]
    values: dict[str, float]
    in_chart: bool
    in_report: str | None


@dataclass(frozen=True)
class Dataset:
    id: str
    path: Path
    title: dict[str, str]
    summary: dict[str, str]
    source: dict[str, str]
    label_column: dict[str, str]
    columns: tuple[Column, ...]
    chart: str
    rows: tuple[Row, ...]

    def column(self, column_id: str) -> Column:
        return next(column for column in self.columns if column.id == column_id)

    def value(self, row: Row, column_id: str, language: str) -> str:
        return format_number(row.values[column_id], self.column(column_id).unit, language)

    @property
    def chart_rows(self) -> tuple[Row, ...]:
        return tuple(row for row in self.rows if row.in_chart)

    def summary_text(self, language: str) -> str:
        """The summary with {row} (the charted column) and {row.column} filled in."""
        rows = {row.id: row for row in self.rows}
        return PLACEHOLDER.sub(
            lambda match: self.value(rows[match[1]], match[2] or self.chart, language),
            self.summary[language],
        )


def _text(value) -> dict[str, str]:
    return value if isinstance(value, dict) else {language: value for language in data_files.BOTH_LANGUAGES}


def load_dataset(path: Path) -> Dataset:
    """One figures file; stops the build, naming file and line, if it is wrong."""
    data, tree, findings = data_files.load(path, SCHEMA, None)
    if not findings:
        findings = consistency(data, tree, path)
    if findings:
        raise data_files.DataError(findings)
    columns = tuple(Column(c["id"], c["label"], c["unit"], c.get("in_report")) for c in data["columns"])
    rows = tuple(
        Row(str(r["id"]), _text(r["label"]), {c.id: r[c.id] for c in columns}, r.get("in_chart", True),
            r.get("in_report"))
        for r in data["rows"]
    )
    return Dataset(path.stem, path, data["title"], data["summary"], data["source"], data["label_column"],
                   columns, data["chart"], rows)


def consistency(data: dict, tree, path: Path):
    """What the schema cannot say: ids that must exist, be unique, and fill every cell."""
    findings = []

    def problem(rule, where, **values):
        findings.append(data_files.finding(rule, path, data_files.line_of(tree, where), None, **values))

    column_ids = [column["id"] for column in data["columns"]]
    row_ids = [str(row["id"]) for row in data["rows"]]
    for kind, ids, where in (("columns", column_ids, ["columns"]), ("rows", row_ids, ["rows"])):
        for index, identifier in enumerate(ids):
            if identifier in ids[:index]:
                problem("figures-duplicate-id", [*where, index], id=identifier, kind=kind)
    if data["chart"] not in column_ids:
        problem("figures-chart-column", ["chart"], column=data["chart"], columns=", ".join(column_ids))
    for index, row in enumerate(data["rows"]):
        for column_id in column_ids:
            if column_id not in row:
                problem("figures-cell-missing", ["rows", index], row=row["id"], column=column_id)
        for key in set(row) - ROW_FIELDS - set(column_ids):
            problem("figures-unknown-column", ["rows", index, key], row=row["id"], column=key,
                    columns=", ".join(column_ids))
    for language, summary in data["summary"].items():
        for match in PLACEHOLDER.finditer(summary):
            if match[1] not in row_ids or (match[2] and match[2] not in column_ids):
                problem("figures-placeholder", ["summary", language], placeholder=match[0],
                        rows=", ".join(row_ids), columns=", ".join(column_ids))
    return findings


def load_datasets(docs_dir: Path) -> dict[str, Dataset]:
    """Every figures file, by name (the file name without .yml)."""
    datasets, findings = {}, []
    for path in sorted(folder(docs_dir).glob("*.yml")):
        try:
            datasets[path.stem] = load_dataset(path)
        except data_files.DataError as error:
            findings.extend(error.findings)
    if findings:
        raise data_files.DataError(findings)
    return datasets
