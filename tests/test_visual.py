"""Every page looks the same, pixel for pixel, with the reading stylesheet as with Material's full one.

A page is read with the small reading stylesheet (scripts/theme/reading_css.py); Material's
full stylesheet and site.css load only with Material's script. Each built page, in both
languages, at 320 and 1280 px, in the light and the dark scheme, is drawn with the reading
sheet, then with the full sheets in its place, and the two screenshots (the whole page) must
be the same pixels. Opening search and typing a word after a first view with the reading
sheet must look as it does with the full sheets from the start.

This is the guard of every change to site.css, to the templates or to the trimmer: a
difference fails the test and writes one image per view to reports/visual/ (CONTRIBUTING.md,
"De visuele test" / "Le test visuel", says how to read it). One browser; pages side by side in
it; screenshots compared in memory (equal PNG bytes are equal pixels, Pillow looks at the rest).
"""

from __future__ import annotations

import asyncio
import base64
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import pytest
import tinycss2
from PIL import Image, ImageChops
from playwright.async_api import async_playwright

from scripts.audit import browser, load_settings, server
from scripts.project import ROOT
from tests.conftest import published

pytestmark = pytest.mark.browser

VIEWPORTS = {"320": {"width": 320, "height": 640}, "1280": {"width": 1280, "height": 1024}}
SCHEMES = ("light", "dark")
SIDE_BY_SIDE = 3  # pages open at once: Chromium draws one while Python waits for another
DIFFERENCES = ROOT / "reports" / "visual"
# The full stylesheets (from their <template>) added after the reading one, which is then
# switched off; resolves once they are loaded. USE switches between the two.
FULL_STYLESHEETS = """() => {
  const links = [...document.getElementById("site-stylesheets").content.querySelectorAll("link")]
  return Promise.all(links.map(source => new Promise(done => {
    const link = document.createElement("link")
    link.rel = "stylesheet"
    link.href = source.getAttribute("href")
    link.dataset.full = ""
    link.onload = link.onerror = done
    document.head.append(link)
  }))).then(() => { document.querySelector('link[href*="reading."]').disabled = true })
}"""
USE = """full => {
  document.querySelector('link[href*="reading."]').disabled = full
  document.querySelectorAll("link[data-full]").forEach(link => { link.disabled = !full })
}"""
# What Playwright waits for before a screenshot: two frames, so the last change is painted.
NEXT_FRAME = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"
SEARCH_WORD = {"": "kaart", "fr/": "carte"}
# No transition is drawn halfway: the reader's reduced motion (site.css) shortens those of
# elements and ::before/::after, not those of the search field's placeholder. Added to the page
# for both screenshots, after its load.
STILL = "*, ::before, ::after, ::placeholder, ::marker { transition: none !important }"
# Every image drawn before the screenshots: the charts load lazily (when the reader scrolls
# near them), and a screenshot of the whole page does not scroll.
ALL_IMAGES = """() => Promise.all([...document.images].map(image => {
  image.loading = "eager"
  return image.complete ? null : new Promise(done => { image.onload = image.onerror = done })
}))"""


@dataclass
class Difference:
    view: str
    pixels: int
    image: Path

    def __str__(self) -> str:
        return f"{self.view}: {self.pixels} pixels differ (see {self.image})"


def differing_pixels(full: bytes, reading: bytes, view: str, folder: Path) -> Difference | None:
    """None when both screenshots are the same pixels; else the difference, with an image in
    `folder`: the page with the full sheets, with the reading sheet, and the pixels that differ
    (magenta on a faded copy of the page)."""
    if full == reading:
        return None
    one, two = (Image.open(BytesIO(shot)).convert("RGB") for shot in (full, reading))
    size = (max(one.width, two.width), max(one.height, two.height))
    one, two = (image.crop((0, 0, *size)) for image in (one, two))
    changed = ImageChops.difference(one, two).convert("L").point(lambda value: 255 if value else 0)
    pixels = changed.histogram()[255]
    if not pixels:
        return None
    faded = Image.blend(one, Image.new("RGB", size, "white"), 0.7)
    faded.paste(Image.new("RGB", size, (255, 0, 255)), mask=changed)
    sheet = Image.new("RGB", (size[0] * 3 + 40, size[1]), (128, 128, 128))
    for column, image in enumerate((one, two, faded)):
        sheet.paste(image, (column * (size[0] + 20), 0))
    folder.mkdir(parents=True, exist_ok=True)
    image = folder / (re.sub(r"[^\w.-]+", "_", view) + ".png")
    sheet.save(image)
    return Difference(view, pixels, image)


async def screenshot(page) -> bytes:
    """The whole page, as Playwright's full-page screenshot takes it (after two frames, the
    page's size as the clip), but with Chromium's faster PNG encoding: the same pixels in a
    larger file."""
    await page.evaluate(NEXT_FRAME)
    cdp = await page.context.new_cdp_session(page)
    size = (await cdp.send("Page.getLayoutMetrics"))["cssContentSize"]
    shot = await cdp.send("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True, "optimizeForSpeed": True,
        "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}})
    await cdp.detach()
    return base64.b64decode(shot["data"])


async def compare_page(context, view: str, url: str, folder: Path) -> list[Difference]:
    """A difference is taken again, with both sheets, before it counts: a busy machine now and
    then paints part of a screenshot beyond the screen late (a black or repeated band)."""
    page = await context.new_page()
    await page.goto(url)
    await page.add_style_tag(content=STILL)
    await page.evaluate(ALL_IMAGES)
    reading = await screenshot(page)
    await page.evaluate(FULL_STYLESHEETS)
    full = await screenshot(page)
    if full != reading:
        await page.evaluate(USE, False)
        reading = await screenshot(page)
        await page.evaluate(USE, True)
        full = await screenshot(page)
    await page.close()
    difference = differing_pixels(full, reading, view, folder)
    return [difference] if difference else []


async def search_opened(context, url: str, word: str, full_first: bool) -> bytes:
    """The screen after opening search and typing `word`, with the reading sheet at first (or
    the full sheets from the start)."""
    page = await context.new_page()
    await page.goto(url)
    if full_first:
        await page.evaluate(FULL_STYLESHEETS)
    button = page.locator('[data-site-toggle="__search"]')  # a phone's; a desktop's field is in the header
    await (button if await button.is_visible() else page.locator(".md-search__input")).click()
    await page.keyboard.type(word)
    await page.locator(".md-search-result__item").first.wait_for()
    shot = await page.screenshot(animations="disabled", caret="hide")
    await page.close()
    return shot


async def compare_search(context, view: str, url: str, word: str, folder: Path) -> list[Difference]:
    reading, full = [await search_opened(context, url, word, full_first) for full_first in (False, True)]
    difference = differing_pixels(full, reading, view, folder)
    return [difference] if difference else []


async def compare_site(base: str, paths: list[str], folder: Path, languages: list[str] = (),
                       stylesheet: str | None = None) -> list[Difference]:
    """Every page (and search in each of `languages`) compared at every width and in every
    scheme, pages side by side in one browser. `stylesheet`: the reading sheet's text served
    instead of the built one. Each scheme has its own browser context, so a page is never
    switched from one to the other (a transition the reader's reduced motion does not reach,
    such as the search field's placeholder, would then be drawn halfway)."""
    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(executable_path=browser.ensure_browser(),
                                                    args=load_settings()["chromium_args"])
        limit = asyncio.Semaphore(SIDE_BY_SIDE)

        async def one(job):
            async with limit:
                return await job

        jobs = []
        for width, viewport in VIEWPORTS.items():
            for scheme in SCHEMES:
                context = await chromium.new_context(viewport=viewport, color_scheme=scheme, reduced_motion="reduce")
                context.set_default_timeout(30_000)
                if stylesheet is not None:
                    await context.route("**/reading.*.min.css", lambda route: route.fulfill(
                        status=200, content_type="text/css", body=stylesheet))
                jobs += [compare_page(context, f"{path} {width}px {scheme}", base + path, folder) for path in paths]
                jobs += [compare_search(context, f"{language}search {width}px {scheme}", f"{base}{language}index.html",
                                        SEARCH_WORD[language], folder) for language in languages]
        results = await asyncio.gather(*(one(job) for job in jobs))
        await chromium.close()
    return [difference for result in results for difference in result]


def run_compare(*arguments, **options) -> list[Difference]:
    """compare_site in a thread of its own: the session's browser (tests/conftest.py) keeps
    Playwright's synchronous loop in this one."""
    with ThreadPoolExecutor(1) as thread:
        return thread.submit(asyncio.run, compare_site(*arguments, **options)).result()


@pytest.fixture(scope="module")
def served(built_site):
    with server.bind() as listening, server.serving(listening, built_site) as base:
        yield base, built_site


def every_page(site: Path) -> list[str]:
    return sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html"))


def test_every_page_and_search_look_the_same_with_the_reading_stylesheet(served):
    base, site = served
    languages = sorted({path[:3] if path.startswith("fr/") else "" for path in every_page(site)})

    differences = run_compare(base, every_page(site), DIFFERENCES, languages)

    assert not differences, ("the reading stylesheet draws these views differently from the full one:\n"
                             + "\n".join(map(str, differences)))


def without_rule(stylesheet: str, selector: str) -> str:
    rules = tinycss2.parse_stylesheet(stylesheet)
    kept = [rule for rule in rules
            if not (rule.type == "qualified-rule" and tinycss2.serialize(rule.prelude).strip() == selector)]
    assert len(kept) == len(rules) - 1, f"no rule {selector} in the reading stylesheet"
    return tinycss2.serialize(kept)


def test_a_reading_stylesheet_without_one_rule_fails_with_an_image_of_the_difference(served, tmp_path):
    base, site = served
    [reading] = (site / "assets/stylesheets").glob("reading.*.min.css")
    broken = without_rule(reading.read_text(encoding="utf-8"), ".site-languages__link")

    page = published("nl", "allowances.md")

    differences = run_compare(base, [page], tmp_path, stylesheet=broken)

    assert [difference.view for difference in differences] == [
        f"{page} {width}px {scheme}" for width in VIEWPORTS for scheme in SCHEMES]
    for difference in differences:
        assert difference.pixels > 0 and difference.image.is_file()
        with Image.open(difference.image) as image:  # full | reading | what differs
            assert image.width > 3 * VIEWPORTS[difference.view.split()[1][:-2]]["width"]
