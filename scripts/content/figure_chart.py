"""A key-figures chart as SVG: horizontal bars, each with its label above and its value at its end.

Made for a 320 px phone first (about 288 px for the content): one bar per line, so labels never overlap;
real SVG text (svg.fonttype none), so it stays sharp and readable by
software; every bar labelled with its value, so nothing depends on colour;
text colour with at least 7:1 contrast (WCAG AAA, tested). The drawing is
in points: the SVG's viewBox is WIDTH wide, and a page shows it at most
a little wider than that (overrides/assets/stylesheets/site.css).
"""

from __future__ import annotations

import io
import re
import textwrap
from html import escape
from typing import TYPE_CHECKING

import matplotlib
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

if TYPE_CHECKING:  # figures.py draws its charts with this module
    from scripts.content.figures import Dataset, Row

WIDTH = 288
FONT_SIZE = 16
LINE = FONT_SIZE * 1.25
BAR = 18
GAP = 14
MARGIN = 4
# A label longer than this wraps: about the width of the drawing at FONT_SIZE.
LABEL_CHARACTERS = 30
# Estimated width of a bold digit, in ems: the browser's font may be wider than matplotlib's.
VALUE_EM = 0.7
TEXT = "#1a1a1a"
BAR_COLOUR = "#0b4f8a"
BACKGROUND = "#ffffff"
STYLE = {
    "svg.fonttype": "none",  # text as <text>, not as drawn glyphs
    "svg.hashsalt": "key-figures",  # the same ids on every build
    "font.family": "sans-serif",
    "font.sans-serif": ["Helvetica", "Arial", "DejaVu Sans"],
}


def height(dataset: Dataset, language: str) -> float:
    """The chart's height in points (the page's <img> gets it too, so nothing jumps while loading)."""
    lines = sum(len(_label_lines(row, language)) for row in dataset.chart_rows)
    return 2 * MARGIN + lines * LINE + len(dataset.chart_rows) * (BAR + GAP) - GAP


def _label_lines(row: Row, language: str) -> list[str]:
    return textwrap.wrap(row.label[language], LABEL_CHARACTERS)


def render(dataset: Dataset, language: str) -> str:
    """The chart of `dataset` in `language`, as an SVG document."""
    rows = dataset.chart_rows
    values = [dataset.value(row, dataset.chart, language) for row in rows]
    longest_value = max(len(value) for value in values) * FONT_SIZE * VALUE_EM
    scale = (WIDTH - 2 * MARGIN - longest_value - 6) / max(row.values[dataset.chart] for row in rows)
    total_height = height(dataset, language)

    with matplotlib.rc_context(STYLE):
        figure = Figure(figsize=(WIDTH / 72, total_height / 72), facecolor=BACKGROUND)
        axes = figure.add_axes((0, 0, 1, 1))
        axes.set_axis_off()
        axes.set_xlim(0, WIDTH)
        axes.set_ylim(total_height, 0)
        top = MARGIN
        for row, value in zip(rows, values):
            lines = _label_lines(row, language)
            axes.text(MARGIN, top, "\n".join(lines), fontsize=FONT_SIZE, color=TEXT, va="top",
                      linespacing=1.25)
            top += len(lines) * LINE
            length = row.values[dataset.chart] * scale
            axes.add_patch(Rectangle((MARGIN, top), length, BAR, facecolor=BAR_COLOUR, edgecolor="none"))
            axes.text(MARGIN + length + 6, top + BAR / 2, value, fontsize=FONT_SIZE, fontweight="bold",
                      color=TEXT, va="center")
            top += BAR + GAP
        output = io.StringIO()
        figure.savefig(output, format="svg", metadata={"Date": None, "Title": dataset.title[language]})
    # A <title> names the chart when it is opened on its own.
    title = f"<title>{escape(dataset.title[language])}</title>"
    return re.sub(r"<svg[^>]*>", lambda match: f"{match[0]}\n {title}", output.getvalue(), count=1)
