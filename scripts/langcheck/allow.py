"""Local, explained exceptions: <!-- langcheck: allow RULE-ID — reason -->.

The comment allows the rules it names (one or more, separated by commas) in
one place only: the paragraph, heading, list item or table row right below
it, or the one it stands in. Everything else on the page is still checked.
An exception without a reason, one that names no existing rule, or one that
allows nothing is reported itself, so exceptions stay few and explained.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scripts.findings import ERROR, WARNING, Finding
from scripts.langcheck.page_text import Comment, PageText

DIRECTIVE = re.compile(r"^\s*langcheck\s*:", re.IGNORECASE)
ALLOW = re.compile(
    r"^\s*langcheck\s*:\s*allow\s+(?P<rules>[\w-]+(?:\s*,\s*[\w-]+)*)"
    r"\s*(?:(?:—|–|--?|:)\s*)?(?P<reason>.*?)\s*$",
    re.IGNORECASE | re.DOTALL,
)
MIN_REASON_LETTERS = 3
CATEGORY = "exception"


@dataclass
class Allow:
    comment: Comment
    rules: frozenset[str]
    scope: tuple[int, int] | None  # file offsets
    used: bool = False

    def covers(self, finding: Finding, page: PageText) -> bool:
        if finding.rule not in self.rules or not self.scope or not finding.line or not finding.column:
            return False
        return self.scope[0] <= page.offset(finding.line, finding.column) < self.scope[1]


def scope(page: PageText, comment: Comment) -> tuple[int, int] | None:
    """The block the comment stands in, or else the next one."""
    return next((text.block for text in page.texts if text.block[1] > comment.start), None)


def read(page: PageText, known_rules: set[str]) -> tuple[list[Allow], list[Finding]]:
    allows, problems = [], []
    for comment in page.comments:
        if not DIRECTIVE.match(comment.text):
            continue
        directive = ALLOW.match(comment.text)
        if not directive:
            problems.append(page.finding("allow-malformed", comment.start, CATEGORY, ERROR,
                                         text=" ".join(comment.text.split())))
            continue
        named = [rule.strip() for rule in directive.group("rules").split(",")]
        for rule in named:
            if rule not in known_rules:
                problems.append(page.finding("allow-unknown-rule", comment.start, CATEGORY, ERROR, name=rule))
        reason = directive.group("reason") or ""
        if sum(char.isalpha() for char in reason) < MIN_REASON_LETTERS:
            problems.append(page.finding("allow-without-reason", comment.start, CATEGORY, ERROR,
                                         rules=", ".join(named)))
        known = frozenset(rule for rule in named if rule in known_rules)
        if known:
            allows.append(Allow(comment, known, scope(page, comment)))
    return allows, problems


def apply(page: PageText, findings: list[Finding], known_rules: set[str]) -> list[Finding]:
    """The findings no exception allows, and the problems with the exceptions themselves."""
    allows, problems = read(page, known_rules)
    kept = []
    for finding in findings:
        allow = next((allow for allow in allows if allow.covers(finding, page)), None)
        if allow:
            allow.used = True
        else:
            kept.append(finding)
    problems.extend(page.finding("allow-unused", allow.comment.start, CATEGORY, WARNING,
                                 rules=", ".join(sorted(allow.rules)))
                    for allow in allows if not allow.used)
    return kept + problems
