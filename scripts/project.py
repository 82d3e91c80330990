"""Where things are in this project, and what its MkDocs configuration says.

The one module outside the build hooks that reads mkdocs.yml or imports
MkDocs: the site's languages, the nav with its lines, the Markdown
extensions, and a page's front matter as MkDocs splits and reads it. Tools
ask here, so a move to another site generator changes this module (and
scripts/hooks/), not every tool.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from mkdocs.config import load_config
from mkdocs.utils import meta, yaml_load

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SITE = ROOT / "site"
CONFIG = ROOT / "mkdocs.yml"
# A page's front matter as MkDocs finds it: the YAML between two '---' lines at its top.
FRONT_MATTER = meta.YAML_RE


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    default: bool

    @property
    def folder(self) -> str:
        """The language's folder in the built site: '' for the default language."""
        return "" if self.default else f"{self.code}/"


def settings(config: Path = CONFIG) -> dict:
    """mkdocs.yml as MkDocs reads it (its !ENV values filled in), without MkDocs' defaults."""
    with config.open(encoding="utf-8") as stream:
        return yaml_load(stream)


@lru_cache
def languages(config: Path = CONFIG) -> tuple[Language, ...]:
    for plugin in settings(config).get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            return tuple(
                Language(item["locale"], item["name"], bool(item.get("default")))
                for item in plugin["i18n"]["languages"]
            )
    raise ValueError(f"{config}: no i18n plugin with languages")


def default_language(config: Path = CONFIG) -> Language:
    """The language at the site's root (mkdocs.yml: default: true)."""
    return next(language for language in languages(config) if language.default)


def nav_files(config: Path = CONFIG) -> dict[str, int] | None:
    """The page files the nav lists, each with its line in mkdocs.yml; None when there
    is no nav. Read as YAML nodes, which keep their lines (and need no !ENV value)."""
    root = yaml.compose(config.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    nav = next((value for key, value in root.value if key.value == "nav"), None)
    if nav is None:
        return None
    files: dict[str, int] = {}
    pending = [nav]
    while pending:
        node = pending.pop(0)
        if isinstance(node, yaml.ScalarNode):
            if "://" not in node.value:
                files.setdefault(node.value, node.start_mark.line + 1)
        elif isinstance(node, yaml.MappingNode):
            pending[:0] = [value for _, value in node.value]
        elif isinstance(node, yaml.SequenceNode):
            pending[:0] = node.value
    return files


def markdown_extensions(config: Path = CONFIG) -> tuple[list, dict]:
    """The Markdown extensions and their settings, as the build converts pages."""
    loaded = load_config(str(config))
    return loaded.markdown_extensions, loaded.mdx_configs


def page_meta(text: str) -> dict:
    """A page's front matter as MkDocs reads it (title, description…); {} when it has none."""
    return meta.get_data(text)[1]


def language_of_source(path: Path, docs: Path = DOCS) -> str | None:
    """The language of a Markdown file under docs/, from its folder (docs/fr/… → fr)."""
    try:
        first = path.resolve().relative_to(docs.resolve()).parts[0]
    except (ValueError, IndexError):
        return None
    return first if first in {language.code for language in languages()} else None


def shown(path: Path) -> str:
    """A path as findings show it to editors: from the project folder
    (docs/fr/contact.md); for another project, such as a test's copy, from
    its docs/ folder on."""
    resolved = path.resolve()
    if resolved.is_relative_to(ROOT):
        return resolved.relative_to(ROOT).as_posix()
    if "docs" in resolved.parts:
        start = len(resolved.parts) - 1 - resolved.parts[::-1].index("docs")
        return Path(*resolved.parts[start:]).as_posix()
    return path.as_posix()


def first_line_with(path: Path, text: str) -> int | None:
    """The number of the first line of a file that contains `text` (a link target,
    an image's file name…): where an editor looks. None when there is none."""
    if not text:
        return None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    return next((number for number, line in enumerate(lines, 1) if text in line), None)
