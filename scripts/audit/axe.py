"""axe-core in the system Chromium (driven by Playwright), with the tags and rules of a run.

pa11y's axe runner passes axe only the WCAG 2.0 and 2.1 tags; WCAG 2.2 (and
rules axe leaves off by default, such as target-size) need axe's options
set directly. One browser, one tab per viewport: each page is loaded once
and checked in every colour scheme of the run (Chromium emulates
prefers-color-scheme), so a second scheme costs an axe run, not a page load;
in it only the rules about colour run again (settings.yml), as the others
read the markup, which a colour scheme does not change.
The browser also asks for reduced motion: the site then switches colours
without a transition, so axe never measures a colour halfway.

What counts, as pa11y counted it and a little stricter: every violation,
whatever its impact (pa11y left out moderate and minor ones), and the
results axe could not decide ("incomplete", to review) when their impact is
serious or critical.
"""

from __future__ import annotations

from playwright.sync_api import Error, sync_playwright

from scripts import project

AXE_SCRIPT = project.ROOT / "node_modules" / "axe-core" / "axe.min.js"
REVIEW_IMPACTS = {"serious", "critical"}
# Two animation frames: the new scheme's styles are applied and painted.
NEXT_FRAME = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"


def options(run: dict) -> dict:
    return {
        "runOnly": {"type": "tag", "values": run["tags"]},
        "rules": {rule: {"enabled": True} for rule in run.get("rules", [])},
        "resultTypes": ["violations", "incomplete"],
    }


def rerun_options(run: dict, rules: list[dict]) -> dict:
    """The options for the run's other colour schemes: only its rules with a tag of `rules_in_other_schemes`
    (`rules` is axe's catalogue of those, axe.getRules(tags))."""
    selected = [rule["ruleId"] for rule in rules
                if rule["ruleId"] in run.get("rules", []) or set(rule["tags"]) & set(run["tags"])]
    return {"runOnly": {"type": "rule", "values": selected}, "resultTypes": ["violations", "incomplete"]}


def context_options(viewport: dict) -> dict:
    """Playwright's names for the viewport options of settings.yml (puppeteer's)."""
    return {
        "viewport": {"width": viewport["width"], "height": viewport["height"]},
        "device_scale_factor": viewport.get("deviceScaleFactor", 1),
        "is_mobile": viewport.get("isMobile", False),
        "has_touch": viewport.get("hasTouch", False),
    }


def to_raw(results: dict) -> list[dict]:
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


def audit(urls: list[str], run: dict, viewport: dict, schemes: list[str], browser: str,
          settings: dict) -> dict[str, dict[str, list[dict]]]:
    """axe's issues per colour scheme and URL (every URL is a key, with [] when it passes)."""
    found = {scheme: {} for scheme in schemes}
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=browser, args=settings["chromium_args"])
        context = chromium.new_context(**context_options(viewport), reduced_motion="reduce")
        context.set_default_timeout(settings["timeout"])
        page = context.new_page()
        rerun = None
        for url in urls:
            try:
                page.goto(url)
                page.add_script_tag(path=str(AXE_SCRIPT))
                if rerun is None:
                    rerun = rerun_options(run, page.evaluate("tags => axe.getRules(tags)",
                                                             run.get("rules_in_other_schemes", [])))
                for number, scheme in enumerate(schemes):
                    page.emulate_media(color_scheme=scheme)
                    page.evaluate(NEXT_FRAME)
                    found[scheme][url] = to_raw(page.evaluate("options => axe.run(document, options)",
                                                              options(run) if number == 0 else rerun))
            except Error as error:  # reported as pa11y reports a page that did not load
                for scheme in schemes:
                    found[scheme][url] = [{"message": str(error).splitlines()[0]}]
        chromium.close()
    return found
