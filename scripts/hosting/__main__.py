"""python -m scripts.hosting: the nginx configuration for the built site (`make hosting`)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from scripts import project
from scripts.content import DataError
from scripts.findings import report
from scripts.hosting import content_security_policy, write_config
from scripts.sitecheck import inline
from scripts.sitecheck.site import Site

DEFAULT_OUT = project.ROOT / "build" / "nginx"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.hosting",
        description="Write the nginx rules for the built site and its Content-Security-Policy "
        "(inline scripts allowed by hash, computed from the site) into one folder; see hosting/README.md. "
        "Refuses when a page has inline style or script that the policy would block.",
    )
    parser.add_argument("--site", type=Path, default=project.SITE, help="the built site (default: site/)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write (default: build/nginx/)")
    parser.add_argument("--format", choices=("human", "json"), default="human",
                        help="human (default) or json: {\"files\": [...], \"content_security_policy\": \"…\"}")
    arguments = parser.parse_args(argv)
    if not (arguments.site / "index.html").exists():
        print(f"{arguments.site} holds no built site: run `make build` first.", file=sys.stderr)
        return 1
    blocked = inline.check(Site.load(arguments.site))
    if blocked:
        return report(blocked, arguments.format)
    try:
        files = write_config(arguments.site, arguments.out)
        policy = content_security_policy(arguments.site)
    except DataError as error:  # a wrong hosting/csp.yml: where, and how to fix it
        return report(error.findings, arguments.format)
    if arguments.format == "json":
        print(json.dumps({"files": [str(path) for path in files], "content_security_policy": policy}, indent=2))
    else:
        print("\n".join(f"wrote {path}" for path in files))
        print(f"Content-Security-Policy: {policy}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
