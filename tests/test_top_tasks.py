"""Every top task (docs/data/top-tasks/<language>.yml) played on a 320×640 phone, as a reader would.

From the home page, the reader taps links they see in the page (the menu
stays closed) until the page that answers the task. There, each part of the
answer (a link whose address starts with `link`, the words `text`, inside the
task's heading when it names one) must be wholly within the first two
screens, or within two screens of where one tap takes them on a link to a
part of the page that the first two screens show: a link of the page's
contents ("Op deze pagina" / "Sur cette page"), or of its summary ("In het
kort" / "En bref": "ga in beroep" leads to the appeal). Every tap counts,
that one too: more than MAX_TAPS and the task fails. The tests at the
end prove that it does fail: an answer moved three screens down, a page
the home page no longer links to.

Which built page a source file became is the site's to say (Site: a page's
`source`), so the tasks name files and headings, never addresses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from bs4 import BeautifulSoup

from scripts import project
from scripts.content.top_tasks import TopTask, load_tasks
from scripts.sitecheck.site import Site

pytestmark = pytest.mark.browser

PHONE = {"width": 320, "height": 640}
SCREENS = 2
MAX_TAPS = 2
DOCS = project.ROOT / "docs"
TASKS = [task for language in project.languages() for task in load_tasks(DOCS, language.code)]

# The reader's view of a page, in the browser: what a reader sees, not what the HTML holds
# (a link in the closed menu, in a closed "Sources" block or off the screen is not seen).
VISIBLE = """
  const visible = (element) => {
    const box = element.getBoundingClientRect()
    return element.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}) && box.width > 0 &&
      box.height > 0 && box.left >= 0 && box.right <= innerWidth + 1
  }
"""
# Addresses of the links a reader sees in the page (not in the menu, which is closed).
LINKS = "() => {" + VISIBLE + """
  return [...document.querySelectorAll("main a[href]")].filter(visible)
    .map((link) => link.href.split("#")[0])
}"""
# The first of those links that leads to a page.
LINK_TO = "(address) => {" + VISIBLE + """
  return [...document.querySelectorAll("main a[href]")].filter(visible)
    .find((link) => link.href.split("#")[0] === address)
}"""
# Where the first part of the answer the reader sees is, from the top of the page, and which
# link to a part of the page, in its first two screens, leads to the nearest place above it
# (-1: none): a link of its contents, or of its summary ("In het kort" / "En bref").
ANSWER = "([anchor, kind, value]) => {" + VISIBLE + """
  const normal = (text) => text.replace(/\\u00ad/g, "").split(/\\s+/).join(" ").trim().toLowerCase()
  const heading = /^H[1-6]$/
  let part = [document.querySelector("main article")]
  if (anchor) {
    const start = document.getElementById(anchor)
    if (!start || !heading.test(start.tagName)) return null
    part = [start]
    for (let node = start.nextElementSibling; node; node = node.nextElementSibling) {
      if (heading.test(node.tagName) && +node.tagName[1] <= +start.tagName[1]) break
      part.push(node)
    }
  }
  const wanted = normal(value)
  const matches = (element) => kind === "link"
    ? element.matches("a[href]") && element.getAttribute("href").startsWith(value)
    : normal(element.textContent).includes(wanted) &&
      ![...element.children].some((child) => normal(child.textContent).includes(wanted))
  const found = part.flatMap((element) => [element, ...element.querySelectorAll("*")])
    .find((element) => matches(element) && visible(element))
  if (!found) return null
  const box = found.getBoundingClientRect()
  const top = box.top + scrollY
  let tap = -1, nearest = -Infinity
  document.querySelectorAll("main article a[href^='#']").forEach((link, index) => {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)))
    if (!visible(link) || !target || link.getBoundingClientRect().bottom + scrollY > %d) return
    const at = target.getBoundingClientRect().top + scrollY
    if (at <= top + 1 && at > nearest) [tap, nearest] = [index, at]
  })
  return {top, bottom: box.bottom + scrollY, scrolled: scrollY, tap}
}""" % (SCREENS * PHONE["height"])


@dataclass
class Reader:
    """A reader on a phone, in one browser tab, who remembers the links each page shows."""

    page: object  # Playwright's page
    base: str
    site: Site
    seen: dict[str, list[str]] = field(default_factory=dict)

    def address(self, language: str, source: str) -> str:
        """The built page's address made from docs/<language>/<source>."""
        shown = f"docs/{language}/{source}"
        built = next((page.path for page in self.site.pages if page.source == shown), None)
        assert built is not None, f"no built page is made from {shown}"
        return self.base + str(built)

    def links(self, url: str) -> list[str]:
        if url not in self.seen:
            self.page.goto(url)
            self.seen[url] = self.page.evaluate(LINKS)
        return self.seen[url]

    def route(self, home: str, target: str) -> list[str] | None:
        """The pages tapped through, from the home page to the target (fewest taps), or None
        when it takes more than MAX_TAPS."""
        paths = [[home]]
        for taps in range(MAX_TAPS + 1):
            found = next((path for path in paths if path[-1] == target), None)
            if found or taps == MAX_TAPS:
                return found
            paths = [path + [link] for path in paths for link in dict.fromkeys(self.links(path[-1]))
                     if link.startswith(self.base) and link not in path]

    def follow(self, route: list[str]) -> None:
        """Open the home page and tap, on each page, a link the reader sees to the next one
        (a real tap: Playwright scrolls to it and fails if something covers it)."""
        self.page.goto(route[0])
        for next_page in route[1:]:
            with self.page.expect_navigation():
                self.page.evaluate_handle(LINK_TO, next_page).as_element().click()
            assert self.page.url.split("#")[0] == next_page

    def play(self, task: TopTask) -> list[str]:
        """What keeps the reader from finishing the task; [] when they finish it."""
        home, target = self.address(task.language, "index.md"), self.address(task.language, str(task.page))
        route = self.route(home, target)
        if route is None:
            return [f"{task.where()} is more than {MAX_TAPS} taps from the home page"]
        self.follow(route)
        taps, problems = len(route) - 1, []
        for answer in task.answer:
            self.page.evaluate("window.scrollTo(0, 0)")
            where = self.page.evaluate(ANSWER, [task.anchor, answer.kind, answer.value])
            if where is None:
                problems.append(f"{answer.shown()}: not seen on {task.where()}")
            elif where["bottom"] > SCREENS * PHONE["height"]:
                problems += self.through_contents(task, answer, where, taps)
        return problems

    def through_contents(self, task: TopTask, answer, where: dict, taps: int) -> list[str]:
        """Below the first two screens: one tap on a link to a part of the page, in its first two
        screens, must bring it within two screens."""
        too_far = (f"{answer.shown()}: {where['top'] / PHONE['height']:.1f} screens down {task.where()}, "
                   f"and not within {SCREENS} screens of a part its first {SCREENS} screens link to")
        if where["tap"] < 0:
            return [too_far]
        if taps + 1 > MAX_TAPS:
            return [f"{answer.shown()}: {taps + 1} taps from the home page (at most {MAX_TAPS})"]
        self.page.locator("main article a[href^='#']").nth(where["tap"]).click()
        after = self.page.evaluate(ANSWER, [task.anchor, answer.kind, answer.value])
        if after["top"] < after["scrolled"] or after["bottom"] > after["scrolled"] + SCREENS * PHONE["height"]:
            return [too_far]
        return []


@pytest.fixture(scope="module")
def phone(chromium):
    # Reduced motion: a tap on the contents jumps instead of scrolling smoothly, so where the
    # answer lands can be measured at once, without waiting.
    context = chromium.new_context(viewport=PHONE, reduced_motion="reduce")
    yield context
    context.close()


@pytest.fixture(scope="module")
def reader(phone, served_site):
    base, folder, _ = served_site
    return Reader(phone.new_page(), base, Site.load(folder))


@pytest.mark.parametrize("task", TASKS, ids=[f"{task.language}-{task.id}" for task in TASKS])
def test_a_reader_finishes_the_top_task_on_a_phone(reader, task):
    assert reader.play(task) == []


# The test fails when it should ----------------------------------------------------------

def task_of(language: str, task_id: str) -> TopTask:
    return next(task for task in TASKS if task.language == language and task.id == task_id)


def pushed_down(html: str, task: TopTask) -> str:
    """The page with three screens of text before the first part of the task's answer."""
    soup = BeautifulSoup(html, "html.parser")
    answer = task.answer[0]
    assert answer.kind == "link", "the example task's answer starts with a link"
    link = soup.select_one(f'main article a[href^="{answer.value}"]')
    block = link.find_parent(["p", "li"])
    filler = BeautifulSoup("".join("<p>Eerst lees je dit.</p>" for _ in range(3 * PHONE["height"] // 40)),
                           "html.parser")
    (block.find_parent(["ul", "ol"]) if block.name == "li" else block).insert_before(filler)
    return str(soup)


def without_links_to(html: str, address: str) -> str:
    """The page without its links to `address` (their text stays)."""
    soup = BeautifulSoup(html, "html.parser")
    for link in soup.select("a[href]"):
        if link["href"].split("#")[0] == address:
            link.unwrap()
    return str(soup)


@pytest.fixture
def broken_reader(chromium, served_site):
    """A reader on a fresh phone, whose pages a test may change on their way to the browser."""
    context = chromium.new_context(viewport=PHONE, reduced_motion="reduce")
    base, folder, _ = served_site
    yield Reader(context.new_page(), base, Site.load(folder))
    context.close()


def changed(reader: Reader, url: str, change) -> None:
    def handle(route):
        response = route.fetch()
        route.fulfill(response=response, body=change(response.text()))

    reader.page.route(url, handle)


def test_an_answer_moved_below_the_second_screen_fails_the_task(broken_reader):
    task = task_of("nl", "apply-allowance")  # answered in the page's first screen, under no heading
    assert broken_reader.play(task) == []
    changed(broken_reader, broken_reader.address("nl", str(task.page)), lambda html: pushed_down(html, task))

    [problem] = broken_reader.play(task)

    assert problem.startswith("link: https://myhandicap.belgium.be: ")
    assert f"screens down {task.where()}, and not within 2 screens of a part its first 2 screens link to" in problem


def test_an_answer_more_than_two_taps_from_the_home_page_fails_the_task(broken_reader):
    task = task_of("fr", "allowance-disagree")  # the page, then its contents: two taps
    target = broken_reader.address("fr", str(task.page))
    home = broken_reader.address("fr", "index.md")
    changed(broken_reader, home, lambda html: without_links_to(html, target.rsplit("/", 1)[1]))

    problems = broken_reader.play(task)

    assert problems and all("taps from the home page" in problem for problem in problems), problems
