"""The key figures (docs/data/figures/<name>.yml): checked, and shown as a figure on a page.

One file is one table of the annual report: its rows, its columns, the
column the chart shows, a title and a summary per language, and where in
the report the figures come from. The chart (figure_chart.py), the table
and the summary are all made from it, so they cannot disagree. A line
`{{ figure NAME }}` on a page becomes that figure (scripts/hooks/key_figures.py
calls `expand_markers`). Format: schemas/figures.schema.yml and
docs/data/figures/README.md.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from scripts import project
from scripts.findings import catalogs
from scripts.content.data_files import REPORT, DataError, Document, load
from scripts.content.figure_chart import WIDTH, height
from scripts.content.local_formats import format_number
from scripts.project import first_line_with, shown

CATALOG = Path(__file__).with_name("messages.yml")
ROW_FIELDS = {"id", "label", "in_report", "in_chart"}
COUNT = "count"  # a column of whole numbers: 74.445 there is a Dutch thousands point, not a decimal one
PLACEHOLDER = re.compile(r"\{([a-z0-9-]+)(?:\.([a-z0-9-]+))?\}")
MARKER = re.compile(r"^\{\{ figure (?P<name>[^ }]*) \}\}[ \t]*$", re.MULTILINE)
CHARTS = "figures"  # the charts' folder in each language's part of the site


def folder(docs_dir: Path) -> Path:
    return docs_dir / "data" / "figures"


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
    """A label: one text for every language (2019), or one per language."""
    return value if isinstance(value, dict) else {language.code: value for language in project.languages()}


def load_dataset(path: Path) -> Dataset:
    """One figures file; raises DataError, naming file and line, if it is wrong."""
    document = load(path, "figures", catalogs.EVERY_LANGUAGE)
    findings = consistency(document)
    if findings:
        raise DataError(findings)
    data = document.data
    columns = tuple(Column(c["id"], c["label"], c["unit"], c.get("in_report")) for c in data["columns"])
    rows = tuple(
        Row(str(r["id"]), _text(r["label"]), {c.id: r[c.id] for c in columns}, r.get("in_chart", True),
            r.get("in_report"))
        for r in data["rows"]
    )
    return Dataset(path.stem, path, data["title"], data["summary"], data["source"], data["label_column"],
                   columns, data["chart"], rows)


def consistency(document: Document):
    """What the schema cannot say: ids that must exist, be unique, and fill every cell."""
    data, findings = document.data, []

    def problem(rule, where, **values):
        findings.append(REPORT.finding(rule, shown(document.path), catalogs.EVERY_LANGUAGE,
                                       document.line(where), **values))

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
        for column in data["columns"]:
            value = row.get(column["id"])
            if column["unit"] == COUNT and isinstance(value, float):
                written = document.node(["rows", index, column["id"]]).value
                problem("figures-count-not-whole", ["rows", index, column["id"]], row=row["id"],
                        column=column["id"], written=written, whole=re.sub(r"[.,]", "", written))
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
        except DataError as error:
            findings.extend(error.findings)
    if findings:
        raise DataError(findings)
    return datasets


def chart_path(name: str, language: str) -> str:
    """Where a chart is among the built files: in its language's folder (docs/<language>/figures/)."""
    return f"{language}/{CHARTS}/{name}.svg"


def expand_markers(markdown: str, page: Path, page_uri: str, language: str, datasets: dict[str, Dataset],
                   mark: Callable[[str], str] = str) -> str:
    """The page's Markdown with each `{{ figure NAME }}` line replaced by its figure; raises
    DataError, on the page's line and in its language, for a name without a figures file.
    `page_uri` is the page's path among the built files (nl/key-figures.md); `mark` marks the
    names in another language in the figure's texts (scripts/content/names.py: marked)."""
    markers = list(MARKER.finditer(markdown))
    unknown = [
        REPORT.finding("figures-unknown", shown(page), language, first_line_with(page, marker[0]),
                       name=marker["name"], names=", ".join(datasets))
        for marker in markers if marker["name"] not in datasets
    ]
    if unknown:
        raise DataError(unknown)
    folder_of_page = posixpath.dirname(page_uri) or "."
    return MARKER.sub(
        lambda marker: figure_markdown(datasets[marker["name"]], language,
                                       posixpath.relpath(chart_path(marker["name"], language), folder_of_page), mark),
        markdown,
    )


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def figure_markdown(dataset: Dataset, language: str, image: str, mark: Callable[[str], str] = str) -> str:
    """The figure in Markdown (md_in_html), so abbreviations and links are handled as on the rest of the page.
    Its chart is an image: its own text is not read, its alt text is."""
    columns = dataset.columns
    header = [mark(dataset.label_column[language]), *(mark(column.label[language]) for column in columns)]
    lines = [
        '<figure class="key-figure" markdown>',
        f'<figcaption markdown="span">{mark(dataset.title[language])}</figcaption>',
        "",
        mark(dataset.summary_text(language)),
        "",
        # loading="lazy": a chart far down the page is fetched when the reader scrolls near it,
        # not on every first visit (the key figures page has seven, each with its numbers in the
        # table under it). Its size is known, so nothing moves when it arrives.
        f'![{catalogs.line(CATALOG, "figure-chart-alt", language)}]({image})'
        f'{{ width="{WIDTH}" height="{round(height(dataset, language))}" loading="lazy" }}',
        "",
        "| " + " | ".join(_cell(text) for text in header) + " |",
        "| :-- |" + " --: |" * len(columns),
        *(
            "| " + " | ".join([_cell(mark(row.label[language])),
                               *(dataset.value(row, column.id, language) for column in columns)]) + " |"
            for row in dataset.rows
        ),
        "",
        catalogs.line(CATALOG, "figure-source", language, source=mark(dataset.source[language])),
        "{: .key-figure__source }",
        "</figure>",
    ]
    return "\n".join(lines)
