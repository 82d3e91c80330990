"""The citizens' top tasks for editors: `make check`'s check of docs/data/top-tasks/, and
`python -m scripts.toptasks`.

The tasks are content: each language's file is loaded and checked by
scripts/content/top_tasks.py, before any build (a page or a heading that no
longer exists, an answer no longer on its page, an id written twice, a task
in one language only), each finding on the task's line, in the file's
language. Whether a reader on a phone really finds each answer, from the
home page, is the browser's to say: tests/test_top_tasks.py plays every task.
"""

from __future__ import annotations

from pathlib import Path

from scripts.content import top_tasks
from scripts.findings import Finding


def check(project_dir: Path) -> list[Finding]:
    """For `make check`: every problem of every language's top tasks; nothing for a project without them."""
    return top_tasks.findings(project_dir)
