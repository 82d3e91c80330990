"""MkDocs hook: key figures as a chart, a summary and a table, all from docs/data/figures/.

A line `{{ figure NAME }}` on a page becomes, from docs/data/figures/NAME.yml,
a figure with the title, the summary (its numbers filled in from the data),
the chart, the table and the source. The charts are drawn once per language
build and added to the build as generated files (figures/NAME.svg next to
the language's pages), so MkDocs writes them and checks every link to them.
A wrong figures file, or a marker naming a file that does not exist, stops
the build with a message that names the file and the line.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

import yaml
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from scripts.hooks import data_files
from scripts.hooks.figures_chart import WIDTH, height, render
from scripts.hooks.figures_data import Dataset, load_datasets
from scripts.project import first_line_with

MARKER = re.compile(r"^\{\{ figure (?P<name>[^ }]*) \}\}[ \t]*$", re.MULTILINE)
FOLDER = "figures"
TEXT = yaml.safe_load(Path(__file__).with_name("figures_text.yml").read_text(encoding="utf-8"))


def _i18n(config):
    return config.plugins["i18n"]


@event_priority(-150)  # after mkdocs-static-i18n (-100) has chosen this build's files
def on_files(files, config):
    i18n = _i18n(config)
    language = i18n.current_language
    for name, dataset in load_datasets(Path(config.docs_dir)).items():
        chart = File.generated(config, f"{language}/{FOLDER}/{name}.svg", content=render(dataset, language))
        if language == i18n.default_language:  # the default language lives at the site's root
            chart.dest_uri = f"{FOLDER}/{name}.svg"
        files.append(chart)
    return files


def on_page_markdown(markdown, page, config, files):
    markers = list(MARKER.finditer(markdown))
    if not markers:
        return markdown
    language = _i18n(config).current_language
    datasets = load_datasets(Path(config.docs_dir))
    source = Path(page.file.abs_src_path)
    unknown = [
        data_files.finding("figures-unknown", source, first_line_with(source, marker[0]), language,
                           name=marker["name"], names=", ".join(datasets))
        for marker in markers if marker["name"] not in datasets
    ]
    if unknown:
        raise data_files.DataError(unknown)
    folder = posixpath.dirname(page.file.src_uri)
    return MARKER.sub(
        lambda marker: figure_markdown(
            datasets[marker["name"]], language,
            posixpath.relpath(f"{language}/{FOLDER}/{marker['name']}.svg", folder or "."),
        ),
        markdown,
    )


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def figure_markdown(dataset: Dataset, language: str, image: str) -> str:
    """The figure in Markdown (md_in_html), so abbreviations and links are handled as on the rest of the page."""
    columns = dataset.columns
    header = [dataset.label_column[language], *(column.label[language] for column in columns)]
    lines = [
        '<figure class="key-figure" markdown>',
        f'<figcaption markdown="span">{dataset.title[language]}</figcaption>',
        "",
        dataset.summary_text(language),
        "",
        f'![{TEXT["chart_alt"][language]}]({image}){{ width="{WIDTH}" height="{round(height(dataset, language))}" }}',
        "",
        "| " + " | ".join(_cell(text) for text in header) + " |",
        "| :-- |" + " --: |" * len(columns),
        *(
            "| " + " | ".join([_cell(row.label[language]),
                               *(dataset.value(row, column.id, language) for column in columns)]) + " |"
            for row in dataset.rows
        ),
        "",
        TEXT["source"][language] + dataset.source[language],
        "{: .key-figure__source }",
        "</figure>",
    ]
    return "\n".join(lines)
