"""The language rules (scripts/langcheck/rules/*.yml): valid data, and each rule's own examples."""

import re

import pytest
import yaml

from scripts.findings import ERROR, WARNING
from scripts.langcheck import LANGUAGES, check_text, rules

RULE_FIELDS = {"id", "category", "severity", "avoid", "prefer", "reason", "source", "match", "no_match"}
OPTIONAL_FIELDS = {"except", "explain"}
CATEGORIES = {"inclusive", "terminology", "plain", "jargon"}


def data(language):
    """Every rule of the language's rules files, one list."""
    entries = []
    for path in rules.files(language):
        with path.open(encoding="utf-8") as stream:
            entries += yaml.safe_load(stream)["rules"]
    return {"rules": entries}


def examples(kind):
    return [
        pytest.param(language, rule, example, id=f"{rule.id}: {example[:40]}")
        for language in LANGUAGES
        for rule in rules.load(language).rules
        for example in getattr(rule, kind)
    ]


def rules_found(text, language):
    return [finding.rule for finding in check_text(text, f"docs/{language}/page.md", language)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_rule_is_complete_and_has_examples_both_ways(language):
    entries = data(language)["rules"]
    ids = [entry["id"] for entry in entries]
    assert len(ids) == len(set(ids)), "rule ids must be unique"
    for entry in entries:
        assert RULE_FIELDS <= set(entry) <= RULE_FIELDS | OPTIONAL_FIELDS, entry["id"]
        assert entry["id"].startswith(f"{language}-"), entry["id"]
        assert re.fullmatch(r"[a-z0-9-]+", entry["id"]), entry["id"]
        assert entry["category"] in CATEGORIES and entry["severity"] in (ERROR, WARNING), entry["id"]
        assert entry["avoid"] and entry["match"] and entry["no_match"], entry["id"]
        assert all(str(entry[key]).strip() for key in ("prefer", "reason", "source")), entry["id"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_a_jargon_list_with_its_sources(language):
    [jargon] = [path for path in rules.files(language) if path.name == f"{language}-jargon.yml"]
    with jargon.open(encoding="utf-8") as stream:
        content = yaml.safe_load(stream)
    assert content["source"].strip()
    assert len(content["rules"]) >= 15
    assert {entry["category"] for entry in content["rules"]} == {"jargon"}
    assert {entry["severity"] for entry in content["rules"]} == {WARNING}


def test_a_wrong_rules_file_is_a_finding_with_its_file_and_line_not_a_crash(tmp_path, monkeypatch):
    broken = tmp_path / "nl.yml"
    broken.write_text("rules:\n  - id: nl-test\n    category: jargon\n    severity: warning\n"
                      "    avoid: [indien]\n    prefer: als\n    reason: stijf\n    match: [Indien.]\n",
                      encoding="utf-8")
    monkeypatch.setattr(rules, "RULES", tmp_path)
    rules.load.cache_clear()
    try:
        found = check_text("Indien je wilt.", "docs/nl/page.md", "nl")
    finally:
        monkeypatch.undo()
        rules.load.cache_clear()
    assert [(f.rule, f.line) for f in found] == [("data-field-missing", 2)] * 2
    assert "source" in found[0].message + found[1].message and "no_match" in found[0].message + found[1].message


@pytest.mark.parametrize("language", LANGUAGES)
def test_inclusive_rules_are_errors(language):
    assert all(rule.severity == ERROR for rule in rules.load(language).rules if rule.category == "inclusive")


def test_a_phrase_cannot_start_or_end_with_a_gap():
    with pytest.raises(ValueError, match="starts and ends with a word"):
        rules.compile_phrase("... handicap", {}, "nl")


@pytest.mark.parametrize("language, rule, example", examples("match"))
def test_the_rule_finds_its_match_examples(language, rule, example):
    assert rule.id in rules_found(example, language)


@pytest.mark.parametrize("language, rule, example", examples("no_match"))
def test_the_rule_leaves_its_no_match_examples_alone(language, rule, example):
    assert rule.id not in rules_found(example, language)


# One sentence for each "avoid" entry of the Dutch and French tables in
# ../shared/content/inclusive-language.md: every pair has a rule.
GUIDE = {
    "nl": [
        "De gehandicapte vrouw.", "De gehandicapten.", "Een invalide.", "De invaliden.",
        "Een mindervalide.", "De mindervaliden.", "Een andersvalide.", "De andersvaliden.",
        "Aan een rolstoel gekluisterd.", "Aan de rolstoel gekluisterd.", "Hij is rolstoelgebonden.",
        "Een rolstoelpatiënt.", "Hij lijdt aan MS.", "Mensen die lijden aan MS.",
        "Ondanks zijn handicap.", "Ondanks haar handicap.", "Getroffen door een ziekte.",
        "Veroordeeld tot de rolstoel.", "Gestraft met een handicap.", "Een abnormaal kind.",
        "De abnormalen.", "Een gebrekkige man.", "De gebrekkigen.", "Een arbeidsgehandicapte.",
        "De arbeidsgehandicapten.", "Een mongool.", "Een mongooltje.", "Een downer.",
        "Een mentaal gehandicapte.", "De verstandelijk gehandicapten.", "Een geestesgestoorde.",
        "De geestesgestoorden.", "Een chronisch patiënt.", "De chronische patiënten.", "Hij is doofstom.",
        "Een gehoorgestoorde.", "De gehoorgestoorden.", "Ze spreekt doventaal.", "Een doventolk.",
        "Voor de blinden.", "Een dwerg.", "Achterlijk.", "Debiel.", "Zwakzinnig.", "Kreupel.", "Mismaakt.",
        "Een mindervalide parkeerplaats.", "Een andersvalide parkeerplaats.", "Een invalidenparking.",
    ],
    "fr": [
        "Un handicapé.", "Une handicapée.", "Les handicapés.", "Les invalides.", "Un invalide.",
        "Une personne ayant des besoins particuliers.", "Des personnes ayant des besoins spéciaux.",
        "Les handicapables.", "Des personnes aux aptitudes différentes.", "Souffrir d'un handicap.",
        "Une personne souffrant d'un handicap.", "Être atteint d'une maladie.", "Frappé d'un handicap.",
        "Affligé d'une déficience.", "Victime d'un handicap.", "Les gens normaux.", "Les personnes valides.",
        "Les bien portants.", "Un enfant attardé.", "Un enfant retardé.", "Un débile.", "Une personne arriérée.",
        "Un handicapé mental.", "Les handicapés mentaux.", "Un fou.", "Une personne dérangée.", "Un aliéné.",
        "Un trisomique.", "Un mongol.", "Un mongolien.", "Quel courage !", "Surmonter son handicap.",
        "Une source d'inspiration.", "Malgré son handicap.", "Les aveugles.", "Un sourd-muet.",
        "Les sourds-muets.", "Un infirme.", "Cloué dans un fauteuil roulant.",
        "Confiné dans un fauteuil roulant.", "Les toilettes pour handicapés.", "Une place handicapé.",
        "Réservé aux handicapés.", "Un nain.",
    ],
}


@pytest.mark.parametrize("language, sentence", [(lang, s) for lang, items in GUIDE.items() for s in items])
def test_every_pair_of_the_language_guide_has_a_rule(language, sentence):
    found = check_text(sentence, f"docs/{language}/page.md", language)
    assert any(finding.category == "inclusive" and finding.severity == ERROR for finding in found), sentence


REAL_DUTCH_RULES = (rules.RULES / "nl.yml").read_text(encoding="utf-8")


@pytest.fixture
def rules_file(tmp_path, monkeypatch):
    """Write a Dutch rules file the checker then reads instead of the real one."""
    def write(text):
        (tmp_path / "nl.yml").write_text(text, encoding="utf-8")
        return text.splitlines()
    monkeypatch.setattr(rules, "RULES", tmp_path)
    rules.load.cache_clear()
    yield write
    rules.load.cache_clear()


def test_a_typo_in_a_rules_file_is_a_finding_on_its_line_not_a_crash(rules_file):
    lines = rules_file(REAL_DUTCH_RULES.replace("    prefer:", "    prefr:", 1))

    found = check_text("Een tekst.", "docs/nl/page.md", "nl")

    rule_line = next(number for number, line in enumerate(lines, 1) if line.strip().startswith("- id:"))
    typo_line = next(number for number, line in enumerate(lines, 1) if line.strip().startswith("prefr:"))
    assert sorted((f.rule, f.line) for f in found) == [("data-field-missing", rule_line),
                                                       ("data-field-unknown", typo_line)]
    assert "Voeg 'prefer:' toe" in found[0].suggestion or "Voeg 'prefer:' toe" in found[1].suggestion


def test_a_phrase_that_is_no_pattern_is_a_finding_on_its_line(rules_file):
    lines = rules_file(REAL_DUTCH_RULES.replace('      - "invaliden?-?(parking', '      - "invaliden?-?((parking', 1))

    [finding] = check_text("Een tekst.", "docs/nl/page.md", "nl")

    assert finding.rule == "rules-phrase" and "invaliden?-?((parking" in lines[finding.line - 1]
    assert "missing )" in finding.message and "reguliere expressie" in finding.suggestion
