"""The rights finder's data (docs/data/rights-finder.yml) as a Flow: questions, answers, rights.

The file is loaded the one way (data_files.load) against
schemas/rights-finder.schema.yml; what a schema cannot say is checked right
after (rights_finder_checks.py). `load_flow` gives a Flow, or raises DataError
with every error; `read_flow` also returns the warnings, for make check.
Every path through the flow is rights_finder_paths.py, its pages
rights_finder_pages.py. The file belongs to every language: its findings are
worded in each.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from scripts import project, safe_yaml
from scripts.content import addresses
from scripts.content.data_files import DataError, Document, load
from scripts.findings import ERROR, Finding, Reporter, catalogs
from scripts.project import shown

SCHEMA = "rights-finder"
DATA = Path("data") / "rights-finder.yml"  # in docs/
RESULT = "result"  # `next: result`: the answers end on a result page
REPORT = Reporter(Path(__file__).with_name("messages.yml"), "data")


@dataclass(frozen=True)
class Ages:
    low: int
    high: int | None  # None: no upper limit

    def within(self, other: "Ages") -> bool:
        """Every age of self is one of other's."""
        above = other.high is None or (self.high is not None and self.high <= other.high)
        return self.low >= other.low and above

    def __str__(self) -> str:
        return f"{self.low}-{self.high}" if self.high is not None else f"{self.low}+"


@dataclass(frozen=True)
class Answer:
    id: str
    text: dict[str, str]
    short: dict[str, str] | None
    next: str | None  # a question id or RESULT; None when the answer goes where `same_as` goes
    same_as: str | None
    ages: Ages | None
    where: tuple  # its place in the file: ("questions", 2, "answers", 0)


@dataclass(frozen=True)
class Question:
    id: str
    text: dict[str, str]
    hint: dict[str, str] | None
    answers: tuple[Answer, ...]
    where: tuple

    def answer(self, answer_id: str) -> Answer | None:
        return next((answer for answer in self.answers if answer.id == answer_id), None)

    @property
    def leading(self) -> tuple[Answer, ...]:
        """The answers that lead somewhere of their own (not `same_as` another)."""
        return tuple(answer for answer in self.answers if answer.same_as is None)

    def folded_into(self, answer: Answer) -> tuple[Answer, ...]:
        """The answer and those that go where it goes (same_as), in the file's order."""
        return tuple(other for other in self.answers if other is answer or other.same_as == answer.id)


@dataclass(frozen=True)
class Case:
    when: dict[str, tuple[str, ...]]  # question id → the answers that match
    why: dict[str, str]
    instead: str | None
    where: tuple

    def matches(self, answers: dict[str, str]) -> bool:
        return all(answers.get(question) in matching for question, matching in self.when.items())


@dataclass(frozen=True)
class Right:
    id: str
    page: str
    anchor: dict[str, str]
    name: dict[str, str]
    link: dict[str, str]
    ages: Ages | None
    page_says: dict[str, tuple[str, ...]]
    may_apply: tuple[Case, ...]
    does_not_apply: tuple[Case, ...]
    where: tuple


@dataclass(frozen=True)
class Elsewhere:
    id: str
    title: dict[str, str]
    text: dict[str, str]
    where: tuple


@dataclass(frozen=True)
class Flow:
    document: Document
    page: str  # the start page's file name without .md
    start: str
    texts: dict[str, dict[str, str]]
    questions: tuple[Question, ...]
    rights: tuple[Right, ...]
    elsewhere: tuple[Elsewhere, ...]

    @property
    def path(self) -> Path:
        return self.document.path

    def question(self, question_id: str) -> Question | None:
        return next((question for question in self.questions if question.id == question_id), None)

    def place(self, place_id: str) -> Elsewhere | None:
        return next((place for place in self.elsewhere if place.id == place_id), None)

    def line(self, where) -> int | None:
        return self.document.line(list(where))

    def finding(self, rule: str, where, severity: str = ERROR, **values) -> Finding:
        """A finding on the line of `where`, in every language of the site (the file is shared)."""
        return REPORT.finding(rule, shown(self.path), catalogs.EVERY_LANGUAGE, self.line(where),
                              severity=severity, **values)


def _ages(value) -> Ages | None:
    return Ages(value["from"], value.get("to")) if value else None


def _case(entry: dict, where: tuple) -> Case:
    return Case({question: tuple(answers) for question, answers in entry["when"].items()},
                entry["why"], entry.get("instead"), where)


def from_document(document: Document) -> Flow:
    """A Flow from a file that passed the schema (references are checked afterwards)."""
    data = document.data
    questions = tuple(
        Question(entry["id"], entry["text"], entry.get("hint"), tuple(
            Answer(answer["id"], answer["text"], answer.get("short"), answer.get("next"), answer.get("same_as"),
                   _ages(answer.get("ages")), ("questions", index, "answers", number))
            for number, answer in enumerate(entry["answers"])
        ), ("questions", index))
        for index, entry in enumerate(data["questions"])
    )
    rights = tuple(
        Right(entry["id"], entry["page"], entry["anchor"], entry["name"], entry["link"], _ages(entry.get("ages")),
              {language: tuple(says) for language, says in entry.get("page_says", {}).items()},
              tuple(_case(case, ("rights", index, "may_apply", number))
                    for number, case in enumerate(entry.get("may_apply", ()))),
              tuple(_case(case, ("rights", index, "does_not_apply", number))
                    for number, case in enumerate(entry.get("does_not_apply", ()))),
              ("rights", index))
        for index, entry in enumerate(data["rights"])
    )
    elsewhere = tuple(Elsewhere(entry["id"], entry["title"], entry["text"], ("elsewhere", index))
                      for index, entry in enumerate(data.get("elsewhere", ())))
    return Flow(document, data["page"], data["start"], data["texts"], questions, rights, elsewhere)


def languages(docs: Path) -> tuple[str, ...]:
    """The site's languages, from the project's mkdocs.yml (next to docs/)."""
    return tuple(language.code for language in project.languages(docs.parent / "mkdocs.yml"))


def read_flow(docs: Path) -> tuple[Flow | None, list[Finding]]:
    """The finder of the project whose docs folder is `docs` (None when it has errors), and every
    problem with it, warnings too."""
    from scripts.content import rights_finder_checks  # it reads Flows: imported when needed, not in a cycle

    try:
        document = load(docs / DATA, SCHEMA, catalogs.EVERY_LANGUAGE)
    except DataError as error:
        return None, error.findings
    flow = from_document(document)
    findings = rights_finder_checks.check(flow, docs, languages(docs))
    return (None if any(finding.severity == ERROR for finding in findings) else flow), findings


def load_flow(docs: Path) -> Flow:
    """The finder, ready to build its pages; raises DataError (every error, with file and line)."""
    flow, findings = read_flow(docs)
    if flow is None:
        raise DataError([finding for finding in findings if finding.severity == ERROR])
    return flow


@lru_cache
def _start_page(path: Path) -> str | None:
    try:
        data = safe_yaml.load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return None
    return data.get("page") if isinstance(data, dict) else None


def start_address(docs: Path, language: str, page: str) -> str:
    """The start page's address in `language` (its front matter's `address`, or its file name
    while it has none): the finder's pages are named after it, in the reader's language."""
    try:
        value, _ = addresses.written((docs / language / f"{page}.md").read_text(encoding="utf-8-sig"))
    except OSError:
        value = None
    return value if addresses.is_valid(value) else page


def made_from(docs: Path, name: str, language: str) -> str | None:
    """The data file a page of the finder is made from (its name starts with the start page's
    address and a '-': welke-rechten-kunsten), as findings show it; None for any other page."""
    page = _start_page(docs / DATA)
    return shown(docs / DATA) if page and name.startswith(f"{start_address(docs, language, page)}-") else None
