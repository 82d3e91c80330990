"""The same content built with stock Material for MkDocs: what this site is compared with.

Same Markdown (this project's docs/), same site settings, Markdown extensions,
plugins (search, i18n) and content hooks (key figures, glossary terms,
missing translations, the accessibility statement, page addresses: the same
pages at the same addresses); stock theme settings: no overrides/ nor the hooks that
rewrite Material's markup, minify site.js or write the reading stylesheet, no site.css, no
theme features, Material's default fonts and footer. The two hooks that fix stock Material +
i18n behaviour (one search index and one 404 page per language) are left out.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from scripts import project

SITE_FIXES = ("scripts/hooks/search_per_language.py", "scripts/hooks/files_per_language.py")
THEME_SETTINGS = ("extra", "extra_css", "extra_javascript")
# The site's changes to Material's markup, its script and its stylesheet.
THEME_HOOKS = ("scripts/hooks/theme_markup.py", "scripts/hooks/site_script.py", "scripts/hooks/reading_stylesheet.py")


def stock_config(folder: Path, site_url: str) -> Path:
    """A mkdocs.yml in `folder` that builds docs/ with stock Material; returns its path."""
    config = project.settings()
    config["theme"] = {"name": "material", "language": config["theme"]["language"]}
    for setting in THEME_SETTINGS:
        config.pop(setting, None)
    config["hooks"] = [str(project.ROOT / hook) for hook in config["hooks"]
                       if hook not in SITE_FIXES + THEME_HOOKS]
    config["docs_dir"] = str(project.DOCS)
    config["site_url"] = site_url
    path = folder / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path
