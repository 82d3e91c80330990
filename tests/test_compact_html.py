"""The built pages lose only the blank lines and indentation between tags (scripts/theme/compact_html.py)."""

from scripts.theme.compact_html import compact


def test_white_space_between_tags_becomes_one_line_break():
    assert compact("<ul>\n    \n      <li>Een</li>\n\n  <li>Twee</li>\n</ul>") == "<ul>\n<li>Een</li>\n<li>Twee</li>\n</ul>"


def test_text_attributes_and_a_space_between_inline_tags_stay_as_written():
    html = '<p>Een  zin\n   over twee regels <a href="x"\n   title="a\n   b">link</a> <em>nadruk</em></p>'
    assert compact(html) == html


def test_preformatted_code_scripts_and_text_areas_stay_as_written():
    html = ("<pre>\n  <b>ingesprongen</b>\n\n  </pre><code>a >\n  <b></code><textarea>\n  x\n</textarea>"
            "<script>if (a >\n  b) {}</script>\n   \n<p>x</p>")
    assert compact(html) == html.replace("</script>\n   \n<p>", "</script>\n<p>")
