"""MkDocs hook: a page that exists in only one language stops the build.

mkdocs-static-i18n would otherwise fill the gap with the default language,
so a French reader would silently get a Dutch page.
"""

from pathlib import Path

from mkdocs.exceptions import PluginError

from scripts.translations import missing_translations


def on_pre_build(config):
    languages = [language.locale for language in config.plugins["i18n"].config.languages]
    missing = missing_translations(Path(config.docs_dir), languages)
    if missing:
        raise PluginError("\n".join(item.message() for item in missing))
