"""python -m scripts.bench: how fast and how big, this site against stock Material (`make bench`).

Measures, in one run: the first visit of the home page and each topic page
(budgets.yml), in both languages, through the hosting's nginx configuration
(requests, bytes compressed and uncompressed) and with Lighthouse, for this
site and for a stock Material + i18n build of the same content
(scripts/bench/stock.py); the build time of the real site and how it grows
(scripts/bench/growth.py); `make check`; the accessibility audit per page
view; the language checker in words per second. Prints tables and the
budgets as pass/fail lines, writes reports/bench.json, and exits 1 when a
budget fails. Timings vary with the machine and its load: compare runs made
on the same machine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import sync_playwright

from scripts import audit, project
from scripts.audit import browser
from scripts.audit.node import SetupError
from scripts.bench import budgets, floor, growth, langcheck_speed, lighthouse, stock, weight
from scripts.buildcheck import run_build
from scripts.content import DataError, addresses
from scripts.findings import report
from scripts.hosting import nginx

PARTS = ("weight", "lighthouse", "build", "audit", "langcheck")
REPORT = project.ROOT / "reports" / "bench.json"
KB = budgets.KB


def page_paths(pages: list[str]) -> list[str]:
    """The pages (files in a language folder) where each language publishes them, at their addresses."""
    published = {(page.language, page.name.as_posix()): path.as_posix()
                 for page, path in addresses.site_paths(project.ROOT).items()}
    return [published[language.code, page] for language in project.languages() for page in pages]


def built_and_served(stack: ExitStack, name: str, config_for, folder: Path) -> str:
    """Build a site for a free port, serve it with nginx there; its base URL."""
    port = nginx.free_port()
    base = f"http://127.0.0.1:{port}/"
    site = folder / name
    result = run_build(site, config_for(folder, base), base)
    if result.returncode != 0:
        raise RuntimeError(f"the {name} build failed:\n{result.stderr[-2000:]}")
    return stack.enter_context(nginx.serving(site, port))


def measure_pages(paths: list[str], with_lighthouse: bool, with_weight: bool) -> tuple[list[dict], list[dict]]:
    """The budgeted pages on both sites, and (with the weight) every page of this site."""
    sites = {"site": lambda folder, base: project.CONFIG, "stock": stock.stock_config}
    rows, every_page = [{"page": path} for path in paths], []
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-")))
        bases = {name: built_and_served(stack, name, config, folder) for name, config in sites.items()}
        if with_weight:
            playwright = stack.enter_context(sync_playwright())
            chromium = playwright.chromium.launch(executable_path=browser.ensure_browser(),
                                                  args=audit.load_settings()["chromium_args"])
            for row in rows:
                for name, base in bases.items():
                    row[name] = weight.first_visit(chromium, base + row["page"], base).as_dict()
                row["site"]["own_rules"] = floor.own_rules(folder / "site", row["page"])
            for path in sorted(page.relative_to(folder / "site").as_posix() for page in (folder / "site").rglob("*.html")):
                every_page.append({"page": path, "site": weight.first_visit(chromium, bases["site"] + path,
                                                                            bases["site"]).as_dict()})
            chromium.close()
        if with_lighthouse:
            for row in rows:
                row["lighthouse"] = {name: lighthouse.scores(base + row["page"]) for name, base in bases.items()}
    return rows, every_page


def timed(function, *arguments, **options):
    started = time.perf_counter()
    value = function(*arguments, **options)
    return value, time.perf_counter() - started


def measure_audit() -> dict:
    result, seconds = timed(audit.run_audit)
    views = len(result.audited)  # a page once per run, viewport and colour scheme
    return {"seconds": seconds, "page_views": views, "seconds_per_page_view": seconds / views if views else None}


def measure_check() -> float:
    return timed(subprocess.run, [sys.executable, "-m", "scripts.check"], cwd=project.ROOT, capture_output=True)[1]


def weight_table(rows: list[dict], every_page: list[dict] = ()) -> list[str]:
    width = page_column_width(rows)
    lines = ["First visit at a phone's size, empty cache, through nginx: requests, KB transferred "
             "(compressed) / KB uncompressed, and ÷ HTML: those bytes for each byte of the page's own HTML;",
             "floor ÷ HTML: the page's HTML and the rules it alone uses (scripts/bench/floor.py), the same way",
             f"{'page':<{width}}{'this site':>24}{'÷ HTML':>8}{'floor':>7}{'stock Material':>24}{'÷ HTML':>8}"
             f"{'share':>8}"]
    for row in rows:
        site, stock_visit = row["site"], row["stock"]
        cells = [f"{visit['requests']:>3} req {visit['transferred'] / KB:>6.1f} / {visit['uncompressed'] / KB:>6.1f}"
                 f"{budgets.share_of_html(visit):>8.2f}" for visit in (site, stock_visit)]
        lines.append(f"{row['page']:<{width}}{cells[0]:>32}{budgets.floor_share_of_html(site):>7.2f}{cells[1]:>32}"
                     f"{site['transferred'] / stock_visit['transferred']:>8.2f}")
    if every_page:
        largest = sorted(every_page, key=lambda page: -page["site"]["uncompressed"])[:3]
        lines.append(f"Every page of this site ({len(every_page)}), largest first visits uncompressed: "
                     + ", ".join(f"{page['page']} {page['site']['uncompressed'] / KB:.1f} KB" for page in largest))
    for name in ("site", "stock"):
        hosts = sorted({urlsplit(url).netloc for row in rows for url in row[name]["other_hosts"]})
        if hosts:
            lines.append(f"{name}: also asked {', '.join(hosts)}; refused here (no internet, and the site's "
                         "Content-Security-Policy), so not in the bytes above")
    return lines


def page_column_width(rows: list[dict]) -> int:
    return max(24, *(len(row["page"]) + 2 for row in rows))


def lighthouse_table(rows: list[dict]) -> list[str]:
    width = page_column_width(rows)
    lines = ["Lighthouse, mobile (simulated slow 4G): performance / accessibility",
             f"{'page':<{width}}{'this site':>14}{'stock Material':>18}"]
    for row in rows:
        cells = [f"{scores['performance']:.2f} / {scores['accessibility']:.2f}"
                 for scores in (row["lighthouse"]["site"], row["lighthouse"]["stock"])]
        lines.append(f"{row['page']:<{width}}{cells[0]:>14}{cells[1]:>18}")
    return lines


def build_table(results: dict) -> list[str]:
    lines = ["Build (strict, as make build; start-up included)"]
    for item in results["growth"]:
        lines.append(f"  {item['site']} site, {item['pages']:>5,} pages: {item['seconds']:6.1f} s, "
                     f"{item['seconds_per_page'] * 1000:6.1f} ms per page")
    lines.append(f"  make check: {results['check_seconds']:.1f} s")
    return lines


def audit_table(result: dict) -> list[str]:
    per_view = result["seconds_per_page_view"]
    return [f"Accessibility audit: {result['seconds']:.0f} s for {result['page_views']} page views"
            + (f", {per_view:.2f} s per page view" if per_view else "")]


def langcheck_table(results: dict) -> list[str]:
    return ["Language checker"] + [f"  {name}: {item['words']:,} words in {item['seconds'] * 1000:,.0f} ms, "
                                   f"{item['words_per_second']:,.0f} words/s" for name, item in results.items()]


def main(argv: list[str] | None = None) -> int:
    try:
        return run(argv)
    except (nginx.NginxMissing, SetupError) as missing:  # a tool the bench needs, with how to get it
        print(missing, file=sys.stderr)
        return 1
    except DataError as error:  # a wrong budgets or settings file: where, and how to fix it
        return report(error.findings, "human")


def run(argv: list[str] | None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.bench", description=__doc__.split("\n\n")[1].replace("\n", " "))
    parser.add_argument("--only", nargs="+", choices=PARTS, default=PARTS, metavar="PART",
                        help=f"measure only these parts: {', '.join(PARTS)} (default: all)")
    parser.add_argument("--report", type=Path, default=REPORT, help="where to write the JSON (default: reports/bench.json)")
    arguments = parser.parse_args(argv)
    limits, parts = budgets.load(), set(arguments.only)
    results, verdicts, lines = {}, [], []

    if parts & {"weight", "lighthouse"}:
        rows, every_page = measure_pages(page_paths(limits["pages"]), "lighthouse" in parts, "weight" in parts)
        results["pages"], results["every_page"] = rows, every_page
        if "weight" in parts:
            lines += weight_table(rows, every_page) + [""]
            verdicts += budgets.first_visit(rows, limits["first_visit"], every_page)
        if "lighthouse" in parts:
            lines += lighthouse_table(rows) + [""]
            verdicts += budgets.lighthouse([{"page": row["page"], "site": row["lighthouse"]["site"]} for row in rows],
                                           limits["lighthouse"])
    if "build" in parts:
        results["build"] = {"growth": growth.measure_growth(tuple(limits["growth"]["sizes"])),
                            "check_seconds": measure_check()}
        lines += build_table(results["build"]) + [""]
        verdicts += budgets.growth(results["build"]["growth"], limits["growth"])
    if "audit" in parts:
        results["audit"] = measure_audit()
        lines += audit_table(results["audit"]) + [""]
    if "langcheck" in parts:
        results["langcheck"] = langcheck_speed.measure()
        lines += langcheck_table(results["langcheck"]) + [""]
        results["langcheck_large_page"] = langcheck_speed.large_page_cost(limits["langcheck"]["page_megabytes"])
        verdicts += budgets.large_page(results["langcheck_large_page"], limits["langcheck"])

    results["budgets"] = [verdict.as_dict() for verdict in verdicts]
    if verdicts:
        lines += ["Budgets (scripts/bench/budgets.yml)"] + [verdict.line() for verdict in verdicts]
    print("\n".join(lines))
    arguments.report.parent.mkdir(parents=True, exist_ok=True)
    arguments.report.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"Full results: {arguments.report}")
    return 0 if all(verdict.passed for verdict in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
