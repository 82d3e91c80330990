"""What the schema cannot say about the rights finder's data, each problem on its line.

In the order an editor would fix them:
1. every text in every language of the site; ids unique;
2. the questions: start and every `next` exist, `same_as` names an answer of
   the same question, nothing loops, every question is reached;
3. the rights: their cases name questions and answers that exist, `instead`
   names a place; their pages and headings exist (the headings' ids as the
   build makes them, with mkdocs.yml's Markdown extensions); for a right with
   ages, the sentences its page says about them are still on the page;
4. every path (rights_finder_paths.py): its result lists something, no right
   both may and may not apply, a right with ages is only offered to those
   ages; a case no path uses is a warning.
Paths are only walked when the rest holds. The language of the texts is the
language checker's (scripts/finder/ runs it for make check).
"""

from __future__ import annotations

from pathlib import Path

from scripts.content import rights_finder_paths as paths
from scripts.content.data_files import place
from scripts.content.page_html import anchors
from scripts.content.rights_finder import RESULT, Flow
from scripts.findings import ERROR, WARNING, Finding
from scripts.project import shown


def texts_of(flow: Flow):
    """Every text of the file that readers see, with where it is."""
    for key, text in flow.texts.items():
        yield ("texts", key), text
    for question in flow.questions:
        yield (*question.where, "text"), question.text
        if question.hint:
            yield (*question.where, "hint"), question.hint
        for answer in question.answers:
            yield (*answer.where, "text"), answer.text
            if answer.short:
                yield (*answer.where, "short"), answer.short
    for right in flow.rights:
        for key in ("anchor", "name", "link"):
            yield (*right.where, key), getattr(right, key)
        for case in (*right.may_apply, *right.does_not_apply):
            yield (*case.where, "why"), case.why
    for elsewhere in flow.elsewhere:
        yield (*elsewhere.where, "title"), elsewhere.title
        yield (*elsewhere.where, "text"), elsewhere.text


class FinderChecks:
    def __init__(self, flow: Flow, docs: Path, languages: tuple[str, ...]):
        self.flow, self.docs, self.languages = flow, docs, languages
        self.config = docs.parent / "mkdocs.yml"
        self.findings: list[Finding] = []

    def finding(self, rule: str, where, severity: str = ERROR, **values) -> None:
        self.findings.append(self.flow.finding(rule, where, severity, place=place(where), **values))

    # 1. languages and ids

    def languages_complete(self) -> None:
        for where, text in texts_of(self.flow):
            for language in self.languages:
                if language not in text:
                    self.finding("finder-language-missing", where, lang=language,
                                 languages=", ".join(self.languages))

    def ids_unique(self) -> None:
        groups = [(("questions",), self.flow.questions), (("rights",), self.flow.rights),
                  (("elsewhere",), self.flow.elsewhere)]
        groups += [((*question.where, "answers"), question.answers) for question in self.flow.questions]
        for where, items in groups:
            first: dict[str, tuple] = {}
            for item in items:
                if item.id in first:
                    self.finding("finder-duplicate-id", (*item.where, "id"), id=item.id,
                                 first=self.flow.line(first[item.id]))
                else:
                    first[item.id] = (*item.where, "id")

    def shorts_unique(self) -> None:
        for question in self.flow.questions:
            for language in self.languages:
                seen = set()
                for answer in question.leading:
                    short = (answer.short or {}).get(language)
                    if short in seen:
                        self.finding("finder-short-duplicate", (*answer.where, "short"), question=question.id,
                                     short=short, lang=language)
                    seen.add(short)

    # 2. the questions hold together

    def question_ids(self) -> str:
        return ", ".join(question.id for question in self.flow.questions)

    def questions_connect(self) -> None:
        flow = self.flow
        if flow.question(flow.start) is None:
            self.finding("finder-start-unknown", ("start",), id=flow.start, ids=self.question_ids())
        for question in flow.questions:
            leading = ", ".join(answer.id for answer in question.leading)
            for answer in question.answers:
                if answer.next is not None and answer.next != RESULT and flow.question(answer.next) is None:
                    self.finding("finder-next-unknown", (*answer.where, "next"), answer=answer.id,
                                 question=question.id, next=answer.next, ids=self.question_ids())
                if answer.same_as is not None:
                    target = question.answer(answer.same_as)
                    if target is None or target.same_as is not None or target is answer:
                        self.finding("finder-same-as-unknown", (*answer.where, "same_as"), answer=answer.id,
                                     question=question.id, same_as=answer.same_as, ids=leading)

    def no_loops(self) -> None:
        """Depth first from every question; an answer that leads back to a question on
        the way is reported once, on that answer."""
        flow, done, reported = self.flow, set(), set()

        def visit(question, way: list[str]) -> None:
            if question.id in done:
                return
            for answer in question.leading:
                following = flow.question(answer.next) if answer.next != RESULT else None
                if following is None:
                    continue
                if following.id in way:
                    if answer.where not in reported:
                        reported.add(answer.where)
                        loop = ", ".join([*way[way.index(following.id):], following.id])
                        self.finding("finder-loop", (*answer.where, "next"), answer=answer.id,
                                     question=question.id, loop=loop)
                    continue
                visit(following, [*way, following.id])
            done.add(question.id)

        for question in flow.questions:
            visit(question, [question.id])

    def all_reached(self) -> None:
        flow = self.flow
        reached, waiting = set(), [flow.start]
        while waiting:
            question = flow.question(waiting.pop())
            if question is None or question.id in reached:
                continue
            reached.add(question.id)
            waiting.extend(answer.next for answer in question.leading if answer.next != RESULT)
        for question in flow.questions:
            if question.id not in reached:
                self.finding("finder-unreachable", (*question.where, "id"), question=question.id)

    # 3. the rights and their pages

    def cases_connect(self) -> None:
        flow = self.flow
        places = ", ".join(place.id for place in flow.elsewhere)
        for right in flow.rights:
            for case in (*right.may_apply, *right.does_not_apply):
                for question_id, answers in case.when.items():
                    question = flow.question(question_id)
                    if question is None:
                        self.finding("finder-when-question", (*case.where, "when", question_id), right=right.id,
                                     question=question_id, ids=self.question_ids())
                        continue
                    leading = {answer.id for answer in question.leading}
                    for answer_id in answers:
                        if answer_id not in leading:
                            self.finding("finder-when-answer", (*case.where, "when", question_id),
                                         right=right.id, answer=answer_id, question=question_id,
                                         ids=", ".join(answer.id for answer in question.leading))
                if case.instead is not None and flow.place(case.instead) is None:
                    self.finding("finder-instead-unknown", (*case.where, "instead"), id=case.instead, ids=places)

    def page_path(self, language: str, page: str) -> Path:
        return self.docs / language / f"{page}.md"

    def pages_exist(self) -> None:
        targets = [(("page",), self.flow.page, None)] + [
            ((*right.where, "page"), right.page, right) for right in self.flow.rights]
        for where, page, right in targets:
            for language in self.languages:
                path = self.page_path(language, page)
                if not path.is_file():
                    self.finding("finder-page-missing", where, page=page, target=shown(path))
                    break
                anchor = right.anchor.get(language) if right else None
                if anchor and anchor not in anchors(path, self.config):
                    self.finding("finder-anchor-missing", (*right.where, "anchor", language), right=right.id,
                                 anchor=anchor, target=shown(path), anchors=", ".join(sorted(anchors(path, self.config))))

    def ages_on_pages(self) -> None:
        for right in self.flow.rights:
            if right.ages is None:
                continue
            numbers = [right.ages.low] + ([right.ages.high] if right.ages.high is not None else [])
            for language in self.languages:
                path = self.page_path(language, right.page)
                says = right.page_says.get(language)
                if not says:
                    self.finding("finder-page-says-missing-language", (*right.where, "ages"), right=right.id,
                                 lang=language)
                    continue
                if path.is_file():
                    page = " ".join(path.read_text(encoding="utf-8").split())
                    for number, quote in enumerate(says):
                        if " ".join(quote.split()) not in page:
                            self.finding("finder-page-says-missing", (*right.where, "page_says", language, number),
                                         right=right.id, quote=quote, target=shown(path))
                joined = " ".join(says)
                for age in numbers:
                    # "to: 64" may be written as "before your 65th birthday".
                    if str(age) not in joined and not (age == right.ages.high and str(age + 1) in joined):
                        self.finding("finder-page-says-age", (*right.where, "ages"), right=right.id,
                                     ages=str(right.ages), age=age, lang=language)

    # 4. every path

    def paths_hold(self) -> None:
        flow = self.flow
        used: set[tuple] = set()
        for state in paths.paths(flow):
            listed = paths.outcome(flow, state)
            answers = ", ".join(f"{question}: {answer}" for question, answer in state.answers)
            if not listed:
                self.finding("finder-result-empty", (*flow.question(state.answers[-1][0]).where, "id"),
                             answers=answers)
            ages = paths.age_of(flow, state)
            for item in listed:
                used.add(item.case.where)
                right = item.right
                if not item.applies:
                    continue
                refusal = paths.matching(right.does_not_apply, state)
                if refusal is not None:
                    self.finding("finder-conflict", (*item.case.where, "when"), right=right.id,
                                 other=flow.line(refusal.where), answers=answers)
                if right.ages and ages and not ages.within(right.ages):
                    answer = next(flow.question(q).answer(a) for q, a in state.answers
                                  if flow.question(q).answer(a).ages == ages)
                    self.finding("finder-age-outside", (*item.case.where, "when"), right=right.id,
                                 ages=str(right.ages), answer=answer.id, answer_ages=str(ages),
                                 example=self.age_example(right))
        for right in flow.rights:
            for case in (*right.may_apply, *right.does_not_apply):
                if case.where not in used:
                    self.finding("finder-case-unused", (*case.where, "when"), severity=WARNING, right=right.id)

    def age_example(self, right) -> str:
        fitting = [(question.id, answer.id) for question in self.flow.questions for answer in question.leading
                   if answer.ages and answer.ages.within(right.ages)]
        if not fitting:
            return "-"
        question = fitting[0][0]
        return f"{{{question}: [{', '.join(answer for q, answer in fitting if q == question)}]}}"

    def run(self) -> list[Finding]:
        self.languages_complete()
        self.ids_unique()
        self.shorts_unique()
        self.questions_connect()
        self.no_loops()
        self.all_reached()
        self.cases_connect()
        self.pages_exist()
        self.ages_on_pages()
        if not any(finding.severity == ERROR for finding in self.findings):
            self.paths_hold()
        return self.findings


def check(flow: Flow, docs: Path, languages: tuple[str, ...]) -> list[Finding]:
    return FinderChecks(flow, docs, languages).run()
