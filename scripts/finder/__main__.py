"""python -m scripts.finder: every path of the rights finder, from the first question to a result.

Human output: per language, how many pages the finder makes, then one line
per path: the result page, the answers clicked (their short names), the
rights that may apply and those that do not. `--format json` prints
{"paths": [{"lang", "answers": [{"question", "answer"}], "result": {"page", "rights"}}]},
where page is the built page's address from the site's root and rights are
the pages (file names without .md) of the rights that may apply.
A data file with errors prints its findings and exits 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from scripts import project
from scripts.content import rights_finder_paths as walk
from scripts.content.rights_finder import Flow, read_flow, start_address
from scripts.content.rights_finder_pages import address_of
from scripts.findings import catalogs, report

CATALOG = Path(__file__).with_name("messages.yml")


def line(key: str, language: str, **values) -> str:
    return catalogs.line(CATALOG, key, language, **values)


def address(flow: Flow, state: walk.State, language: project.Language) -> str:
    """The built page's address from the site's root, in its language: welke-rechten-kunsten.html,
    fr/quels-droits-arts.html."""
    start = start_address(flow.path.parent.parent, language.code, flow.page)
    return f"{language.folder}{address_of(flow, state, language.code, start)}.html"


def rights_pages(flow: Flow, state: walk.State) -> list[str]:
    return list(dict.fromkeys(item.right.page for item in walk.outcome(flow, state) if item.applies))


def as_json(flow: Flow, languages) -> dict:
    return {"paths": [
        {"lang": language.code,
         "answers": [{"question": question, "answer": answer} for question, answer in path.answers],
         "result": {"page": address(flow, path.result, language), "rights": rights_pages(flow, path.result)}}
        for language in languages for path in walk.click_paths(flow)
    ]}


def aligned(rows: list[list[str]]) -> list[str]:
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    return ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]


def table(flow: Flow, language: project.Language) -> str:
    code = language.code
    states = walk.states(flow)
    results = walk.paths(flow)
    paths = walk.click_paths(flow)
    rows = [[cell.strip() for cell in line("table-columns", code).split("|")]]
    for path in paths:
        listed = walk.outcome(flow, path.result)
        clicked = [flow.question(question).answer(answer) for question, answer in path.answers]
        answers = ", ".join((answer.short or answer.text)[code] for answer in clicked)
        rows.append([address(flow, path.result, language), answers,
                     ", ".join(item.right.id for item in listed if item.applies) or "-",
                     ", ".join(item.right.id for item in listed if not item.applies) or "-"])
    heading = line("table-language", code, pages=len(states), questions=len(states) - len(results),
                   results=len(results), paths=len(paths))
    return "\n".join([heading, "", *aligned(rows)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.finder", description=__doc__.splitlines()[0])
    parser.add_argument("--format", choices=("human", "json"), default="human",
                        help="human: a table per language (default); json: {\"paths\": [...]}")
    parser.add_argument("--project-dir", type=Path, default=project.ROOT,
                        help="the project folder (default: this repository)")
    arguments = parser.parse_args(argv)
    docs = arguments.project_dir / "docs"
    flow, findings = read_flow(docs)  # the texts' language: make check says
    if flow is None:
        return report(findings, "human", stream=sys.stderr)
    if findings:  # warnings only: shown, the paths still printed
        report(findings, "human", stream=sys.stderr)
    languages = project.languages(arguments.project_dir / "mkdocs.yml")
    if arguments.format == "json":
        json.dump(as_json(flow, languages), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print("\n\n".join(table(flow, language) for language in languages))
    pages = len(walk.states(flow)) * len(languages)
    print("\n" + catalogs.line(CATALOG, "table-total", pages=pages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
