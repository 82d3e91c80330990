"""What the checks say, in the reader's language: the message catalogs.

Each checker keeps its words in a `messages.yml` next to its code. Per key
there is either a `message` and a `fix` (a finding: what is wrong, how to
fix it) or a `text` (a line of a report, such as make check's summary). Each
is written in every language of the site (mkdocs.yml), or in English only
(en) when it concerns no page of a language: configuration, templates,
developers' files. Placeholders use str.format ({file}, {expected}…); a value
may differ per language: {"nl": …, "fr": …}. Python code holds no message
text: tests/test_findings.py checks every catalog against
scripts/content/schemas/messages.schema.yml and the keys the code uses.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from scripts import project, safe_yaml

FALLBACK = "en"
# For a file that belongs to every language (a key-figures file, make check's
# summary): the text in each language of the site, in mkdocs.yml's order.
EVERY_LANGUAGE = "*"
BETWEEN_LANGUAGES = " / "


@lru_cache
def load(path: Path) -> dict:
    return safe_yaml.load(path.read_text(encoding="utf-8"))


def _languages(language: str | None, texts: dict[str, str]) -> list[str | None]:
    if language != EVERY_LANGUAGE:
        return [language]
    try:
        return [each.code for each in project.languages()]
    except project.ConfigError:
        # mkdocs.yml itself is what is wrong: every language the catalog has, in its order.
        return [code for code in texts if code != FALLBACK] or [FALLBACK]


def _in(texts: dict[str, str], language: str | None, values: dict) -> str:
    language = language if language in texts else FALLBACK
    filled = {key: value.get(language, value.get(FALLBACK)) if isinstance(value, dict) else value
              for key, value in values.items()}
    return texts[language].format(**filled).strip()


def _joined(texts: dict[str, str], language: str | None, values: dict) -> str:
    return BETWEEN_LANGUAGES.join(_in(texts, each, values) for each in _languages(language, texts))


def text(catalog: Path, key: str, language: str | None, /, **values) -> tuple[str, str]:
    """The (message, fix) of a finding in `language` (or EVERY_LANGUAGE), with the values filled in."""
    entry = load(catalog)[key]
    return _joined(entry["message"], language, values), _joined(entry["fix"], language, values)


def line(catalog: Path, key: str, language: str | None = EVERY_LANGUAGE, /, **values) -> str:
    """A line of a report (a `text` entry), by default in every language of the site."""
    return _joined(load(catalog)[key]["text"], language, values)
