"""The citizens' top tasks (docs/data/top-tasks/<language>.yml): what readers come to do most,
the page that answers each, and what the answer must contain.

`load_tasks(docs, language)` reads a language's file through the one loader
(schemas/top-tasks.schema.yml); `findings(project_dir)` is what a schema
cannot say, each on its line of the file, in the file's language: a page
that does not exist, a heading (#anchor) it no longer has, an answer no
longer on the page or in that part of it, an id written twice, and — a
warning — a task in one language only. The page is read as the build will
convert it (page_html.py), so this runs before any build.

`answer_in(html, task)` is where the answer is in a page's HTML; the browser
test that plays each task on a phone (tests/test_top_tasks.py) uses the same
idea in the browser: a link whose address starts with `link`, words `text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from bs4 import BeautifulSoup, Tag

from scripts import project
from scripts.content.data_files import REPORT, DataError, load
from scripts.content.page_html import anchors, rendered
from scripts.findings import WARNING, Finding
from scripts.project import shown

FOLDER = PurePosixPath("data/top-tasks")
CATEGORY = "top tasks"
HEADING = re.compile(r"^h([1-6])$")


@dataclass(frozen=True)
class AnswerPart:
    kind: str  # "link": a link whose address starts with value; "text": words the reader reads
    value: str

    def shown(self) -> str:
        return f"{self.kind}: {self.value}"


@dataclass(frozen=True)
class TopTask:
    id: str
    task: str
    page: PurePosixPath  # the file name in docs/<language>/, the same in every language
    anchor: str | None
    answer: tuple[AnswerPart, ...]
    language: str
    file: Path  # the data file
    line: int | None  # of the task in the data file

    def where(self) -> str:
        return f"{self.page}#{self.anchor}" if self.anchor else str(self.page)


def path_of(docs: Path, language: str) -> Path:
    return docs / FOLDER / f"{language}.yml"


def load_tasks(docs: Path, language: str) -> list[TopTask]:
    """The top tasks of one language; raises DataError, naming file and line, if the file is wrong."""
    path = path_of(docs, language)
    document = load(path, "top-tasks", language)
    return [TopTask(entry["id"], entry["task"], PurePosixPath(entry["page"]), entry.get("anchor"),
                    tuple(AnswerPart(*next(iter(item.items()))) for item in entry["answer"]),
                    language, path, document.line(["tasks", index]))
            for index, entry in enumerate(document.data["tasks"])]


def _text(element) -> str:
    return " ".join(element.get_text(" ").replace("\u00ad", "").split()).casefold()


def section(soup: BeautifulSoup, anchor: str | None) -> list[Tag]:
    """The elements of the part of the page under the heading `anchor` (up to the next heading
    of the same level or higher), or of the whole page; [] when there is no such heading."""
    if anchor is None:
        return [soup]
    heading = soup.find(id=anchor)
    if heading is None or not HEADING.match(heading.name or ""):
        return []
    level, part = int(heading.name[1]), [heading]
    for sibling in heading.find_next_siblings():
        found = HEADING.match(sibling.name or "")
        if found and int(found[1]) <= level:
            break
        part.append(sibling)
    return part


def contains(part: list[Tag], answer: AnswerPart) -> bool:
    if answer.kind == "link":
        return any(link["href"].startswith(answer.value) for element in part for link in element.select("a[href]"))
    return any(" ".join(answer.value.split()).casefold() in _text(element) for element in part)


def missing_answers(html: str, task: TopTask) -> list[AnswerPart]:
    """What the task's answer must contain and the page (or its part `anchor`) does not."""
    part = section(BeautifulSoup(html, "html.parser"), task.anchor)
    return [answer for answer in task.answer if not contains(part, answer)]


def findings(project_dir: Path) -> list[Finding]:
    """Every problem of every language's top tasks; nothing for a project without them.
    A file that does not match its schema gives its own findings, and its tasks are not checked further."""
    docs, config = project_dir / "docs", project_dir / "mkdocs.yml"
    languages = [language.code for language in project.languages(config)]
    tasks, found = {}, []
    for language in languages:
        if not path_of(docs, language).is_file():
            continue
        try:
            tasks[language] = load_tasks(docs, language)
        except DataError as error:  # that file's problems; the other languages are still checked
            found += error.findings
    for language, listed in tasks.items():
        found += _duplicates(listed)
        for task in listed:
            found += _page_findings(task, docs / language / task.page, config)
        for other, theirs in tasks.items():
            ids = {task.id for task in listed}
            found += [_finding("top-task-not-translated", task, severity=WARNING, file=path_of(docs, language),
                               line=None, other=shown(task.file))
                      for task in theirs if other != language and task.id not in ids]
    return found


def _finding(rule: str, task: TopTask, file: Path | None = None, line: int | None = -1,
             severity: str = "error", **values) -> Finding:
    return REPORT.finding(rule, shown(file or task.file), task.language if file is None else file.stem,
                          task.line if line == -1 else line, severity=severity, category=CATEGORY,
                          id=task.id, **values)


def _duplicates(tasks: list[TopTask]) -> list[Finding]:
    first: dict[str, TopTask] = {}
    found = []
    for task in tasks:
        if task.id in first:
            found.append(_finding("top-task-duplicate", task, first=first[task.id].line))
        first.setdefault(task.id, task)
    return found


def _page_findings(task: TopTask, page: Path, config: Path) -> list[Finding]:
    if not page.is_file():
        return [_finding("top-task-page-missing", task, page=task.page, target=shown(page))]
    if task.anchor and task.anchor not in anchors(page, config):
        return [_finding("top-task-anchor-missing", task, anchor=task.anchor, target=shown(page),
                         anchors=", ".join(sorted(anchors(page, config))))]
    missing = missing_answers(rendered(page, config), task)
    return [_finding("top-task-answer-missing", task, target=shown(page) + (f"#{task.anchor}" if task.anchor else ""),
                     answer=answer.shown()) for answer in missing]
