"""The rights finder for editors: `make check`'s check of its data, and `python -m scripts.finder`.

The finder itself is content: its data file docs/data/rights-finder.yml is
loaded and checked by scripts/content/rights_finder.py (and _checks, _paths,
_pages), and its pages are added to the build by scripts/hooks/finder_pages.py.
Here, for make check, every problem with the data — warnings too, which do not
stop the build — and the language of each of its texts, checked as a page's
is (words to avoid, official terms, abbreviations, long sentences, hard words,
passive sentences) and reported on the text's line. Two rules are about a
whole page, not one text: readability, a score for a page, and a glossary
term's first use on a page (a finder page puts several texts together, and
links each right to the page that explains it).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from scripts import langcheck
from scripts.langcheck import glossary_use
from scripts.content.rights_finder import DATA, Flow, read_flow
from scripts.content.rights_finder_checks import texts_of
from scripts.findings import Finding
from scripts.project import shown

PAGE_RULES = {"readability", glossary_use.RULE}


def language_findings(flow: Flow, docs: Path) -> list[Finding]:
    """The language checker's findings on every text of the finder, each on its line of the data file."""
    file, found = shown(flow.path), []
    for where, text in texts_of(flow):
        if where[-1] == "anchor":  # an address, not words
            continue
        for language, value in text.items():
            found += [dataclasses.replace(finding, file=file, line=flow.line(where), column=None)
                      for finding in langcheck.check_text(value, file, language, docs)
                      if finding.rule not in PAGE_RULES]
    return found


def check(project_dir: Path) -> list[Finding]:
    """For `make check`: every problem of the finder's data and of its texts' language;
    nothing for a project without a finder."""
    docs = project_dir / "docs"
    if not (docs / DATA).is_file():
        return []
    flow, findings = read_flow(docs)
    if flow is None:
        return findings
    return findings + language_findings(flow, docs)
