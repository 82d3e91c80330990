"""The site as nginx serves it (hosting/, scripts/hosting/).

First the Content-Security-Policy as computed from a built site; then the real
nginx with the site's rules on a loopback port: status codes, headers,
compression, caching, the 404 page of each language; then, in the browser
group, pages loaded through it in Chromium with no CSP violation and no
failed request. nginx is installed when missing if the tests run as root on
Debian (as CI does); elsewhere those tests are skipped, saying why.
"""

from __future__ import annotations

import gzip
import re
import shlex
import urllib.error
import urllib.request

import pytest

from scripts.hosting import content_security_policy, inline_script_hashes, nginx, script_hash, write_config
from scripts.hosting.__main__ import main as hosting_main
from scripts.project import ROOT
from tests.conftest import build, published

YEAR = "public, max-age=31536000, immutable"
# The example in the CSP specification's and MDN's documentation of hashes.
KNOWN_SCRIPT, KNOWN_HASH = "alert('Hello, world.');", "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"


def page_with(tmp_path, name, body):
    page = tmp_path / "site" / name
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(f"<!doctype html><html><head></head><body>{body}</body></html>", encoding="utf-8")
    return tmp_path / "site"


# The policy, from the built site

def test_an_inline_script_is_allowed_by_the_sha256_of_its_exact_text():
    assert script_hash(KNOWN_SCRIPT) == KNOWN_HASH


def test_only_inline_scripts_that_run_are_hashed_each_once(tmp_path):
    site = page_with(tmp_path, "index.html", f"<script>{KNOWN_SCRIPT}</script><script src='a.js'></script>"
                     '<script type="application/json">{"data": 1}</script>')
    page_with(tmp_path, "fr/index.html", f"<script>{KNOWN_SCRIPT}</script>")

    assert inline_script_hashes(site) == [KNOWN_HASH]


def test_the_written_policy_names_the_hashes_and_refuses_frames_and_other_origins(tmp_path):
    site = page_with(tmp_path, "index.html", f"<script>{KNOWN_SCRIPT}</script>")

    files = write_config(site, tmp_path / "nginx")

    assert sorted(path.name for path in files) == ["csp.conf", "http.conf", "site.conf"]
    entries = [shlex.split(line.rstrip(";")) for line in (tmp_path / "nginx/csp.conf").read_text().splitlines()
               if line.startswith("    ")]
    no_policies, svg, default = entries
    assert (svg[0], default[0]) == ("~^apply image/svg\\+xml", "default")
    assert no_policies == ["~^ ", ""]  # no header where http.conf's $site_document_policies is empty
    for policy in (svg[1], default[1]):
        assert f"script-src 'self' {KNOWN_HASH};" in policy
        assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in default[1] and "style-src 'self' 'unsafe-inline';" in svg[1]


def test_the_real_sites_policy_has_a_hash_for_each_of_materials_inline_scripts(built_site):
    policy = content_security_policy(built_site)

    assert len(re.findall(r"'sha256-[A-Za-z0-9+/]+=*'", policy)) == len(inline_script_hashes(built_site)) >= 1


def test_the_tool_refuses_a_site_with_inline_style_and_names_the_page(tmp_path, capsys):
    site = page_with(tmp_path, "index.html", '<article><p style="color: red">Rood</p></article>')

    assert hosting_main(["--site", str(site), "--out", str(tmp_path / "nginx")]) == 1

    assert "[inline-style] index.html: opmaak in de pagina zelf" in capsys.readouterr().out
    assert not (tmp_path / "nginx").exists()


def test_the_tool_says_to_build_first_when_there_is_no_site(tmp_path, capsys):
    assert hosting_main(["--site", str(tmp_path / "nothing")]) == 1
    assert "run `make build` first" in capsys.readouterr().err


# nginx with the site's rules

def test_without_nginx_and_without_root_the_tests_say_how_to_install_it(monkeypatch):
    monkeypatch.setattr(nginx, "find_nginx", lambda: None)
    monkeypatch.setattr(nginx.debian, "can_install", lambda: False)

    with pytest.raises(nginx.NginxMissing, match=r"apt-get install nginx"):
        nginx.ensure_nginx()


def test_as_root_on_debian_a_missing_nginx_is_installed(monkeypatch):
    installed = []
    monkeypatch.setattr(nginx, "find_nginx", lambda: "/usr/sbin/nginx" if installed else None)
    monkeypatch.setattr(nginx.debian, "can_install", lambda: True)
    monkeypatch.setattr(nginx.debian, "install", lambda package: installed.append(package))

    assert nginx.ensure_nginx() == "/usr/sbin/nginx" and installed == ["nginx"]


@pytest.fixture(scope="module")
def nginx_installed():
    """nginx's program. Without it the hosting is untested, so these tests fail, as the browser
    tests do without Chromium: the message says how to install it (as root on Debian or
    Ubuntu, as CI runs, it is installed here)."""
    try:
        return nginx.ensure_nginx()
    except nginx.NginxMissing as missing:
        pytest.fail(f"{missing} It is installed automatically only as root on Debian or Ubuntu.", pytrace=False)


@pytest.fixture(scope="module")
def served(nginx_installed, tmp_path_factory):
    """(base URL, site folder): the real site, built for and served by nginx on loopback."""
    port = nginx.free_port()
    base = f"http://127.0.0.1:{port}/"
    site = tmp_path_factory.mktemp("hosted") / "site"
    result = build(ROOT, site, site_url=base)
    assert result.returncode == 0, result.stderr
    with nginx.serving(site, port) as served_base:
        assert served_base == base
        yield base, site


def fetch(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def fingerprinted(site, pattern):
    return next(site.glob(pattern)).relative_to(site).as_posix()


def test_pages_are_found_and_missing_pages_are_404(served):
    base, _ = served
    assert fetch(base)[0] == fetch(base + "fr/")[0] == fetch(base + published("nl", "allowances.md"))[0] == 200
    assert fetch(base + "no-such-page.html")[0] == fetch(base + "fr/no-such-page.html")[0] == 404


@pytest.mark.parametrize("path, language", [("no-such-page.html", "nl"), ("fr/no-such-page.html", "fr"),
                                            ("fr/old/folder/", "fr"), ("old/folder/", "nl"),
                                            # The English addresses of before issue 12, never published: no redirect.
                                            ("allowances.html", "nl"), ("fr/allowances.html", "fr")])
def test_a_missing_page_gets_the_404_page_of_its_language(served, path, language):
    status, _, body = fetch(served[0] + path)

    assert status == 404 and f'<html lang="{language}"' in body.decode("utf-8")


def test_the_browsers_default_icon_address_gets_the_sites_icon(served):
    status, headers, body = fetch(served[0] + "favicon.ico")
    assert status == 200 and headers["Content-Type"] == "image/png"
    assert body == (served[1] / "assets/images/favicon.png").read_bytes()


def test_every_response_carries_the_security_headers_and_no_server_version(served):
    base, site = served
    documents = ("", published("fr", "allowances.md"), "nope.html", fingerprinted(site, "figures/*.svg"),
                 fingerprinted(site, "assets/javascripts/workers/search.*.min.js"), "sitemap.xml")
    never_documents = (fingerprinted(site, "assets/stylesheets/reading.*.min.css"), "assets/images/favicon.png",
                       "assets/javascripts/site.js")
    for path in documents + never_documents:
        _, headers, _ = fetch(base + path)
        assert headers["Strict-Transport-Security"].startswith("max-age=31536000"), path
        assert headers["X-Content-Type-Options"] == "nosniff", path
        assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin", path
        assert headers["Server"] == "nginx", path
    for path in documents:  # what can be a document or a worker, which the policies govern
        _, headers, _ = fetch(base + path)
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"], path
        assert "camera=()" in headers["Permissions-Policy"], path


def test_a_stylesheet_a_raster_image_or_a_pages_script_goes_without_the_document_policies(served):
    """Never a document nor a worker: the policies would only add bytes to every first visit."""
    base, site = served
    for path in (fingerprinted(site, "assets/stylesheets/reading.*.min.css"), "assets/images/favicon.png",
                 "assets/javascripts/site.js", fingerprinted(site, "assets/javascripts/bundle.*.min.js")):
        _, headers, _ = fetch(base + path)
        assert headers["Content-Security-Policy"] is None and headers["Permissions-Policy"] is None, path


def test_only_svg_files_may_apply_inline_style_matplotlibs_charts_need_it(served):
    base, site = served
    page_policy = fetch(base + "index.html")[1]["Content-Security-Policy"]
    chart_policy = fetch(base + fingerprinted(site, "figures/*.svg"))[1]["Content-Security-Policy"]

    assert "style-src 'self';" in page_policy and "style-src 'self' 'unsafe-inline';" in chart_policy
    assert page_policy.replace(" 'unsafe-inline'", "") == chart_policy.replace(" 'unsafe-inline'", "")


@pytest.mark.parametrize("pattern", ["index.html", "assets/stylesheets/main.*.min.css", "assets/javascripts/site.js",
                                     "search/search_index.json", "figures/*.svg", "sitemap.xml"])
def test_text_files_are_sent_compressed_when_the_browser_accepts_it(served, pattern):
    base, site = served
    path = fingerprinted(site, pattern)
    status, headers, body = fetch(base + path, **{"Accept-Encoding": "gzip"})

    assert status == 200 and headers["Content-Encoding"] == "gzip" and "Accept-Encoding" in headers["Vary"]
    assert gzip.decompress(body) == (site / path).read_bytes()


def test_without_accept_encoding_files_are_sent_plain(served):
    _, headers, _ = fetch(served[0] + "index.html")
    assert headers["Content-Encoding"] is None


@pytest.mark.parametrize("pattern", ["assets/stylesheets/main.*.min.css", "assets/stylesheets/reading.*.min.css",
                                     "assets/javascripts/bundle.*.min.js", "assets/javascripts/workers/search.*.min.js"])
def test_files_with_a_content_hash_in_their_name_are_kept_a_year(served, pattern):
    _, headers, _ = fetch(served[0] + fingerprinted(served[1], pattern))
    assert headers["Cache-Control"] == YEAR


@pytest.mark.parametrize("path", ["index.html", published("fr", "allowances.md"), "assets/stylesheets/site.css",
                                  "assets/javascripts/site.js", "search/search_index.json"])
def test_pages_and_files_without_a_hash_are_checked_again_on_every_visit(served, path):
    base = served[0]
    status, headers, _ = fetch(base + path)
    assert status == 200 and headers["Cache-Control"] == "no-cache" and headers["ETag"]

    assert fetch(base + path, **{"If-None-Match": headers["ETag"]})[0] == 304


def test_nginx_that_cannot_start_says_why(nginx_installed, tmp_path, monkeypatch):
    monkeypatch.setattr(nginx, "server_frame", lambda *arguments: "events {}\nhttp { no_such_directive on; }\n")

    with pytest.raises(RuntimeError, match='unknown directive "no_such_directive"'):
        with nginx.serving(page_with(tmp_path, "index.html", "<p>Tekst</p>")):
            pass


# In the browser, through nginx

VIOLATIONS = """() => new Promise(resolve => setTimeout(() => resolve(window.violations), 300))"""
RECORD_VIOLATIONS = """window.violations = []
document.addEventListener("securitypolicyviolation", event => window.violations.push(
  event.violatedDirective + " " + (event.blockedURI || "inline") + " " + event.sourceFile + ":" + event.lineNumber))"""



@pytest.fixture
def watched_page(chromium, served):
    """A page in a fresh browser context, with every CSP violation, console error and failed request noted."""
    context = chromium.new_context(viewport={"width": 1280, "height": 1024})
    context.add_init_script(RECORD_VIOLATIONS)
    problems = []
    context.on("requestfailed", lambda request: problems.append(f"failed: {request.url} {request.failure}"))
    context.on("response", lambda response: response.status >= 400 and problems.append(
        f"{response.status}: {response.url}"))
    page = context.new_page()
    page.on("console", lambda message: message.type == "error" and problems.append(f"console: {message.text}"))
    yield page, problems
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("path", ["index.html", published("nl", "allowances.md"), "fr/index.html",
                                  published("fr", "key-figures.md")])
def test_a_page_loads_with_no_csp_violation_and_no_failed_request(served, watched_page, path):
    page, problems = watched_page
    page.goto(served[0] + path, wait_until="networkidle")

    assert page.evaluate(VIOLATIONS) == [] and problems == []


@pytest.mark.browser
def test_a_chart_opened_on_its_own_is_drawn_with_its_colours(served, watched_page):
    base, site = served
    page, problems = watched_page
    page.goto(base + fingerprinted(site, "figures/*.svg"))

    assert page.evaluate(VIOLATIONS) == [] and problems == []
    assert page.evaluate("getComputedStyle(document.querySelector('[style*=fill]')).fill") != "rgb(0, 0, 0)"


@pytest.mark.browser
def test_search_with_materials_script_and_worker_runs_under_the_policy(served, watched_page):
    page, problems = watched_page
    page.goto(served[0] + published("nl", "allowances.md"), wait_until="networkidle")
    page.click(".md-search__input")
    page.keyboard.type("parkeerkaart")
    page.wait_for_selector(".md-search-result__item a")

    assert page.evaluate(VIOLATIONS) == [] and problems == []


@pytest.mark.browser
def test_the_policy_does_block_an_inline_style_and_an_unknown_inline_script(served, watched_page):
    base, site = served
    (site / "csp-probe.html").write_text(
        "<!doctype html><html lang='nl'><title>Probe</title><p style='color: red'>Rood</p>"
        "<script>document.title = 'ran'</script></html>", encoding="utf-8")
    page, _ = watched_page
    page.goto(base + "csp-probe.html")

    blocked = page.evaluate(VIOLATIONS)
    assert page.title() == "Probe"
    assert {violation.split()[0] for violation in blocked} == {"style-src-attr", "script-src-elem"}

