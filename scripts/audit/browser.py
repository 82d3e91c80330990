"""Find the Chromium (or Chrome) the audit drives, or install Debian's chromium.

Order: CHROME_PATH if set; Debian/Ubuntu's chromium or chromium-browser;
Google Chrome. With none of them, as root on Debian or Ubuntu, Debian's
`chromium` package is installed; anywhere else the audit stops with one line
saying how to install a browser.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
from pathlib import Path

from scripts.audit.node import SetupError

COMMANDS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
MAC_CHROME = Path("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome")
HOW_TO_INSTALL = ("No Chromium or Chrome found: install one (Debian/Ubuntu: sudo apt-get install chromium) "
                  "or set CHROME_PATH to its program, then run the audit again.")


def find_browser(environ=os.environ, which=shutil.which) -> str | None:
    if environ.get("CHROME_PATH"):
        path = environ["CHROME_PATH"]
        if not os.access(path, os.X_OK):
            raise SetupError(f"CHROME_PATH is {path}, which is not a program: fix or unset CHROME_PATH.")
        return path
    for command in COMMANDS:
        found = which(command)
        if found:
            return found
    return str(MAC_CHROME) if MAC_CHROME.exists() else None


def is_debian_like() -> bool:
    try:
        fields = platform.freedesktop_os_release()
    except OSError:  # not Linux, or no os-release file
        return False
    names = f"{fields.get('ID', '')} {fields.get('ID_LIKE', '')}".split()
    return bool({"debian", "ubuntu"} & set(names))


def install_chromium() -> None:
    print("No browser found: installing Debian's chromium package (apt-get).", flush=True)
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
        if subprocess.run(command, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"}).returncode:
            raise SetupError(f"`{' '.join(command)}` failed. {HOW_TO_INSTALL}")


def ensure_browser() -> str:
    found = find_browser()
    if found:
        return found
    if os.geteuid() == 0 and is_debian_like():
        install_chromium()
        found = find_browser()
        if found:
            return found
    raise SetupError(HOW_TO_INSTALL)
