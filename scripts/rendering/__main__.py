"""python -m scripts.rendering [SITE_DIR]: what the built pages show against what their Markdown meant."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts import project, rendering
from scripts.findings import add_output_arguments, report_site_check


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.rendering", description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, default=project.SITE,
                        help="the built site folder (default: site/; run `make build` first)")
    parser.add_argument("--project-dir", type=Path, default=project.ROOT,
                        help="the project folder with the pages' Markdown (default: this repository)")
    add_output_arguments(parser)
    arguments = parser.parse_args(argv)
    return report_site_check(arguments.site, lambda: rendering.check(arguments.site, arguments.project_dir),
                             arguments.format, arguments.strict)


if __name__ == "__main__":
    sys.exit(main())
