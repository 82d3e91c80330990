"""The audit's Node tools: a Node environment made by nodeenv; axe-core, HTML_CodeSniffer, html-validate from package-lock.json.

The Node environment lives in .nodeenv/ (ignored by git). It uses the Node
already on the machine (`--node=system`) when there is one; otherwise nodeenv
downloads Node as usual. The tools are installed with `npm ci`, so their
versions are exactly the ones in the committed package-lock.json; `npm ci`
runs again only when that file changes.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from scripts import project

NODE_ENV = project.ROOT / ".nodeenv"
NODE_MODULES = project.ROOT / "node_modules"
LOCK = project.ROOT / "package-lock.json"


class SetupError(Exception):
    """Something the audit needs could not be installed; the message says what to do."""


def environment() -> dict[str, str]:
    """The environment in which node, npm and html-validate run: the Node environment first on PATH."""
    path = os.pathsep.join([str(NODE_ENV / "bin"), str(NODE_MODULES / ".bin"), os.environ.get("PATH", "")])
    return {**os.environ, "PATH": path, "NODE_VIRTUAL_ENV": str(NODE_ENV)}


def nodeenv_command(system_node: str | None) -> list[str]:
    command = [sys.executable, "-m", "nodeenv", "--quiet"]
    # Without a Node on the machine nodeenv downloads one, as usual: the
    # long-term-support release, which the tools support.
    command.append("--node=system" if system_node else "--node=lts")
    return [*command, str(NODE_ENV)]


def ensure_node() -> None:
    if (NODE_ENV / "bin" / "node").exists():
        return
    system_node = shutil.which("node") or shutil.which("nodejs")
    run(nodeenv_command(system_node), "create the Node environment (.nodeenv/)")


def lock_stamp() -> Path:
    digest = hashlib.sha256(LOCK.read_bytes()).hexdigest()[:16]
    return NODE_MODULES / f".installed-{digest}"


def ensure_packages() -> None:
    """npm ci, unless node_modules/ already holds exactly package-lock.json."""
    stamp = lock_stamp()
    if stamp.exists():
        return
    run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], "install the audit's Node tools (npm ci)")
    stamp.touch()


def ensure_tools() -> None:
    ensure_node()
    ensure_packages()


def run(command: list[str], what: str) -> subprocess.CompletedProcess:
    result = subprocess.run(command, cwd=project.ROOT, env=environment(), capture_output=True, text=True)
    if result.returncode != 0:
        raise SetupError(f"Could not {what}: {(result.stderr or result.stdout).strip()}")
    return result


def package_version(package: str) -> str:
    """The installed version of a package of node_modules/ (package-lock.json decides which)."""
    return json.loads((NODE_MODULES / package / "package.json").read_text(encoding="utf-8"))["version"]


def axe_rules() -> list[dict]:
    """axe-core's own rule list (id, help, tags such as wcag143), from the installed axe-core."""
    script = "process.stdout.write(JSON.stringify(require('axe-core').getRules()))"
    return json.loads(run(["node", "-e", script], "read axe-core's rules").stdout)
