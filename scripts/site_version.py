"""Which version of the site's sources a build or an audit is of: one fingerprint of what shapes the pages.

The audit writes it into its report; the accessibility statement
(scripts/hooks/audit_statement.py) shows the report's result only when the
site it is built from has the same fingerprint, so it never claims an
audit of pages that were changed after it. Everything that shapes a page
counts: the content, the theme, the tools and hooks, the configuration,
the pinned Python and Node packages. Generated folders do not.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

SOURCES = ("mkdocs.yml", "requirements.txt", "package-lock.json", "docs", "overrides", "scripts")
SKIPPED = {"__pycache__"}


def source_files(project_dir: Path) -> list[Path]:
    files = []
    for name in SOURCES:
        path = project_dir / name
        if path.is_file():
            files.append(path)
        for folder, subfolders, names in os.walk(path, followlinks=True):
            subfolders[:] = sorted(sub for sub in subfolders if sub not in SKIPPED)
            files += [Path(folder) / file for file in sorted(names) if not file.endswith(".pyc")]
    return files


def fingerprint(project_dir: Path) -> str:
    """A short hash of every source file's path and content."""
    digest = hashlib.sha256()
    for path in source_files(project_dir):
        digest.update(path.relative_to(project_dir).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
