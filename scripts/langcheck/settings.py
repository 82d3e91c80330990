"""The checker's settings (config.yml next to this file), checked against
scripts/content/schemas/langcheck-settings.schema.yml."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from scripts.content import load

CONFIG = Path(__file__).with_name("config.yml")


@lru_cache
def config() -> dict:
    return load(CONFIG, "langcheck-settings").data


@lru_cache
def elisions(language: str | None) -> frozenset[str]:
    return frozenset(config()["matching"]["elisions"].get(language, ()))
