"""python -m scripts.links [--online]: the external links of every page (`make links`)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from scripts import project
from scripts.findings import add_output_arguments, catalogs, exit_code, report
from scripts.links import CATALOG, Link, check_online, external_links


def listing(links: list[Link]) -> str:
    """Per page, each external link: line, address, link text."""
    lines = []
    for file in dict.fromkeys(link.file for link in links):
        lines.append(file)
        lines.extend(f"  {link.line or '?':>4}  {link.url}  “{link.text}”" for link in links if link.file == file)
    lines.append(catalogs.line(CATALOG, "listed", links=len(links), pages=len({link.file for link in links})))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.links",
        description="List the external links of every page; with --online, also request each "
        "address and report the links that do not work.",
    )
    parser.add_argument("--online", action="store_true",
                        help="request every address (needs the internet; never part of make check)")
    parser.add_argument("--timeout", type=float, default=15, help="seconds to wait for each address (default: 15)")
    parser.add_argument("--project-dir", type=Path, default=project.ROOT,
                        help="the project folder (default: this repository)")
    add_output_arguments(parser)
    arguments = parser.parse_args(argv)
    links = external_links(arguments.project_dir)
    findings = check_online(arguments.project_dir, links, arguments.timeout) if arguments.online else []
    if arguments.format == "json":
        json.dump({"links": [asdict(link) for link in links], "findings": [asdict(f) for f in findings]},
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
        return exit_code(findings, arguments.strict)
    print(listing(links))
    if not arguments.online:
        print(catalogs.line(CATALOG, "not-checked"))
        return 0
    return report(findings, "human", arguments.strict)


if __name__ == "__main__":
    sys.exit(main())
