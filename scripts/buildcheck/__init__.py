"""The strict build as a check: MkDocs' warnings become findings an editor can act on.

MkDocs logs "WARNING - Doc file 'nl/x.md' contains a link …". This module
runs the build, matches each warning or error against the patterns in
messages.yml and reports it on the page's file (and the link's line), in the
page's language, with how to fix it. A hook that stops the build on a wrong
data file logs findings already worded (file:line error [rule] …): those
are taken over as they are.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from scripts import messages, project
from scripts.findings import ERROR, Finding

CATALOG = Path(__file__).with_name("messages.yml")
LOG_LINE = re.compile(r"^(?P<level>WARNING|ERROR)\s+-\s+(?P<text>.*)$")
# A finding a hook has already worded (a wrong data file stops the build with
# one per line, Finding.human()): taken over as it is, with its file and line.
FINDING_LINE = re.compile(
    r"^(?:(?:WARNING|ERROR)\s+-\s+|\s+)(?P<file>[^\s:]+)(?::(?P<line>\d+))?(?::(?P<column>\d+))? "
    r"(?P<severity>error|warning) \[(?P<rule>[a-z0-9-]+)\] (?P<message>.+?)(?: → (?P<fix>.*))?$")


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
            entry += " " + line.strip()
        elif entry is not None:
            yield entry
            entry = None
    if entry:
        yield entry


def to_finding(text: str, docs: Path) -> Finding:
    for rule, entry in messages.load(CATALOG).items():
        match = re.search(entry["pattern"], text)
        if match:
            break
    values = {key: value for key, value in match.groupdict().items() if value}
    if "doc" in values:
        values["file"] = f"{docs.name}/{values['doc']}"
    file = values.get("file", "mkdocs.yml")
    language = values.get("language") or project.language_of_source(docs.parent / file, docs)
    message, fix = messages.text(CATALOG, rule, language, text=text, **values)
    line = project.first_line_with(docs.parent / file, values.get("link", ""))
    return Finding(file, line, None, rule, "build", ERROR, message, fix)


def worded_findings(log: str) -> tuple[list[Finding], str]:
    """The findings hooks wrote into the log as they are, and the rest of the log."""
    findings, rest = [], []
    for line in log.splitlines():
        match = FINDING_LINE.match(line)
        if match is None:
            rest.append(line)
            continue
        findings.append(Finding(match["file"], int(match["line"]) if match["line"] else None,
                                int(match["column"]) if match["column"] else None, match["rule"], "data",
                                match["severity"], match["message"], match["fix"] or ""))
    return findings, "\n".join(rest)


def check(site_dir: Path = project.SITE, config: Path = project.CONFIG,
          site_url: str | None = None) -> tuple[bool, list[Finding]]:
    """Build the site; return whether it built, and the findings."""
    result = run_build(site_dir, config, site_url)
    docs = config.parent / "docs"
    findings, log = worded_findings(result.stderr)
    findings += [to_finding(text, docs) for text in log_entries(log)]
    if result.returncode != 0 and not findings:
        findings.append(to_finding(result.stderr.strip().splitlines()[-1], docs))
    return result.returncode == 0, findings
