"""Where things are in this project, and its languages (read from mkdocs.yml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from mkdocs.utils import yaml_load

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SITE = ROOT / "site"
CONFIG = ROOT / "mkdocs.yml"


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    default: bool

    @property
    def folder(self) -> str:
        """The language's folder in the built site: '' for the default language."""
        return "" if self.default else f"{self.code}/"


@lru_cache
def languages(config: Path = CONFIG) -> tuple[Language, ...]:
    with config.open(encoding="utf-8") as stream:
        settings = yaml_load(stream)
    for plugin in settings.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            return tuple(
                Language(item["locale"], item["name"], bool(item.get("default")))
                for item in plugin["i18n"]["languages"]
            )
    raise ValueError(f"{config}: no i18n plugin with languages")


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
