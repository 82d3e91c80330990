"""The rights finder's data (docs/data/rights-finder.yml) as a Flow: questions, answers, rights.

`from_data` builds it from data that passed finder.schema.yml; whether its
references hold (an answer's next question, a case's answers, a right's
page) is for checks.py to say.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from scripts.findings import Finding
from scripts.hooks import data_files

SCHEMA = Path(__file__).with_name("finder.schema.yml")
CATALOG = Path(__file__).with_name("messages.yml")
DATA = Path("data") / "rights-finder.yml"  # in docs/
RESULT = "result"  # `next: result`: the answers end on a result page


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
    path: Path
    tree: yaml.Node
    page: str  # the start page's file name without .md
    start: str
    texts: dict[str, dict[str, str]]
    questions: tuple[Question, ...]
    rights: tuple[Right, ...]
    elsewhere: tuple[Elsewhere, ...]

    def question(self, question_id: str) -> Question | None:
        return next((question for question in self.questions if question.id == question_id), None)

    def place(self, place_id: str) -> Elsewhere | None:
        return next((place for place in self.elsewhere if place.id == place_id), None)

    def line(self, where) -> int:
        return data_files.line_of(self.tree, list(where))


def finding(rule: str, path: Path, line: int | None, **values) -> Finding:
    """A finding about the finder's data, in every language of the site (the file is shared)."""
    return data_files.finding(rule, path, line, None, catalog=CATALOG, **values)


def _ages(value) -> Ages | None:
    return Ages(value["from"], value.get("to")) if value else None


def _case(entry: dict, where: tuple) -> Case:
    return Case({question: tuple(answers) for question, answers in entry["when"].items()},
                entry["why"], entry.get("instead"), where)


def from_data(data: dict, tree: yaml.Node, path: Path) -> Flow:
    """A Flow from data that passed the schema (references are checked afterwards)."""
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
    return Flow(path, tree, data["page"], data["start"], data["texts"], questions, rights, elsewhere)
