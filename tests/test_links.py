"""`make links`: every external link listed with its page and line; checked only with --online.

The online check is tested against a server on this machine (127.0.0.1).
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from scripts.findings import ERROR, WARNING
from scripts.links import check_online, external_links
from scripts.links.__main__ import main

PAGE_END = """
Meer bij de [Directie-generaal Personen met een handicap](https://handicap.belgium.be/nl) en
op <https://www.socialsecurity.be/>.

!!! note "Goed om te weten"
    Lees ook [de federale Ombudsman](https://www.federaalombudsman.be/nl "Ombudsman").

```
[geen link in code](https://example.org/code)
```

Bel [0800 987 99](tel:080098799) of lees [de woordenlijst](index.md).
"""


def add_links(project, text=PAGE_END):
    page = project / "docs/nl/index.md"
    before = len(page.read_text(encoding="utf-8").splitlines())
    page.write_text(page.read_text(encoding="utf-8") + text, encoding="utf-8")
    return before


def test_links_are_listed_with_their_line_including_admonitions_but_not_code(project_copy):
    before = add_links(project_copy)

    links = [(link.file, link.line, link.url, link.text) for link in external_links(project_copy)]

    assert links == [
        ("docs/nl/index.md", before + 2, "https://handicap.belgium.be/nl", "Directie-generaal Personen met een handicap"),
        ("docs/nl/index.md", before + 3, "https://www.socialsecurity.be/", "https://www.socialsecurity.be/"),
        ("docs/nl/index.md", before + 6, "https://www.federaalombudsman.be/nl", "de federale Ombudsman"),
    ]


def test_the_same_address_twice_gets_each_its_own_line(project_copy):
    before = add_links(project_copy, "\n[een](https://example.org/)\n\n[twee](https://example.org/)\n")

    assert [link.line for link in external_links(project_copy)] == [before + 2, before + 4]


def test_the_listing_needs_no_network_and_exits_0(project_copy, capsys):
    add_links(project_copy)

    assert main(["--project-dir", str(project_copy)]) == 0

    output = capsys.readouterr().out
    assert "docs/nl/index.md\n" in output
    assert "  https://handicap.belgium.be/nl  “Directie-generaal Personen met een handicap”" in output
    assert "3 externe link(s) op 1 pagina('s) / 3 lien(s) externe(s) sur 1 page(s)" in output


def test_the_listing_as_json(project_copy, capsys):
    add_links(project_copy)

    main(["--project-dir", str(project_copy), "--format", "json"])

    output = json.loads(capsys.readouterr().out)
    assert output["findings"] == []
    assert output["links"][0]["url"] == "https://handicap.belgium.be/nl"
    assert set(output["links"][0]) == {"file", "line", "url", "text"}


class Handler(BaseHTTPRequestHandler):
    """/ok answers, /gone is 404, /no-head refuses HEAD but answers GET."""

    def answer(self, with_body):
        status = {"/ok": 200, "/gone": 404}.get(self.path, 200)
        if self.path == "/no-head" and self.command == "HEAD":
            status = 405
        self.send_response(status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        if with_body:
            self.wfile.write(b"ok")

    def do_HEAD(self):
        self.answer(with_body=False)

    def do_GET(self):
        self.answer(with_body=True)

    def log_message(self, *arguments):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def closed_port():
    """An address where nothing listens: a port that was free a moment ago."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = httpd.server_address[1]
    httpd.server_close()
    return f"http://127.0.0.1:{port}"


def test_online_a_missing_page_is_an_error_and_no_answer_a_warning(project_copy, server, closed_port):
    before = add_links(project_copy, f"\n[werkt]({server}/ok)\n\n[weg]({server}/gone)\n\n"
                                     f"[geen HEAD]({server}/no-head)\n\n[dicht]({closed_port}/x)\n")

    findings = check_online(project_copy, external_links(project_copy), timeout=5)

    assert [(f.rule, f.severity, f.location()) for f in findings] == [
        ("link-broken", ERROR, f"docs/nl/index.md:{before + 4}"),
        ("link-unreachable", WARNING, f"docs/nl/index.md:{before + 8}"),
    ]
    assert findings[0].message == f"De externe link {server}/gone werkt niet: de website antwoordt 404."


def test_online_the_command_exits_1_on_a_broken_link(project_copy, server, capsys):
    add_links(project_copy, f"\n[weg]({server}/gone)\n")

    assert main(["--project-dir", str(project_copy), "--online"]) == 1
    assert "error [link-broken]" in capsys.readouterr().out
