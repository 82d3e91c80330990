"""MkDocs hook: the `long_date` template filter, a date in the reader's language.

The bottom of every page (overrides/partials/source-file.html) shows its
front matter's last_reviewed as "28 november 2026" or "28 novembre 2026":
Babel's long date format (CLDR) for the page's language.
"""

from __future__ import annotations

import datetime

from babel.dates import format_date


def long_date(value, locale: str) -> str:
    """The date written out, or '' when the value is no date (the front-matter check
    reports it; the page then shows no date rather than a wrong one)."""
    if isinstance(value, str):
        try:
            value = datetime.date.fromisoformat(value)
        except ValueError:
            return ""
    if not isinstance(value, datetime.date):
        return ""
    text = format_date(value, format="long", locale=locale)
    # French writes the first of the month as an ordinal, "1er mars 2026"; CLDR's pattern does not.
    if locale == "fr" and value.day == 1:
        text = "1er" + text[1:]
    return text


def on_env(env, config, files):
    env.filters["long_date"] = long_date
    return env
