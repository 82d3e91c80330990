"""The budgets of `make bench` (budgets.yml), judged on what it measured: pass or fail, and why."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from scripts.content import load as load_data

BUDGETS = Path(__file__).with_name("budgets.yml")
KB = 1024


@dataclass(frozen=True)
class Verdict:
    budget: str
    passed: bool
    detail: str

    def line(self) -> str:
        return f"{'PASS' if self.passed else 'FAIL'}  {self.budget}: {self.detail}"

    def as_dict(self) -> dict:
        return asdict(self)


def load(path: Path = BUDGETS) -> dict:
    return load_data(path, "bench-budgets").data


def worst(pages: list[dict], value, higher_is_worse: bool = True) -> dict:
    return (max if higher_is_worse else min)(pages, key=value)


def first_visit(pages: list[dict], budget: dict, every_page: list[dict] = ()) -> list[Verdict]:
    """`pages`: [{"page", "site": visit, "stock": visit}] (scripts/bench/weight.py's visits);
    `every_page`: [{"page", "site": visit}] for every page of the site."""
    limit = budget["max_kilobytes"] * KB
    strays = [f"{page['page']}: {url}" for page in pages
              for url in page["site"]["other_hosts"] + page["site"]["failed"]]
    heaviest = worst(pages, lambda page: page["site"]["transferred"])
    share = worst(pages, lambda page: page["site"]["transferred"] / page["stock"]["transferred"])
    share_value = share["site"]["transferred"] / share["stock"]["transferred"]
    floor = worst(pages, lambda page: share_of_html(page["site"]))
    verdicts = [
        Verdict("no request to another host, none that fails", not strays,
                "; ".join(strays) if strays else f"{len(pages)} pages, every request answered by the site"),
        Verdict(f"first visit ≤ {budget['max_kilobytes']} KB transferred", heaviest["site"]["transferred"] <= limit,
                f"heaviest {heaviest['page']}: {heaviest['site']['transferred'] / KB:.1f} KB"),
        Verdict(f"first visit ≤ {budget['max_share_of_stock']:.2f} × stock Material's",
                share_value <= budget["max_share_of_stock"],
                f"highest {share['page']}: {share_value:.2f} × ({share['site']['transferred'] / KB:.1f} KB "
                f"against {share['stock']['transferred'] / KB:.1f} KB)"),
        Verdict(f"first visit ≤ {budget['max_share_of_html']:.2f} × the page's own HTML",
                share_of_html(floor["site"]) <= budget["max_share_of_html"],
                f"highest {floor['page']}: {share_of_html(floor['site']):.2f} × ({floor['site']['transferred'] / KB:.1f} KB "
                f"against {floor['site']['html_transferred'] / KB:.1f} KB of HTML); the floor, the HTML and the rules "
                f"that page alone uses: {floor_share_of_html(floor['site']):.2f} ×; the lowest floor of the "
                f"{len(pages)} pages: {min(floor_share_of_html(page['site']) for page in pages):.2f} ×"),
    ]
    if every_page:
        largest = worst(every_page, lambda page: page["site"]["uncompressed"])
        verdicts.append(Verdict(
            f"every page's first visit ≤ {budget['max_uncompressed_kilobytes']} KB uncompressed",
            largest["site"]["uncompressed"] <= budget["max_uncompressed_kilobytes"] * KB,
            f"largest of {len(every_page)} pages {largest['page']}: {largest['site']['uncompressed'] / KB:.1f} KB"))
    return verdicts


def share_of_html(visit: dict) -> float:
    """A first visit's bytes for each byte of the page's own HTML (both transferred)."""
    return visit["transferred"] / visit["html_transferred"] if visit["html_transferred"] else float("inf")


def floor_share_of_html(visit: dict) -> float:
    """The floor of a first visit (the page's HTML and the rules it alone uses, scripts/bench/floor.py)
    for each byte of that HTML."""
    return share_of_html({**visit, "transferred": visit["html_transferred"] + visit["own_rules"]})


def lighthouse(pages: list[dict], budget: dict) -> list[Verdict]:
    """`pages`: [{"page", "site": {"performance", "accessibility", "failed"}}]."""
    slowest = worst(pages, lambda page: page["site"]["performance"], higher_is_worse=False)
    least = worst(pages, lambda page: page["site"]["accessibility"], higher_is_worse=False)
    failed = sorted({audit for page in pages for audit in page["site"]["failed"]})
    return [
        Verdict(f"Lighthouse mobile performance ≥ {budget['min_performance']:.2f}",
                slowest["site"]["performance"] >= budget["min_performance"],
                f"lowest {slowest['page']}: {slowest['site']['performance']:.2f}"),
        Verdict(f"Lighthouse accessibility = {budget['min_accessibility']:.2f}",
                least["site"]["accessibility"] >= budget["min_accessibility"],
                f"lowest {least['page']}: {least['site']['accessibility']:.2f}"
                + (f" (failed: {', '.join(failed)})" if failed else "")),
    ]


def growth(results: list[dict], budget: dict) -> list[Verdict]:
    """`results`: scripts/bench/growth.py's measure_growth()."""
    generated = sorted((item for item in results if item["site"] == "generated"), key=lambda item: item["pages"])
    small, large = generated[0], generated[-1]
    ratio = large["seconds_per_page"] / small["seconds_per_page"]
    return [Verdict(f"build time per page at {large['pages']:,} pages ≤ {budget['max_per_page_ratio']} × "
                    f"at {small['pages']:,}", ratio <= budget["max_per_page_ratio"],
                    f"{large['seconds_per_page'] * 1000:.1f} ms against {small['seconds_per_page'] * 1000:.1f} ms "
                    f"per page: {ratio:.2f} ×")]


def large_page(result: dict, budget: dict) -> list[Verdict]:
    """`result`: scripts/bench/langcheck_speed.py's large_page_cost()."""
    return [Verdict(f"language checker on a {budget['page_megabytes']} MB page: ≤ {budget['max_added_megabytes']} MB "
                    f"more than at start-up", result["page_megabytes"] <= budget["max_added_megabytes"],
                    f"{result['characters']:,} characters in {result['seconds']:.1f} s: start-up "
                    f"{result['start_up_megabytes']:.0f} MB, peak {result['peak_megabytes']:.0f} MB "
                    f"(+{result['page_megabytes']:.0f} MB)")]
