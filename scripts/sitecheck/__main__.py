"""python -m scripts.sitecheck [SITE_DIR]: check the built site (run `make build` first)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts import project
from scripts.findings import add_output_arguments, report_site_check
from scripts.sitecheck import check_site


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.sitecheck",
        description="Check the built site: page languages and hreflang, the language switch, "
        "sitemap.xml, requests to other hosts or missing files, search per language.",
    )
    parser.add_argument("site", nargs="?", type=Path, default=project.SITE,
                        help="the built site folder (default: site/)")
    add_output_arguments(parser)
    arguments = parser.parse_args(argv)
    return report_site_check(arguments.site, lambda: check_site(arguments.site), arguments.format, arguments.strict)


if __name__ == "__main__":
    sys.exit(main())
