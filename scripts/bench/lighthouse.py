"""Lighthouse's mobile scores for a page (performance, accessibility).

Lighthouse 12.2.3 (the last release that runs on Node 20) is installed from
package-lock.json into the audit's Node environment (scripts/audit/node.py)
and drives the same Chromium as the audit, with the same flags. Its mobile
run simulates a mid-range phone on a slow 4G connection.
"""

from __future__ import annotations

import json
import subprocess

from scripts.audit import load_settings, node
from scripts.audit.browser import ensure_browser

CATEGORIES = ("performance", "accessibility")


def scores(url: str) -> dict:
    """{"performance": 0–1, "accessibility": 0–1, "failed": [ids of failed accessibility audits]}."""
    node.ensure_tools()
    flags = " ".join(load_settings()["chromium_args"])
    command = ["lighthouse", url, f"--only-categories={','.join(CATEGORIES)}", "--output=json",
               "--output-path=stdout", "--quiet", f"--chrome-flags={flags}"]
    result = subprocess.run(command, capture_output=True, text=True,
                            env={**node.environment(), "CHROME_PATH": ensure_browser()})
    if result.returncode != 0:
        raise RuntimeError(f"Lighthouse failed on {url}: {result.stderr.strip()[-1000:]}")
    report = json.loads(result.stdout)
    accessibility = report["categories"]["accessibility"]["auditRefs"]
    failed = [ref["id"] for ref in accessibility
              if ref["weight"] and (report["audits"][ref["id"]]["score"] or 0) < 1
              and report["audits"][ref["id"]]["scoreDisplayMode"] == "binary"]
    return {**{category: report["categories"][category]["score"] for category in CATEGORIES}, "failed": failed}
