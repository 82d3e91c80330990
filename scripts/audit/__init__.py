"""The accessibility audit: every page, both languages, phone and desktop, light and dark, in a real browser.

Builds the site, serves it on a free loopback port and checks every URL of
the sitemap, every step of the rights finder (kept out of the sitemap) and
each language's 404 page with the runs of settings.yml: axe (WCAG 2.2 AA,
best practices) and HTML_CodeSniffer at each viewport and colour scheme,
and html-validate on the HTML files. Modules:
- node: the Node environment (nodeenv) and the Node tools (npm ci)
- browser: the system Chromium, installed on Debian/Ubuntu when missing
- server: the built site on a loopback port
- in_browser: one pass per viewport, each page loaded once and checked by
  axe and HTML_CodeSniffer in every colour scheme (Playwright)
- html: html-validate on the built files
- results: issues, WCAG criteria, exclusions, the grouped report
"""

from __future__ import annotations

import datetime
import json
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath

from scripts import buildcheck, project, site_version
from scripts.audit import browser, html, in_browser, node, results, server
from scripts.content import load
from scripts.findings import Finding
from scripts.sitecheck.site import ERROR_PAGE, Site

SETTINGS = Path(__file__).with_name("settings.yml")
REPORT = project.ROOT / "reports" / "accessibility.json"
SITEMAP_LOC = "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"


@dataclass
class Audit:
    viewports: list[str]
    schemes: list[str] = field(default_factory=list)
    built: bool = False
    pages: dict[str, str] = field(default_factory=dict)  # page in the site → source file
    audited: list[dict] = field(default_factory=list)
    issues: list[results.Issue] = field(default_factory=list)
    excluded: list[results.Issue] = field(default_factory=list)
    build_findings: list[Finding] = field(default_factory=list)
    runs: list[dict] = field(default_factory=list)  # what each run covered, with its engine's version
    date: str = ""
    widths: dict[str, int] = field(default_factory=dict)  # viewport → CSS pixels
    sources: str = ""  # the version of the sources audited (scripts/site_version.py)

    def human(self) -> str:
        return results.human_report(self.issues, set(self.pages), self.pages, self.viewports, self.schemes)

    def as_json(self) -> dict:
        return {
            # What the accessibility statement shows (scripts/hooks/audit_statement.py).
            "summary": {"date": self.date, "sources": self.sources, "pages": len(self.pages),
                        "viewports": self.viewports, "widths": self.widths, "schemes": self.schemes,
                        "runs": self.runs, "page_views": len(self.audited), "issues": len(self.issues),
                        "excluded": len(self.excluded)},
            "audited": self.audited,
            "issues": [asdict(issue) for issue in self.issues],
            "excluded": [asdict(issue) for issue in self.excluded],
        }


def load_settings(path: Path = SETTINGS) -> dict:
    return load(path, "audit-settings").data


def audited_pages(site_dir: Path, base: str, site: Site) -> list[str]:
    """Every page in the sitemap; then the pages kept out of it on purpose (robots: noindex):
    every step of the rights finder; then each language's 404 page (not in any sitemap)."""
    locations = [loc.text.strip() for loc in ElementTree.parse(site_dir / "sitemap.xml").iter(SITEMAP_LOC)]
    outside = [loc for loc in locations if not loc.startswith(base)]
    if outside:
        raise node.SetupError(f"sitemap.xml lists addresses outside the audited site ({base}): {outside[0]}")
    pages = [loc[len(base):] or "index.html" for loc in locations]
    pages += [str(page.path) for page in site.pages if page.noindex and not page.is_error_page]
    pages += [f"{language.folder}{ERROR_PAGE}" for language in site.languages]
    return list(dict.fromkeys(pages))


def run_audit(config: Path = project.CONFIG, settings: dict | None = None) -> Audit:
    settings = settings or load_settings()
    node.ensure_tools()
    chrome = browser.ensure_browser()
    audit = Audit(viewports=list(settings["viewports"]), schemes=list(settings["schemes"]),
                  date=datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
                  widths={name: size["width"] for name, size in settings["viewports"].items()},
                  sources=site_version.fingerprint(config.parent))
    with server.bind() as listening, tempfile.TemporaryDirectory(prefix="audit-") as temporary:
        site_dir = Path(temporary) / "site"
        base = server.base_url(listening)
        # Built for the address it is served at: the sitemap lists the URLs to audit as they are.
        audit.built, audit.build_findings = buildcheck.check(site_dir, config, site_url=base)
        if not audit.built:
            return audit
        site = Site.load(site_dir, config.parent)
        audit.pages = {page: site.page(PurePosixPath(page)).source for page in audited_pages(site_dir, base, site)}
        with server.serving(listening, site_dir):
            reports = run_browsers(base, list(audit.pages), chrome, settings)
        for run in settings["runs"]:
            if run["engine"] == "html-validate":  # the files, no browser: no viewport, no scheme
                found = html.validate(site_dir, list(audit.pages))
                reports.append((run, "", "", {base + page: messages for page, messages in found.items()}))
    audit.runs = covered(settings)
    collect(audit, reports, base, results.axe_criteria(node.axe_rules()), results.load_exclusions())
    return audit


def run_browsers(base: str, pages: list[str], chrome: str, settings: dict) -> list[tuple[dict, str, str, dict]]:
    """(run, viewport, scheme, issues per URL) of every browser run: a pass per viewport, `processes` at a time."""
    urls = [base + page for page in pages]
    runs = {run["name"]: run for run in settings["runs"]}

    def one(viewport):
        print(f"Auditing {len(urls)} pages at {viewport}…", file=sys.stderr, flush=True)
        found = in_browser.audit(urls, settings["runs"], viewport, chrome, settings)
        return [(runs[name], viewport, scheme, per_url) for (name, scheme), per_url in found.items()]

    with ThreadPoolExecutor(settings["processes"]) as pool:
        return [report for reports in pool.map(one, settings["viewports"]) for report in reports]


def covered(settings: dict) -> list[dict]:
    """What each run checked: its standard, engine (with versions), viewports and colour schemes."""
    browser = in_browser.SCRIPTS  # the engines that run in the browser
    return [{"name": run["name"], "standard": run["standard"], "engine": run["engine"],
             "versions": {package: node.package_version(package) for package in run["packages"]},
             "viewports": list(run.get("viewports", settings["viewports"])) if run["engine"] in browser else [],
             "schemes": list(run.get("schemes", settings["schemes"])) if run["engine"] in browser else []}
            for run in settings["runs"]]


def counts_in(run: dict, issue: results.Issue) -> bool:
    """A run limited to some techniques (AAA contrast) keeps only those, and pages that did not load."""
    if not run.get("only_techniques") or issue.code == results.LOAD_ERROR:
        return True
    return results.technique(issue.code).split(".")[0] in run["only_techniques"]


def collect(audit: Audit, reports, base: str, criteria: dict[str, str], exclusions: list[dict]) -> None:
    for run, viewport, scheme, found in reports:
        for page, source in audit.pages.items():
            audit.audited.append({"page": page, "url": base + page, "viewport": viewport or None,
                                  "scheme": scheme or None, "run": run["name"], "standard": run["standard"],
                                  "engine": run["engine"]})
            for raw in found.get(base + page, []):
                if run["engine"] == "html-validate":
                    issue = results.validation_issue(raw, page, source, run["name"])
                else:
                    issue = results.to_issue(raw, page, source, viewport, run["name"], criteria, scheme)
                if counts_in(run, issue):
                    (audit.excluded if results.is_excluded(issue, exclusions) else audit.issues).append(issue)


def write_report(audit: Audit, path: Path = REPORT) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(audit.as_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
