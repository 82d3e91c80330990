"""The content model: every page and data file of the site, loaded one way and checked on load.

- data_files: `load(path, schema)` — the one loader of data files: safe YAML,
  its JSON Schema (schemas/), every problem a finding on its line (DataError)
- pages: the Markdown pages under docs/<language>/, their front matter, and
  the pages missing in a language
- glossary: the glossary of each language (docs/data/glossary/)
- figures: the key figures (docs/data/figures/) and the figure a page shows;
  figure_chart draws their charts
- local_formats: numbers and dates as a reader of each language writes them

Nothing here knows MkDocs: the build hooks (scripts/hooks/) call these
functions on MkDocs' events, and the checkers call them on the files.
README.md ("Adding a data file") says how to add a data file, its schema
and its findings.
"""

from scripts.content.data_files import DataError, Document, load

__all__ = ["DataError", "Document", "load"]
