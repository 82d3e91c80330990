"""Find the Chromium (or Chrome) the audit drives, or install Debian's chromium.

Order: CHROME_PATH if set; Debian/Ubuntu's chromium or chromium-browser;
Google Chrome. With none of them, as root on Debian or Ubuntu, Debian's
`chromium` package is installed; anywhere else the audit stops with one line
saying how to install a browser.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from scripts import debian
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


def install_chromium() -> None:
    failed = debian.install("chromium")
    if failed:
        raise SetupError(f"`{failed}` failed. {HOW_TO_INSTALL}")


def ensure_browser() -> str:
    found = find_browser()
    if found:
        return found
    if debian.can_install():
        install_chromium()
        found = find_browser()
        if found:
            return found
    raise SetupError(HOW_TO_INSTALL)
