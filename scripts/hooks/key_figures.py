"""MkDocs hook: key figures as a chart, a summary and a table, from docs/data/figures/.

A line `{{ figure NAME }}` on a page becomes the figure of
docs/data/figures/NAME.yml (scripts/content/figures.py). The charts are drawn
once per language build and added to the build as generated files
(figures/NAME.svg next to the language's pages), so MkDocs writes them and
checks every link to them. A name in another language in a figure's texts
(European Disability Cards) is marked with its language. A wrong figures file, or a marker naming a file
that does not exist, stops the build with a message that names the file and
the line.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from scripts.content.figure_chart import render
from scripts.content.figures import MARKER, chart_path, expand_markers, load_datasets
from scripts.content.names import foreign_names, marked
from scripts.hooks.plugin_errors import stops_the_build


def _i18n(config):
    return config.plugins["i18n"]


@event_priority(-150)  # after mkdocs-static-i18n (-100) has chosen this build's files
@stops_the_build
def on_files(files, config):
    i18n = _i18n(config)
    language = i18n.current_language
    for name, dataset in load_datasets(Path(config.docs_dir)).items():
        chart = File.generated(config, chart_path(name, language), content=render(dataset, language))
        if language == i18n.default_language:  # the default language lives at the site's root
            chart.dest_uri = chart_path(name, language).removeprefix(f"{language}/")
        files.append(chart)
    return files


@stops_the_build
def on_page_markdown(markdown, page, config, files):
    if not MARKER.search(markdown):
        return markdown
    docs, language = Path(config.docs_dir), _i18n(config).current_language
    names = foreign_names(docs, language)
    return expand_markers(markdown, Path(page.file.abs_src_path), page.file.src_uri, language, load_datasets(docs),
                          lambda text: marked(text, names))
