"""Which pages exist in one language and not in the other.

Used by the build (scripts/hooks/translations.py) so a missing translation
stops the build instead of being replaced by the other language.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

LANGUAGE_NAMES = {"nl": ("Nederlands", "néerlandais"), "fr": ("Frans", "français")}


@dataclass(frozen=True)
class MissingTranslation:
    existing: Path
    missing: Path
    language: str

    def message(self) -> str:
        nl_name, fr_name = LANGUAGE_NAMES.get(self.language, (self.language, self.language))
        return (
            f"{self.missing}: deze pagina ontbreekt in het {nl_name}; maak ze aan als vertaling "
            f"van {self.existing}. / Cette page manque en {fr_name} : créez-la en traduisant "
            f"{self.existing}."
        )


def pages(language_dir: Path) -> set[Path]:
    """Markdown pages of one language folder, relative to that folder."""
    return {path.relative_to(language_dir) for path in language_dir.rglob("*.md")}


def missing_translations(docs_dir: Path, languages: list[str]) -> list[MissingTranslation]:
    """Pages missing per language, as paths from the project folder (docs/fr/x.md)."""
    shown = Path(docs_dir.name)
    found = {language: pages(docs_dir / language) for language in languages}
    missing = []
    for language in languages:
        for other in languages:
            for page in sorted(found[other] - found[language]):
                missing.append(
                    MissingTranslation(
                        existing=shown / other / page,
                        missing=shown / language / page,
                        language=language,
                    )
                )
    return missing
