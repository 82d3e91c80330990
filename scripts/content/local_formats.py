"""Numbers and dates as a reader of each language writes them (Babel, CLDR).

242454 is 242.454 in Dutch and 242 454 in French; 1 March 2026 is
"1 maart 2026" and "1er mars 2026". The site is Belgian: each language
follows its Belgian conventions (nl_BE, fr_BE).
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

# The brief for the site: French groups digits with a non-breaking space (242 454);
# CLDR's French uses a narrow one, which older screen readers announce as a character.
NON_BREAKING = {"\u202f": "\u00a0"}
PERCENT = "percent"


def locale(language: str) -> str:
    return f"{language}_BE"


def format_number(value: float, unit: str, language: str) -> str:
    """242454 → "242.454" (nl), "242 454" (fr, non-breaking space); 22.9 % → "22,9%" / "22,9 %"."""
    if unit == PERCENT:
        text = format_percent(Decimal(str(value)) / 100, locale=locale(language), decimal_quantization=False)
    else:
        text = format_decimal(value, locale=locale(language))
    for narrow, wide in NON_BREAKING.items():
        text = text.replace(narrow, wide)
    return text


def language_name(language: str, in_language: str) -> str:
    """The name of a language in another: fr in Dutch is "Frans", nl in French "néerlandais"."""
    return Locale.parse(in_language).languages[language]


def long_date(value, language: str) -> str:
    """The date written out, or '' when the value is no date (the front-matter check
    reports it; the page then shows no date rather than a wrong one)."""
    if isinstance(value, str):
        try:
            value = datetime.date.fromisoformat(value)
        except ValueError:
            return ""
    if not isinstance(value, datetime.date):
        return ""
    text = format_date(value, format="long", locale=language)
    # French writes the first of the month as an ordinal, "1er mars 2026"; CLDR's pattern does not.
    if language == "fr" and value.day == 1:
        text = "1er" + text[1:]
    return text
