"""python -m scripts.toptasks: check the top tasks (docs/data/top-tasks/<language>.yml) against the pages."""

import argparse
import sys
from pathlib import Path

from scripts import project, toptasks
from scripts.content import DataError
from scripts.findings import add_output_arguments, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.toptasks",
        description="Check that each top task's page, heading (#anchor) and answer still exist, "
                    "that no id is written twice and that every task is in every language.")
    parser.add_argument("--project-dir", type=Path, default=project.ROOT,
                        help="the project folder (default: this repository)")
    add_output_arguments(parser)
    arguments = parser.parse_args(argv)
    try:
        findings = toptasks.check(arguments.project_dir)
    except DataError as error:  # a file that does not match its schema: its findings say where and what to write
        findings = error.findings
    return report(findings, arguments.format, arguments.strict)


if __name__ == "__main__":
    sys.exit(main())
