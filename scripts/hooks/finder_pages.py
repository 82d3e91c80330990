"""MkDocs hook: the rights finder's pages, added to each language's build.

One page per set of answers, made from docs/data/rights-finder.yml
(scripts/content/rights_finder*.py) as Markdown next to the language's pages
once mkdocs-static-i18n has chosen this build's files: MkDocs renders them
like any page and checks every link on them. Each page gets the i18n
plugin's alternates, so the language switch and hreflang lead to the same
question or result in the other language; each version says its address in
its language (scripts/hooks/page_addresses.py publishes it there). They are not in the menu; their
front matter keeps them out of search and of the sitemap. A wrong data file
stops the build, naming file and line; without one (a test's small
project), there is no finder.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel

from scripts.content.rights_finder import DATA, load_flow
from scripts.content.rights_finder_pages import pages
from scripts.hooks.plugin_errors import stops_the_build


def _page_file(config, i18n, language: str, src: str, content: str) -> File:
    page = File.generated(config, f"{language}/{src}", content=content, inclusion=InclusionLevel.NOT_IN_NAV)
    if language == i18n.default_language:  # the default language lives at the site's root
        page.dest_uri = src.removesuffix(".md") + ".html"
    # What mkdocs-static-i18n gives the files it handles itself (mkdocs_static_i18n/folder.py).
    page.locale = page.locale_alternate_of = language
    return page


@event_priority(-150)  # after mkdocs-static-i18n (-100) has chosen this build's files
@stops_the_build
def on_files(files, config):
    i18n = config.plugins["i18n"]
    language = i18n.current_language
    docs = Path(config.docs_dir)
    if not (docs / DATA).is_file():  # a project without a rights finder
        return files
    flow = load_flow(docs)
    # Every language's page, each with its front matter: its address is in that language.
    written = {other: pages(flow, other, docs) for other in i18n.build_languages}
    for same_state in zip(*written.values()):
        versions = {other: _page_file(config, i18n, other, page.src, page.markdown)
                    for other, page in zip(written, same_state)}
        versions[language].alternates = versions
        files.append(versions[language])
    return files
