"""The reading stylesheet keeps every rule a page can use, in every state, and only those.

tests/test_visual.py proves it on the real site in a browser; these small pages say what each
part of the trimmer (scripts/theme/reading_css.py) keeps and drops, and why.
"""

from __future__ import annotations

import re

import pytest

from scripts.content import DataError
from scripts.theme.reading_css import reading_stylesheet, write_reading_stylesheet

PAGE = """<!doctype html><html class="no-js"><body dir="ltr">
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">
<header class="md-header"><button class="md-header__button" aria-expanded="false">Menu</button></header>
<main><article class="md-typeset"><h1 id="top">Titel</h1><p>Tekst <a href="#top">link</a></p>
<details class="quote"><summary>Bronnen</summary><p>Bron</p></details><img src="a.svg" alt="">
</article></main></body></html>"""


def kept(css: str, *pages: str) -> str:
    return reading_stylesheet([css], pages or [PAGE])


@pytest.mark.parametrize("rule", [
    ".md-header{color:red}",
    ".md-typeset h1{color:red}",                      # descendant
    "article>h1{color:red}",                          # child
    "h1+p{color:red}",                                # next sibling
    "[data-md-toggle=drawer]~main{color:red}",        # later sibling
    "[dir=ltr] .md-typeset p{color:red}",             # attribute value
    ".md-typeset a:hover{color:red}",                 # a state: judged without it
    "[data-md-toggle=drawer]:checked~main .md-typeset{color:red}",
    ".md-typeset p:not(.x){color:red}",               # :not() narrows, left out
    ".js .md-header{color:red}",                      # site.js makes <html> "js"
    ".no-js .md-header{color:red}",                   # and without JavaScript it stays "no-js"
    '[aria-expanded=true]{color:red}',                # site.js opens the menu
    ".md-typeset details[open]>summary{color:red}",   # the reader opens the sources
    ".md-typeset summary::-webkit-details-marker{display:none}",  # a vendor's pseudo-element
    ":is(h2,p) a{color:red}",
])
def test_a_rule_that_can_match_in_some_state_is_kept(rule):
    assert kept(rule) == rule


@pytest.mark.parametrize("rule", [
    ".md-tabs{color:red}",                            # a class no page has
    "[dir=rtl] .md-typeset p{color:red}",             # a value no page has
    "main>h1{color:red}",                             # the h1 is in the article, not right in main
    "p+h1{color:red}",                                # no p right before an h1
    "main~header{color:red}",                         # no header after main
    "article .md-header{color:red}",                  # the header is not in the article
    ".js .md-typeset .tabbed-set{color:red}",
])
def test_a_rule_that_cannot_match_is_dropped(rule):
    assert kept(rule) == ""


def test_only_the_selectors_of_a_list_that_can_match_are_kept():
    assert kept("[dir=ltr] h1,[dir=rtl] h1,.md-tabs{margin:0}") == "[dir=ltr] h1{margin:0}"


def test_at_rules_keep_their_matching_rules_and_are_dropped_when_empty():
    css = "@media screen{.md-header{color:red}.md-tabs{color:red}}@media print{.md-tabs{display:none}}"
    assert kept(css) == "@media screen{.md-header{color:red}}"


def test_custom_properties_and_keyframes_nobody_uses_are_dropped():
    css = (":root{--used:red;--through:var(--used);--unused:url(icon.svg);--override:1px}"
           ":root{--override:2px}"
           ".md-header{color:var(--through);border-width:var(--override);animation:fade 1s}"
           "@keyframes fade{from{opacity:var(--in-frame)}}@keyframes spin{to{opacity:0}}"
           ":root{--in-frame:0}")
    result = kept(css)
    assert "--unused" not in result and "spin" not in result
    assert "--used:red" in result and "--through:var(--used)" in result and "--in-frame:0" in result
    assert "@keyframes fade" in result
    assert "--override:1px" not in result and "--override:2px" in result  # the later one wins


def test_a_later_fallback_of_an_ordinary_property_keeps_the_earlier_value():
    css = ".md-header{width:100%;width:-webkit-fill-available}"
    assert kept(css) == css


def test_a_selector_it_cannot_read_is_kept():
    assert kept("h1:unknown-thing(x){color:red}") == "h1:unknown-thing(x){color:red}"


def test_the_pages_of_every_language_count():
    other = PAGE.replace('class="md-header"', 'class="md-header site-other"')
    assert kept(".site-other{color:red}", PAGE, other) == ".site-other{color:red}"


def test_the_sheet_is_written_with_its_content_hash_and_every_page_links_it(tmp_path):
    stylesheets = tmp_path / "assets/stylesheets"
    stylesheets.mkdir(parents=True)
    (stylesheets / "main.1234abcd.min.css").write_text(".md-header{color:red}.md-tabs{color:red}", encoding="utf-8")
    (stylesheets / "site.css").write_text("h1{color:blue}", encoding="utf-8")
    head = ('<link rel="stylesheet" href="{up}assets/stylesheets/reading.css">'
            '<template id="site-stylesheets"><link rel="stylesheet" href="{up}assets/stylesheets/main.1234abcd.min.css">'
            '<link rel="stylesheet" href="{up}assets/stylesheets/site.css"></template>')
    (tmp_path / "index.html").write_text(head.format(up="") + PAGE, encoding="utf-8")
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr/index.html").write_text(head.format(up="../") + PAGE, encoding="utf-8")

    written = write_reading_stylesheet(tmp_path)

    assert re.fullmatch(r"reading\.[0-9a-f]{8}\.min\.css", written.name)
    assert written.read_text(encoding="utf-8") == ".md-header{color:red}h1{color:blue}"
    assert f'href="assets/stylesheets/{written.name}"' in (tmp_path / "index.html").read_text(encoding="utf-8")
    assert f'href="../assets/stylesheets/{written.name}"' in (tmp_path / "fr/index.html").read_text(encoding="utf-8")


def test_a_full_stylesheet_that_is_missing_stops_with_where_to_look(tmp_path):
    (tmp_path / "assets/stylesheets").mkdir(parents=True)
    (tmp_path / "index.html").write_text(
        '<link rel="stylesheet" href="assets/stylesheets/reading.css"><template id="site-stylesheets">'
        '<link rel="stylesheet" href="assets/stylesheets/gone.css"></template>' + PAGE, encoding="utf-8")

    with pytest.raises(DataError) as stopped:
        write_reading_stylesheet(tmp_path)

    [finding] = stopped.value.findings
    assert finding.file == "overrides/main.html" and "gone.css" in finding.message
