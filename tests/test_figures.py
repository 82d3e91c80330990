"""Key figures: the data match the annual report, and the chart, the table and the summary show the same data."""

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from coloraide import Color

from scripts.content import DataError, figure_chart
from scripts.content.figures import folder, load_dataset, load_datasets
from scripts.content.local_formats import format_number
from scripts.project import DOCS
from tests.conftest import build, published

REPORT = DOCS / "data" / "sources" / "jaarverslag-2023-fod-sociale-zekerheid.txt"
DATA_FILES = sorted(folder(DOCS).glob("*.yml"))
# A Dutch number in the report: 242.454, 1202, 22,9 (the report is not consistent about the dot).
DUTCH_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
# How far below its heading a table's figures may be in the report's text.
TABLE_LINES = 40
LANGUAGES = ("nl", "fr")
SVG_TEXT = "{http://www.w3.org/2000/svg}text"


def numbers(line: str) -> list[float]:
    return [float(match.replace(".", "").replace(",", ".")) for match in DUTCH_NUMBER.findall(line)]


def contains_in_order(found: list[float], expected: list[float]) -> bool:
    remaining = iter(found)
    return all(any(value == candidate for candidate in remaining) for value in expected)


def report_lines_below(heading: str) -> list[str]:
    lines = REPORT.read_text(encoding="utf-8").splitlines()
    starts = [number for number, line in enumerate(lines) if line.strip() == heading]
    assert len(starts) == 1, f"the heading {heading!r} should be once in the report, found {len(starts)}"
    return lines[starts[0] + 1: starts[0] + 1 + TABLE_LINES]


def report_checks(dataset):
    """(words on the report's line, figures expected on that line in that order), per row and column."""
    for row in dataset.rows:
        if row.in_report:
            yield row.in_report, [row.values[column.id] for column in dataset.columns]
    for column in dataset.columns:
        if column.in_report:
            yield column.in_report, [row.values[column.id] for row in dataset.rows]


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda path: path.name)
def test_every_figure_is_in_the_annual_report_where_the_data_file_says(path):
    dataset = load_dataset(path)
    table = report_lines_below(dataset.source["heading"])
    checks = list(report_checks(dataset))
    assert checks, f"{path.name}: give rows or columns an `in_report` so their figures are checked"
    for words, expected in checks:
        lines = [line for line in table if words in line and contains_in_order(numbers(line), expected)]
        assert lines, f"{path.name}: no line with {words!r} and {expected} under {dataset.source['heading']!r}"


def test_every_figure_of_the_data_is_checked_against_the_report():
    for path in DATA_FILES:
        dataset = load_dataset(path)
        checked = {(row.id, column.id) for row in dataset.rows for column in dataset.columns
                   if row.in_report or column.in_report}
        assert len(checked) == len(dataset.rows) * len(dataset.columns), path.name


@pytest.mark.parametrize("value, unit, language, expected", [
    (242454, "count", "nl", "242.454"),
    (242454, "count", "fr", "242\u00a0454"),
    (913, "count", "fr", "913"),
    (22.9, "percent", "nl", "22,9%"),
    (12, "percent", "fr", "12\u00a0%"),
])
def test_numbers_follow_the_reader_s_conventions(value, unit, language, expected):
    assert format_number(value, unit, language) == expected


def test_the_summary_takes_its_numbers_from_the_data():
    dataset = load_dataset(folder(DOCS) / "artist-applications-2023.yml")

    assert "7.701" in dataset.summary_text("nl")
    assert "2\u00a0216" in dataset.summary_text("fr")
    assert "{" not in dataset.summary_text("fr")


# The built page: chart, table and summary from the same data.

def figures_of(page: Path):
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    return soup.select("figure.key-figure")


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_chart_shows_the_figures_of_its_table(built_site, language):
    page = built_site / published(language, "key-figures.md")
    shown = figures_of(page)
    assert len(shown) == len(DATA_FILES)
    for figure in shown:
        image = figure.find("img")
        assert image["alt"] and image["src"].startswith("figures/")
        svg = ElementTree.parse(page.parent / image["src"])
        width, height = svg.getroot().get("viewBox").split()[2:]
        assert (image["width"], image["height"]) == (width, str(round(float(height))))
        chart_values = [text.text for text in svg.iter(SVG_TEXT) if "font-weight: 700" in text.get("style")]
        table = [[cell.get_text() for cell in row.find_all("td")] for row in figure.select("tbody tr")]
        header = [cell.get_text() for cell in figure.select("thead th")]
        dataset = next(load_dataset(path) for path in DATA_FILES
                       if load_dataset(path).title[language] == figure.figcaption.get_text())
        column = 1 + [c.id for c in dataset.columns].index(dataset.chart)
        in_chart = [row for row, data in zip(table, dataset.rows) if data.in_chart]
        assert chart_values == [row[column] for row in in_chart], dataset.id
        assert header[column] == dataset.column(dataset.chart).label[language]
        assert figure.find("p").get_text() == dataset.summary_text(language)


def test_the_french_chart_and_table_use_french_numbers(built_site):
    svg = (built_site / "fr/figures/recipients-per-year.svg").read_text(encoding="utf-8")
    page = (built_site / published("fr", "key-figures.md")).read_text(encoding="utf-8")

    assert "242\u00a0454" in svg and "242\u00a0454" in page
    assert "242.454" in (built_site / "figures/recipients-per-year.svg").read_text(encoding="utf-8")


def test_chart_text_is_real_text_with_aaa_contrast_and_bars_stand_out(built_site):
    light = figure_chart.COLOURS["light"]
    for chart in sorted(built_site.glob("**/figures/*.svg")):
        svg = ElementTree.parse(chart)
        texts = list(svg.iter(SVG_TEXT))
        assert texts, f"{chart}: no <text>: the chart's words must be real text"
        for text in texts:
            fill = re.search(r"fill: (#[0-9a-f]{6})", text.get("style"))
            assert fill, f"{chart}: {text.text!r} has no colour of its own"
            assert fill[1] == light["text"], f"{chart}: {fill[1]}"
        assert svg.getroot().find("{http://www.w3.org/2000/svg}title").text
        assert len(svg.getroot().findall("{http://www.w3.org/2000/svg}title")) == 1


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_chart_colours_have_aaa_text_contrast_and_bars_that_stand_out_in_both_schemes(scheme):
    colours = {name: Color(value) for name, value in figure_chart.COLOURS[scheme].items()}

    assert colours["text"].contrast(colours["background"], method="wcag21") >= 7
    # Bars and their hatch are graphics: WCAG 1.4.11 asks 3:1 against what is next to them.
    assert colours["bar"].contrast(colours["background"], method="wcag21") >= 3
    assert colours["hatch"].contrast(colours["bar"], method="wcag21") >= 3


def test_every_bar_has_a_pattern_and_the_chart_follows_the_dark_scheme(built_site):
    chart = (built_site / "figures/recipients-per-year.svg").read_text(encoding="utf-8")
    dark = figure_chart.COLOURS["dark"]

    bars = re.findall(r'<g id="bar-\d+">\s*<path [^>]*style="fill: url\(#(\w+)\)', chart)
    assert len(bars) == 5 and all(f'<pattern id="{pattern}"' in chart for pattern in bars)
    assert "@media (prefers-color-scheme: dark)" in chart
    assert all(colour in chart for colour in dark.values())


def test_the_charts_dark_background_is_the_pages(built_site):
    stylesheet = (built_site / "assets/stylesheets/site.css").read_text(encoding="utf-8")
    dark_part = stylesheet[stylesheet.index("@media (prefers-color-scheme: dark)"):]

    assert f"--md-default-bg-color: {figure_chart.COLOURS['dark']['background']};" in dark_part
    assert figure_chart.COLOURS["light"]["background"] in ("#fff", "#ffffff")


# Wrong data and wrong markers stop the build with a message that says where.

def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


VALID = (folder(DOCS) / "parking-cards-2023.yml").read_text(encoding="utf-8")


def test_a_figure_written_as_text_stops_the_build_naming_file_and_line(project_copy, tmp_path):
    data = project_copy / "docs/data/figures/parking-cards-2023.yml"
    write(data, VALID.replace("cards: 514976", "cards: 514.976 kaarten"))

    result = build(project_copy, tmp_path / "out")

    line = VALID.splitlines().index("    cards: 514976") + 1
    assert result.returncode != 0
    assert f"docs/data/figures/parking-cards-2023.yml:{line} error [data-field-wrong]" in result.stderr
    assert "een getal zonder punten of spaties" in result.stderr and "un nombre sans points" in result.stderr


@pytest.mark.parametrize("change, rule", [
    (("    cards: 74445\n", ""), "figures-cell-missing"),
    (("cards: 74445", "kards: 74445"), "figures-cell-missing"),
    (("{issued}", "{uitgegeven}"), "figures-placeholder"),
    (("chart: cards", "chart: kaarten"), "figures-chart-column"),
    (("  - id: in-use", "  - id: issued"), "figures-duplicate-id"),
])
def test_inconsistent_figures_are_reported_with_their_rule(tmp_path, change, rule):
    path = write(tmp_path / "parking.yml", VALID.replace(*change))

    with pytest.raises(DataError) as error:
        load_dataset(path)

    assert rule in {finding.rule for finding in error.value.findings}
    assert all(finding.line for finding in error.value.findings)


def test_a_figure_for_a_column_that_does_not_exist_is_reported(tmp_path):
    path = write(tmp_path / "parking.yml", VALID.replace("cards: 74445", "cards: 74445\n    kards: 1"))

    with pytest.raises(DataError) as error:
        load_dataset(path)

    [finding] = error.value.findings
    assert finding.rule == "figures-unknown-column" and "'kards'" in finding.message


def test_every_broken_file_is_reported_at_once(tmp_path):
    write(tmp_path / "data/figures/a.yml", VALID.replace("chart: cards", "chart: x"))
    write(tmp_path / "data/figures/b.yml", "title: [")

    with pytest.raises(DataError) as error:
        load_datasets(tmp_path)

    assert [finding.rule for finding in error.value.findings] == ["figures-chart-column", "data-yaml"]


def test_a_marker_naming_missing_figures_stops_the_build_in_the_page_language(project_copy, tmp_path):
    page = project_copy / "docs/fr/index.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    write(page, "\n".join([*lines, "", "{{ figure plaintes }}", ""]))

    result = build(project_copy, tmp_path / "out")

    assert result.returncode != 0
    assert f"docs/fr/index.md:{len(lines) + 2} error [figures-unknown]" in result.stderr
    assert "Cette page demande les chiffres « plaintes »" in result.stderr
