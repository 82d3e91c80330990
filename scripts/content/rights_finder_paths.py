"""Every page of the rights finder and every path through it.

A static site without forms has one page per state: the answers given so far.
The first question is the state without answers; each answer that leads on
(not `same_as` another) adds one state; a state whose last answer leads to
`result` is a result page. A path is the answers of one result page.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from scripts.content.rights_finder import RESULT, Case, Flow, Right

FIRST = "start"  # the name of the first question's page


@dataclass(frozen=True)
class State:
    answers: tuple[tuple[str, str], ...] = ()  # (question id, answer id), in the order asked

    def then(self, question_id: str, answer_id: str) -> "State":
        return State((*self.answers, (question_id, answer_id)))

    def before(self, count: int) -> "State":
        """The state before the answer at position `count` was given: where to change it."""
        return State(self.answers[:count])

    @cached_property
    def given(self) -> dict[str, str]:
        return dict(self.answers)

    @property
    def name(self) -> str:
        """The page's name: the answers joined by '_' (ids have no '_'), or FIRST."""
        return "_".join(answer for _, answer in self.answers) or FIRST


@dataclass(frozen=True)
class Listed:
    """A right on a result page: whether it may apply, and the case that says why."""

    right: Right
    applies: bool
    case: Case


def asked(flow: Flow, state: State) -> str:
    """The id of the question this state's page asks, or RESULT."""
    if not state.answers:
        return flow.start
    question_id, answer_id = state.answers[-1]
    return flow.question(question_id).answer(answer_id).next


def states(flow: Flow) -> list[State]:
    """Every page, depth first in the order of the file's answers (first question first).
    For a flow that checks.py passed: every `next` exists and nothing loops."""
    found = []

    def visit(state: State) -> None:
        found.append(state)
        node = asked(flow, state)
        if node == RESULT:
            return
        question = flow.question(node)
        for answer in question.leading:
            visit(state.then(question.id, answer.id))

    visit(State())
    return found


def paths(flow: Flow) -> list[State]:
    """Every result page's state, in the order of `states`."""
    return [state for state in states(flow) if asked(flow, state) == RESULT]


def question_counts(flow: Flow) -> dict[State, set[int]]:
    """For each state, how many questions the paths through it have in all."""
    counts: dict[State, set[int]] = {}
    for state in reversed(states(flow)):  # every state's later states come before it, reversed
        node = asked(flow, state)
        if node == RESULT:
            counts[state] = {len(state.answers)}
        else:
            question = flow.question(node)
            counts[state] = set().union(*(counts[state.then(question.id, answer.id)] for answer in question.leading))
    return counts


def matching(cases: tuple[Case, ...], state: State) -> Case | None:
    return next((case for case in cases if case.matches(state.given)), None)


def outcome(flow: Flow, state: State) -> list[Listed]:
    """The rights a result page lists, in the file's order: may apply (first matching case of
    may_apply), does not apply (of does_not_apply); a right that matches neither is left out."""
    listed = []
    for right in flow.rights:
        case = matching(right.may_apply, state)
        if case is not None:
            listed.append(Listed(right, True, case))
            continue
        case = matching(right.does_not_apply, state)
        if case is not None:
            listed.append(Listed(right, False, case))
    return listed


def age_of(flow: Flow, state: State):
    """The ages of the answer on this path that gives an age, or None."""
    for question_id, answer_id in state.answers:
        ages = flow.question(question_id).answer(answer_id).ages
        if ages is not None:
            return ages
    return None


@dataclass(frozen=True)
class ClickPath:
    """The answers a reader clicks, one per question, and the result page they reach. An
    answer that goes where another goes (same_as) makes a path of its own to the same page."""

    answers: tuple[tuple[str, str], ...]
    result: State


def click_paths(flow: Flow) -> list[ClickPath]:
    found = []

    def visit(clicked: tuple, state: State) -> None:
        node = asked(flow, state)
        if node == RESULT:
            found.append(ClickPath(clicked, state))
            return
        question = flow.question(node)
        for answer in question.answers:
            leading = question.answer(answer.same_as) if answer.same_as else answer
            visit((*clicked, (question.id, answer.id)), state.then(question.id, leading.id))

    visit((), State())
    return found
