"""Checker messages in the editor's language.

Each checker keeps its messages in a YAML file next to it: per message key a
`message` and a `fix`, each in Dutch (nl), French (fr) and English (en, for
files that belong to no language, such as templates). Placeholders use
str.format: {file}, {expected}…
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

FALLBACK = "en"


@lru_cache
def load(path: Path) -> dict:
    with path.open(encoding="utf-8") as stream:
        return yaml.safe_load(stream)


def text(catalog: Path, key: str, language: str | None, /, **values) -> tuple[str, str]:
    """The (message, fix) for `key` in `language`, with the values filled in."""
    entry = load(catalog)[key]
    language = language if language in entry["message"] else FALLBACK
    return (
        entry["message"][language].format(**values).strip(),
        entry["fix"][language].format(**values).strip(),
    )
