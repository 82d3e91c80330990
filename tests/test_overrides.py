"""The theme's copied partials stay Material's, plus their marked changes; the markup hook fails loudly.

Some of Material's partials are copied into overrides/partials/ to change a
few lines (a <label> for a hidden checkbox becomes a real button, …). Every
place where a copy differs from Material's file carries a "site:" comment
that the file's header explains. If a Material upgrade changes one of these
partials, a difference without a marker appears and this test fails, so the
copy is re-made from the new file instead of silently freezing old markup.
"""

import difflib
import re
from pathlib import Path

import material
import pytest

from scripts.content import DataError
from scripts.theme import material_markup

from scripts.project import ROOT

MATERIAL_PARTIALS = Path(material.__file__).parent / "templates" / "partials"
COPIES = ["header.html", "nav.html", "search.html", "toc.html"]
HEADER_COMMENT = re.compile(r"\A\{#-.*?-#\}\n", re.S)
# The site's own texts (partials/strings.html) may be imported without a marker.
STRINGS_IMPORT = '{% import "partials/strings.html" as strings with context %}'


def unmarked_changes(material_text: str, copy_text: str) -> list[str]:
    """Each place where the copy differs from Material's file without a "site:" marker."""
    original = HEADER_COMMENT.sub("", material_text).splitlines()
    copy = HEADER_COMMENT.sub("", copy_text).splitlines()
    problems = []
    matcher = difflib.SequenceMatcher(a=original, b=copy, autojunk=False)
    for tag, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        if tag == "equal":
            continue
        changed = copy[b_start:b_end]
        if any("site:" in line for line in changed) or (changed and set(changed) == {STRINGS_IMPORT}):
            continue
        problems.append(f"Material's lines {a_start + 1}-{a_end}: {original[a_start:a_end]} → {changed}")
    return problems


@pytest.mark.parametrize("name", COPIES)
def test_a_copied_partial_is_materials_own_plus_marked_changes(name):
    copy = (ROOT / "overrides" / "partials" / name).read_text(encoding="utf-8")

    assert unmarked_changes((MATERIAL_PARTIALS / name).read_text(encoding="utf-8"), copy) == []
    assert "site: 1" in copy, "each copy says in its header what it changes, and why"


def test_a_change_without_a_marker_is_found():
    material_text = "{#-\n  generated\n-#}\n<a>\n<label for=x></label>\n<b>\n<c>\n<d>\n"

    marked = "{#-\n  ours\n-#}\n<a>\n<button>{# site: 1 #}</button>\n<b>\n<c>\n<d>\n"
    unmarked = "{#-\n  ours\n-#}\n<a>\n<button></button>\n<b>\n<c>\n<d>\n"
    new_line_in_material = "{#-\n  ours\n-#}\n<a>\n<button>{# site: 1 #}</button>\n<b>\n<d>\n"

    assert unmarked_changes(material_text, marked) == []
    assert len(unmarked_changes(material_text, unmarked)) == 1
    assert len(unmarked_changes(material_text, new_line_in_material)) == 1


# Material's markup outside its blocks (scripts/theme/material_markup.py)

ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M0 0"/></svg>'
MATERIAL_PAGE = f"""<body>
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">
<label class="md-overlay" for="__drawer"></label>
<a href="index.html" class="md-header__button md-logo" aria-label="Start">{ICON}</a>
<li class="md-nav__item md-nav__item--active">
  <input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">
  <label class="md-nav__link md-nav__link--active" for="__toc">
    <span class="md-ellipsis">Parkeerkaart</span>
  </label>
  <a href="parking-card.html" class="md-nav__link md-nav__link--active">Parkeerkaart</a>
</li>
<article class="md-content__inner">{ICON}</article>
</body>"""


def test_materials_toggles_become_state_holders_and_its_icons_are_hidden():
    html = material_markup.rewrite(MATERIAL_PAGE)

    assert '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" hidden aria-hidden="true">' in html
    assert '<div class="md-overlay" data-site-close="__drawer"></div>' in html
    assert "<label" not in html and "__toc" not in html and "autocomplete" not in html
    assert 'aria-label="Start"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true">' in html
    assert f'<article class="md-content__inner">{ICON}</article>' in html, "the page's own text is left as written"
    editors_checkbox = '<article><input type="checkbox" autocomplete="off"></article>'
    assert editors_checkbox in material_markup.rewrite(MATERIAL_PAGE.replace("<article", editors_checkbox + "<article"))


def test_markup_material_no_longer_writes_stops_the_build_naming_the_template():
    changed = MATERIAL_PAGE.replace('id="__drawer" autocomplete="off"', 'id="__drawer"')

    with pytest.raises(DataError, match="the drawer checkbox from Material's base.html was found 0 times"):
        material_markup.rewrite(changed, "index.md")


def test_a_label_for_materials_checkboxes_left_in_a_page_stops_the_build():
    with_new_label = MATERIAL_PAGE.replace("<article", '<label class="md-new" for="__search"></label><article')

    with pytest.raises(DataError, match="Material's toggle markup is left in the theme's part of the page"):
        material_markup.rewrite(with_new_label, "index.md")
