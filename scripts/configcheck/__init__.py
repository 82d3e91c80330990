"""mkdocs.yml as editors change it: readable first, then a menu that speaks every language.

Every other check, and the build, reads mkdocs.yml (the languages, the menu),
so `make check` asks this check first: a file that is not UTF-8 text, not
valid YAML (a tab, a `-` without a space after it) or refused by the safe
reader (scripts/safe_yaml.py: aliases that would expand without end) is one
finding on its line, and the other checks do not run on it. A readable
mkdocs.yml is then checked for what editors do to the menu: a label in the
nav (`- Startpagina: index.md`) is shown as it is in every language, so a
label that the i18n plugin's nav_translations does not translate for every
other language is reported.
"""

from __future__ import annotations

import re
from pathlib import Path

from scripts import project
from scripts.content.local_formats import language_name
from scripts.findings import Finding, Reporter, catalogs

REPORT = Reporter(Path(__file__).with_name("messages.yml"), "configuration")
CONFIG = "mkdocs.yml"
# What PyYAML says about a tab, the most common invisible mistake: its own words for it.
TAB = "'\\t'"
# A list item without a space after its dash ("-abbr"): YAML reads it, and the lines after
# it, as one text, and gives up lines further down. The mistake is on this line.
DASH_WITHOUT_SPACE = re.compile(r"^\s*-[^\s-]")
# The rule of each kind of unreadable mkdocs.yml (project.ConfigError.kind).
RULES = {
    "missing": "config-missing",
    "unreadable": "config-not-utf8",
    "yaml": "config-yaml",
    "alias": "config-alias",
    "too-large": "config-too-large",
    "languages": "config-languages",
}


def unreadable(error: project.ConfigError, config: Path) -> Finding:
    """Why mkdocs.yml cannot be read, on the line to change, for editors of every language."""
    rule, line, column = RULES[error.kind], error.line, error.column
    if error.kind == "yaml" and TAB in error.problem:
        rule = "config-tab"
    elif error.kind == "yaml" and line:
        lines = config.read_text(encoding="utf-8").splitlines()[:line]
        dashes = [number for number, text in enumerate(lines, 1) if DASH_WITHOUT_SPACE.match(text)]
        if dashes:
            rule, line = "config-dash", dashes[-1]
            column = len(lines[line - 1]) - len(lines[line - 1].lstrip()) + 1
    return REPORT.finding(rule, CONFIG, catalogs.EVERY_LANGUAGE, line, column, problem=error.problem)


def untranslated_labels(config: Path) -> list[Finding]:
    translations = project.nav_translations(config)
    languages = project.languages(config)
    findings = []
    for label, line in project.nav_labels(config).items():
        missing = [language.code for language in languages
                   if not language.default and label not in translations.get(language.code, {})]
        if missing:
            # "ook in het Frans" / "aussi en français": each reader's words for the languages.
            names = {reader.code: ", ".join(language_name(code, reader.code) for code in missing)
                     for reader in languages}
            findings.append(REPORT.finding("nav-label", CONFIG, catalogs.EVERY_LANGUAGE, line, label=label,
                                           languages=names))
    return findings


def check(project_dir: Path) -> tuple[bool, list[Finding]]:
    """Whether mkdocs.yml can be read (else nothing else can run), and the findings."""
    config = project_dir / CONFIG
    try:
        project.languages(config)
    except project.ConfigError as error:
        return False, [unreadable(error, config)]
    return True, untranslated_labels(config)
