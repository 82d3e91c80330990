"""Aligned table columns get a class, not an inline style (scripts/markdown/aligned_cells.py)."""

import markdown

TABLE = """| Kaart | 2022 | 2023 | Soort |
| :-- | --: | :-: | --- |
| Parkeerkaart | 1 | 2 | nieuw |
"""


def cells(html):
    return [line.strip() for line in html.splitlines() if line.strip().startswith(("<th ", "<th>", "<td"))]


def test_aligned_columns_get_a_class_and_no_style():
    html = markdown.markdown(TABLE, extensions=["tables", "scripts.markdown.aligned_cells"])

    assert "style=" not in html
    assert cells(html)[:4] == ['<th class="site-align-left">Kaart</th>', '<th class="site-align-right">2022</th>',
                               '<th class="site-align-center">2023</th>', "<th>Soort</th>"]
    assert '<td class="site-align-right">1</td>' in html


def test_without_the_extension_python_markdown_writes_an_inline_style():
    # What the extension exists for: this style is blocked by the site's CSP.
    assert 'style="text-align: right;"' in markdown.markdown(TABLE, extensions=["tables"])


def test_another_inline_style_is_left_for_make_check_to_report():
    html = markdown.markdown('<div markdown="1" style="color: red">Rood</div>\n\n' + TABLE,
                             extensions=["tables", "md_in_html", "scripts.markdown.aligned_cells"])
    assert 'style="color: red"' in html
