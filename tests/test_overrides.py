"""The theme's one copied partial stays Material's, plus its marked changes.

overrides/partials/search.html copies Material's search partial to change four
things (each marked "site:"). If a Material upgrade changes its partial, this
test fails, so the copy is re-made from the new one instead of silently
freezing the old markup.
"""

import re
from pathlib import Path

import material

from scripts.project import ROOT

MATERIAL_PARTIAL = Path(material.__file__).parent / "templates" / "partials" / "search.html"
COPY = ROOT / "overrides" / "partials" / "search.html"


def without_site_changes(copy: str) -> str:
    """The copy with its header comment and its four marked changes undone."""
    text = re.sub(r"\A\{#-.*?-#\}\n\{% import [^\n]*\n", "", copy, flags=re.S)
    text = text.replace(" aria-label=\"{{ strings.t('search.dialog') }}\">{# site: 1 #}", ">")
    text = re.sub(r"[ ]*\{#- site: 2 -#\}\n.*?</button>\n", "", text, flags=re.S)
    text = text.replace('name="q"{# site: 3 #}', 'name="query"')
    return re.sub(r"[^\n]*\{# site: 4 #\}\n", "", text)


def test_the_search_partial_is_materials_own_plus_the_marked_changes():
    original = re.sub(r"\A\{#-.*?-#\}\n", "", MATERIAL_PARTIAL.read_text(encoding="utf-8"), flags=re.S)

    assert without_site_changes(COPY.read_text(encoding="utf-8")) == original
