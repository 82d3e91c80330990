"""Checks on the built site (`site/`), no browser needed.

Each module checks one thing and returns Findings that name the source file
an editor or developer has to change:
- languages: <html lang>, hreflang alternates, the language switch, sitemap.xml
- requests: no request to another host, no request to a file that is missing
- search: one search index per language, loaded by that language's pages
- headings: one <h1>, no skipped heading levels
- images: every image has a text alternative (alt), empty only when marked decorative
- link_texts: no link text that is only "klik hier", "ici"... (link_texts.yml), empty, or a web address
- link_targets: no link to the local preview (127.0.0.1), none over plain http://
- tables: every table has header cells
- titles: page titles unique per language
- forms: every form control has a name
- inline: no inline style or script that the Content-Security-Policy would block
"""

from __future__ import annotations

from pathlib import Path

from scripts.sitecheck import (forms, headings, images, inline, languages, link_targets, link_texts, requests, search,
                               tables, titles)
from scripts.sitecheck.site import Site

CHECKS = (languages.check, requests.check, search.check, headings.check, images.check, link_texts.check,
          link_targets.check, tables.check, titles.check, forms.check, inline.check)


def check_site(site_dir: Path, project_dir: Path | None = None):
    site = Site.load(site_dir, project_dir)
    return [finding for check in CHECKS for finding in check(site)]
