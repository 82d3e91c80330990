"""MkDocs hook: a page title in another language is marked as such in the menu (front matter title_lang).

A page's title names it in the menu. Material writes it as text, so a title
that is a name in another language (European Disability Card, on the Dutch
and the French page) would be read in the page's language. Material's menu
shows a page's `typeset` title, HTML, when the page has one (its typeset
plugin, not used here, makes it from the page's heading): a page whose front
matter says `title_lang: en` gets one, its title in a span with that language.
(The header, which shows the title too, reads title_lang itself:
overrides/partials/header.html.)
Where a title is a text attribute or the document's <title>, a part cannot carry
a language (README.md, "Language of parts").
"""

from markupsafe import Markup

TITLE_LANG = "title_lang"


def on_page_markdown(markdown, page, config, files):
    language = page.meta.get(TITLE_LANG)
    if language:
        page.typeset = {"title": Markup('<span lang="{}">{}</span>').format(language, page.title)}
    return markdown
