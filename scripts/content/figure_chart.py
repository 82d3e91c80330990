"""A key-figures chart as SVG: horizontal bars, each with its label above and its value at its end.

Made for a 320 px phone first (about 288 px for the content): one bar per line, so labels never overlap;
real SVG text (svg.fonttype none), so it stays sharp and readable by
software; every bar labelled with its value and drawn with a hatch pattern
and an outline, so nothing depends on colour (greyscale, forced colours);
text colour with at least 7:1 contrast (WCAG AAA, tested) in both colour
schemes: a page shows the chart as an image, and the chart follows the
reader's dark scheme itself (a <style> in the SVG, as the site's
stylesheet does for the page). The drawing is in points: the SVG's viewBox
is WIDTH wide, and a page shows it at most a little wider than that
(overrides/assets/stylesheets/site.css).
"""

from __future__ import annotations

import io
import textwrap
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
# Per colour scheme: text 7:1 or more on the background (AAA), bars 3:1 or
# more (WCAG 1.4.11), hatch lines that stand out from the bar. The
# backgrounds are the page's (site.css); tests/test_figures.py checks all.
COLOURS = {
    "light": {"background": "#ffffff", "text": "#1a1a1a", "bar": "#0b4f8a", "hatch": "#ffffff"},
    "dark": {"background": "#16181d", "text": "#f0f0f0", "bar": "#8fc1ff", "hatch": "#16181d"},
}
HATCH = "//"  # diagonal lines in every bar: the bars read without their colour
STYLE = {
    "svg.fonttype": "none",  # text as <text>, not as drawn glyphs
    "svg.hashsalt": "key-figures",  # the same ids on every build
    "font.family": "sans-serif",
    "font.sans-serif": ["Helvetica", "Arial", "DejaVu Sans"],
    "hatch.linewidth": 1.5,
}
# matplotlib writes the light colours into each element; in the dark scheme
# these rules win (!important beats an element's own style). The ids are
# the groups' gids set in render().
DARK_STYLE = """<style>
@media (prefers-color-scheme: dark) {{
  #chart-background path {{ fill: {background} !important; }}
  text {{ fill: {text} !important; }}
  [id^="bar-"] path {{ stroke: {text} !important; }}
  pattern rect {{ fill: {bar} !important; }}
  pattern path {{ fill: {hatch} !important; stroke: {hatch} !important; }}
}}
</style>"""


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

    light = COLOURS["light"]
    with matplotlib.rc_context(STYLE):
        figure = Figure(figsize=(WIDTH / 72, total_height / 72), facecolor=light["background"])
        figure.patch.set_gid("chart-background")
        axes = figure.add_axes((0, 0, 1, 1))
        axes.set_axis_off()
        axes.set_xlim(0, WIDTH)
        axes.set_ylim(total_height, 0)
        top = MARGIN
        for number, (row, value) in enumerate(zip(rows, values), 1):
            lines = _label_lines(row, language)
            axes.text(MARGIN, top, "\n".join(lines), fontsize=FONT_SIZE, color=light["text"], va="top",
                      linespacing=1.25)
            top += len(lines) * LINE
            length = row.values[dataset.chart] * scale
            bar = Rectangle((MARGIN, top), length, BAR, facecolor=light["bar"], edgecolor=light["text"],
                            linewidth=1, hatch=HATCH, hatchcolor=light["hatch"])
            bar.set_gid(f"bar-{number}")
            axes.add_patch(bar)
            axes.text(MARGIN + length + 6, top + BAR / 2, value, fontsize=FONT_SIZE, fontweight="bold",
                      color=light["text"], va="center")
            top += BAR + GAP
        output = io.StringIO()
        # The title (matplotlib writes it as <title>) names the chart when it is opened on its own.
        figure.savefig(output, format="svg", metadata={"Date": None, "Title": dataset.title[language]})
    dark = DARK_STYLE.format(**COLOURS["dark"])
    # After the <title>, which stays the first thing in the drawing.
    return output.getvalue().replace("</title>\n", f"</title>\n{dark}\n", 1)
