"""What was meant against what was built: a page's Markdown that renders otherwise than its editor meant.

Python-Markdown, which builds the site, differs from GitHub's preview and
forgives a lot silently: a table without its |---| line shows its pipes, a
note whose text is not indented is an empty box, an unclosed <!-- shows the
rest of the page as text, a sub-list indented by two spaces is flat. These
checks read each built page (scripts/sitecheck/site.py) against its Markdown
and report each difference on the Markdown's line, in the page's language,
with the fix. One module per kind of difference:

- literal: Markdown or template syntax shown as text ({{, [^1], |, <!--, **, {lang=…}, a list)
- blocks: an empty heading, a bold line used as a heading, an empty note, an empty
  header cell, text shown as code because it is indented
- source_lines: what the Markdown itself says was meant (##Kop, a line underlined
  with ---, a sub-list indented by too few spaces, a table row with more cells than its header)
- detected_language: text in another language than the page's folder (language_words.yml)
"""

from __future__ import annotations

from pathlib import Path

from scripts.rendering import blocks, detected_language, literal, source_lines
from scripts.rendering.rendered import RenderedPage, rendered_pages

CHECKS = (literal.check, blocks.check, source_lines.check, detected_language.check)


def check(site_dir: Path, project_dir: Path) -> list:
    pages = rendered_pages(site_dir, project_dir)
    return [finding for check_page in CHECKS for page in pages for finding in check_page(page)]


__all__ = ["RenderedPage", "check"]
