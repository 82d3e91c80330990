"""The language checker (python -m scripts.langcheck): matching, Markdown, positions,
exceptions, output and exit codes. Each tricky case of issue 4 is a named test."""

import json
import re

import pytest
from textstat.backend.utils.constants import LANG_CONFIGS

from scripts import check
from scripts.findings import ERROR, WARNING
from scripts.content.glossary import load_glossary
from scripts.langcheck import check_docs, check_paths, check_text, settings, words
from scripts.langcheck.__main__ import main
from scripts.project import DOCS


def findings(text, language="nl"):
    return check_text(text, f"docs/{language}/page.md", language)


def rules_found(text, language="nl"):
    return [finding.rule for finding in findings(text, language)]


def at(text, finding, length):
    """The characters of the original file at the finding's line and column."""
    line = re.split(r"\r\n|\r|\n", text)[finding.line - 1]
    return line[finding.column - 1:finding.column - 1 + length]


def only(found, rule):
    matching = [finding for finding in found if finding.rule == rule]
    assert len(matching) == 1, found
    return matching[0]


# Language-aware matching -------------------------------------------------

def test_dutch_plural_and_inflected_forms_are_found():
    for word in ("gehandicapt", "gehandicapte", "gehandicapten"):
        assert "nl-gehandicapte" in rules_found(f"Hij is {word}."), word


def test_french_plural_and_feminine_forms_are_found():
    for text in ("Un handicapé.", "Une handicapée.", "Les handicapés.", "Des handicapées."):
        assert "fr-handicape-nom" in rules_found(text, "fr"), text
    for text in ("Il est cloué dans un fauteuil.", "Elle est clouée dans un fauteuil.",
                 "Elles sont clouées dans leur fauteuil roulant."):
        assert "fr-fauteuil" in rules_found(text, "fr"), text


def test_capitals_make_no_difference():
    assert "nl-gehandicapte" in rules_found("GEHANDICAPTEN en Gehandicapten.")
    assert "fr-handicape-nom" in rules_found("LES HANDICAPÉS.", "fr")


def test_a_phrase_spans_a_line_break():
    text = "Ze is aan een\nrolstoel gekluisterd."
    finding = only(findings(text), "nl-rolstoel-gekluisterd")
    assert (finding.line, finding.column) == (1, 7)
    assert "'aan een rolstoel gekluisterd'" in finding.message


def test_a_phrase_with_markdown_emphasis_is_found_where_it_starts():
    text = "Intro.\n\nZe is **aan een *rolstoel* gekluisterd**."
    finding = only(findings(text), "nl-rolstoel-gekluisterd")
    assert (finding.line, finding.column) == (3, 9)
    assert at(text, finding, 7) == "aan een"


def test_a_dutch_compound_with_a_discouraged_word_is_found():
    assert "nl-parkeerplaats" in rules_found("Parkeer op de invalidenparking.")
    assert "nl-invalide" in rules_found("Het invalidentoilet is boven.")


@pytest.mark.parametrize("word", ["invaliditeit", "invaliditeitsuitkering", "invalideren", "invaliderende"])
def test_words_that_only_share_letters_with_a_discouraged_word_are_not_found(word):
    found = findings(f"Dit gaat over {word} en meer.")
    assert [f.rule for f in found if f.category == "inclusive"] == []


def test_french_elision_is_two_words_with_either_apostrophe():
    assert "fr-souffrir-de" in rules_found("Elle souffre d'un handicap.", "fr")
    assert "fr-souffrir-de" in rules_found("Elle souffre d’un handicap.", "fr")
    finding = only(findings("L'aide à l’handicapé.", "fr"), "fr-handicape-nom")
    assert finding.column == 10  # at "l’", the start of the match


def test_french_adjective_after_a_noun_is_fine_but_a_noun_after_a_determiner_is_not():
    assert rules_found("Les personnes handicapées et les enfants handicapés.", "fr") == []
    assert "fr-handicape-nom" in rules_found("Les handicapés.", "fr")
    assert "fr-handicape-nom" in rules_found("Un handicapé.", "fr")


def test_valide_describes_a_card_but_not_people():
    assert rules_found("Une carte valide. Votre carte reste valide.", "fr") == []
    assert "fr-valide-normal" in rules_found("Les personnes valides.", "fr")


@pytest.mark.parametrize("language, text", [
    ("nl", "De inkomensvervangende tegemoetkoming en de integratietegemoetkoming."),
    ("nl", "Je krijgt een invaliditeitsuitkering; de kunstwerkuitkering is iets anders."),
    ("nl", "De parkeerkaart voor personen met een handicap, van de Directie-generaal Personen met een handicap."),
    ("fr", "Une personne handicapée demande la carte de stationnement pour personnes handicapées."),
    ("fr", "La Direction générale Personnes handicapées paie l'allocation d'intégration."),
    ("fr", "L'allocation de remplacement de revenus et l'allocation du travail des arts."),
])
def test_official_terms_are_not_flagged(language, text):
    assert [f for f in findings(text, language) if f.category in ("inclusive", "terminology")] == []


def test_official_names_of_organisations_are_allowed():
    assert [f.rule for f in findings("De Nationale Hoge Raad voor Gehandicapten werd later hernoemd.")
            if f.category == "inclusive"] == []
    assert rules_found("Le Conseil supérieur national des handicapés a changé de nom.", "fr") == []
    assert "nl-gehandicapte" in rules_found("De Raad voor Gehandicapten.")


def test_identity_first_words_are_never_errors():
    dutch = "De Dovengemeenschap. Doven en slechthorenden. Een dove man. Hij is doof. Ze noemt zichzelf autist."
    french = "Les Sourds signent. Une personne sourde. Il se dit autiste."
    assert [f for f in findings(dutch) + findings(french, "fr") if f.severity == ERROR] == []


def test_overlapping_rules_give_one_finding_the_most_specific():
    assert rules_found("De verstandelijk gehandicapten.") == ["nl-verstandelijk-gehandicapte"]
    assert rules_found("Les handicapés mentaux.", "fr") == ["fr-handicape-mental"]
    # an inclusive error wins over the glossary's terminology warning on the same word
    assert rules_found("Vraag een gehandicaptenkaart aan.") == ["nl-gehandicapte"]


# Markdown-aware -----------------------------------------------------------

PAGE = """\
---
title: Hulp voor gehandicapten
description: >
  Alles over
  invaliden.
---

# Kop over mindervaliden

- Een lijst met andersvaliden.

| kolom | andere kolom |
|---|---|
| een cel | een dwerg |

Een [link over doventaal](doventaal.md "titel met doventolk") en
![alt met rolstoelpatiënt](rolstoelpatient.png).

<img src="x.png" alt="alt met geestesgestoorden" class="doofstom">
"""


@pytest.mark.parametrize("rule, line, column, written", [
    ("nl-gehandicapte", 2, 18, "gehandicapten"),  # front-matter title
    ("nl-invalide", 5, 3, "invaliden"),  # front-matter description, folded
    ("nl-mindervalide", 8, 12, "mindervaliden"),  # heading
    ("nl-andersvalide", 10, 17, "andersvaliden"),  # list item
    ("nl-dwerg", 14, 17, "dwerg"),  # table cell
    ("nl-doventaal", 16, 16, "doventaal"),  # link text
    ("nl-doventolk", 16, 51, "doventolk"),  # link title
    ("nl-rolstoelpatient", 17, 11, "rolstoelpatiënt"),  # image alt
    ("nl-geestesgestoorde", 19, 31, "geestesgestoorden"),  # HTML alt
])
def test_every_place_a_reader_sees_is_checked_at_the_right_line_and_column(rule, line, column, written):
    finding = only(findings(PAGE), rule)
    assert (finding.line, finding.column) == (line, column)
    assert at(PAGE, finding, len(written)) == written


def test_code_urls_link_targets_and_other_html_attributes_are_not_checked():
    text = (
        "Tekst met `gehandicapten` in code, https://example.org/gehandicapten en "
        "[een link](gehandicapten.md), <https://gehandicapten.example> en "
        '<span class="gehandicapten">niets</span>.\n\n'
        "```\ngehandicapten\n```\n\n    gehandicapten in een codeblok\n\n"
        "<!-- gehandicapten in een opmerking -->\n"
    )
    assert rules_found(text) == []


def test_text_marked_as_another_language_is_not_checked():
    text = (
        "Le rapport (*Jaarverslag FOD, voor gehandicapten*{lang=nl}, en néerlandais).\n\n"
        'Et <span lang="nl">de <b>FOD</b> voor gehandicapten</span>, pas les handicapés.\n\n'
        '<div lang="nl">\n<p>De invaliden <img alt="gehandicapten" src="x.png"></p>\n</div>\n'
    )
    assert [(f.rule, f.line) for f in findings(text, "fr")] == [("fr-handicape-nom", 3)]
    assert "fr-handicape-nom" in rules_found("[Les handicapés](x.md){hreflang=nl}", "fr")  # hreflang is not lang


def test_admonitions_are_checked():
    text = '!!! note "Let op"\n    Voor gehandicapten.\n'
    assert (only(findings(text), "nl-gehandicapte").line, only(findings(text), "nl-gehandicapte").column) == (2, 10)


def test_a_definition_list_term_and_its_definition_are_separate_texts():
    text = "Parkeerkaart\n:   Een kaart voor gehandicapten.\n"
    finding = only(findings(text), "nl-gehandicapte")
    assert (finding.line, finding.column) == (2, 20)


# Positions -----------------------------------------------------------------

def test_positions_are_right_with_crlf_line_endings_and_front_matter():
    text = "---\r\ntitle: Titel\r\n---\r\n\r\nEen zin.\r\nNog een *gehandicapte* vrouw.\r\n"
    finding = only(findings(text), "nl-gehandicapte")
    assert (finding.line, finding.column) == (6, 10)
    assert at(text, finding, 11) == "gehandicapt"


def test_positions_are_right_after_escapes_and_entities():
    text = "Een \\*ster\\* en &amp; dan caf&eacute; gehandicapten."
    finding = only(findings(text), "nl-gehandicapte")
    assert at(text, finding, 13) == "gehandicapten"


def test_a_byte_order_mark_does_not_shift_columns(tmp_path):
    page = tmp_path / "page.md"
    page.write_bytes("\ufeffDe gehandicapten.".encode("utf-8"))
    finding = only(check_paths([page], "nl"), "nl-gehandicapte")
    assert (finding.line, finding.column) == (1, 4)


# Exceptions ----------------------------------------------------------------

def test_an_exception_allows_its_rule_in_the_next_paragraph_only():
    text = (
        "<!-- langcheck: allow nl-gehandicapte — officiële naam van de vereniging -->\n"
        "De Vereniging van Gehandicapten.\n\n"
        "Hier gehandicapten zonder uitzondering.\n"
    )
    found = findings(text)
    assert [(f.rule, f.line) for f in found] == [("nl-gehandicapte", 4)]


def test_an_exception_allows_only_the_rules_it_names():
    text = "<!-- langcheck: allow nl-gehandicapte — citaat uit de wet van 1987 -->\nGehandicapten en invaliden.\n"
    assert rules_found(text) == ["nl-invalide"]


def test_an_exception_can_name_several_rules_and_stand_in_its_paragraph():
    text = ("Gehandicapten en invaliden, zo stond het er. "
            "<!-- langcheck: allow nl-gehandicapte, nl-invalide — letterlijk citaat -->\n")
    assert rules_found(text) == []


def test_an_exception_without_a_reason_is_an_error():
    text = "<!-- langcheck: allow nl-gehandicapte -->\nGehandicapten.\n"
    finding = only(findings(text), "allow-without-reason")
    assert finding.severity == ERROR and finding.line == 1
    assert "waarom" in finding.message


def test_an_exception_that_allows_nothing_is_reported():
    text = "<!-- langcheck: allow nl-gehandicapte — officiële naam -->\nPersonen met een handicap.\n"
    finding = only(findings(text), "allow-unused")
    assert finding.severity == WARNING and finding.line == 1


def test_an_exception_for_a_rule_that_does_not_exist_is_an_error():
    text = "<!-- langcheck: allow nl-gehandicapt — officiële naam -->\nGehandicapten.\n"
    assert sorted(rules_found(text)) == ["allow-unknown-rule", "nl-gehandicapte"]


def test_a_langcheck_comment_that_is_not_an_exception_is_an_error():
    assert rules_found("<!-- langcheck: ignore everything -->\nTekst.\n") == ["allow-malformed"]


def test_an_exception_in_french():
    text = "<!-- langcheck: allow fr-handicape-nom — nom officiel de l'association -->\nL'Association des handicapés.\n"
    assert rules_found(text, "fr") == []
    text = "<!-- langcheck: allow fr-handicape-nom -->\nL'Association des handicapés.\n"
    assert "Écrivez la raison" in only(findings(text, "fr"), "allow-without-reason").suggestion


# Terminology, abbreviations, plain language -----------------------------

def test_the_glossarys_avoid_words_are_terminology_warnings_with_the_official_term():
    finding = only(findings("Vraag een integratie-uitkering aan."), "nl-term-integratietegemoetkoming")
    assert (finding.category, finding.severity, finding.suggestion) == (
        "terminology", WARNING, "integratietegemoetkoming")
    assert "nl-term-integratietegemoetkoming" in rules_found("Twee integratie-uitkeringen.")
    assert "fr-term-allocation-d-integration" in rules_found("Une indemnité d'intégration.", "fr")


def test_an_abbreviation_is_reported_once_at_its_first_unexplained_use():
    text = "De VGT is een taal.\n\nDe VGT heeft eigen gebaren."
    finding = only(findings(text), "abbreviation")
    assert (finding.line, finding.column, finding.severity) == (1, 4, WARNING)
    assert "'VGT'" in finding.message


@pytest.mark.parametrize("text", [
    "Vlaamse Gebarentaal (VGT) is een taal. De VGT heeft gebaren.",
    "VGT (Vlaamse Gebarentaal) is een taal.",
    "Je OCMW en de DG HAN helpen je. De IVT, IT en eID.",  # in the glossary
    "Log in op MyHandicap.",  # a name, not an abbreviation
    "De VGT is een taal.\n\n*[VGT]: Vlaamse Gebarentaal",
    'De <abbr title="Vlaamse Gebarentaal">VGT</abbr> is een taal.',
])
def test_explained_abbreviations_are_fine(text):
    assert [f for f in findings(text) if f.category == "abbreviation"] == []


def test_wcag_levels_are_names_not_abbreviations():
    assert rules_found("De website voldoet aan niveau AA, niet aan AAA.") == []


def test_an_abbreviation_in_a_compound_is_found():
    assert "abbreviation" in rules_found("Je VGT-tolk komt mee.")


def test_abbreviations_are_checked_against_the_pages_own_glossary():
    assert "abbreviation" in rules_found("Votre IVT est payée.", "fr")  # IVT is Dutch; French says ARR


def test_a_sentence_over_25_words_is_a_warning():
    short = " ".join(["woord"] * 25) + "."
    long = "Intro. " + " ".join(["Woord"] * 26) + "."
    assert rules_found(short) == []
    finding = only(findings(long), "sentence-long")
    assert (finding.column, finding.severity, finding.category) == (8, WARNING, "plain")
    assert "26 woorden" in finding.message


def test_web_addresses_and_numbers_count_as_one_word():
    assert words.count("Zie handicap.belgium.be, o.a. versie 2.1 en 48,77 %.", "nl") == 7
    assert words.count("L'allocation d'intégration.", "fr") == 2


def test_abbreviations_with_a_full_stop_do_not_end_a_sentence():
    text = "Je krijgt bijv. Geld en hulp, o.a. " + " ".join(["Woord"] * 19) + "."  # 26 words
    assert "sentence-long" in rules_found(text)
    french = "Vous recevez p. ex. Une aide, cf. " + " ".join(["Mot"] * 20) + "."  # 27 words
    assert "sentence-long" in rules_found(french, "fr")
    assert "sentence-long" not in rules_found("Een zin. " + " ".join(["Woord"] * 20) + ".")


def test_a_page_that_is_hard_to_read_gets_a_readability_warning():
    hard = ("Overeenkomstig de toepasselijke reglementaire bepalingen inzake arbeidsongeschiktheidsverzekering "
            "wordt de inkomensvervangende tegemoetkoming administratief geherwaardeerd. ") * 12
    finding = only(findings(hard), "readability")
    assert finding.line is None and finding.severity == WARNING
    assert "Flesch–Douma" in finding.message
    easy = "Je krijgt geld. Je vraagt het aan. Wij helpen je. Bel ons gratis. " * 12
    assert "readability" not in rules_found(easy)
    assert "readability" not in rules_found(hard[:200])  # too short to score


def test_french_readability_is_kandel_moles():
    hard = ("Conformément aux dispositions réglementaires applicables, l'indemnisation complémentaire "
            "est administrativement réévaluée périodiquement. ") * 12
    assert "Kandel–Moles" in only(findings(hard, "fr"), "readability").message


def test_textstat_computes_the_formulas_the_config_names():
    assert {k: LANG_CONFIGS["nl"][k] for k in ("fre_base", "fre_sentence_length", "fre_syll_per_word")} == {
        "fre_base": 206.835, "fre_sentence_length": 0.93, "fre_syll_per_word": 77}  # Flesch–Douma
    assert {k: LANG_CONFIGS["fr"][k] for k in ("fre_base", "fre_sentence_length", "fre_syll_per_word")} == {
        "fre_base": 207, "fre_sentence_length": 1.015, "fre_syll_per_word": 73.6}  # Kandel–Moles
    readability = settings.config()["plain"]["readability"]
    assert (readability["nl"]["formula"], readability["fr"]["formula"]) == ("Flesch–Douma", "Kandel–Moles")


def test_a_copy_of_the_project_is_checked_with_its_own_glossary(project_copy):
    glossary = project_copy / "docs/data/glossary/nl.yml"
    glossary.write_text(glossary.read_text(encoding="utf-8") + (
        "  - term: Xylofoonwerkplaats\n    abbreviation: XYZW\n"
        "    explanation: Een plaats om te oefenen.\n    avoid: [oefenhok]\n    source: test\n"), encoding="utf-8")
    page = project_copy / "docs/nl/index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nDe XYZW is een oefenhok.\n", encoding="utf-8")

    findings = check_docs(project_copy)

    assert [(f.file, f.rule) for f in findings if f.category == "terminology"] == [
        ("docs/nl/index.md", "nl-term-xylofoonwerkplaats")]


def test_a_wrong_glossary_is_reported_once_with_its_file_and_line(project_copy):
    glossary = project_copy / "docs/data/glossary/fr.yml"
    glossary.write_text(glossary.read_text(encoding="utf-8") + "  - term: Sans explication\n", encoding="utf-8")

    findings = check_docs(project_copy)

    # Two fields are missing (explanation, source): each reported once, not once per page.
    assert [(f.file, f.line, f.rule) for f in findings] == [
        ("docs/data/glossary/fr.yml", len(glossary.read_text(encoding="utf-8").splitlines()), "data-field-missing")] * 2
    assert len({f.message for f in findings}) == 2


def test_the_glossary_passes_its_own_checks():
    for language in ("nl", "fr"):
        text = "\n\n".join(f"{term.term}\n\n{term.explanation}" for term in load_glossary(DOCS, language))
        # Glossary terms and the rare words that name them are explained right there.
        assert [(f.rule, f.message) for f in findings(text, language)
                if f.rule != "readability" and f.category not in ("glossary", "rare")] == []


# Robustness ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "", "\n", "---\n", "---\n---\n", "---\n: : :\n---\nTekst.", "---\ntitle: [niet gesloten\n---\n",
    "---\ntitle:\n  - een\n  - lijst\n---\n", "---\n- geen\n- mapping\n---\n", "---\ntitle: 2024\n---\n",
    "---\n" + "[" * 2000 + "\n---\n", "\ufffd\0\x01", "#", "*", "[", "![", "<!--", "<!-- langcheck:",
    "| a |\n|---|\n| |", "\r\r\n\n\r", "```\nopen code", "<div>\n\n*[]: x",
])
def test_odd_input_never_crashes(text):
    assert isinstance(findings(text), list)


def test_a_huge_file_is_checked(tmp_path):
    page = tmp_path / "huge.md"
    paragraph = "Een gewone zin over je rechten, caf&eacute; en \\*sterren\\*.\n" * 2000
    page.write_text((paragraph + "\n") * 5 + "Tot slot de *gehandicapten*.\n", encoding="utf-8")
    finding = only(check_paths([page], "nl"), "nl-gehandicapte")
    assert (finding.line, finding.column) == (10_006, 14)


def test_a_file_that_is_not_utf8_is_reported(tmp_path):
    page = tmp_path / "docs" / "latin1.md"
    page.parent.mkdir()
    page.write_bytes("Café".encode("latin-1"))
    finding = only(check_paths([page], "fr"), "file-unreadable")
    assert finding.severity == ERROR and "UTF-8" in finding.message


# The command ----------------------------------------------------------------

@pytest.fixture
def pages(tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_text("# Titel\n\nDe gehandicapten wachten.\n", encoding="utf-8")
    warned = tmp_path / "warned.md"
    warned.write_text("# Titel\n\nVraag een integratie-uitkering aan.\n", encoding="utf-8")
    good = tmp_path / "good.md"
    good.write_text("# Titel\n\nPersonen met een handicap wachten.\n", encoding="utf-8")
    return {"bad": bad, "warned": warned, "good": good}


def test_exit_code_is_1_on_errors_and_0_on_warnings_unless_strict(pages, capsys):
    assert main(["--lang", "nl", str(pages["bad"])]) == 1
    assert main(["--lang", "nl", str(pages["warned"])]) == 0
    assert main(["--lang", "nl", "--strict", str(pages["warned"])]) == 1
    assert main(["--lang", "nl", str(pages["good"])]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "✔ 0 error(s), 0 warning(s) in 0 file(s)"


def test_human_output_is_one_clickable_line_per_finding_and_a_summary(pages, capsys):
    main(["--lang", "nl", str(pages["bad"])])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        f"{pages['bad']}:3:4 error [nl-gehandicapte] Vermijd 'gehandicapten': het woord herleidt iemand "
        "tot één kenmerk; zet de persoon voorop. → persoon met een handicap (of: met een beperking)"
    )
    assert lines[-1] == "✖ 1 error(s), 0 warning(s) in 1 file(s)"


def test_json_output_has_every_field(pages, capsys):
    main(["--lang", "nl", "--format", "json", str(pages["bad"]), str(pages["warned"])])
    output = json.loads(capsys.readouterr().out)
    assert set(output) == {"findings"}
    assert output["findings"] and all(
        set(finding) == {"file", "line", "column", "rule", "category", "severity", "message", "suggestion"}
        for finding in output["findings"])


def test_github_actions_get_annotations(pages, capsys, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    main(["--lang", "nl", str(pages["bad"])])
    assert capsys.readouterr().out.splitlines()[-1].startswith(f"::error file={pages['bad']},line=3,col=4::Vermijd")


def test_messages_are_in_the_language_of_the_page():
    text = "Een *gehandicapte*. Une personne."
    assert findings(text, "nl")[0].message.startswith("Vermijd")
    assert findings("Les handicapés.", "fr")[0].message.startswith("Évitez « Les handicapés » : ce nom")


def test_a_file_of_no_known_language_is_reported_unless_lang_is_given(pages):
    finding = only(check_paths([pages["bad"]]), "language-unknown")
    assert finding.severity == ERROR and "--lang" in finding.suggestion


def test_a_missing_path_is_reported(tmp_path):
    assert only(check_paths([tmp_path / "missing.md"]), "path-missing").severity == ERROR


def test_a_file_named_twice_is_checked_once(pages):
    found = check_paths([pages["bad"].parent, pages["bad"]], "nl")
    assert [f.rule for f in found if f.file == str(pages["bad"])] == ["nl-gehandicapte"]


def test_the_checker_never_changes_a_file(pages):
    before = {name: path.read_bytes() for name, path in pages.items()}
    check_paths(list(pages.values()), "nl")
    assert {name: path.read_bytes() for name, path in pages.items()} == before


def test_scores_are_printed_on_request(pages, capsys):
    main(["--lang", "nl", "--scores", str(pages["good"])])
    assert "too short" in capsys.readouterr().out


def test_make_check_runs_the_language_checker_on_the_project_it_is_given(project_copy):
    page = project_copy / "docs/nl/index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nDe gehandicapten wachten.\n", encoding="utf-8")
    [checker] = [checker for checker in check.CHECKERS if checker.name == "language"]

    findings = checker.run(project_copy, project_copy / "site")

    assert not checker.needs_site
    assert [(f.file, f.rule) for f in findings if f.severity == ERROR] == [("docs/nl/index.md", "nl-gehandicapte")]


def test_the_current_content_has_no_language_errors():
    errors = [finding.human() for finding in check_paths() if finding.severity == ERROR]
    assert errors == []


def test_the_help_explains_the_command(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0 and "langcheck: allow" in capsys.readouterr().out
