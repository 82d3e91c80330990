"""The site as a web server serves it: headers, compression, caching, 404 pages.

hosting/nginx/ holds the nginx rules (http.conf, site.conf) and hosting/csp.yml
the Content-Security-Policy. The policy allows each inline script of the
built site by its hash, so it is computed from site/ after every build, never
copied by hand: `write_config` writes the rules and csp.conf into one folder
an nginx server includes (hosting/README.md).
"""

from __future__ import annotations

import base64
import hashlib
import shutil
from pathlib import Path

from bs4 import BeautifulSoup

from scripts import project
from scripts.content import load
from scripts.sitecheck.inline import is_inline_script

HOSTING = project.ROOT / "hosting"
NGINX_RULES = HOSTING / "nginx"
POLICY = HOSTING / "csp.yml"
RULE_FILES = ("http.conf", "site.conf")
CSP_FILE = "csp.conf"


def script_hash(text: str) -> str:
    """A CSP source for an inline script: the SHA-256 of its exact text, base64 (CSP Level 2)."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def inline_script_hashes(site_dir: Path) -> list[str]:
    """The hash of every distinct inline script in the built pages, in a stable order."""
    hashes = set()
    for page in site_dir.rglob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        hashes.update(script_hash(tag.string or "") for tag in soup.find_all("script") if is_inline_script(tag))
    return sorted(hashes)


def header_value(directives: dict[str, list[str]]) -> str:
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


def policies(site_dir: Path, policy_file: Path = POLICY) -> dict[str, str]:
    """The Content-Security-Policy header values: "default" for every response, "svg" for SVG files."""
    settings = load(policy_file, "content-security-policy").data
    directives = {**settings["policy"]}
    directives["script-src"] = [*directives["script-src"], *inline_script_hashes(site_dir)]
    return {"default": header_value(directives), "svg": header_value({**directives, **settings["svg"]})}


def content_security_policy(site_dir: Path, policy_file: Path = POLICY) -> str:
    """The policy of the site's pages."""
    return policies(site_dir, policy_file)["default"]


def write_config(site_dir: Path, out: Path) -> list[Path]:
    """The nginx rules and the site's csp.conf, in `out`; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = [Path(shutil.copy(NGINX_RULES / name, out / name)) for name in RULE_FILES]
    values = policies(site_dir)
    csp = out / CSP_FILE
    csp.write_text(
        "# Written by `python -m scripts.hosting` from the built site: do not edit (hosting/csp.yml).\n"
        "# Include inside `http { }` with nginx/http.conf; nginx/site.conf sends it. What is never a\n"
        "# document nor a worker ($site_document_policies empty, http.conf) gets none: an empty\n"
        "# value sends no header.\n"
        'map "$site_document_policies $sent_http_content_type" $site_content_security_policy {\n'
        '    "~^ "                      "";\n'
        f'    "~^apply image/svg\\+xml"  "{values["svg"]}";\n'
        f'    default                    "{values["default"]}";\n'
        "}\n",
        encoding="utf-8",
    )
    return [*written, csp]
