"""axe-core and HTML_CodeSniffer in the system Chromium (driven by Playwright): one pass per viewport.

Each page is loaded once per viewport and checked there by every browser
run of settings.yml that covers the viewport, in each of the run's colour
schemes: Chromium emulates prefers-color-scheme, so a second scheme costs
the engines' time, not a page load. The browser also asks for reduced
motion: the site then switches colours without a transition, so no engine
measures a colour halfway.

- axe (engine axe) gets the run's tags and the rules axe leaves off unless
  named (pa11y's axe runner passed only the WCAG 2.0 and 2.1 tags). In the
  run's later schemes only its rules with a tag of `rules_in_other_schemes`
  run again (the colour rules: the others read the markup, which a scheme
  does not change). Every violation counts, whatever its impact, and so do
  the results axe could not decide ("incomplete") when their impact is
  serious or critical.
- HTML_CodeSniffer (engine htmlcs) checks the run's standard; its errors
  count, as pa11y counted them (not its warnings and notices).
Both give issues in pa11y's shape (code, message, selector, context, runner),
which scripts/audit/results.py reads; a page that does not load is an
issue too.
"""

from __future__ import annotations

from playwright.sync_api import Error, sync_playwright

from scripts import project

SCRIPTS = {
    "axe": project.ROOT / "node_modules" / "axe-core" / "axe.min.js",
    "htmlcs": project.ROOT / "node_modules" / "@pa11y" / "html_codesniffer" / "build" / "HTMLCS.js",
}
REVIEW_IMPACTS = {"serious", "critical"}
# Two animation frames: the new scheme's styles are applied and painted.
NEXT_FRAME = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"
# HTML_CodeSniffer's errors (type 1), each with a selector and the start of its markup.
HTMLCS_ERRORS = """standard => new Promise((done, failed) => {
  const selector = element => {
    const parts = []
    for (let node = element; node && node.nodeType === 1; node = node.parentElement) {
      if (node.id) { parts.unshift("#" + CSS.escape(node.id)); break }
      const same = node.parentElement ? [...node.parentElement.children].filter(other => other.tagName === node.tagName) : []
      parts.unshift(node.tagName.toLowerCase() + (same.length > 1 ? `:nth-of-type(${same.indexOf(node) + 1})` : ""))
    }
    return parts.join(" > ") || "html"
  }
  HTMLCS.process(standard, document, () => done(HTMLCS.getMessages().filter(message => message.type === 1).map(
    message => ({code: message.code, message: message.msg, runner: "htmlcs", selector: selector(message.element),
                 context: message.element && message.element.outerHTML ? message.element.outerHTML.slice(0, 300) : ""}))),
    failed)
})"""


def axe_options(run: dict) -> dict:
    return {
        "runOnly": {"type": "tag", "values": run["tags"]},
        "rules": {rule: {"enabled": True} for rule in run.get("rules", [])},
        "resultTypes": ["violations", "incomplete"],
    }


def axe_rerun_options(run: dict, rules: list[dict]) -> dict:
    """The options for the run's later colour schemes: only its rules with a tag of `rules_in_other_schemes`
    (`rules` is axe's catalogue of those, axe.getRules(tags))."""
    selected = [rule["ruleId"] for rule in rules
                if rule["ruleId"] in run.get("rules", []) or set(rule["tags"]) & set(run["tags"])]
    return {"runOnly": {"type": "rule", "values": selected}, "resultTypes": ["violations", "incomplete"]}


def context_options(viewport: dict) -> dict:
    """Playwright's names for the viewport options of settings.yml."""
    return {
        "viewport": {"width": viewport["width"], "height": viewport["height"]},
        "device_scale_factor": viewport.get("deviceScaleFactor", 1),
        "is_mobile": viewport.get("isMobile", False),
        "has_touch": viewport.get("hasTouch", False),
    }


def axe_to_raw(results: dict) -> list[dict]:
    """axe's results as pa11y reports an issue: code, message, selector, context, runner extras."""
    counted = [(result, False) for result in results["violations"]]
    counted += [(result, True) for result in results["incomplete"] if result.get("impact") in REVIEW_IMPACTS]
    return [
        {"code": result["id"], "message": f"{result['help']} ({result['helpUrl']})", "runner": "axe",
         "selector": " ".join(str(part) for part in node["target"]), "context": node.get("html", ""),
         "runnerExtras": {"description": result["description"], "impact": result.get("impact"),
                          "needsFurtherReview": to_review, "help": result["help"], "helpUrl": result["helpUrl"]}}
        for result, to_review in counted for node in result["nodes"]
    ]


def passes(runs: list[dict], viewport: str, all_viewports: list[str], all_schemes: list[str]):
    """The browser runs covering `viewport`, each with its schemes; and every scheme needed, in order."""
    here = [(run, run.get("schemes", all_schemes)) for run in runs
            if run["engine"] in SCRIPTS and viewport in run.get("viewports", all_viewports)]
    schemes = [scheme for scheme in all_schemes if any(scheme in run_schemes for _, run_schemes in here)]
    return here, schemes


def check(page, run: dict, first: bool, rerun: dict | None) -> list[dict]:
    if run["engine"] == "htmlcs":
        return page.evaluate(HTMLCS_ERRORS, run["standard"])
    return axe_to_raw(page.evaluate("options => axe.run(document, options)", axe_options(run) if first else rerun))


def audit(urls: list[str], runs: list[dict], viewport: str, browser: str,
          settings: dict) -> dict[tuple[str, str], dict[str, list[dict]]]:
    """The issues per (run name, colour scheme) and URL of every browser run at `viewport`
    (every URL is a key, with [] when it passes)."""
    here, schemes = passes(runs, viewport, list(settings["viewports"]), settings["schemes"])
    found = {(run["name"], scheme): {} for run, run_schemes in here for scheme in run_schemes}
    engines = {run["engine"] for run, _ in here}
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=browser, args=settings["chromium_args"])
        context = chromium.new_context(**context_options(settings["viewports"][viewport]), reduced_motion="reduce")
        context.set_default_timeout(settings["timeout"])
        page = context.new_page()
        reruns = {}
        for url in urls:
            try:
                page.goto(url)
                for engine in sorted(engines):
                    page.add_script_tag(path=str(SCRIPTS[engine]))
                for run, _ in here:
                    if run["engine"] == "axe" and run["name"] not in reruns:
                        reruns[run["name"]] = axe_rerun_options(run, page.evaluate(
                            "tags => axe.getRules(tags)", run.get("rules_in_other_schemes", [])))
                for scheme in schemes:
                    page.emulate_media(color_scheme=scheme)
                    page.evaluate(NEXT_FRAME)
                    for run, run_schemes in here:
                        if scheme in run_schemes:
                            first = scheme == run_schemes[0]
                            found[(run["name"], scheme)][url] = check(page, run, first, reruns.get(run["name"]))
            except Error as error:  # the page did not load, or an engine failed on it: an issue
                for key in found:
                    found[key][url] = [{"message": str(error).splitlines()[0]}]
        chromium.close()
    return found
