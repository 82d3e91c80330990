"""The built pages without the blank lines and indentation the templates leave between tags.

Material's templates and Jinja leave, between two tags, runs of blank lines and indentation
(a topic page: 40 KB, of which 5 KB such white space). Between two tags, any run of white
space is drawn as one space at most, so one line break draws the same: each run that holds a
line break becomes one. White space inside text, inside a tag (its attributes) and inside
<pre>, <textarea>, <code>, <script> and <style> (where it can be drawn or be code) is left as
written.
"""

from __future__ import annotations

import re

# An element whose content stays as written, or a run of white space between two tags that
# holds a line break (the first that matches, left to right, so nothing inside the first is
# ever the second).
KEPT_OR_BETWEEN_TAGS = re.compile(r"(<(pre|textarea|code|script|style)\b.*?</\2\s*>)|(?<=>)[ \t\f\r]*\n\s*(?=<)",
                                  re.S | re.I)


def compact(html: str) -> str:
    return KEPT_OR_BETWEEN_TAGS.sub(lambda found: found[1] or "\n", html)
