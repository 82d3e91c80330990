"""The front-matter check: every bad front matter is reported on its line, in the page's language."""

import datetime
import json
from pathlib import Path

import pytest

from scripts import frontmatter
from scripts.content.pages import pages_among, refusal
from scripts.findings import ERROR, WARNING
from scripts.findings import run_page_check as command_line
from scripts.project import ROOT

TODAY = datetime.date(2026, 11, 28)
GOOD = "title: Parkeerkaart\ndescription: Wie krijgt een parkeerkaart.\nlast_reviewed: 2026-11-20\naddress: parkeerkaart\n"


def check_page(project, text, name="docs/nl/test.md"):
    (project / name).write_text(text, encoding="utf-8")
    return frontmatter.check(project, [Path(name)], today=TODAY)


def found(findings):
    return [(f.rule, f.line) for f in findings]


def test_the_real_pages_have_no_front_matter_errors():
    assert [f for f in frontmatter.check(ROOT) if f.severity == ERROR] == []


def test_a_good_front_matter_passes(project_copy):
    assert check_page(project_copy, f"---\n{GOOD}---\n# Parkeerkaart\n") == []


@pytest.mark.parametrize("front_matter, expected", [
    pytest.param('title: "Parkeerkaart\ndescription: x\nlast_reviewed: 2026-11-20\n',
                 [("yaml-invalid", 2)], id="unclosed quote: the line of the quote"),
    pytest.param("title: Parkeerkaart\ndescription: Bel: 0800 987 99\nlast_reviewed: 2026-11-20\n",
                 [("yaml-invalid", 3)], id="a second colon in a value"),
    pytest.param("title: Parkeerkaart\ndescription Wie krijgt ze\nlast_reviewed: 2026-11-20\n",
                 [("yaml-invalid", 3)], id="a key without colon"),
    pytest.param("title: [Parkeerkaart\ndescription: x\n", [("yaml-invalid", 2)], id="unclosed bracket"),
    pytest.param("title Parkeerkaart\n", [("not-a-mapping", 2)], id="no key: value at all"),
    pytest.param("title: Parkeerkaart\nlast_reviewed: 2026-11-20\naddress: parkeerkaart\n", [("missing-key", 1)],
                 id="missing description"),
    pytest.param("title: Parkeerkaart\ndescription:\nlast_reviewed: 2026-11-20\naddress: parkeerkaart\n", [("empty-value", 3)],
                 id="empty description"),
    pytest.param(GOOD.replace("last_reviewed", "last_reveiwed"), [("unknown-key-typo", 4)],
                 id="misspelled key: one finding"),
    pytest.param(GOOD + "auteur: Jan\n", [("unknown-key", 6)], id="unknown key"),
    pytest.param(GOOD + "title: Andere titel\n", [("duplicate-key", 6)], id="key written twice"),
    pytest.param(GOOD.replace("description: Wie krijgt een parkeerkaart.", "description: [a, b]"),
                 [("not-text", 3)], id="a list where text belongs"),
    pytest.param(GOOD.replace("2026-11-20", "2026-02-30"), [("invalid-date", 4)], id="a day that does not exist"),
    pytest.param(GOOD.replace("2026-11-20", '"2026-02-30"'), [("invalid-date", 4)], id="quoted, no such day"),
    pytest.param(GOOD.replace("2026-11-20", "28/11/2026"), [("invalid-date", 4)], id="day/month/year"),
    pytest.param(GOOD.replace("2026-11-20", "2026-3-5"), [("invalid-date", 4)], id="no leading zeros"),
    pytest.param(GOOD.replace("2026-11-20", "vorige week"), [("invalid-date", 4)], id="not a date"),
    pytest.param(GOOD.replace("2026-11-20", "2062-11-20"), [("future-date", 4)], id="a date in the future"),
    pytest.param(GOOD + "hide: toc\n", [("not-list", 6)], id="hide is a list"),
    pytest.param(GOOD + "hide: [toc, tocc]\n", [("value-not-allowed", 6)], id="a value hide does not know"),
    pytest.param(GOOD + "search: true\n", [("not-mapping", 6)], id="search is a group"),
    pytest.param(GOOD + "search: {exclude: misschien}\n", [("not-boolean", 6)], id="exclude is true or false"),
    pytest.param(GOOD + "search:\n  exclud: true\n", [("unknown-key-typo", 7)], id="misspelled key in a group"),
])
def test_a_bad_front_matter_is_reported_on_its_line(project_copy, front_matter, expected):
    assert found(check_page(project_copy, f"---\n{front_matter}---\n# Test\n")) == expected


def test_no_front_matter_and_an_unclosed_one_are_reported_on_line_1(project_copy):
    assert found(check_page(project_copy, "# Parkeerkaart\n")) == [("front-matter-missing", 1)]
    assert found(check_page(project_copy, f"---\n{GOOD}# Parkeerkaart\n")) == [("front-matter-unclosed", 1)]


def test_an_empty_front_matter_is_closed_and_asks_for_its_fields(project_copy):
    assert found(check_page(project_copy, "---\n---\n# Parkeerkaart\n")) == [("not-a-mapping", 1)]


def test_a_misspelled_key_suggests_the_right_one_in_dutch(project_copy):
    [typo] = check_page(project_copy, f"---\n{GOOD.replace('last_reviewed', 'last_reveiwed')}---\n")

    assert typo.location() == "docs/nl/test.md:4"
    assert typo.message == "Onbekend veld 'last_reveiwed' in de kop van de pagina."
    assert typo.suggestion == "Bedoel je 'last_reviewed'? Verbeter de schrijfwijze: last_reviewed: …"


def test_a_french_page_gets_french_messages_with_an_example_to_copy(project_copy):
    text = "---\ntitle: Carte\nlast_reviewed: 2026-11-20\naddress: carte\n---\n"

    [missing] = check_page(project_copy, text, "docs/fr/test.md")

    assert missing.message == "Le champ « description » manque dans l'en-tête de la page."
    assert missing.suggestion == ("Ajoutez une ligne entre les deux lignes ---, par exemple : "
                                  "description: Qui reçoit une carte de stationnement et comment la demander.")


def test_invalid_yaml_says_what_to_check_without_a_stack_trace(project_copy):
    [finding] = check_page(project_copy, f"---\n{GOOD}description: Bel: 0800\n---\n")

    assert finding.location() == "docs/nl/test.md:6:17"
    assert finding.message == "De kop van de pagina is niet leesbaar (technisch: mapping values are not allowed here)."
    assert "dubbele aanhalingstekens" in finding.suggestion


def test_a_page_not_reviewed_for_a_year_is_a_warning_with_todays_date(project_copy):
    [finding] = check_page(project_copy, f"---\n{GOOD.replace('2026-11-20', '2025-11-27')}---\n")

    assert (finding.rule, finding.severity, finding.line) == ("stale", WARNING, 4)
    assert "'last_reviewed: 2026-11-28'" in finding.suggestion


def test_a_page_reviewed_a_year_ago_today_is_not_stale_yet(project_copy):
    assert check_page(project_copy, f"---\n{GOOD.replace('2026-11-20', '2025-11-28')}---\n") == []


def test_crlf_line_endings_and_a_byte_order_mark_keep_the_right_lines(project_copy):
    text = "\ufeff---\r\ntitle: A\r\ndescription: B\r\nlast_reveiwed: 2026-11-20\r\naddress: a\r\n---\r\n# A\r\n"
    (project_copy / "docs/nl/test.md").write_bytes(text.encode("utf-8"))

    findings = frontmatter.check(project_copy, [Path("docs/nl/test.md")], today=TODAY)

    assert found(findings) == [("unknown-key-typo", 4)]


def test_last_reviewed_reads_the_date_and_its_line(project_copy):
    page = project_copy / "docs/nl/test.md"
    page.write_text(f"---\n{GOOD}---\n", encoding="utf-8")
    [nl_page] = pages_among(project_copy, [page])

    assert frontmatter.last_reviewed(nl_page) == (datetime.date(2026, 11, 20), 4)


def test_the_command_checks_the_pages_it_is_given_and_refuses_what_it_cannot_check(project_copy, capsys):
    (project_copy / "docs/nl/test.md").write_text("# geen kop\n", encoding="utf-8")

    code = command_line(frontmatter.check, ["--project-dir", str(project_copy), "docs/nl/test.md",
                                            "mkdocs.yml", "docs/nl/tset.md"], "prog", "description", refusal)

    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    assert [line.split(" → ")[0].split(" ")[:3] for line in lines[:-1]] == [
        ["docs/nl/test.md:1", "error", "[front-matter-missing]"],
        ["docs/nl/tset.md", "error", "[path-missing]"],
        ["mkdocs.yml", "error", "[path-not-a-page]"],
    ]
    assert lines[-1] == "✖ 3 error(s), 0 warning(s) in 3 file(s)"


@pytest.mark.parametrize("path", ["docs/nl/nergens.md", "README.md", "docs/data", "tests"])
def test_a_path_that_is_missing_or_holds_no_page_is_an_error_never_0_errors(project_copy, capsys, path):
    (project_copy / "README.md").write_text("# Project\n", encoding="utf-8")
    (project_copy / "tests").mkdir()

    code = command_line(frontmatter.check, ["--project-dir", str(project_copy), path], "prog", "d", refusal)

    output = capsys.readouterr().out
    assert code == 1
    assert output.startswith(f"{path} error [path-")
    assert "0 error(s)" not in output


def test_a_language_folder_is_checked_page_by_page(project_copy, capsys):
    (project_copy / "docs/fr/test.md").write_text("# pas d'en-tête\n", encoding="utf-8")

    code = command_line(frontmatter.check, ["--project-dir", str(project_copy), "docs/fr"], "p", "d", refusal)

    assert code == 1
    assert capsys.readouterr().out.startswith("docs/fr/test.md:1 error [front-matter-missing] ")


def test_the_command_checks_every_page_by_default_and_prints_json(project_copy, capsys):
    (project_copy / "docs/fr/index.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")

    code = command_line(frontmatter.check, ["--project-dir", str(project_copy), "--format", "json"], "p", "d")

    [finding] = json.loads(capsys.readouterr().out)["findings"]
    assert code == 1
    assert (finding["file"], finding["rule"], finding["category"]) == ("docs/fr/index.md", "yaml-invalid",
                                                                       "front matter")


def test_an_alias_that_repeats_a_list_is_refused_in_the_page_language(project_copy):
    text = f"---\n{GOOD}hide: &verborgen [toc]\nsearch: *verborgen\n---\n"

    [finding] = check_page(project_copy, text, "docs/fr/test.md")

    assert (finding.rule, finding.line, finding.category) == ("data-alias", 7, "front matter")
    assert finding.message == ("docs/fr/test.md répète une liste ou un groupe de champs avec un alias (*nom) : "
                               "ce n'est pas lu.")


def test_a_number_or_yes_is_text_as_mkdocs_reads_it(project_copy):
    assert check_page(project_copy, f"---\n{GOOD.replace('title: Parkeerkaart', 'title: 2024')}---\n") == []
