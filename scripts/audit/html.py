"""Validate the built HTML files with html-validate (no browser), with the rules of html_rules.yml.

html-validate is installed with the audit's other Node tools, at the
version of package-lock.json. Its findings name the page, the line and
column in the built file, the rule and its documentation.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

from scripts import project
from scripts.audit.node import SetupError, environment
from scripts.content import load

HTML_VALIDATE = project.ROOT / "node_modules" / ".bin" / "html-validate"
RULES = Path(__file__).with_name("html_rules.yml")
FOUND_ERRORS = 1  # html-validate's exit code when a page has an error


def load_rules(path: Path = RULES) -> dict:
    """html-validate's configuration from html_rules.yml (each changed rule with its reason: the schema)."""
    data = load(path, "audit-html-rules").data
    return {"extends": data["extends"], "rules": {name: entry["setting"] for name, entry in data["rules"].items()}}


def validate(site_dir: Path, pages: list[str], rules: dict | None = None) -> dict[str, list[dict]]:
    """html-validate's messages per page (every page is a key, with [] when it is valid)."""
    with tempfile.TemporaryDirectory(prefix="html-validate-") as folder:
        config, output = Path(folder) / "config.json", Path(folder) / "report.json"
        config.write_text(json.dumps({"root": True, **(rules or load_rules())}), encoding="utf-8")
        # The report goes to a file: printed, a long one is cut off when node exits.
        result = subprocess.run([str(HTML_VALIDATE), "--config", str(config), "--formatter", f"json={output}",
                                 *(str(site_dir / page) for page in pages)],
                                cwd=project.ROOT, env=environment(), capture_output=True, text=True)
        if result.returncode not in (0, FOUND_ERRORS) or not output.exists():
            raise SetupError(f"html-validate failed (exit {result.returncode}): "
                             f"{(result.stderr or result.stdout).strip()}")
        report = json.loads(output.read_text(encoding="utf-8"))
    found = {page: [] for page in pages}
    by_file = {str((site_dir / page).resolve()): page for page in pages}
    for result_file in report:
        page = by_file[str(Path(result_file["filePath"]).resolve())]
        found[page] += result_file["messages"]
    return found
