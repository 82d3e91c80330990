"""The built site in a real browser (the system Chromium, driven by Playwright).

Keyboard alone on a phone: the skip link comes first and moves focus into
<main>, focus is always visible, the language switch and the menu work.
Also: no sideways scrolling, no control off the screen and no text cut off
at 320 px, with wide text spacing and with the reader's text size doubled
too, less motion on request, a menu without JavaScript, no request to
another host or that fails, and search per language.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from coloraide import Color

from tests.conftest import published

pytestmark = pytest.mark.browser

PHONE = {"width": 320, "height": 640}
DESKTOP = {"width": 1280, "height": 1024}
MAX_TABS = 80
FOCUS_RING_CONTRAST = 3
# WCAG 1.4.12's text spacing, as the W3C's test bookmarklet sets it.
TEXT_SPACING = """* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }"""
FOCUSED = """() => {
  const element = document.activeElement
  const style = getComputedStyle(element)
  const box = element.getBoundingClientRect()
  let background = "rgb(255, 255, 255)"
  for (let node = element.parentElement; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor
    if (!/rgba\\(.*, 0\\)$/.test(colour) && colour !== "transparent") { background = colour; break }
  }
  return {
    tag: element.tagName, text: (element.innerText || element.getAttribute("aria-label") || "").trim(),
    href: element.getAttribute("href"), hreflang: element.getAttribute("hreflang"),
    inMain: !!element.closest("main"), inMenu: !!element.closest(".md-sidebar--primary"),
    outlineStyle: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth),
    outlineColour: style.outlineColor, shadow: style.boxShadow, background,
    visible: style.visibility === "visible" && box.width > 0 && box.height > 0 && box.bottom > 0 &&
      box.right > 0 && box.top < innerHeight && box.left < innerWidth,
  }
}"""


@pytest.fixture
def site(served_site):
    """(base URL, site folder, pages): the site served once for every browser test (conftest.py)."""
    return served_site


@pytest.fixture
def open_page(chromium, site):
    contexts = []

    def opener(path, viewport=PHONE, **options):
        context = chromium.new_context(viewport=viewport, **options)
        contexts.append(context)
        page = context.new_page()
        page.goto(site[0] + path)
        return page

    yield opener
    for context in contexts:
        context.close()


def home_and_another(pages):
    """The home page and one topic page (the first in the sitemap; the French home page until there is one).
    The rights finder's start page, next in the menu, is no topic page; its steps are no pages of the menu."""
    topics = [page for page in pages if "/" not in page and page not in ("index.html", "404.html")
              and not page.startswith("rights-finder")]
    return ["index.html", topics[0] if topics else "fr/index.html"]


@pytest.fixture(params=["home page", "another page"])
def keyboard_path(site, request):
    home, another = home_and_another(site[2])
    return home if request.param == "home page" else another


def press(page, key):
    page.keyboard.press(key)
    return page.evaluate(FOCUSED)


def tab_to(page, wanted):
    for _ in range(MAX_TABS):
        focused = press(page, "Tab")
        if wanted(focused):
            return focused
    raise AssertionError("not reached with Tab")


def ring_contrast(focused) -> float:
    """The better contrast of the focus ring's two colours (outline, shadow) against the background."""
    colours = [focused["outlineColour"], *re.findall(r"rgba?\([^)]*\)", focused["shadow"])]
    return max(Color(colour).contrast(Color(focused["background"]), method="wcag21") for colour in colours)


# Keyboard, at a phone's width

def test_the_skip_link_comes_first_and_moves_focus_into_main(open_page, keyboard_path):
    page = open_page(keyboard_path, reduced_motion="reduce")

    first = press(page, "Tab")
    assert first["text"] in ("Naar de inhoud", "Aller au contenu") and first["visible"]

    landed = press(page, "Enter")
    assert landed["inMain"] and page.evaluate("document.activeElement.id") == "site-content"
    press(page, "Tab")
    assert page.evaluate("""() => document.activeElement === document.body || !!(document.getElementById(
        "site-content").compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING)"""), \
        "the next Tab goes on after the skip link's target, not back to the header"


def test_focus_is_always_visible_with_a_thick_ring(open_page, keyboard_path):
    page = open_page(keyboard_path, reduced_motion="reduce")
    seen = []
    for _ in range(MAX_TABS):
        focused = press(page, "Tab")
        if focused["tag"] == "BODY" or (seen and focused["text"] == seen[0]["text"]):
            break
        seen.append(focused)
        assert focused["visible"], focused
        assert focused["outlineStyle"] == "solid" and focused["outlineWidth"] >= 3, focused
        assert ring_contrast(focused) >= FOCUS_RING_CONTRAST, focused
    assert len(seen) >= 4  # skip link, menu, language, search at least


def test_the_language_switch_works_with_the_keyboard_alone(open_page, keyboard_path):
    page = open_page(keyboard_path, reduced_motion="reduce")
    language = page.evaluate("document.documentElement.lang")

    switch = tab_to(page, lambda focused: focused["hreflang"] and focused["hreflang"] != language)
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert page.evaluate("document.documentElement.lang") == switch["hreflang"]
    assert page.url.endswith(Path(switch["href"]).name)  # the same page, at its address in that language


def test_the_language_switch_is_a_comfortable_target_at_320px(open_page, keyboard_path):
    page = open_page(keyboard_path)
    box = page.locator("nav.site-languages a").bounding_box()

    assert box["width"] >= 44 and box["height"] >= 44
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]


def test_the_menu_opens_moves_focus_and_closes_with_the_keyboard_alone(open_page, keyboard_path):
    page = open_page(keyboard_path, reduced_motion="reduce")

    button = tab_to(page, lambda focused: focused["text"] == "Menu")
    assert page.get_attribute('.md-header [data-site-toggle="__drawer"]', "aria-expanded") == "false"
    first_link = press(page, "Enter")
    assert page.get_attribute('.md-header [data-site-toggle="__drawer"]', "aria-expanded") == "true"
    assert first_link["inMenu"] and first_link["visible"], first_link

    menu_links = [first_link]
    while True:
        focused = press(page, "Tab")
        if not focused["inMenu"]:
            break
        assert focused["visible"], focused
        menu_links.append(focused)
    assert not page.is_checked("#__drawer"), "leaving the menu with Tab closes it"

    tab_to(page, lambda focused: focused["text"] == button["text"])
    press(page, "Enter")
    back = press(page, "Escape")
    assert back["text"] == "Menu" and not page.is_checked("#__drawer")

    press(page, "Enter")
    target = menu_links[-1]["href"]
    for _ in menu_links[1:]:
        press(page, "Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(Path(target).name)


# Reflow, text size, text spacing, motion, no JavaScript

# What a reader loses when a page does not reflow: the page scrolls sideways,
# a control (link, button, field) lies partly outside the screen, or text is
# cut off by a box too small for it. The header's title (one line, "…") is
# left out: it repeats the page's heading; so is text for screen readers
# only. A data table may scroll in its own frame (WCAG 1.4.10 allows it), so
# only the page's own width counts.
LOST = """() => {
  const shown = element => {
    const style = getComputedStyle(element)
    return style.visibility === "visible" && element.getClientRects().length > 0
  }
  const problems = []
  const width = document.documentElement.scrollWidth
  if (width > innerWidth) problems.push(`the page is ${width} px wide on a ${innerWidth} px screen`)
  for (const control of document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]")) {
    const box = control.getBoundingClientRect()
    if (shown(control) && box.width > 0 && (box.left < -0.5 || box.right > innerWidth + 0.5))
      problems.push(`outside the screen (${Math.round(box.left)} to ${Math.round(box.right)} px): ` +
                    control.outerHTML.slice(0, 80))
  }
  for (const element of document.querySelectorAll("body *")) {
    if (!shown(element) || element.closest(".md-header__title, .site-visually-hidden")) continue
    const style = getComputedStyle(element)
    if (/hidden|clip/.test(style.overflowX + style.overflowY) &&
        (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1))
      problems.push("text cut off: " + element.outerHTML.slice(0, 80))
  }
  return problems
}"""
# The reader's text size doubled, as the browser's or the phone's setting
# does it: the default size goes from 16 to 32 px (Material's root, 125 %,
# from 20 to 40 px), and media queries in em count in that size too.
DOUBLED, NORMAL = ({"fontSizes": {"standard": size, "fixed": round(size * 13 / 16)}} for size in (32, 16))


def lost_at_320px(page, cdp) -> dict[str, list[str]]:
    """What LOST finds on the loaded page: as it is, with wide text spacing, with doubled text (menu open too)."""
    found = {"as is": page.evaluate(LOST)}
    spacing = page.add_style_tag(content=TEXT_SPACING)
    found["wide text spacing"] = page.evaluate(LOST)
    spacing.evaluate("style => style.remove()")
    cdp.send("Page.setFontSizes", DOUBLED)
    found["doubled text"] = page.evaluate(LOST)
    page.click('[data-site-toggle="__drawer"]')
    found["doubled text, menu open"] = page.evaluate(LOST)
    page.keyboard.press("Escape")  # the open menu covers its button
    cdp.send("Page.setFontSizes", NORMAL)
    return {condition: problems for condition, problems in found.items() if problems}


@pytest.fixture
def phone_page(chromium):
    """One tab at 320 by 640 px for a pass over many pages, and its DevTools session (text size)."""
    context = chromium.new_context(viewport=PHONE, reduced_motion="reduce")
    page = context.new_page()
    yield page, context.new_cdp_session(page)
    context.close()


def test_no_page_scrolls_sideways_or_loses_text_or_controls_at_320px_even_with_doubled_text(phone_page, site):
    page, cdp = phone_page
    lost = {}
    for path in site[2]:
        page.goto(site[0] + path)
        lost.update({f"{path}, {condition}": problems for condition, problems in lost_at_320px(page, cdp).items()})

    assert lost == {}


def test_a_page_made_too_wide_a_control_off_screen_or_cut_off_text_are_found(phone_page, site):
    page, cdp = phone_page
    page.goto(site[0] + "index.html")
    page.add_style_tag(content=".too-wide { width: 360px; } .aside { position: absolute; left: 300px; } "
                               ".small-box { overflow: hidden; height: 1em; }")
    page.evaluate("""() => document.querySelector("article").insertAdjacentHTML("beforeend",
        '<div class="too-wide">Breed</div><button class="aside">Verder</button>' +
        '<p class="small-box">Een zin<br>die niet in haar vak past.</p>')""")

    lost = lost_at_320px(page, cdp)

    assert set(lost) == {"as is", "wide text spacing", "doubled text", "doubled text, menu open"}
    assert lost["as is"][0].startswith("the page is ") and lost["as is"][0].endswith(" px wide on a 320 px screen")
    assert any(problem.startswith("outside the screen") and "Verder" in problem for problem in lost["as is"])
    assert any(problem.startswith("text cut off: <p") for problem in lost["doubled text"])


# The dark scheme and forced colours: CSS only (site.css), no JavaScript needed

COLOURS = """() => {
  const colour = element => getComputedStyle(element).color
  return {background: getComputedStyle(document.body).backgroundColor,
          text: colour(document.querySelector("article p")), link: colour(document.querySelector("article a[href]")),
          heading: colour(document.querySelector("article h1"))}
}"""


def test_the_dark_scheme_follows_the_device_with_aaa_contrast_and_without_javascript(chromium, site):
    context = chromium.new_context(viewport=DESKTOP, color_scheme="dark", java_script_enabled=False)
    page = context.new_page()
    page.goto(site[0] + published("nl", "key-figures.md"))
    colours = page.evaluate(COLOURS)
    context.close()

    background = Color(colours.pop("background"))
    assert background.luminance() < 0.05, background
    for name, colour in colours.items():
        assert Color(colour).contrast(background, method="wcag21") >= 7, (name, colour)


BOXES = """selector => [...document.querySelectorAll(selector)].filter(element => element.getClientRects().length)
  .map(element => { const style = getComputedStyle(element)
    return {style: style.borderTopStyle, width: parseFloat(style.borderTopWidth), colour: style.borderTopColor,
            background: getComputedStyle(document.body).backgroundColor} })"""


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_in_forced_colours_focus_buttons_and_table_borders_stay_visible(chromium, site, scheme):
    context = chromium.new_context(viewport=PHONE, forced_colors="active", color_scheme=scheme,
                                   reduced_motion="reduce")
    page = context.new_page()
    page.goto(site[0] + published("nl", "key-figures.md"))

    focused = tab_to(page, lambda focused: focused["text"] == "Menu")
    assert focused["outlineStyle"] == "solid" and focused["outlineWidth"] >= 3, focused
    assert Color(focused["outlineColour"]).contrast(Color(focused["background"]), method="wcag21") >= 3
    for selector in (".md-header__button[data-site-toggle]", ".key-figure td"):
        boxes = page.evaluate(BOXES, selector)
        assert boxes, selector
        for box in boxes:  # a line the reader sees, in a colour other than the page's
            assert box["style"] == "solid" and box["width"] >= 0.5, (selector, box)
            assert Color(box["colour"]).contrast(Color(box["background"]), method="wcag21") >= 3, (selector, box)
    for chart in page.locator(".key-figure img").all():  # charts load lazily, as the reader scrolls to them
        chart.scroll_into_view_if_needed()
    page.wait_for_function("() => [...document.querySelectorAll('.key-figure img')]"
                           ".every(image => image.complete && image.naturalWidth > 0)")
    context.close()


def test_motion_is_reduced_when_the_reader_asks(open_page):
    calm = open_page("index.html", reduced_motion="reduce")
    moving = open_page("index.html", reduced_motion="no-preference")
    duration = "getComputedStyle(document.querySelector('.md-sidebar--primary')).transitionDuration"

    assert max(float(part.rstrip("s")) for part in calm.evaluate(duration).split(",")) <= 0.001
    assert max(float(part.rstrip("s")) for part in moving.evaluate(duration).split(",")) >= 0.1


def test_without_javascript_every_page_of_the_menu_is_reached_with_tab(open_page, site):
    for path in home_and_another(site[2]):
        page = open_page(path, java_script_enabled=False)
        menu = {href for href in page.eval_on_selector_all(".md-sidebar--primary .md-nav__list a[href]",
                                                            "links => links.map(link => link.href)")
                if "#" not in href}  # pages, not the sections of this page
        reached = set()
        for _ in range(MAX_TABS):
            focused = press(page, "Tab")
            if focused["tag"] == "BODY":
                break
            assert focused["visible"], focused
            if focused["inMenu"]:
                reached.add(page.evaluate("document.activeElement.href"))
        assert menu and menu <= reached, menu - reached


# Requests and search (issue 2's requirements, proven in the browser)

def test_a_page_view_requests_nothing_from_another_host_and_nothing_that_fails(chromium, site):
    base, _, pages = site
    context = chromium.new_context(viewport=DESKTOP)
    problems = []
    context.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    context.on("response", lambda response: response.status >= 400 and problems.append(
        f"{response.status}: {response.url}"))
    context.on("request", lambda request: request.url.startswith((base, "data:", "blob:")) or problems.append(
        f"other host: {request.url}"))
    page = context.new_page()
    for path in pages:
        page.goto(base + path, wait_until="networkidle")
    context.close()

    assert problems == []


@pytest.mark.parametrize("path, query, language_folder", [
    ("fr/index.html", "d'intégration", "fr/"),
    ("index.html", "integratietegemoetkoming", ""),
])
def test_search_returns_pages_of_the_page_language_only(open_page, site, path, query, language_folder):
    base = site[0]
    page = open_page(path, viewport=DESKTOP)
    page.click(".md-search__input")
    page.keyboard.type(query)
    page.wait_for_selector(".md-search-result__item a")

    found = page.eval_on_selector_all(".md-search-result__item a", "links => links.map(link => link.href)")

    assert found
    for url in found:
        in_french = url.startswith(base + "fr/")
        assert in_french == (language_folder == "fr/"), url


def search_results(page, query):
    """Type a query into the search field as a reader does; the results' addresses, once shown."""
    page.click(".md-search__input")
    page.keyboard.type(query)
    page.wait_for_selector(".md-search-result__item a")
    return page.eval_on_selector_all(".md-search-result__item a", "links => links.map(link => link.pathname)")


@pytest.mark.parametrize("language, query, page_name, as_written", [
    ("fr", "integration", "allowances.md", "intégration"),
    ("nl", "wallonie", "disability-card.md", "Wallonië"),
])
def test_search_finds_words_typed_without_their_accents_and_shows_them_as_written(
        open_page, language, query, page_name, as_written):
    page = open_page(published(language, "index.md"), viewport=DESKTOP)

    found = search_results(page, query)

    assert "/" + published(language, page_name) in found
    marked = page.eval_on_selector_all(".md-search-result__item mark", "marks => marks.map(mark => mark.textContent)")
    assert as_written in marked


def test_a_french_search_for_the_european_disability_card_finds_its_page_without_struck_out_words(open_page):
    page = open_page(published("fr", "index.md"), viewport=DESKTOP)

    found = search_results(page, "la European Disability Card")

    assert found[0] == "/" + published("fr", "disability-card.md")
    assert page.locator(".md-search-result del").evaluate_all(
        "struck => struck.filter(element => element.getClientRects().length)") == []


@pytest.mark.parametrize("language, says", [("nl", "Probeer een ander"), ("fr", "Essayez un autre mot")])
def test_a_search_that_finds_nothing_says_so_and_offers_the_contact_page(open_page, language, says):
    page = open_page(published(language, "index.md"), viewport=PHONE)
    page.click('.md-header [data-site-toggle="__search"]')
    page.keyboard.type("xqzwv")

    help = page.wait_for_selector("[role=status] .site-search-none", state="visible")

    assert says in help.inner_text()
    assert help.eval_on_selector("a", "link => link.pathname") == "/" + published(language, "contact.md")
    page.fill(".md-search__input", "")
    page.keyboard.type("contact")
    page.wait_for_selector(".md-search-result__item a")
    assert not help.is_visible()  # results: no help line


# Material's script waits until the reader wants it (overrides/main.html, site.js)

def requested_urls(page):
    urls = []
    page.on("request", lambda request: urls.append(request.url))
    return urls


def test_a_first_visit_loads_neither_materials_script_nor_the_search_index(open_page, site):
    page = open_page("index.html", viewport=DESKTOP)
    urls = requested_urls(page)
    page.reload(wait_until="networkidle")

    assert urls and not [url for url in urls if "/bundle." in url or "search_index" in url or "sitemap" in url]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_opening_search_loads_materials_script_and_puts_the_focus_in_the_search_field(open_page, viewport):
    page = open_page("index.html", viewport=viewport)
    urls = requested_urls(page)
    # On a phone a button opens search; on a desktop the search field is always shown.
    page.click('.md-header [data-site-toggle="__search"]' if viewport == PHONE else ".md-search__input")

    page.wait_for_function("document.documentElement.classList.contains('js') && !!window.component$")
    assert any("/bundle." in url for url in urls)
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")


def test_a_search_shortcut_pressed_before_materials_script_is_loaded_still_opens_search(open_page):
    page = open_page("index.html", viewport=DESKTOP)
    page.keyboard.press("/")

    page.wait_for_function("document.activeElement.classList.contains('md-search__input')")
    page.keyboard.type("parkeerkaart")
    page.wait_for_selector(".md-search-result__item a")


def test_a_page_opened_from_a_search_result_highlights_the_words(open_page):
    page = open_page(published("nl", "parking-card.md") + "?h=parkeerkaart", viewport=DESKTOP)

    page.wait_for_selector("article mark")


def test_the_numbers_in_the_key_figures_tables_are_aligned_right(open_page):
    page = open_page(published("nl", "key-figures.md"), viewport=DESKTOP)

    rows = page.eval_on_selector_all(".key-figure tbody tr", """rows => rows.map(row =>
        [...row.cells].map(cell => getComputedStyle(cell).textAlign))""")

    assert rows and all(row[0] == "left" and set(row[1:]) == {"right"} for row in rows), rows


# The rights finder (scripts/finder/): reached from the home page's first screen, walked without JavaScript

FINDER_PATH = ["Een handicap of een ziekte die lang duurt", "18 tot en met 64 jaar", "Ja", "Ik weet het niet"]


@pytest.mark.parametrize("path, link", [("index.html", "Welke rechten kun je hebben?"),
                                        ("fr/index.html", "Quels droits pouvez-vous avoir\u202f?")])
def test_the_rights_finder_starts_on_the_first_screen_of_the_home_page(open_page, path, link):
    """Next to the free number, which must stay on the first screen too (issue 12)."""
    page = open_page(path)
    start = page.locator("article a.site-start")

    assert start.inner_text().startswith(link)
    for element in (start, page.locator('article a[href="tel:+3280098799"]').first):
        box = element.bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], box
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box


def test_the_rights_finder_is_walked_to_a_result_without_javascript(open_page):
    page = open_page("index.html", java_script_enabled=False)
    with page.expect_navigation():
        page.click("article a.site-start")
    with page.expect_navigation():
        page.click("article a.md-button")  # "Begin met de vragen"

    for number, answer in enumerate(FINDER_PATH):
        assert page.locator("article h1").count() == 1
        links = page.locator(".finder-answers a")
        for index in range(links.count()):  # every answer a large target across the phone (WCAG 2.5.5)
            box = links.nth(index).bounding_box()
            assert box["height"] >= 44 and box["width"] >= PHONE["width"] - 40, box
        if number == 0:  # the keyboard alone: Tab to the answer, Enter
            tab_to(page, lambda focused: focused["text"] == answer)
            with page.expect_navigation():
                page.keyboard.press("Enter")
        else:
            with page.expect_navigation():
                links.get_by_text(answer, exact=True).click()

    # At an address in the reader's language: the start page's, then the answers given.
    assert page.url.endswith("/welke-rechten-handicap-of-ziekte-18-tot-64-jaar-minder-inkomen-of-extra-kosten-"
                             "moeilijk-verplaatsen.html")
    assert page.locator("article h1").inner_text() == "Je resultaat"
    assert page.locator("article h3", has_text="De tegemoetkomingen").count() == 1
    assert page.locator('article a[href="tel:+3280098799"]').count() == 1
    with page.expect_navigation():
        page.get_by_role("link", name="Wijzigen (Hoe oud ben je?)", exact=True).click()
    assert page.locator("article h1").inner_text() == "Hoe oud ben je?"

    with page.expect_navigation():
        page.click("nav.site-languages a[hreflang=fr]")
    assert page.url.endswith("/fr/quels-droits-handicap-ou-maladie.html")
    assert page.locator("article h1").inner_text() == "Quel âge avez-vous\u202f?"
