"""The strict build as a check: MkDocs' warnings become findings an editor can act on.

MkDocs logs "WARNING - Doc file 'nl/x.md' contains a link …". This module
runs the build, matches each warning or error against the patterns in
messages.yml and reports it on the page's file (and the link's line), in the
page's language, with how to fix it. A hook that stops the build on a wrong
data file, or refuses a page (scripts/hooks/page_source.py), logs findings
already worded (file:line error [rule] …): those are taken over as they
are, on their own file and line.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from scripts import project
from scripts.findings import Finding, Reporter, catalogs, parse

CATALOG = Path(__file__).with_name("messages.yml")
CATEGORY = "build"
REPORT = Reporter(CATALOG, CATEGORY)
LOG_LINE = re.compile(r"^(?P<level>WARNING|ERROR)\s+-\s+(?P<text>.*)$")
# MkDocs' line before a hook's error on a page: the error's own lines say what is wrong.
PAGE_ERROR_HEADER = re.compile(r"^Error reading page '[^']+':\s*$")


def run_build(site_dir: Path, config: Path = project.CONFIG, site_url: str | None = None) -> subprocess.CompletedProcess:
    """The strict build as `make build` runs it: from the repository root, so the
    hooks can import `scripts`; `site_url` builds for another address (mkdocs.yml
    reads SITE_URL)."""
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if site_url:
        environment["SITE_URL"] = site_url
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean",
         "--config-file", str(config), "--site-dir", str(site_dir)],
        cwd=project.ROOT, capture_output=True, text=True, env=environment,
    )


def log_entries(log: str):
    """Each WARNING/ERROR entry with its continuation lines (MkDocs indents them)."""
    entry = None
    for line in log.splitlines():
        match = LOG_LINE.match(line)
        if match:
            if entry:
                yield entry
            entry = match.group("text").strip()
        elif entry is not None and line.startswith((" ", "\t", "  -")) and line.strip():
            entry += "\n" + line.strip()
        elif entry is not None:
            yield entry
            entry = None
    if entry:
        yield entry


def to_finding(text: str, docs: Path) -> Finding:
    text = " ".join(text.split("\n"))
    for rule, entry in catalogs.load(CATALOG).items():
        match = re.search(entry["pattern"], text)
        if match:
            break
    values = {key: value for key, value in match.groupdict().items() if value}
    if rule == "link-missing-page" and (docs / values["target"]).is_file():
        # The page exists, in another language: each language is built on its own.
        rule, values["name"] = "link-other-language", values["target"].split("/", 1)[-1]
    if "doc" in values:
        values["file"] = f"{docs.name}/{values['doc']}"
    file = values.pop("file", "mkdocs.yml")
    language = values.pop("language", None) or project.language_of_source(docs.parent / file, docs)
    line = project.first_line_with(docs.parent / file, values.get("link", ""))
    return REPORT.finding(rule, file, language, line, text=text, **values)


# What MkDocs puts before a message: "ERROR    -  ", or the indent of its following lines.
LOG_PREFIX = re.compile(r"^(?:(?:WARNING|ERROR)\s+-\s+|\s+)")


def worded_findings(log: str) -> tuple[list[Finding], str]:
    """The findings a hook has already worded (a wrong data file stops the build with one
    per line, as Finding.human() prints it): taken over as they are, with their file and
    line; and the rest of the log."""
    findings, rest = [], []
    for line in log.splitlines():
        finding = parse(LOG_PREFIX.sub("", line, count=1), "data")
        if finding is None:
            rest.append(line)
        else:
            findings.append(finding)
    return findings, "\n".join(rest)


def check(site_dir: Path = project.SITE, config: Path = project.CONFIG,
          site_url: str | None = None) -> tuple[bool, list[Finding]]:
    """Build the site; return whether it built, and the findings."""
    result = run_build(site_dir, config, site_url)
    docs = config.parent / "docs"
    findings, log = worded_findings(result.stderr)
    findings += [to_finding(text, docs) for text in log_entries(log) if not PAGE_ERROR_HEADER.match(text)]
    if result.returncode != 0 and not findings:
        last = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else str(result.returncode)
        findings.append(to_finding(last, docs))
    return result.returncode == 0, findings
