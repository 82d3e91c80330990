"""Run pa11y-ci on a list of URLs at one viewport, in one colour scheme, with one run's standard and runners."""

from __future__ import annotations

import json
import subprocess
import tempfile

from scripts import project
from scripts.audit.node import SetupError, environment

PA11Y_CI = project.ROOT / "node_modules" / ".bin" / "pa11y-ci"
ISSUES_FOUND = 2  # pa11y-ci's exit code when it found issues


def config(urls: list[str], run: dict, viewport: dict, browser: str, settings: dict, scheme: str) -> dict:
    return {
        "defaults": {
            "standard": run["standard"],
            "runners": run["runners"],
            "viewport": viewport,
            "timeout": settings["timeout"],
            "concurrency": settings["concurrency"],
            "chromeLaunchConfig": {"executablePath": browser,
                                   "args": settings["chromium_args"] + settings["schemes"][scheme]},
        },
        "urls": urls,
    }


def audit(urls: list[str], run: dict, viewport: dict, browser: str, settings: dict,
          scheme: str) -> dict[str, list[dict]]:
    """pa11y's issues per URL (every URL is a key, with [] when it passes)."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as config_file:
        json.dump(config(urls, run, viewport, browser, settings, scheme), config_file)
        config_file.flush()
        result = subprocess.run([str(PA11Y_CI), "--config", config_file.name, "--json"],
                                cwd=project.ROOT, env=environment(), capture_output=True, text=True)
    if result.returncode not in (0, ISSUES_FOUND):
        raise SetupError(f"pa11y-ci failed (exit {result.returncode}): {(result.stderr or result.stdout).strip()}")
    try:
        return json.loads(result.stdout)["results"]
    except (json.JSONDecodeError, KeyError) as error:
        raise SetupError(f"pa11y-ci printed no JSON report ({error}): {result.stderr.strip()}") from error
