"""python -m scripts.check: every fast check, one summary (what `make check` runs).

Runs every checker, even when an earlier one fails, so an editor sees all
problems at once: first each finding on its own line, then a table per file
(errors, warnings, which checks found them), then what each check found.
mkdocs.yml is checked first: when it cannot be read, nothing else can run.
Checks on the built site run only when the build succeeded. A checker that
crashes is reported as such, its traceback kept in reports/ for a developer:
never a traceback on an editor's screen. A problem that two checks find is
shown once. Exit code 1 when any checker reports an error or could not run.
"""

from __future__ import annotations

import argparse
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from scripts import buildcheck, configcheck, frontmatter, parity, project, rendering, toptasks
from scripts.content import DataError
from scripts.findings import ERROR, WARNING, Finding, add_output_arguments, catalogs, report
from scripts.sitecheck import check_site

CATALOG = Path(__file__).with_name("messages.yml")

CONFIGURATION = "configuration"
BUILD = "build"
CRASH_LOG = Path("reports") / "check-crash.txt"  # in the project folder; reports/ is not in git


@dataclass(frozen=True)
class Checker:
    name: str
    run: Callable[[Path, Path], list[Finding]]  # gets the project folder and the built site folder
    needs_site: bool = False


def check_language(project_dir: Path, site_dir: Path) -> list[Finding]:
    # Imported when it runs: the language checker reads mkdocs.yml's languages on import,
    # and a broken mkdocs.yml must be a finding, not a crash of make check itself.
    from scripts import langcheck

    return langcheck.check_docs(project_dir)


def check_language_of_parts(project_dir: Path, site_dir: Path) -> list[Finding]:
    from scripts import langparts  # imported when it runs: it imports the language checker (above)

    return langparts.check(project_dir)


def check_rights_finder(project_dir: Path, site_dir: Path) -> list[Finding]:
    from scripts import finder  # imported when it runs: it imports the language checker (above)

    return finder.check(project_dir)


CHECKERS: list[Checker] = [
    Checker("front matter", lambda project_dir, site_dir: frontmatter.check(project_dir)),
    Checker("parity", lambda project_dir, site_dir: parity.check(project_dir)),
    Checker("site", lambda project_dir, site_dir: check_site(site_dir, project_dir), needs_site=True),
    Checker("rendering", lambda project_dir, site_dir: rendering.check(site_dir, project_dir), needs_site=True),
    Checker("language", check_language),
    Checker("language of parts", check_language_of_parts),
    # Its errors also stop the build, which then reports them once, here, with the warnings.
    Checker("rights finder", check_rights_finder),
    Checker("top tasks", lambda project_dir, site_dir: toptasks.check(project_dir)),
]

# The summary is for editors of every language (messages.yml).
TABLE_HEADINGS = ("file", "errors", "warnings", "found-by")
LANGUAGE_HEADINGS = ("language-per-page", "hard-words", "passive", "sentence-average", "sentence-longest",
                     "readability")
# Which column of the language table counts a finding of each category.
LANGUAGE_COLUMNS = {"jargon": "words", "rare": "words", "glossary": "words", "passive": "passive"}
VERDICTS = {"failed": ("✖", "verdict-failed"), "warned": ("!", "verdict-warned"), "passed": ("✔", "verdict-passed")}


def text(key: str, **values) -> str:
    return catalogs.line(CATALOG, key, **values)


@dataclass
class Result:
    """What one checker found, or why it did not run."""

    name: str
    findings: list[Finding] = field(default_factory=list)
    not_run: str = ""  # why it did not run: the build failed, or it crashed (with the error)
    succeeded: bool = True  # False for a failed build, even when its findings are shown by another check

    @property
    def failed(self) -> bool:
        return not self.succeeded or bool(self.not_run) or any(f.severity == ERROR for f in self.findings)


def run_all(project_dir: Path, site_dir: Path) -> list[Result]:
    """mkdocs.yml's result first, then the build's, then every checker's, in the order of CHECKERS."""
    readable, config_findings = configcheck.check(project_dir)
    results = [Result(CONFIGURATION, config_findings)]
    if not readable:
        return results + [Result(name, not_run=text("not-run-config"))
                          for name in (BUILD, *(checker.name for checker in CHECKERS))]
    built, build_findings = buildcheck.check(site_dir, project_dir / "mkdocs.yml")
    results.append(Result(BUILD, build_findings, succeeded=built))
    for checker in CHECKERS:
        if checker.needs_site and not built:
            results.append(Result(checker.name, not_run=text("not-run")))
            continue
        try:
            results.append(Result(checker.name, checker.run(project_dir, site_dir)))
        except DataError as error:  # a data file the checker needs is wrong: where, and how to fix it
            results.append(Result(checker.name, error.findings, succeeded=False))
        except Exception as error:  # one broken checker must not hide the others' findings
            log = keep_traceback(project_dir, checker.name)
            results.append(Result(checker.name, not_run=text("crashed", error=f"{type(error).__name__}: {error}",
                                                             log=log)))
    drop_duplicates(results)
    return results


def keep_traceback(project_dir: Path, name: str) -> str:
    """The traceback of the exception being handled, added to the crash log for a developer; the log's path."""
    log = project_dir / CRASH_LOG
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as stream:
            stream.write(f"--- {name}\n{traceback.format_exc()}\n")
    except OSError:
        return ""
    return CRASH_LOG.as_posix()


def drop_duplicates(results: list[Result]) -> None:
    """Show each problem once. A missing translation or a page missing from the nav stops the
    build, and the parity check reports it too, per language and with a line; a data file or a
    page that a hook refuses is reported by the build and by the check that reads it: show it
    the content check's way. And the same finding on the same line by two checks (a file that is
    not UTF-8 text), by the first."""
    build = next(result for result in results if result.name == BUILD)
    checkers = [result for result in results if result.name not in (BUILD, CONFIGURATION)]
    reported = {(f.file, f.rule) for result in checkers for f in result.findings}
    build.findings = [f for f in build.findings if (f.file, f.rule) not in reported]
    seen: set[tuple] = set()
    for result in results:
        kept = []
        for finding in result.findings:
            # A check that gives no line says less about the same problem than one that does.
            if (finding.file, finding.line, finding.rule) in seen or (
                    finding.line is None and (finding.file, finding.rule) in seen):
                continue
            seen.update({(finding.file, finding.line, finding.rule), (finding.file, finding.rule)})
            kept.append(finding)
        result.findings = kept


def aligned(rows: list[tuple[str, ...]], numbers: set[int]) -> str:
    """Rows as columns, the first row a heading: text reads from the left, numbers line up on the right."""
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    rows = [rows[0], tuple("-" * width for width in widths), *rows[1:]]
    return "\n".join(
        "  ".join(cell.rjust(width) if column in numbers else cell.ljust(width)
                  for column, (cell, width) in enumerate(zip(row, widths))).rstrip()
        for row in rows
    )


def table(results: list[Result]) -> str:
    """Errors and warnings per file, and which checks found them."""
    counts: Counter = Counter()
    found_by: dict[str, list[str]] = {}
    for result in results:
        for finding in result.findings:
            counts[finding.file, finding.severity] += 1
            names = found_by.setdefault(finding.file, [])
            if result.name not in names:
                names.append(result.name)
    rows = [tuple(text(key) for key in TABLE_HEADINGS)] + [
        (file, str(counts[file, ERROR]), str(counts[file, WARNING]), ", ".join(names))
        for file, names in sorted(found_by.items())
    ]
    return aligned(rows, {1, 2})


def language_table(results: list[Result], project_dir: Path) -> str:
    """Per page, how plain its language is: hard words (jargon, rare words, unexplained
    glossary terms) and passive sentences (the warnings above), average and longest sentence and readability, so an editor sees at a
    glance which page needs work."""
    from scripts import langcheck  # imported when used: see check_language

    counts: Counter = Counter()
    for result in results:
        for finding in result.findings:
            counts[finding.file, LANGUAGE_COLUMNS.get(finding.category)] += 1
    rows = [tuple(text(key) for key in LANGUAGE_HEADINGS)]
    for language in project.languages():
        for path in sorted((project_dir / "docs" / language.code).glob("*.md")):
            file = project.shown(path)
            summary = langcheck.sentence_summary(path, language.code)
            if summary is None:
                continue
            score = f"{summary.readability.value:g}" if summary.readability else "–"
            rows.append((file, str(counts[file, "words"]), str(counts[file, "passive"]),
                         f"{summary.average:g}", str(summary.longest), score))
    return aligned(rows, {1, 2, 3, 4, 5})


def checks_summary(results: list[Result]) -> str:
    """One line per check, so an editor sees that every check ran."""
    width = max(len(result.name) for result in results)
    lines = []
    for result in results:
        errors = sum(1 for f in result.findings if f.severity == ERROR)
        warnings = len(result.findings) - errors
        mark = "–" if result.not_run else "✖" if result.failed else "!" if warnings else "✔"
        if result.not_run:
            detail = result.not_run
        elif result.findings:
            detail = f"{errors} {text('error-count')}, {warnings} {text('warning-count')}"
        else:
            detail = text("failed-see-above") if result.failed else ""
        lines.append(f"{mark} {result.name:<{width}}  {detail}".rstrip())
    return "\n".join(lines)


def verdict(results: list[Result]) -> str:
    if any(result.failed for result in results):
        outcome = "failed"
    elif any(result.findings for result in results):
        outcome = "warned"
    else:
        outcome = "passed"
    mark, key = VERDICTS[outcome]
    return f"{mark} {text(key)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.check", description=__doc__.splitlines()[0])
    parser.add_argument("--project-dir", type=Path, default=project.ROOT,
                        help="the project folder to check (default: this repository)")
    parser.add_argument("--site-dir", type=Path, default=project.SITE, help="where to build (default: site/)")
    add_output_arguments(parser)
    arguments = parser.parse_args(argv)
    results = run_all(arguments.project_dir, arguments.site_dir)
    findings = [finding for result in results for finding in result.findings]
    code = report(findings, arguments.format, arguments.strict, with_summary=False)
    if arguments.format == "human":
        if findings:
            print("\n" + table(results) + "\n")
        if not any(result.not_run == text("not-run-config") for result in results):  # no pages were read
            print(language_table(results, arguments.project_dir) + "\n")
        print(checks_summary(results))
        print(verdict(results))
    return 1 if any(result.not_run for result in results) else code

