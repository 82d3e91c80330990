"""python -m scripts.configcheck: check mkdocs.yml (readable, a menu in every language)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts import configcheck, project
from scripts.findings import add_output_arguments, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.configcheck", description=__doc__.splitlines()[0])
    parser.add_argument("--project-dir", type=Path, default=project.ROOT,
                        help="the project folder (default: this repository)")
    add_output_arguments(parser)
    arguments = parser.parse_args(argv)
    _, findings = configcheck.check(arguments.project_dir)
    return report(findings, arguments.format, arguments.strict)


if __name__ == "__main__":
    sys.exit(main())
