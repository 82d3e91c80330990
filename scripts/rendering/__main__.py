"""python -m scripts.rendering [SITE_DIR]: what the built pages show against what their Markdown meant."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts import project, rendering
from scripts.content import DataError
from scripts.findings import add_output_arguments, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.rendering", description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, default=project.SITE,
                        help="the built site folder (default: site/; run `make build` first)")
    parser.add_argument("--project-dir", type=Path, default=project.ROOT,
                        help="the project folder with the pages' Markdown (default: this repository)")
    add_output_arguments(parser)
    arguments = parser.parse_args(argv)
    if not (arguments.site / "index.html").is_file():
        print(f"{arguments.site}: no built site here; run `make build` first.", file=sys.stderr)
        return 1
    try:
        findings = rendering.check(arguments.site, arguments.project_dir)
    except DataError as error:  # a wrong settings file (language_words.yml): where, and how to fix it
        findings = error.findings
    return report(findings, arguments.format, arguments.strict)


if __name__ == "__main__":
    sys.exit(main())
