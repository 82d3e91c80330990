"""The rights finder's pages as Markdown, one per state, in one language.

A question page: a back link, where you are ("Vraag 2 van 4"), the question
as the page's only h1, a hint, and the answers as a list of links (no form,
no script). A result page: the statement that only DG HAN (or the
Commission) decides, what may apply (why, and a link to how to apply), what
does not (why, and where to go instead), the answers given with a link to
change each, the free number, a link to start again.

The pages sit next to the language's other pages, named after the start
page (rights-finder-start.md, rights-finder-disability_18-64.md, ...): in a
folder of their own, every page view would make Material's script look for
a sitemap.xml in that folder, which does not exist. Each is published at an
address in its reader's language (scripts/content/addresses.py): the start
page's, then the answers given, as their `short` says them
(/welke-rechten-kunsten.html, /fr/quels-droits-arts.html); the first
question's page takes its question (/welke-rechten-waarover-gaat-je-vraag.html).
A link in the data file is written as on any page (contact.md) and works as it is. The pages are
kept out of search and of the sitemap (front matter `search` and `robots`;
overrides/main.html writes the robots meta).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from scripts import project
from scripts.content import rights_finder_paths as paths
from scripts.content.addresses import KEY as ADDRESS, suggested
from scripts.content.rights_finder import RESULT, Flow, start_address
from scripts.content.rights_finder_paths import State

# French sets "?", "!", ";", ":" and « » apart with a space that must not break (a
# question mark alone at the start of a line on a phone reads as a new sentence):
# as on the site's pages, a narrow one before ? ! ; and a full one at : « ».
NO_BREAK = {"fr": [(re.compile(r" (?=[?!;])"), "\u202f"), (re.compile(r" (?=[:»])|(?<=«) "), "\u00a0")]}


@dataclass(frozen=True)
class GeneratedPage:
    state: State
    src: str  # the file, shared by its languages, in the language folder: rights-finder-<state>.md
    markdown: str


def src_of(flow: Flow, state: State) -> str:
    return f"{flow.page}-{state.name}.md"


def reviewed(docs: Path, language: str, page: str):
    """The start page's last_reviewed: the finder's pages were reviewed with it."""
    return project.page_meta((docs / language / f"{page}.md").read_text(encoding="utf-8-sig")).get("last_reviewed")


def address_of(flow: Flow, state: State, language: str, start: str) -> str:
    """Where the page of `state` is published in `language` (without .html): the start page's
    address `start`, then each answer's `short` (or, before any answer, the first question)."""
    said = [flow.question(q).answer(a).short[language] for q, a in state.answers]
    return "-".join([start, *map(suggested, said or [flow.question(flow.start).text[language]])])


def front_matter(title: str, address: str, last_reviewed) -> str:
    lines = ["---", f"title: {json.dumps(title, ensure_ascii=False)}", f"{ADDRESS}: {address}", "search:",
             "  exclude: true", "robots: noindex"]
    if last_reviewed:
        lines.append(f"last_reviewed: {last_reviewed}")
    return "\n".join([*lines, "---", ""])


class Writer:
    """The pages of one language."""

    def __init__(self, flow: Flow, language: str, docs: Path):
        self.flow, self.language = flow, language
        self.counts = paths.question_counts(flow)
        self.last_reviewed = reviewed(docs, language, flow.page)
        self.start = start_address(docs, language, flow.page)

    def t(self, key: str, **values) -> str:
        """One of the `texts`; only those with {placeholders} are filled in (others may hold {lang=en})."""
        text = self.s(self.flow.texts[key])
        return text.format(**values) if values else text

    def s(self, text: dict[str, str]) -> str:
        """A text of the data file in this language, typeset for it."""
        value = text[self.language]
        for pattern, space in NO_BREAK.get(self.language, ()):
            value = pattern.sub(space, value)
        return value

    def shorts(self, state: State) -> str:
        return ", ".join(self.s(self.flow.question(q).answer(a).short) for q, a in state.answers)

    def link(self, state: State) -> str:
        return src_of(self.flow, state)

    def address(self, state: State) -> str:
        return address_of(self.flow, state, self.language, self.start)

    def title(self, heading: str, state: State) -> str:
        return f"{heading} ({self.shorts(state)})" if state.answers else heading

    def back(self, state: State) -> str:
        target = self.link(state.before(len(state.answers) - 1)) if state.answers else f"{self.flow.page}.md"
        return f"[{self.t('back')}]({target}){{ .finder-back }}"

    def step(self, state: State) -> str:
        totals = self.counts[state]
        number = len(state.answers) + 1
        if len(totals) == 1:
            return self.t("step", number=number, total=max(totals))
        return self.t("step_at_most", number=number, total=max(totals))

    def question_page(self, state: State, question_id: str) -> str:
        question = self.flow.question(question_id)
        lines = [front_matter(self.title(self.s(question.text), state), self.address(state), self.last_reviewed),
                 self.back(state), "", self.step(state), "{: .finder-step }", "",
                 f"# {self.s(question.text)}", ""]
        if question.hint:
            lines += [self.s(question.hint), "{: .finder-hint }", ""]
        lines += ['<div class="finder-answers" markdown>', ""]
        for answer in question.answers:
            leading = question.answer(answer.same_as) if answer.same_as else answer
            lines.append(f"- [{self.s(answer.text)}]({self.link(state.then(question.id, leading.id))})")
        lines += ["", "</div>", ""]
        return "\n".join(lines)

    def result_page(self, state: State) -> str:
        flow, language = self.flow, self.language
        listed = paths.outcome(flow, state)
        lines = [front_matter(self.title(self.t("result"), state), self.address(state), self.last_reviewed),
                 self.back(state), "", f"# {self.t('result')}", "",
                 self.t("not_a_decision"), "{: .finder-decision }", ""]
        for applies, heading in ((True, "may_apply"), (False, "does_not_apply")):
            items = [item for item in listed if item.applies == applies]
            if not items:
                continue
            lines += [f"## {self.t(heading)}", ""]
            for item in items:
                right = item.right
                lines += [f"### {self.s(right.name)}", "", self.s(item.case.why), ""]
                if applies:
                    target = f"{right.page}.md#{right.anchor[language]}"
                    lines += [f"[{self.s(right.link)}]({target}){{ .finder-apply }}", ""]
                elif item.case.instead:
                    place = flow.place(item.case.instead)
                    lines += [f"#### {self.s(place.title)}", "", self.s(place.text), ""]
        lines += [f"## {self.t('answers')}", "", '<div class="finder-answers-given" markdown>', ""]
        for number, (question_id, answer_id) in enumerate(state.answers):
            question = flow.question(question_id)
            given = " / ".join(self.s(answer.text) for answer in question.folded_into(question.answer(answer_id)))
            # Which answer each "Wijzigen" changes, for a screen reader (as GOV.UK's summary lists).
            change = (f"[{self.t('change')}<span class=\"site-visually-hidden\"> ({self.s(question.text)})</span>]"
                      f"({self.link(state.before(number))})")
            lines += [self.s(question.text), f":   {given}", f":   {change}", ""]
        lines += ["</div>", "", f"## {self.t('help_title')}", "", self.t("help"), "",
                  f"[{self.t('restart')}]({self.link(State())})", ""]
        return "\n".join(lines)

    def page(self, state: State) -> GeneratedPage:
        node = paths.asked(self.flow, state)
        markdown = self.result_page(state) if node == RESULT else self.question_page(state, node)
        return GeneratedPage(state, self.link(state), markdown)


def pages(flow: Flow, language: str, docs: Path) -> list[GeneratedPage]:
    """Every page of the finder in `language`, the first question first."""
    writer = Writer(flow, language, docs)
    return [writer.page(state) for state in paths.states(flow)]
