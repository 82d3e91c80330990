"""The one way to load a data file: `load(path, schema)`, with every problem as a finding on its line.

A data file is read safely (scripts/safe_yaml.py: no alias of a list, a size
limit, dates as written) and checked against its JSON Schema,
schemas/<schema>.schema.yml. What comes back is a `Document`: the data, and
the line of every value in it. A file that is missing, is not valid YAML or
is not what its schema says raises `DataError`, with one finding per problem
that names the file and the line, and says what to write instead: each value
of a schema explains itself in `explain: {nl: …, fr: …}` (or `en:` in a
developers' file). The language of the findings is the caller's choice:
the file's language (docs/data/glossary/fr.yml), `catalogs.EVERY_LANGUAGE`
for a file of every language (the key figures), or None, English, for a
developers' file (settings under scripts/, hosting/).

`read()` is the same without raising, for a text that is part of a file
(the front matter of a page): its problems are `Problem`s for the caller to word.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator, FormatChecker

from scripts import project, safe_yaml
from scripts.findings import catalogs
from scripts.findings import DataError, Finding, Reporter
from scripts.project import shown

SCHEMAS = Path(__file__).with_name("schemas")
SCHEMA_SUFFIX = ".schema.yml"
REPORT = Reporter(Path(__file__).with_name("messages.yml"), "data")
EXPLAIN = "explain"


@dataclass(frozen=True)
class Document:
    """A data file's data, and where each value is written."""

    path: Path
    data: object
    tree: yaml.Node | None
    first_line: int = 1  # the file's line of the YAML's first line (2 for a page's front matter)

    def node(self, where) -> yaml.Node | None:
        """The node of the value at `where` (keys and list indexes), or of the nearest value around it."""
        node = self.tree
        for step in where:
            if isinstance(node, yaml.MappingNode):
                found = next((value for key, value in node.value if key.value == step), None)
            elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
                found = node.value[step]
            else:
                found = None
            if found is None:
                break
            node = found
        return node

    def line(self, where=()) -> int | None:
        node = self.node(where)
        return self.line_of(node.start_mark) if node is not None else None

    def key_line(self, where, key: str) -> int | None:
        """The line of a key of the mapping at `where`."""
        node = self.node(where)
        if isinstance(node, yaml.MappingNode):
            found = next((name for name, _ in node.value if name.value == key), None)
            if found is not None:
                return self.line_of(found.start_mark)
        return self.line(where)

    def line_of(self, mark: yaml.Mark) -> int:
        return mark.line + self.first_line


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a YAML text, before it is worded for a reader.

    kind: yaml (not valid YAML), alias, too-large (refused by the safe reader),
    duplicate-key, required (a field is missing), unknown (a field the schema
    does not know), wrong (any other value the schema does not allow)."""

    kind: str
    where: tuple = ()
    line: int | None = None
    values: dict = field(default_factory=dict)
    error: Exception | None = None


@lru_cache
def schema(name: str) -> dict:
    return safe_yaml.load((SCHEMAS / f"{name}{SCHEMA_SUFFIX}").read_text(encoding="utf-8"))


@lru_cache
def _validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(schema(name), format_checker=FormatChecker())


def read(text: str, schema_name: str, path: Path, first_line: int = 1) -> tuple[Document | None, list[Problem]]:
    """The document of a YAML text and its problems; no document when the text is no valid YAML."""
    try:
        parsed = safe_yaml.read(text)
    except safe_yaml.Refused as error:
        return None, [_yaml_problem(error.kind, error, first_line)]
    except yaml.YAMLError as error:
        return None, [_yaml_problem("yaml", error, first_line)]
    document = Document(path, parsed.data, parsed.tree, first_line)
    problems = [
        Problem("duplicate-key", line=document.line_of(key.start_mark),
                values={"key": key.value, "first": document.line_of(first.start_mark)})
        for key, first in parsed.repeated_keys
    ]
    errors = sorted(_validator(schema_name).iter_errors(parsed.data),
                    key=lambda error: [(isinstance(step, str), step) for step in error.absolute_path])
    for error in errors:
        problems.extend(_schema_problems(error, document))
    return document, problems


def _yaml_problem(kind: str, error: yaml.YAMLError, first_line: int) -> Problem:
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    return Problem(kind, line=mark.line + first_line if mark else None, values={"problem": problem}, error=error)


def _schema_problems(error, document: Document):
    where = tuple(error.absolute_path)
    line = document.line(where)
    if error.validator == "required":
        yield Problem("required", where, line, values={"field": error.message.split("'")[1]}, error=error)
    elif error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = list(error.schema.get("properties", {}))
        for key in error.instance:
            if key not in known:
                key_line = document.key_line(where, key)
                yield Problem("unknown", where, key_line, values={
                    "field": key, "known": known, "key_line": key_line}, error=error)
    else:
        yield Problem("wrong", where, line, error=error)


def place(where) -> str:
    """terms › 3 › avoid: where a value is, list items counted from 1 as an editor counts them."""
    return " › ".join(str(step + 1) if isinstance(step, int) else str(step) for step in where) or "/"


def expected(error) -> dict[str, str]:
    """What the schema explains a value should be, per language; jsonschema's words where it does not."""
    languages = [language.code for language in project.languages()] + [catalogs.FALLBACK]
    return {language: error.message for language in languages} | (error.schema.get(EXPLAIN) or {})


# The rule of each kind of problem in a data file (messages.yml).
RULES = {
    "yaml": "data-yaml",
    "alias": "data-alias",
    "too-large": "data-too-large",
    "duplicate-key": "data-duplicate-key",
    "required": "data-field-missing",
    "unknown": "data-field-unknown",
    "wrong": "data-field-wrong",
}


def data_finding(problem: Problem, path: Path, language: str | None) -> Finding:
    """A problem of a data file, worded for whoever edits it."""
    values = {**problem.values, "place": place(problem.where)}
    if problem.kind == "unknown":
        values["allowed"] = ", ".join(sorted(problem.values["known"]))
    if problem.kind == "wrong":
        values["expected"] = expected(problem.error)
    return REPORT.finding(RULES[problem.kind], shown(path), language, problem.line, **values)


def load(path: Path, schema_name: str, language: str | None = None) -> Document:
    """The data file at `path`, checked against schemas/<schema_name>.schema.yml; raises DataError."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        raise DataError([REPORT.finding("data-missing", shown(path), language)]) from None
    except UnicodeDecodeError as error:
        raise DataError([REPORT.finding("data-yaml", shown(path), language, problem=error.reason)]) from None
    document, problems = read(text, schema_name, path)
    if problems:
        raise DataError([data_finding(problem, path, language) for problem in problems])
    return document
