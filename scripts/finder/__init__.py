"""The rights finder: a few plain questions, one per page, that point a reader to the rights that may apply.

Everything comes from one data file, docs/data/rights-finder.yml:
- model: the file as a Flow (questions, answers, rights, where to go instead),
  checked against finder.schema.yml;
- checks: what the schema cannot say (a next question that does not exist,
  a loop, a missing language, a heading that is gone, ages that differ from
  the page), each problem with its line, in Dutch and French (messages.yml);
- walk: every page (a state: the answers so far) and every path;
- generate: each page's Markdown in a language;
- anchors: the ids a page of the site will have.
The build hook scripts/hooks/rights_finder.py adds the pages to each
language's build; `python -m scripts.finder` prints every path.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from scripts import project
from scripts.findings import ERROR, Finding
from scripts.finder import checks
from scripts.finder.model import DATA, Flow, from_data
from scripts.finder.model import SCHEMA
from scripts.hooks import data_files
from scripts.project import shown


def languages(docs: Path) -> tuple[str, ...]:
    """The site's languages, from the project's mkdocs.yml (next to docs/)."""
    return tuple(language.code for language in project.languages(docs.parent / "mkdocs.yml"))


def read(docs: Path, with_language: bool = True) -> tuple[Flow | None, list[Finding]]:
    """The finder of the project whose docs folder is `docs` (None when it has errors), and every
    problem; `with_language`: its texts through the language checker too."""
    path = docs / DATA
    data, tree, findings = data_files.load(path, SCHEMA, None)
    if findings:
        return None, findings
    flow = from_data(data, tree, path)
    findings = checks.check(flow, docs, languages(docs), with_language)
    return (None if any(finding.severity == ERROR for finding in findings) else flow), findings


def check(project_dir: Path) -> list[Finding]:
    """For `make check`: every problem of the finder's data, warnings too (the build
    stops on its errors only); nothing for a project without a finder."""
    docs = project_dir / "docs"
    return read(docs)[1] if (docs / DATA).is_file() else []


def load(docs: Path) -> Flow:
    """The finder, ready to build its pages; raises DataError (every error, with file and line) if
    it cannot be. Its language is for `make check` to judge, as a page's is: not checked here."""
    flow, findings = read(docs, with_language=False)
    if flow is None:
        raise data_files.DataError([finding for finding in findings if finding.severity == ERROR])
    return flow


@lru_cache
def _start_page(path: Path) -> str | None:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return None
    return data.get("page") if isinstance(data, dict) else None


def made_from(docs: Path, name: str) -> str | None:
    """The data file a page of the finder is made from (its name starts with the start page's
    and a '-': rights-finder-start), as findings show it; None for any other page."""
    page = _start_page(docs / DATA)
    return shown(docs / DATA) if page and name.startswith(f"{page}-") else None
