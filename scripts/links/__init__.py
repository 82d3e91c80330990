"""The external links of every page: listed, and checked over the network on demand.

Internal links and anchors are checked by the strict build (mkdocs.yml
`validation:`). External links are only listed by default, because the
network is not always there (CI has none): `make links`. With --online,
`make links ONLINE=1`, each address is requested once and every link to an
address that fails is reported on its page and line.

Links are found the way the build finds them: each page is converted by
Python-Markdown with the extensions of mkdocs.yml (admonitions, Markdown in
HTML…), so a link inside an admonition counts and one in a code block does not.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import markdown
from bs4 import BeautifulSoup

from scripts.content.pages import SourcePage, all_pages, converter
from scripts.findings import WARNING, Finding, Reporter

CATALOG = Path(__file__).with_name("messages.yml")
REPORT = Reporter(CATALOG, "links")
EXTERNAL = ("http://", "https://")
# Some servers refuse HEAD, or requests without a browser-like name.
HEAD_REFUSED = {403, 405, 501}
USER_AGENT = "Mozilla/5.0 (compatible; link check of the handicap-site project)"
WORKERS = 8


@dataclass(frozen=True)
class Link:
    file: str
    line: int | None
    url: str
    text: str


def page_links(page: SourcePage, md: markdown.Markdown) -> list[Link]:
    source = page.read()
    lines = source.body.splitlines()
    html = md.reset().convert(source.body)
    links = []
    searched_from: dict[str, int] = {}  # the same address twice: the second link is further down
    for anchor in BeautifulSoup(html, "html.parser").find_all("a", href=True):
        url = anchor["href"]
        if not url.startswith(EXTERNAL):
            continue
        start = searched_from.get(url, 0)
        index = next((i for i in range(start, len(lines)) if url in lines[i]), None)
        if index is not None:
            searched_from[url] = index + 1
        line = source.body_line + index if index is not None else None
        links.append(Link(page.shown, line, url, anchor.get_text(" ", strip=True)))
    return links


def external_links(project_dir: Path) -> list[Link]:
    md = converter(project_dir)
    return [link for page in all_pages(project_dir) for link in page_links(page, md)]


def status_of(url: str, timeout: float) -> int | str:
    """The HTTP status of the address, or why there was no answer."""
    status = request(url, "HEAD", timeout)
    return request(url, "GET", timeout) if status in HEAD_REFUSED else status


def request(url: str, method: str, timeout: float) -> int | str:
    headers = {"User-Agent": USER_AGENT}
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method=method, headers=headers),
                                    timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, OSError) as error:
        return str(getattr(error, "reason", error))


def check_online(project_dir: Path, links: list[Link], timeout: float = 15) -> list[Finding]:
    """Request each address once; report every link to an address that fails."""
    urls = sorted({link.url for link in links})
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        statuses = dict(zip(urls, pool.map(lambda url: status_of(url, timeout), urls)))
    pages = {page.shown: page for page in all_pages(project_dir)}
    findings = []
    for link in links:
        status = statuses[link.url]
        page = pages[link.file]
        if isinstance(status, str):
            findings.append(REPORT.finding("link-unreachable", page.shown, page.language, link.line,
                                           severity=WARNING, url=link.url, reason=status))
        elif status >= 400:
            findings.append(REPORT.finding("link-broken", page.shown, page.language, link.line, url=link.url,
                                           status=status))
    return findings
