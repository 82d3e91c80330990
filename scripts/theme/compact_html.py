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

KEPT_AS_WRITTEN = re.compile(r"<(pre|textarea|code|script|style)\b.*?</\1\s*>", re.S | re.I)
BETWEEN_TAGS = re.compile(r">[ \t\f\r]*\n\s*<")


def compact(html: str) -> str:
    parts, start = [], 0
    for kept in KEPT_AS_WRITTEN.finditer(html):
        parts += [BETWEEN_TAGS.sub(">\n<", html[start:kept.start()]), kept[0]]
        start = kept.end()
    parts.append(BETWEEN_TAGS.sub(">\n<", html[start:]))
    return "".join(parts)
