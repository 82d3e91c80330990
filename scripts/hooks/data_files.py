"""The data files under docs/data/ (glossary, figures): loaded, checked against
their schema, and every problem reported as a Finding an editor can act on.

A data file that belongs to one language (docs/data/glossary/fr.yml) gets its
messages in that language; a file shared by both languages (the figures)
gets them in Dutch and French. Each finding names the file and the line.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator
from mkdocs.exceptions import PluginError

from scripts import messages
from scripts.findings import ERROR, Finding
from scripts.project import shown

CATALOG = Path(__file__).with_name("messages.yml")
BOTH_LANGUAGES = ("nl", "fr")


class DataError(PluginError):
    """Stops the build with the findings, one clickable line each. The lines after
    the first are indented, so `make check` reads them as one log entry."""

    def __init__(self, findings: list[Finding]):
        self.findings = findings
        super().__init__("\n  ".join(finding.human() for finding in findings))


def finding(rule: str, file: Path, line: int | None, language: str | None, catalog: Path = CATALOG,
            **values) -> Finding:
    """A finding in the file's language, or in Dutch and French for a shared file, worded
    by `catalog` (these hooks' messages unless another data file's checker has its own).
    A value may be a mapping per language ({"nl": ..., "fr": ...})."""
    languages = [language] if language else BOTH_LANGUAGES
    texts = [
        messages.text(catalog, rule, each, file=shown(file),
                      **{key: value[each] if isinstance(value, dict) else value for key, value in values.items()})
        for each in languages
    ]
    message = " / ".join(message for message, _ in texts)
    fix = " / ".join(fix for _, fix in texts)
    return Finding(shown(file), line, None, rule, "data", ERROR, message, fix)


@lru_cache
def _validator(schema: Path) -> Draft202012Validator:
    with schema.open(encoding="utf-8") as stream:
        return Draft202012Validator(yaml.safe_load(stream))


def line_of(node: yaml.Node, path) -> int:
    """The line (1-based) of the value at `path` (keys and list indexes) in a composed YAML tree."""
    for step in path:
        if isinstance(node, yaml.MappingNode):
            match = next((value for key, value in node.value if key.value == step), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            match = node.value[step]
        else:
            match = None
        if match is None:
            break
        node = match
    return node.start_mark.line + 1


def load(path: Path, schema: Path, language: str | None):
    """(data, composed tree, findings): the findings are empty when the file is valid."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None, None, [finding("data-missing", path, None, language)]
    try:
        tree = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else None
        return None, None, [finding("data-yaml", path, line, language, problem=getattr(error, "problem", error))]
    findings = [schema_finding(error, path, tree, language)
                for error in sorted(_validator(schema).iter_errors(data), key=lambda e: list(e.absolute_path))]
    return data, tree, findings


def schema_finding(error, path: Path, tree: yaml.Node, language: str | None) -> Finding:
    """A schema error as an editor reads it: which field, where, what to do."""
    where = list(error.absolute_path)
    line = line_of(tree, where) if tree is not None else None
    # terms › 3 › avoid: list items counted from 1, as an editor counts them.
    place = " › ".join(str(step + 1) if isinstance(step, int) else step for step in where) or "/"
    if error.validator == "required":
        field = error.message.split("'")[1]
        return finding("data-field-missing", path, line, language, field=field, place=place)
    if error.validator == "additionalProperties":
        allowed = ", ".join(sorted(error.schema.get("properties", {})))
        unknown = ", ".join(sorted(set(error.instance) - set(error.schema.get("properties", {}))))
        return finding("data-field-unknown", path, line, language, field=unknown, place=place, allowed=allowed)
    # Each value in the schemas explains itself to editors in `explain: {nl, fr}`.
    expected = error.schema.get("explain") or {each: error.message for each in BOTH_LANGUAGES}
    return finding("data-field-wrong", path, line, language, place=place, expected=expected)
