"""The accessibility audit: every page, both languages, phone and desktop, in a real browser.

Builds the site, serves it on a free loopback port and runs pa11y-ci (axe and
HTML_CodeSniffer) on every URL of the sitemap, every step of the rights finder
(kept out of the sitemap) and each language's 404 page,
once per viewport and run of settings.yml. Modules:
- node: the Node environment (nodeenv) and pa11y-ci (npm ci)
- browser: the system Chromium, installed on Debian/Ubuntu when missing
- server: the built site on a loopback port
- pa11y: one pa11y-ci run
- results: issues, WCAG criteria, exclusions, the grouped report
"""

from __future__ import annotations

import json
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath

from scripts import buildcheck, project
from scripts.audit import browser, node, pa11y, results, server
from scripts.content import load
from scripts.findings import Finding
from scripts.sitecheck.site import ERROR_PAGE, Site

SETTINGS = Path(__file__).with_name("settings.yml")
REPORT = project.ROOT / "reports" / "accessibility.json"
SITEMAP_LOC = "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"


@dataclass
class Audit:
    viewports: list[str]
    built: bool = False
    pages: dict[str, str] = field(default_factory=dict)  # page in the site → source file
    audited: list[dict] = field(default_factory=list)
    issues: list[results.Issue] = field(default_factory=list)
    excluded: list[results.Issue] = field(default_factory=list)
    build_findings: list[Finding] = field(default_factory=list)

    def human(self) -> str:
        return results.human_report(self.issues, set(self.pages), self.pages, self.viewports)

    def as_json(self) -> dict:
        return {
            "summary": {"pages": len(self.pages), "viewports": self.viewports, "issues": len(self.issues)},
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
    audit = Audit(viewports=list(settings["viewports"]))
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
            reports = run_pa11y(base, list(audit.pages), chrome, settings)
    collect(audit, reports, base, results.axe_criteria(node.axe_rules()), results.load_exclusions())
    return audit


def run_pa11y(base: str, pages: list[str], chrome: str, settings: dict) -> list[tuple[dict, str, dict]]:
    """(run, viewport, pa11y's issues per URL) for every run and viewport, `processes` at a time."""
    urls = [base + page for page in pages]

    def one(run_and_viewport):
        run, viewport = run_and_viewport
        print(f"Auditing {len(urls)} pages: {run['name']} at {viewport}…", file=sys.stderr, flush=True)
        return run, viewport, pa11y.audit(urls, run, settings["viewports"][viewport], chrome, settings)

    with ThreadPoolExecutor(settings["processes"]) as pool:
        return list(pool.map(one, [(run, viewport) for run in settings["runs"]
                                   for viewport in run.get("viewports", settings["viewports"])]))


def counts_in(run: dict, issue: results.Issue) -> bool:
    """A run limited to some techniques (AAA contrast) keeps only those, and pages that did not load."""
    if not run.get("only_techniques") or issue.code == results.LOAD_ERROR:
        return True
    return results.technique(issue.code).split(".")[0] in run["only_techniques"]


def collect(audit: Audit, reports, base: str, criteria: dict[str, str], exclusions: list[dict]) -> None:
    for run, viewport, found in reports:
        for page, source in audit.pages.items():
            audit.audited.append({"page": page, "url": base + page, "viewport": viewport, "run": run["name"],
                                  "standard": run["standard"], "runners": run["runners"]})
            for raw in found.get(base + page, []):
                issue = results.to_issue(raw, page, source, viewport, run["name"], criteria)
                if counts_in(run, issue):
                    (audit.excluded if results.is_excluded(issue, exclusions) else audit.issues).append(issue)


def write_report(audit: Audit, path: Path = REPORT) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(audit.as_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
