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

from scripts import safe_yaml

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


class ConfigError(Exception):
    """mkdocs.yml cannot be used. `kind`: missing, unreadable (not UTF-8 text), yaml (not valid
    YAML), alias or too-large (refused by the safe reader), languages (no i18n languages);
    `line` and `column` count from 1, where known."""

    def __init__(self, kind: str, problem: str, line: int | None = None, column: int | None = None):
        super().__init__(f"mkdocs.yml: {problem}")
        self.kind, self.problem, self.line, self.column = kind, problem, line, column


def config_tree(config: Path = CONFIG) -> yaml.Node | None:
    """mkdocs.yml as a YAML tree, read safely (scripts/safe_yaml.py: bounded, no alias of a
    list), its values not built; raises ConfigError, with the line where there is one."""
    try:
        raw = config.read_bytes()
    except OSError as error:
        raise ConfigError("missing", error.strerror or str(error)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ConfigError("unreadable", error.reason, raw[:error.start].count(b"\n") + 1) from None
    try:
        return safe_yaml.compose(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        kind = error.kind if isinstance(error, safe_yaml.Refused) else "yaml"
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise ConfigError(kind, problem, mark.line + 1 if mark else None,
                          mark.column + 1 if mark else None) from None


def settings(config: Path = CONFIG) -> dict:
    """mkdocs.yml as MkDocs reads it (its !ENV values filled in), without MkDocs' defaults;
    raises ConfigError when it cannot be read."""
    config_tree(config)  # refuses what would stop MkDocs' own reader, or exhaust its memory
    with config.open(encoding="utf-8-sig") as stream:
        try:
            loaded = yaml_load(stream)
        except Exception as error:  # an !ENV tag MkDocs cannot fill, and the like: still mkdocs.yml's problem
            raise ConfigError("yaml", str(error).splitlines()[0]) from None
    if not isinstance(loaded, dict):
        raise ConfigError("yaml", "not a group of settings (name: value)")
    return loaded


@lru_cache
def languages(config: Path = CONFIG) -> tuple[Language, ...]:
    for plugin in settings(config).get("plugins") or []:
        if isinstance(plugin, dict) and isinstance(plugin.get("i18n"), dict):
            try:
                return tuple(
                    Language(item["locale"], item["name"], bool(item.get("default")))
                    for item in plugin["i18n"]["languages"]
                )
            except (KeyError, TypeError):
                break
    raise ConfigError("languages", "no i18n plugin with languages (locale, name)")


def default_language(config: Path = CONFIG) -> Language:
    """The language at the site's root (mkdocs.yml: default: true)."""
    return next(language for language in languages(config) if language.default)


def nav_files(config: Path = CONFIG) -> dict[str, int] | None:
    """The page files the nav lists, each with its line in mkdocs.yml; None when there
    is no nav. Read as YAML nodes, which keep their lines (and need no !ENV value)."""
    root = config_tree(config)
    nav = nav_node(root)
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


def nav_labels(config: Path = CONFIG) -> dict[str, int]:
    """The labels the nav gives (`- Startpagina: index.md`, or a section's name), each with
    its line in mkdocs.yml; an external link's label is left out (`- Name: https://…`)."""
    labels: dict[str, int] = {}
    pending = [nav_node(config_tree(config))]
    while pending:
        node = pending.pop(0)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if not (isinstance(value, yaml.ScalarNode) and "://" in value.value):
                    labels.setdefault(key.value, key.start_mark.line + 1)
                pending.append(value)
        elif isinstance(node, yaml.SequenceNode):
            pending[:0] = node.value
    return labels


def nav_translations(config: Path = CONFIG) -> dict[str, dict]:
    """Per language, the nav labels the i18n plugin translates (nav_translations)."""
    for plugin in settings(config).get("plugins") or []:
        if isinstance(plugin, dict) and isinstance(plugin.get("i18n"), dict):
            return {item["locale"]: item.get("nav_translations") or {} for item in plugin["i18n"]["languages"]}
    return {}


def nav_node(root: yaml.Node | None) -> yaml.Node | None:
    """The `nav` of mkdocs.yml's tree, or None."""
    if not isinstance(root, yaml.MappingNode):
        return None
    return next((value for key, value in root.value if key.value == "nav"), None)


@lru_cache
def markdown_extensions(config: Path = CONFIG) -> tuple[list, dict]:
    """The Markdown extensions and their settings, as the build converts pages (kept: MkDocs
    takes a second to load its configuration; do not change what it returns)."""
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
