"""MkDocs hook: every page at its address in the reader's language (front matter `address`).

docs/fr/allowances.md says `address: allocations` and is written to
fr/allocations.html; docs/nl/allowances.md says `address: tegemoetkomingen`
(scripts/content/addresses.py). mkdocs-static-i18n pairs a page's languages
by their shared file name and gives each page's File its `alternates` (the
File of each language); once it has chosen this build's files, each page and
each of its alternates moves to its address. Everything that asks a File for
its URL follows: the nav, every Markdown link ([x](allowances.md)), the
language switch and hreflang (the plugin's page context), the sitemap, search.

A page whose address is missing, wrong or taken keeps its file name, and the
problem is logged as an error in the page's language, which fails the strict
build once it is over (`make check` shows it once, as the front-matter check
words it). A page another hook adds (not a file under docs/) moves when its
own front matter gives an address.
"""

import logging
import os
from pathlib import Path, PurePosixPath

from mkdocs.plugins import event_priority

from scripts.content import addresses
from scripts.content.pages import SourcePage

log = logging.getLogger(f"mkdocs.hooks.{__name__}")


def _move(file, path: PurePosixPath, site_dir: str) -> None:
    # What mkdocs-static-i18n sets when it moves a file to a language folder (folder.py);
    # its files' dest_dir is not the site's folder, so the site's folder is given.
    file.dest_uri = file.url = path.as_posix()
    file.abs_dest_path = os.path.normpath(os.path.join(site_dir, file.dest_uri))


@event_priority(-180)  # after mkdocs-static-i18n (-100) and the hooks that add pages (-150)
def on_files(files, config):
    i18n = config.plugins["i18n"]
    project_dir = Path(config.docs_dir).parent
    published = addresses.site_paths(project_dir)

    def address_of(file, language: str) -> PurePosixPath | None:
        name = PurePosixPath(file.src_uri).relative_to(language)
        source = SourcePage(project_dir, language, name)
        if source in published:
            return published[source]
        value, _ = addresses.written(file.content_string)  # a page made by a hook
        folder = "" if language == i18n.default_language else f"{language}/"
        return addresses.site_path(folder, name, value) if addresses.is_valid(value) else None

    for file in files.documentation_pages():
        versions = getattr(file, "alternates", None) or {i18n.current_language: file}
        for language, version in versions.items():
            path = address_of(version, language)
            if path is not None:
                _move(version, path, config.site_dir)

    mine = [page for page in published if page.language == i18n.current_language]
    for finding in addresses.findings(mine):
        log.error(finding.human())
    return files
