"""The rights finder: its data checked line by line, every path walked, the pages it builds.

The checks are fed a copy of the real docs/ broken in one way each and must
name the file, the line and the fix. The real data is walked path by path:
the examples of issue 14 hold, the allowances' ages match their page, and
`python -m scripts.finder` prints the table and the JSON the editors use.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from scripts import finder
from scripts.content import rights_finder_pages as generate
from scripts.content import rights_finder_paths as walk
from scripts.content.rights_finder import DATA, load_flow, read_flow
from scripts.finder import __main__ as command
from scripts.check import run_all
from scripts.content.addresses import is_valid
from scripts.project import CONFIG, DOCS, ROOT
from tests.conftest import published, replace_in

FILE = "docs/data/rights-finder.yml"
TEXT = (DOCS / DATA).read_text(encoding="utf-8")
FOLDERS = {"nl": "", "fr": "fr/"}
GOLDEN = Path(__file__).parent / "golden" / "rights-finder-paths.txt"
# The finder's pages are named after its start page's address, in the reader's language.
START = {language: published(language, "rights-finder.md").removesuffix(".html") for language in FOLDERS}


def step_addresses(language: str) -> dict[str, str]:
    """Where each step (by its state's name: disability_18-64) is published in `language`."""
    folder, flow = FOLDERS[language], load_flow(DOCS)
    start = START[language].removeprefix(folder)
    return {state.name: f"{folder}{generate.address_of(flow, state, language, start)}.html"
            for state in walk.states(flow)}


ADDRESSES = {language: step_addresses(language) for language in FOLDERS}


@pytest.fixture
def docs(tmp_path) -> Path:
    """A copy of the real docs/ (and mkdocs.yml, for the languages and the Markdown extensions)
    that a test may break; theme and tools linked, as mkdocs.yml names them."""
    shutil.copytree(DOCS, tmp_path / "docs")
    shutil.copy(CONFIG, tmp_path / "mkdocs.yml")
    for shared in ("overrides", "scripts"):
        (tmp_path / shared).symlink_to(ROOT / shared)
    return tmp_path / "docs"


def line_of(needle: str, text: str = TEXT) -> int:
    """The line (from 1) of the first line of `text` that contains `needle`."""
    return next(number for number, line in enumerate(text.splitlines(), 1) if needle in line)


def finder_findings(docs: Path):
    """(the flow or None, every finding, the texts' language too) as make check sees them."""
    return read_flow(docs)[0], finder.check(docs.parent)


def broken(docs: Path, old: str, new: str):
    """The findings about the data file after one change to it."""
    replace_in(docs / DATA, old, new)
    return finder_findings(docs)[1]


def only(findings, rule: str):
    found = [finding for finding in findings if finding.rule == rule]
    assert found, [finding.human() for finding in findings]
    return found


# The real data

def test_the_real_finder_has_no_problem():
    flow, findings = read_flow(DOCS)

    assert flow is not None and findings == []
    assert finder.check(DOCS.parent) == []  # its texts' language too


def test_every_path_ends_on_a_result_page_that_lists_a_right():
    flow = load_flow(DOCS)
    paths = walk.click_paths(flow)

    assert paths
    for path in paths:
        assert walk.asked(flow, path.result) == "result"
        assert walk.outcome(flow, path.result), path


def test_the_number_of_pages_stays_small():
    # Each page is audited at two widths in both languages: see README.md, "The rights finder".
    flow = load_flow(DOCS)

    assert len(walk.states(flow)) == 18
    assert len(walk.paths(flow)) == 11


def listed(answers: dict[str, str]) -> dict[str, bool]:
    """{right: may apply} on the result page of these answers (ids of leading answers)."""
    flow = load_flow(DOCS)
    state = next(path for path in walk.paths(flow) if path.given == answers)
    return {item.right.id: item.applies for item in walk.outcome(flow, state)}


def result_text(language: str, answers: dict[str, str]) -> str:
    flow = load_flow(DOCS)
    state = next(path for path in walk.paths(flow) if path.given == answers)
    page = next(page for page in generate.pages(flow, language, DOCS) if page.state == state)
    return page.markdown


def test_30_years_old_and_earning_less_lists_the_allowances_with_the_income_replacement_allowance():
    answers = {"topic": "disability", "age": "18-64", "money": "affected", "moving": "not-hard"}

    assert listed(answers)["allowances"] is True
    assert "inkomensvervangende tegemoetkoming (IVT)" in result_text("nl", answers)
    assert "allocation de remplacement de revenus (ARR)" in result_text("fr", answers)


@pytest.mark.parametrize("moving", ["hard", "not-hard"])
def test_70_years_old_does_not_list_the_allowances_and_names_the_regional_services(moving):
    answers = {"topic": "disability", "age": "65-plus", "moving": moving}

    assert listed(answers)["allowances"] is False
    dutch, french = result_text("nl", answers), result_text("fr", answers)
    for region in ("Vlaanderen", "Wallonië", "Brussel", "Duitstalige Gemeenschap", "zorgkas", "Iriscare"):
        assert region in dutch
    for region in ("Wallonie", "Bruxelles", "Flandre", "Communauté germanophone", "Iriscare"):
        assert region in french
    assert "https://www.aviq.be/apa/" in dutch and "https://www.aviq.be/apa/" in french


def test_a_child_does_not_get_the_allowances_yet_and_is_sent_to_the_child_benefit_of_the_region():
    answers = {"topic": "disability", "age": "under-18", "moving": "not-hard"}

    assert listed(answers)["allowances"] is False
    assert "vanaf de maand waarin je 17 wordt" in result_text("nl", answers)
    assert "groeipakket.be" in result_text("nl", answers) and "Iriscare" in result_text("fr", answers)


def test_working_in_the_arts_lists_the_artwork_attest():
    assert listed({"topic": "arts"}) == {"artwork-attest": True}


@pytest.mark.parametrize("age, money", [("under-18", None), ("18-64", "affected"), ("18-64", "not-affected"),
                                        ("65-plus", None)])
def test_moving_around_is_hard_lists_the_parking_card_at_every_age(age, money):
    answers = {"topic": "disability", "age": age, **({"money": money} if money else {}), "moving": "hard"}

    assert listed(answers)["parking-card"] is True
    assert listed({**answers, "moving": "not-hard"})["parking-card"] is False


def test_a_complaint_and_an_appeal_are_told_apart():
    assert listed({"topic": "service"}) == {"complaint": True, "appeal": False}
    assert listed({"topic": "decision"}) == {"complaint": False, "appeal": True, "artwork-appeal": True}


def test_the_allowances_ages_are_those_of_the_allowances_page():
    """The finder offers the allowances from 18 to 64 (application before the 65th birthday),
    as the allowances page says in both languages; every path that lists them is in those ages."""
    flow = load_flow(DOCS)
    allowances = next(right for right in flow.rights if right.id == "allowances")
    dutch = " ".join((DOCS / "nl/allowances.md").read_text(encoding="utf-8").split())
    french = " ".join((DOCS / "fr/allowances.md").read_text(encoding="utf-8").split())

    assert (allowances.ages.low, allowances.ages.high) == (18, 64)
    assert "Je bent minstens 18 jaar." in dutch and "vóór je 65ste verjaardag" in dutch
    assert "Vous avez au moins 18 ans." in french and "la veille de vos 65 ans" in french
    for path in walk.paths(flow):
        ages = walk.age_of(flow, path)
        if any(item.right is allowances and item.applies for item in walk.outcome(flow, path)):
            assert ages.low >= 18 and ages.high <= 64, path


# `python -m scripts.finder`

def test_json_has_exactly_the_shape_of_the_issue(capsys):
    assert command.main(["--format", "json"]) == 0
    output = json.loads(capsys.readouterr().out)

    assert list(output) == ["paths"]
    for path in output["paths"]:
        assert list(path) == ["lang", "answers", "result"]
        assert path["lang"] in FOLDERS
        assert all(list(answer) == ["question", "answer"] for answer in path["answers"])
        assert list(path["result"]) == ["page", "rights"]
        assert path["result"]["page"].startswith(START[path["lang"]] + "-")  # in the reader's language
        assert all((DOCS / path["lang"] / f"{page}.md").is_file() for page in path["result"]["rights"])
    arts = next(path for path in output["paths"] if path["lang"] == "fr" and path["answers"] == [
        {"question": "topic", "answer": "arts"}])
    assert arts["result"] == {"page": "fr/quels-droits-arts.html", "rights": ["artwork-attest"]}


def test_the_table_lists_every_path_per_language_and_the_number_of_pages(capsys):
    assert command.main([]) == 0
    output = capsys.readouterr().out

    assert output.startswith("Nederlands: 18 pagina's (7 met een vraag, 11 met een resultaat), 18 paden")
    assert "Français : 18 pages (7 avec une question, 11 avec un résultat), 18 chemins" in output
    assert re.search(r"welke-rechten-kunsten\.html +kunsten +artwork-attest +-", output)
    assert output.rstrip().endswith("36 pagina's in alle talen samen. / 36 pages pour toutes les langues ensemble.")


def test_the_table_of_paths_is_the_reviewed_one(capsys):
    """Like GOV.UK's Smart Answers artefacts: a change to the data that changes a path shows
    in the diff of tests/golden/rights-finder-paths.txt, which a reviewer reads."""
    command.main([])
    table = capsys.readouterr().out

    assert table == GOLDEN.read_text(encoding="utf-8"), (
        "The paths changed. If that is what you meant: python -m scripts.finder > tests/golden/rights-finder-paths.txt")


def test_a_wrong_data_file_prints_its_findings_and_exits_1(docs, capsys):
    replace_in(docs / DATA, "next: money", "next: mony")

    assert command.main(["--project-dir", str(docs.parent)]) == 1
    assert f"{FILE}:{line_of('next: money')} error [finder-next-unknown]" in capsys.readouterr().err


# make check

def test_make_check_fails_naming_the_data_file_and_the_line(docs, tmp_path):
    replace_in(docs / DATA, "next: money", "next: mony")

    results = run_all(docs.parent, tmp_path / "site")

    [build] = [result for result in results if result.name == "build"]
    [finder_check] = [result for result in results if result.name == "rights finder"]
    assert not build.succeeded and build.failed
    assert build.findings == []  # the build stopped on them: shown once, by the finder's check
    assert finder_check.failed
    finding, unreachable = finder_check.findings  # "money" is no longer asked either
    assert (finding.file, finding.line, finding.rule) == (FILE, line_of("next: money"), "finder-next-unknown")
    assert (unreachable.line, unreachable.rule) == (line_of("  - id: money"), "finder-unreachable")
    assert "dit antwoord leidt nergens heen" in finding.message and "cette réponse ne mène nulle part" in finding.message
    assert finding.suggestion.startswith("Schrijf na next de id van een vraag")


# Each check, fed one mistake

def test_an_answer_that_leads_nowhere_is_reported_on_its_line(docs):
    [finding] = only(broken(docs, "next: money", "next: mony"), "finder-next-unknown")

    assert (finding.file, finding.line) == (FILE, line_of("next: money"))
    assert "leidt het antwoord '18-64' op de vraag 'age' naar 'mony'" in finding.message
    assert "la réponse « 18-64 » à la question « age » mène à « mony »" in finding.message
    assert "topic, age, money, moving" in finding.suggestion


def test_a_loop_is_reported_on_the_answer_that_goes_back(docs):
    text = TEXT.replace("        short: {nl: moeilijk verplaatsen, fr: se déplacer est difficile}\n        next: result",
                        "        short: {nl: moeilijk verplaatsen, fr: se déplacer est difficile}\n        next: age")
    (docs / DATA).write_text(text, encoding="utf-8")

    [finding] = only(finder_findings(docs)[1], "finder-loop")

    hard = line_of("      - id: hard", text)
    assert finding.line == hard + line_of("next: age", "\n".join(text.splitlines()[hard - 1:])) - 1
    assert "age, moving, age" in finding.message


def test_a_question_missing_in_one_language_is_reported(docs):
    findings = broken(docs, 'text: {nl: "Hoe oud ben je?", fr: "Quel âge avez-vous ?"}',
                      'text: {nl: "Hoe oud ben je?"}')

    [finding] = only(findings, "finder-language-missing")
    assert finding.line == line_of('text: {nl: "Hoe oud ben je?"')
    assert "mist de tekst 'fr:' bij questions › 2 › text" in finding.message
    assert "le texte « fr: » manque à questions › 2 › text" in finding.message


def test_a_right_linking_to_a_missing_page_is_reported(docs):
    [finding] = only(broken(docs, "page: parking-card", "page: parking"), "finder-page-missing")

    assert finding.line == line_of("page: parking-card")
    assert "docs/nl/parking.md bestaat niet" in finding.message


def test_a_right_linking_to_a_missing_anchor_is_reported_with_the_headings_of_the_page(docs):
    [finding] = only(broken(docs, "anchor: {nl: zo-vraag-je-het-aan,", "anchor: {nl: zo-vraag-je-het-aanvragen,"),
                     "finder-anchor-missing")

    assert finding.line == line_of("anchor: {nl: zo-vraag-je-het-aan,")
    assert "#zo-vraag-je-het-aanvragen op docs/nl/allowances.md" in finding.message
    assert "zo-vraag-je-het-aan" in finding.suggestion.split("Koppen van die pagina:")[1]


def test_a_heading_renamed_on_the_topic_page_is_reported_in_the_data_file(docs):
    replace_in(docs / "fr/parking-card.md", "## Comment faire la demande", "## Demander la carte")

    [finding] = only(finder_findings(docs)[1], "finder-anchor-missing")

    parking = line_of("  - id: parking-card")
    assert (finding.file, finding.line) == (FILE, parking + 2)
    assert "#comment-faire-la-demande op docs/fr/parking-card.md" in finding.message
    assert "demander-la-carte" in finding.suggestion


def test_an_age_sentence_changed_on_the_topic_page_is_reported(docs):
    page = docs / "nl/allowances.md"
    page.write_text(page.read_text(encoding="utf-8").replace("minstens 18 jaar", "minstens 21 jaar"), encoding="utf-8")

    [finding] = only(finder_findings(docs)[1], "finder-page-says-missing")

    assert finding.line == line_of("        - Je bent minstens 18 jaar.")
    assert "de zin \"Je bent minstens 18 jaar.\"" in finding.message


def test_ages_that_differ_from_the_sentences_of_the_page_are_reported(docs):
    dutch, french = only(broken(docs, "ages: {from: 18, to: 64}\n    page_says",
                                "ages: {from: 21, to: 64}\n    page_says"), "finder-page-says-age")

    assert dutch.line == french.line == line_of("    page_says:") - 1
    assert "page_says ('nl:') noemen 21 niet" in dutch.message
    assert "page_says (« fr: ») ne mentionnent pas 21" in french.message


def test_a_right_offered_outside_its_ages_is_reported(docs):
    findings = broken(docs, "      - when: {age: [18-64], money: [affected]}", "      - when: {topic: [disability]}")

    outside = only(findings, "finder-age-outside")
    assert outside[0].line == line_of("      - when: {age: [18-64], money: [affected]}")
    assert "voor wie 'under-18' antwoordt (0-17 jaar)" in outside[0].message
    assert "{age: [18-64]}" in outside[0].suggestion
    assert only(findings, "finder-conflict")  # and it contradicts "not before 18"


def test_same_as_naming_no_answer_is_reported(docs):
    [finding] = only(broken(docs, "same_as: affected", "same_as: afected"), "finder-same-as-unknown")

    assert finding.line == line_of("same_as: affected")


def test_a_question_no_answer_leads_to_is_reported(docs):
    [finding] = only(broken(docs, "        next: money\n", "        next: moving\n"), "finder-unreachable")

    assert finding.line == line_of("  - id: money")


def test_a_case_naming_an_answer_that_does_not_exist_is_reported(docs):
    [finding] = only(broken(docs, "when: {moving: [hard]}", "when: {moving: [hrd]}"), "finder-when-answer")

    assert finding.line == line_of("when: {moving: [hard]}")
    assert "hard, not-hard" in finding.suggestion


def test_where_to_go_instead_must_exist(docs):
    [finding] = only(broken(docs, "instead: seniors", "instead: elderly"), "finder-instead-unknown")

    assert finding.line == line_of("instead: seniors")


def test_a_result_that_lists_nothing_is_reported(docs):
    [finding] = only(broken(docs, "      - when: {topic: [arts]}", "      - when: {topic: [service]}"),
                     "finder-result-empty")

    assert "topic: arts" in finding.message


def test_a_case_no_path_uses_is_a_warning_that_does_not_stop_the_finder(docs):
    text = TEXT.replace("      - when: {topic: [arts]}\n", "      - when: {topic: [arts]}\n", 1)
    text = text.replace("    does_not_apply:\n      - when: {moving: [not-hard]}",
                        "    does_not_apply:\n      - when: {topic: [arts], moving: [not-hard]}\n"
                        "        why: {nl: Nooit., fr: Jamais.}\n      - when: {moving: [not-hard]}")
    (docs / DATA).write_text(text, encoding="utf-8")

    flow, findings = finder_findings(docs)

    assert flow is not None
    [finding] = findings
    assert (finding.rule, finding.severity) == ("finder-case-unused", "warning")


def test_the_texts_are_checked_like_a_page_on_their_own_line(docs):
    findings = broken(docs, "      nl: Zoek je voor iemand anders? Geef dan de leeftijd van die persoon.",
                      "      nl: Zoek je voor iemand anders, bijvoorbeeld voor gehandicapten? Geef dan hun leeftijd.")

    [finding] = only(findings, "nl-gehandicapte")
    assert (finding.file, finding.line, finding.severity) == (
        FILE, line_of("      nl: Zoek je voor iemand anders? Geef dan de leeftijd van die persoon."), "error")
    assert "persoon met een handicap" in finding.suggestion


def test_an_id_written_twice_is_reported(docs):
    [finding] = only(broken(docs, "      - id: not-affected", "      - id: affected"), "finder-duplicate-id")

    assert finding.line == line_of("      - id: not-affected")


def test_broken_yaml_and_a_missing_field_are_reported_by_the_schema(docs):
    findings = broken(docs, "start: topic", "start: [topic")
    assert [(f.rule, f.line) for f in findings] == [("data-yaml", line_of("start: topic") + 2)]

    shutil.copy(DOCS / DATA, docs / DATA)
    findings = broken(docs, "    link: {nl: Zo vraag je het kunstwerkattest aan,", "    lnk: {nl: Zo vraag je het kunstwerkattest aan,")
    assert {(f.rule, f.line) for f in findings} == {
        ("data-field-missing", line_of("  - id: artwork-attest")),
        ("data-field-unknown", line_of("    link: {nl: Zo vraag je het kunstwerkattest aan,"))}  # on its own line
    assert "mist 'link' (bij rights › 4)" in findings[0].message


@pytest.mark.parametrize("language", FOLDERS)
def test_every_step_has_an_address_of_its_own_in_the_reader_s_language(language):
    published_at = list(ADDRESSES[language].values())

    assert len(set(published_at)) == len(published_at) == len(walk.states(load_flow(DOCS)))
    for path in published_at:
        assert is_valid(Path(path).stem), path
    assert ADDRESSES[language]["arts"] == {"nl": "welke-rechten-kunsten.html", "fr": "fr/quels-droits-arts.html"}[
        language]


# The pages the build makes (the real site)

def finder_pages(site: Path, language: str) -> list[Path]:
    """The finder's pages: at the start page's address, in the reader's language, and more."""
    return sorted(site.glob(f"{START[language]}-*.html"))


@pytest.mark.parametrize("language", FOLDERS)
def test_every_page_is_built_in_both_languages_out_of_search_and_sitemap(built_site, language):
    pages = finder_pages(built_site, language)
    index = json.loads((built_site / FOLDERS[language] / "search/search_index.json").read_text(encoding="utf-8"))
    sitemap = (built_site / FOLDERS[language] / "sitemap.xml").read_text(encoding="utf-8")

    assert len(pages) == 18
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
        assert not [doc for doc in index["docs"] if doc["location"].startswith(page.name)]
        assert f"/{FOLDERS[language]}{page.name}<" not in sitemap
    start = published(language, "rights-finder.md")
    assert [doc for doc in index["docs"] if doc["location"] == start.removeprefix(FOLDERS[language])]
    assert f"{start}</loc>" in sitemap


@pytest.mark.parametrize("language", FOLDERS)
def test_every_link_of_a_result_page_reaches_a_page_and_heading_that_exist(built_site, language):
    for page in finder_pages(built_site, language):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for link in soup.select("article a[href]"):
            href = link["href"]
            if href.startswith(("http", "tel:", "mailto:")):
                continue
            target, _, anchor = href.partition("#")
            path = (page.parent / target).resolve() if target else page  # "#…": a part of this page
            assert path.is_file(), (page.name, href)
            if anchor:
                assert BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").find(id=anchor), (page.name, href)


@pytest.mark.parametrize("language, decides", [("nl", "beslist alleen de Directie-generaal Personen met een handicap"),
                                               ("fr", "Seule la Direction générale Personnes handicapées")])
def test_a_result_page_says_who_decides_gives_the_free_number_and_the_answers_to_change(built_site, language,
                                                                                      decides):
    page = built_site / ADDRESSES[language]["disability_18-64_affected_hard"]
    article = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("article")

    assert decides in " ".join(article.select_one(".finder-decision").get_text().split())
    assert article.select('a[href="tel:+3280098799"]')
    changes = article.select(".finder-answers-given dd a")
    assert [link["href"] for link in changes] == [Path(ADDRESSES[language][state]).name for state in (
        "start", "disability", "disability_18-64", "disability_18-64_affected")]
    assert len({link.get_text(" ", strip=True) for link in changes}) == 4  # each names its question


def test_a_question_page_asks_one_question_with_its_answers_as_links(built_site):
    soup = BeautifulSoup((built_site / ADDRESSES["fr"]["disability_18-64"]).read_text(encoding="utf-8"),
                         "html.parser")
    article = soup.select_one("article")

    [heading] = article.select("h1")
    assert heading.get_text(strip=True) == "Votre handicap ou votre maladie réduit-il vos revenus ou vous coûte-t-il " \
                                           "de l'argent en plus\u202f?"
    assert article.select_one(".finder-step").get_text(strip=True) == "Question 3 sur 4"
    assert [link["href"] for link in article.select(".finder-answers a")] == [
        "quels-droits-handicap-ou-maladie-18-a-64-ans-moins-de-revenus-ou-des-frais.html",
        "quels-droits-handicap-ou-maladie-18-a-64-ans-ni-moins-de-revenus-ni-frais.html",
        "quels-droits-handicap-ou-maladie-18-a-64-ans-moins-de-revenus-ou-des-frais.html"]
    assert article.select_one("a.finder-back")["href"] == "quels-droits-handicap-ou-maladie.html"
    assert not article.select("form, input, select")
    assert soup.title.get_text().startswith("Votre handicap ou votre maladie réduit-il vos revenus")
    assert soup.select_one('link[rel="alternate"][hreflang="nl"]')["href"] == (
        "../welke-rechten-handicap-of-ziekte-18-tot-64-jaar.html")  # the same step, at its Dutch address


@pytest.mark.parametrize("language", FOLDERS)
def test_the_start_page_is_in_the_menu_and_linked_from_the_home_page(built_site, language):
    home = BeautifulSoup((built_site / FOLDERS[language] / "index.html").read_text(encoding="utf-8"), "html.parser")

    start_page = Path(published(language, "rights-finder.md")).name
    assert home.select_one(f'nav.md-nav--primary a[href="{start_page}"]')
    assert home.select_one(f'article a.site-start[href="{start_page}"]')
    start = BeautifulSoup((built_site / published(language, "rights-finder.md")).read_text(encoding="utf-8"),
                          "html.parser")
    assert start.select_one(f'article a[href="{Path(ADDRESSES[language]["start"]).name}"]')


def test_the_pages_carry_the_start_page_s_review_date(built_site):
    page = (built_site / ADDRESSES["nl"]["arts"]).read_text(encoding="utf-8")

    assert '<time datetime="2026-11-29">29 november 2026</time>' in page
    assert "Deze pagina aanpassen" not in page  # made from the data file: no page to edit

