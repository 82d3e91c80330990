"""What a first visit of a page costs: requests and bytes, as Chromium loads it.

Each page is opened in a fresh browser context (empty cache), at a phone's
size, and measured once the network is idle: every request (workers' too),
the bytes transferred (headers and compressed body, as the server sent them)
and the same files uncompressed, and of those the page's own HTML. Requests to another host and requests that
fail are listed by address.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

PHONE = {"width": 412, "height": 823}  # Lighthouse's mobile screen
SETTLE_MS = 500  # after "network idle", for requests a script starts late


@dataclass
class Visit:
    url: str
    requests: int = 0
    transferred: int = 0
    uncompressed: int = 0
    html_transferred: int = 0  # the page's own HTML: the floor of a first visit
    other_hosts: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def first_visit(browser, url: str, base: str) -> Visit:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    finished, not_loaded, visit = [], [], Visit(url)
    context.on("requestfinished", lambda request: finished.append(request))
    context.on("requestfailed", lambda request: not_loaded.append(f"{request.url} ({request.failure})"))
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(SETTLE_MS)
    for request in finished:
        if request.url.startswith("data:"):  # drawn from the page itself, not fetched
            continue
        sizes = request.sizes()
        response = request.response()
        if response and response.status >= 400:
            visit.failed.append(f"{request.url} ({response.status})")
        visit.requests += 1
        visit.transferred += sizes["responseHeadersSize"] + sizes["responseBodySize"]
        if request.is_navigation_request() and request.frame == page.main_frame:
            visit.html_transferred = sizes["responseHeadersSize"] + sizes["responseBodySize"]
        visit.uncompressed += sizes["responseHeadersSize"] + (len(response.body()) if response else 0)
    visit.requests += len(not_loaded)
    visit.failed += not_loaded
    visit.other_hosts = [request.url for request in finished if not request.url.startswith((base, "data:"))]
    visit.other_hosts += [failure for failure in not_loaded if not failure.startswith(base)]
    context.close()
    return visit
