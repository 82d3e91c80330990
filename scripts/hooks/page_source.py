"""MkDocs hook: each page reaches MkDocs only as far as it is safe to read.

MkDocs reads a page's front matter with its own YAML reader, which expands
every alias: a few lines of aliases of aliases of a list ("billion laughs")
become billions of items when a template prints them, and the build runs
out of memory. The content package reads each page first
(scripts/content/pages.py, `source_for_build`): a front matter that the
project's safe reader refuses is left out, a page that is not UTF-8 text is
read as empty, and each such problem is logged as the finding it is (file,
line, fix), which fails the strict build and which scripts/buildcheck reads
back. MkDocs allows one reader of page sources: this is it.
"""

import logging
from pathlib import Path

from scripts.content.pages import source_for_build

log = logging.getLogger(f"mkdocs.hooks.{__name__}")


def on_page_read_source(page, config):
    if page.file.abs_src_path is None:
        return None  # a generated page: its text is its maker's
    text, findings = source_for_build(Path(page.file.abs_src_path), Path(config.docs_dir))
    for finding in findings:
        log.error(finding.human())
    return text
