"""MkDocs hook: a page that exists in only one language fails the build.

mkdocs-static-i18n would otherwise fill the gap with the default language,
so a French reader would silently get a Dutch page. Each missing page is
logged as an error, which fails the strict build (mkdocs.yml: strict: true)
once the build is over, so the build's other warnings (broken links…) are
reported in the same run: an editor sees every problem at once.
"""

import logging
from pathlib import Path

from scripts.content.pages import missing_translations

log = logging.getLogger(f"mkdocs.hooks.{__name__}")


def on_pre_build(config):
    i18n = config.plugins["i18n"]
    if i18n.current_language != i18n.default_language:
        return  # each language is built in turn: say it once
    languages = [language.locale for language in i18n.config.languages]
    for item in missing_translations(Path(config.docs_dir), languages):
        log.error(item.build_message())
