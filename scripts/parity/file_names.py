"""File names in the language folders that the build or a browser reads otherwise than meant.

- page-extension: a page saved as .MD, .markdown or .md.txt is no page for the checks,
  and the build copies it as it is: the menu links to its Markdown source;
- file-name: a space, a capital or an accent in a file name becomes %20 and the like
  in the page's address, breaks links written with the name as it is, and the checks
  then report its consequences (a dozen findings) instead of the cause. Names are
  small letters, digits and hyphens, the same in every language.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from scripts.content.pages import language_codes
from scripts.findings import Finding, Reporter

REPORT = Reporter(Path(__file__).with_name("messages.yml"), "parity")
PAGE_SUFFIX = ".md"
# Suffixes of Markdown files that are not the site's .md (any case), and an editor's .md.txt.
OTHER_MARKDOWN = {".md", ".markdown", ".mdown", ".mkd", ".mkdn"}
GOOD_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9]+)*$")


def suggested_name(name: str) -> str:
    """Überweisung Kaart.PNG → uberweisung-kaart.png: small letters, no accents, hyphens."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    plain = re.sub(r"[^a-z0-9._-]+", "-", plain.lower())
    return re.sub(r"-+", "-", plain).strip("-.") or "page"


def page_name(path: Path) -> str | None:
    """The .md name a misnamed page should have, or None when it is no misnamed page."""
    suffixes = [suffix.lower() for suffix in path.suffixes]
    if path.suffix == PAGE_SUFFIX:
        return None
    if path.suffix.lower() in OTHER_MARKDOWN:
        return path.with_suffix(PAGE_SUFFIX).name
    if suffixes[-2:] == [PAGE_SUFFIX, ".txt"]:
        return path.with_suffix("").name
    return None


def check(project_dir: Path) -> list[Finding]:
    findings = []
    for language in language_codes(project_dir):
        folder = project_dir / "docs" / language
        for path in sorted(folder.rglob("*")):
            shown = f"docs/{language}/{path.relative_to(folder).as_posix()}"
            renamed = page_name(path) if path.is_file() else None
            if renamed:
                findings.append(REPORT.finding("page-extension", shown, language, name=suggested_name(renamed)))
            elif not GOOD_NAME.match(path.name):
                findings.append(REPORT.finding("file-name", shown, language, name=path.name,
                                               suggestion=suggested_name(path.name)))
    return findings
