"""python -m scripts.langcheck [PATH ...]: check the language of Markdown pages (`make lint`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts.content import DataError
from scripts.findings import add_output_arguments, report
from scripts.langcheck import LANGUAGES, check_paths, default_paths, markdown_files, readability, shown


def print_scores(paths: list[Path], language: str | None) -> None:
    files, _ = markdown_files(paths)
    print("\nReadability per page (higher is easier):")
    for path in files:
        score = readability(path, language)
        text = (f"{score.formula} {score.value} (minimum {score.minimum}, {score.words} words)"
                if score else "too short or unreadable, no score")
        print(f"  {shown(path)}: {text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.langcheck",
        description="Check Dutch and French Markdown pages: inclusive words (error), the glossary's "
        "official terms, explained abbreviations, short sentences and readability (warnings). "
        "Allow one justified exception with <!-- langcheck: allow RULE-ID — reason -->.",
    )
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                        help="Markdown files or folders (default: every language folder under docs/)")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="the language of files outside the language folders under docs/")
    parser.add_argument("--scores", action="store_true", help="also print each page's readability score")
    add_output_arguments(parser)
    arguments = parser.parse_args(argv)
    paths = arguments.paths or default_paths()
    try:
        findings = check_paths(paths, arguments.lang)
    except DataError as error:  # a wrong settings file (config.yml): where, and how to fix it
        return report(error.findings, arguments.format, arguments.strict)
    code = report(findings, arguments.format, arguments.strict)
    if arguments.scores and arguments.format == "human":
        print_scores(paths, arguments.lang)
    return code


if __name__ == "__main__":
    sys.exit(main())
