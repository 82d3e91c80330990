"""make check's check of the top tasks (docs/data/top-tasks/): each problem on the task's line,
in the file's language, with the fix. The browser test that plays them is test_top_tasks.py."""

from __future__ import annotations

import copy

import pytest
import yaml

from scripts import toptasks
from scripts.check import CHECKERS
from scripts.content import top_tasks
from scripts.findings import ERROR, WARNING, catalogs
from scripts.project import ROOT
from scripts.toptasks.__main__ import main
from tests.conftest import new_page

PAGE_BODY = """
## Hulp nodig?

Bel gratis naar [0800 987 99](tel:+3280098799).

## Niet akkoord met de beslissing?

Vraag binnen 3 maanden een heroverweging.
"""
# The schema asks for 12 tasks at least: the task under test, then tasks that pass.
FILLER = {"task": "Bellen", "page": "index.md", "answer": [{"link": "tel:+3280098799"}]}


def write_tasks(project, language: str, *tasks: dict) -> None:
    fillers = [{"id": f"call-{number}", **copy.deepcopy(FILLER)} for number in range(12 - len(tasks))]
    path = project / "docs" / top_tasks.FOLDER / f"{language}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump({"tasks": [*tasks, *fillers]}, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")


@pytest.fixture
def project(project_copy):
    """The small project, with a page that answers a task in both languages, and no tasks yet."""
    for language in ("nl", "fr"):
        (project_copy / f"docs/{language}/index.md").write_text(new_page("Rechten", body=PAGE_BODY),
                                                                 encoding="utf-8")
    return project_copy


def task(**changes) -> dict:
    return {"id": "disagree", "task": "Niet akkoord gaan", "page": "index.md",
            "anchor": "niet-akkoord-met-de-beslissing", "answer": [{"text": "3 maanden"}], **changes}


def both(project, *tasks: dict) -> None:
    write_tasks(project, "nl", *tasks)
    write_tasks(project, "fr", *tasks)


def test_the_site_s_top_tasks_name_pages_headings_and_answers_that_exist():
    assert toptasks.check(ROOT) == []
    ids = {language: [task.id for task in top_tasks.load_tasks(ROOT / "docs", language)] for language in ("nl", "fr")}
    assert len(ids["nl"]) >= 12 and sorted(ids["nl"]) == sorted(ids["fr"])


def test_tasks_that_pages_answer_give_nothing(project):
    both(project, task())

    assert toptasks.check(project) == []


def test_make_check_runs_the_top_tasks():
    assert "top tasks" in [checker.name for checker in CHECKERS]


def test_a_task_whose_page_is_gone_is_reported_in_the_file_s_language(project):
    both(project, task(page="allowances.md"))

    found = toptasks.check(project)

    assert [(f.file, f.line, f.rule, f.severity) for f in found] == [
        ("docs/data/top-tasks/nl.yml", 2, "top-task-page-missing", ERROR),
        ("docs/data/top-tasks/fr.yml", 2, "top-task-page-missing", ERROR)]
    dutch, french = found
    assert dutch.message == ("In docs/data/top-tasks/nl.yml wordt de toptaak 'disagree' beantwoord door "
                             "allowances.md, maar docs/nl/allowances.md bestaat niet.")
    assert "Schrijf na page de bestandsnaam" in dutch.suggestion
    assert french.message.startswith("Dans docs/data/top-tasks/fr.yml, la tâche « disagree » a pour réponse")
    assert "Écrivez après page le nom de fichier" in french.suggestion


def test_a_task_whose_heading_is_gone_names_the_page_s_headings(project):
    both(project, task(anchor="niet-akkoord"))

    found = [f for f in toptasks.check(project) if f.file.endswith("nl.yml")]

    assert [(f.line, f.rule) for f in found] == [(2, "top-task-anchor-missing")]
    assert "#niet-akkoord op docs/nl/index.md" in found[0].message
    assert "hulp-nodig, niet-akkoord-met-de-beslissing" in found[0].suggestion


def test_an_answer_no_longer_on_the_page_or_in_its_part_is_reported(project):
    both(project, task(answer=[{"text": "3 maanden"}, {"link": "https://myhandicap.belgium.be"},
                               {"link": "tel:+3280098799"}]))  # the number is on the page, not in that part

    found = [f for f in toptasks.check(project) if f.file.endswith("nl.yml")]

    assert [(f.line, f.rule) for f in found] == [(2, "top-task-answer-missing")] * 2
    assert "'link: https://myhandicap.belgium.be'" in found[0].message
    assert "'link: tel:+3280098799'" in found[1].message
    assert "docs/nl/index.md#niet-akkoord-met-de-beslissing" in found[1].message


def test_an_id_written_twice_and_a_task_in_one_language_only_are_reported(project):
    write_tasks(project, "nl", task(), task(task="Nog eens"))
    write_tasks(project, "fr", task(id="only-french"))

    found = {(f.file, f.line, f.rule, f.severity) for f in toptasks.check(project)}

    assert found == {
        ("docs/data/top-tasks/nl.yml", 8, "top-task-duplicate", ERROR),
        ("docs/data/top-tasks/nl.yml", None, "top-task-not-translated", WARNING),
        ("docs/data/top-tasks/fr.yml", None, "top-task-not-translated", WARNING)}


def test_a_file_that_does_not_match_its_schema_does_not_hide_the_other_language(project):
    write_tasks(project, "nl", task(page="allowances.md"))
    path = project / "docs/data/top-tasks/fr.yml"
    path.write_text("tasks: []\n", encoding="utf-8")

    found = {(f.file, f.rule) for f in toptasks.check(project)}

    assert found == {("docs/data/top-tasks/fr.yml", "data-field-wrong"),
                     ("docs/data/top-tasks/nl.yml", "top-task-page-missing")}


def test_the_command_exits_1_on_an_error(project, capsys):
    both(project, task(page="allowances.md"))

    assert main(["--project-dir", str(project)]) == 1
    assert "top-task-page-missing" in capsys.readouterr().out


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_editors_guide_quotes_the_messages_as_they_are(language):
    """CONTRIBUTING.<language>.md, part 10, quotes the findings: their rule and their words must not drift."""
    guide = (ROOT / f"CONTRIBUTING.{language}.md").read_text(encoding="utf-8")
    quoted = [line for line in guide.splitlines() if line.startswith(f"docs/data/top-tasks/{language}.yml:")]
    messages = catalogs.load(ROOT / "scripts/content/messages.yml")

    assert len(quoted) == 2
    for line in quoted:
        rule = line.split("[", 1)[1].split("]", 1)[0]
        message = messages[rule]["message"][language]
        assert message.split("{", 1)[0] in line, rule
        assert message.rsplit("}", 1)[1] in line, rule
