"""MkDocs hook: each language folder gets its own 404.html and sitemap.xml.

Every language build renders the theme's 404.html and sitemap.xml to the
site root, so the last language built overwrites the others:
- 404.html: the root keeps the default language's page; other languages go
  to their folder (/fr/404.html), so each 404 page has the right language.
- sitemap.xml: Material's script fetches "sitemap.xml" next to every hreflang
  alternate in the head; without /fr/sitemap.xml, every page view requests a
  file that does not exist.
The 404 page has no page of its own to translate: its language switch leads
to each language's home page. (mkdocs-static-i18n sets the switch per page,
and the 404 page would otherwise keep the last page's: a step of the rights finder.)
"""

from copy import deepcopy
from pathlib import Path

PER_LANGUAGE = {"404.html": "language folder only", "sitemap.xml": "root and language folder"}


def on_post_template(output, template_name, config):
    i18n = config.plugins["i18n"]
    if template_name not in PER_LANGUAGE or i18n.current_language == i18n.default_language:
        return output
    target = Path(config.site_dir) / i18n.current_language / template_name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, encoding="utf-8")
    if PER_LANGUAGE[template_name] == "language folder only":
        return ""  # empty output: MkDocs does not write it over the root's page
    return output


def on_pre_template(template, template_name, config):
    i18n = config.plugins["i18n"]
    if template_name == "404.html" and i18n.extra_alternate:
        # As mkdocs-static-i18n sets it for each page (an attribute, which the template reads first).
        config.extra.alternate = deepcopy(i18n.extra_alternate)  # the languages' home pages
    return template
