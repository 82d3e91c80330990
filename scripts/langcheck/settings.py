"""The checker's settings (config.yml next to this file)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

CONFIG = Path(__file__).with_name("config.yml")


@lru_cache
def config() -> dict:
    with CONFIG.open(encoding="utf-8") as stream:
        return yaml.safe_load(stream)


@lru_cache
def elisions(language: str | None) -> frozenset[str]:
    return frozenset(config()["matching"]["elisions"].get(language, ()))
