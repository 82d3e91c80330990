"""Long pages on a phone, the home page's first screen, and a page on paper (issue 12, items 3, 8, 9).

- A page whose text is longer than three phone screens has its contents ("Op
  deze pagina" / "Sur cette page") under its title, without JavaScript, a link
  back to them at the end of each section, and its sources last, in a closed
  block. Not the home page: it is itself a list of links, and its first
  screen is for the free number and the contact form (below).
- The home page shows the free number and a linked contact route on its first
  screen at 320 px, before the topics, and each of its links is a large target.
- On paper: the title, the text, the review date and where the page comes from;
  the address of every link to another website after its text; no contents,
  menus or search.
"""

from __future__ import annotations

import pytest

from scripts.content import load
from scripts.project import ROOT, languages
from tests.conftest import published

pytestmark = pytest.mark.browser

PHONE = {"width": 320, "height": 640}
LONG = 3  # screens
TARGET = 44  # CSS pixels: WCAG 2.5.5 (AAA), more than 2.5.8's 24
SOURCES = load(ROOT / "scripts/langcheck/config.yml", "langcheck-settings").data["sources_sections"]

# On a page as the reader sees it: how long it is, its contents, its sections and its sources.
LAYOUT = """(sourcesTitle) => {
  const article = document.querySelector("main article")
  const visible = (element) => element.checkVisibility()
  const box = (element) => element.getBoundingClientRect()
  const contents = document.getElementById("site-contents")
  const links = contents ? [...contents.querySelectorAll("a")] : []
  const sections = [...article.querySelectorAll("h2")].filter((heading) => !heading.closest("nav"))
  const last = sections.length ? box(sections[sections.length - 1]).top : 0
  return {
    screens: (box(article).bottom + scrollY) / innerHeight,
    contents: contents && visible(contents) ? {
      below_title: box(contents).top > box(article.querySelector("h1")).top &&
        box(contents).top < (sections.length ? box(sections[0]).top : Infinity),
      targets: links.map((link) => link.hash.slice(1)).filter((id) => !document.getElementById(id)),
      small: links.filter((link) => box(link).height < %d).map((link) => link.textContent),
    } : null,
    sections: sections.length,
    back: article.querySelectorAll(".site-back a[href='#site-contents']").length,
    sources: [...article.querySelectorAll("details")]
      .filter((block) => block.querySelector("summary")?.textContent.trim() === sourcesTitle)
      .map((block) => ({open: block.open, after_last_section: box(block).top > last})),
  }
}""" % TARGET


def long_page_problems(page, url: str, language: str) -> tuple[float, list[str]]:
    """How many screens the page's text takes on a phone, and what keeps a reader of a long
    page from finding their way in it."""
    page.goto(url)
    layout = page.evaluate(LAYOUT, SOURCES[language][0])
    problems = []
    if layout["screens"] > LONG:
        contents = layout["contents"]
        if not contents or not contents["below_title"]:
            problems.append(f"{url}: {layout['screens']:.1f} screens long, no contents under its title")
        elif contents["targets"] or contents["small"]:
            problems.append(f"{url}: contents lead nowhere {contents['targets']} or are small {contents['small']}")
        elif layout["back"] != layout["sections"]:
            problems.append(f"{url}: {layout['sections']} sections, {layout['back']} links back to the contents")
    if any(block["open"] or not block["after_last_section"] for block in layout["sources"]):
        problems.append(f"{url}: its sources are open, or not after its last section")
    return layout["screens"], problems


@pytest.fixture
def no_script(chromium):
    context = chromium.new_context(viewport=PHONE, java_script_enabled=False)
    yield context.new_page()
    context.close()


def language_of(path: str) -> str:
    """The language of a page from its address: its folder (fr/…), or the default language's (at the root)."""
    return next((language.code for language in languages() if language.folder and path.startswith(language.folder)),
                next(language.code for language in languages() if language.default))


def test_a_long_page_has_its_contents_a_way_back_and_its_sources_closed_at_the_end_without_javascript(
        no_script, served_site):
    base, _, pages = served_site
    homes = {published(language.code, "index.md") for language in languages()}
    checked = [long_page_problems(no_script, base + path, language_of(path)) for path in pages if path not in homes]

    assert sum(screens > LONG for screens, _ in checked) >= 10, "the topic pages in both languages are long"
    assert [problem for _, problems in checked for problem in problems] == []


def test_a_long_page_without_its_contents_or_with_its_sources_open_is_found(no_script, served_site):
    url = served_site[0] + published("fr", "allowances.md")

    def without_contents_sources_open(route):
        response = route.fetch()
        route.fulfill(response=response, body=response.text().replace('id="site-contents"', 'id="gone"')
                      .replace("<details", "<details open"))

    no_script.route(url, without_contents_sources_open)

    screens, problems = long_page_problems(no_script, url, "fr")

    assert screens > LONG
    assert problems == [f"{url}: {screens:.1f} screens long, no contents under its title",
                        f"{url}: its sources are open, or not after its last section"]


@pytest.mark.parametrize("language", [language.code for language in languages()])
def test_the_home_page_shows_the_number_and_a_contact_link_before_the_topics_and_large_targets(
        chromium, served_site, language):
    context = chromium.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(served_site[0] + published(language, "index.md"))
    article = page.locator("main article")
    first_topic = article.locator(f'a[href$="{published(language, "allowances.md").split("/")[-1]}"]').first.bounding_box()

    for link in (article.locator('a[href="tel:+3280098799"]').first,
                 article.locator('a[href^="https://handicap.belgium.be/"][href$="/contact"]').first):
        box = link.bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], (link, box)
        assert box["y"] < first_topic["y"]
    small = [(link.inner_text(), box) for link in article.locator("li > a").all()
             if link.is_visible() and ((box := link.bounding_box())["height"] < TARGET or box["width"] < 24)]
    context.close()
    assert small == []


@pytest.mark.parametrize("language", [language.code for language in languages()])
def test_on_paper_a_page_has_its_title_date_source_and_link_addresses_without_contents_menus_or_search(
        chromium, served_site, language):
    context = chromium.new_context(viewport=PHONE)
    page = context.new_page()
    address = served_site[0] + published(language, "parking-card.md")
    page.goto(address)
    page.emulate_media(media="print")

    shown = page.evaluate("""(selectors) => Object.fromEntries(selectors.map((selector) => {
      const element = document.querySelector(selector)
      return [selector, !!element && element.checkVisibility()]
    }))""", ["main article h1", ".site-page-facts time", ".site-page-facts .site-print-only", "main article details li",
             "#site-contents", ".site-back", ".md-header", ".md-sidebar--primary", ".md-search", ".md-footer",
             ".site-skip"])
    external = page.evaluate("""() => [...document.querySelectorAll("main article a[href^='http']")]
      .map((link) => [link.getAttribute("href"), getComputedStyle(link, "::after").content])""")
    facts = page.locator(".site-page-facts").inner_text()
    context.close()

    assert shown == {"main article h1": True, ".site-page-facts time": True, ".site-page-facts .site-print-only": True,
                     "main article details li": True, "#site-contents": False, ".site-back": False,
                     ".md-header": False, ".md-sidebar--primary": False, ".md-search": False, ".md-footer": False,
                     ".site-skip": False}
    assert external and all(after == f'" ({href})"' for href, after in external), external
    assert address in facts
