"""python -m scripts.parity [PATH ...]: check that both languages have the same pages, menu and sections."""

import sys

from scripts import parity
from scripts.content.pages import refusal
from scripts.findings import run_page_check

if __name__ == "__main__":
    sys.exit(run_page_check(parity.check, sys.argv[1:], "python -m scripts.parity",
                            "Check that every page exists in both languages, is in the menu (nav), "
                            "has as many ## sections as its translation and was reviewed around the same time.",
                            lambda project_dir, path: refusal(project_dir, path, also=("mkdocs.yml",))))
