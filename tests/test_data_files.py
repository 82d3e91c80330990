"""Every data file through one loader: a schema each, read safely, and a broken file is a finding
with its file, its line and the fix, never a traceback."""

from __future__ import annotations

import datetime
import fnmatch
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from scripts import frontmatter, safe_yaml
from scripts.content import DataError, data_files, load
from scripts.content.pages import pages_among
from scripts.findings import catalogs
from scripts.project import ROOT, shown
from tests.conftest import new_page

SCHEMAS = sorted(path.name.removesuffix(data_files.SCHEMA_SUFFIX)
                 for path in data_files.SCHEMAS.glob(f"*{data_files.SCHEMA_SUFFIX}"))
# YAML files that are not data files: something else reads and checks them.
CHECKED_ELSEWHERE = {
    "mkdocs.yml": "MkDocs validates its configuration (and reads !ENV, which data files may not use)",
    ".pre-commit-config.yaml": "pre-commit validates its configuration",
    ".github/workflows/*.yml": "GitHub Actions validates its workflows",
    "scripts/content/schemas/*.schema.yml": "JSON Schema's metaschema (test_every_schema_is_a_json_schema…)",
}


def tracked_yaml() -> list[str]:
    listed = subprocess.run(["git", "ls-files", "*.yml", "*.yaml"], cwd=ROOT, capture_output=True, text=True,
                            check=True).stdout.split()
    return [path for path in listed if (ROOT / path).is_file()]


def data_file(path: str) -> bool:
    return not any(fnmatch.fnmatch(path, pattern) for pattern in CHECKED_ELSEWHERE)


def schemas_of(path: str) -> list[str]:
    """The schemas whose `files` name the file (glob patterns from the project folder)."""
    return [name for name in SCHEMAS
            if any(fnmatch.fnmatch(path, pattern) for pattern in data_files.schema(name)["files"])]


# Which schema describes which file ------------------------------------------------

def test_every_yaml_file_has_one_schema_or_is_a_tools_configuration():
    unexplained = {path: schemas_of(path) for path in tracked_yaml()
                   if data_file(path) and len(schemas_of(path)) != 1}

    assert unexplained == {}, "give each data file one schema in scripts/content/schemas/ (its `files`)"


@pytest.mark.parametrize("path", [path for path in tracked_yaml() if data_file(path)])
def test_every_data_file_passes_its_schema(path):
    [schema] = schemas_of(path)

    _, problems = data_files.read((ROOT / path).read_text(encoding="utf-8"), schema, ROOT / path)

    assert [(problem.kind, problem.line, problem.where) for problem in problems] == []


@pytest.mark.parametrize("name", SCHEMAS)
def test_every_schema_is_a_json_schema_that_names_its_files(name):
    schema = data_files.schema(name)

    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["files"], "say which files the schema describes"


# A broken file of each kind: file, line, fix --------------------------------------

def replaced(path: str, old: str, new: str) -> str:
    text = (ROOT / path).read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    return text.replace(old, new, 1)


# Per schema: the file's name, its broken text, the language of its findings,
# and the expected rule, line and part of the fix.
BROKEN = {
    "glossary": ("nl.yml", "terms:\n  - term: inkomensvervangende tegemoetkoming\n    explanation: Geld.\n", "nl",
                 "data-field-missing", 2, "Voeg 'source:' toe aan dit item"),
    "names": ("names.yml", "names:\n  - name: zorgkas\n    lang: nederlands\n", catalogs.EVERY_LANGUAGE,
              "data-field-wrong", 3, "Verwacht: de taal van de naam: nl, fr, de of en. / Attendu : la langue du nom"),
    "figures": ("parking.yml", replaced("docs/data/figures/parking-cards-2023.yml", "cards: 514976", "cards: veel"),
                catalogs.EVERY_LANGUAGE, "data-field-wrong", 27,
                "Verwacht: een getal zonder punten of spaties (242454); decimalen alleen in een kolom met unit "
                "percent of decimal (22.9). / "
                "Attendu : un nombre sans points ni espaces"),
    "language-rules": ("nl.yml", replaced("scripts/langcheck/rules/nl.yml", "severity: error", "severity: fout"),
                       "nl", "data-field-wrong", 52, "Verwacht: error of warning."),
    "langcheck-settings": ("config.yml", replaced("scripts/langcheck/config.yml", "sentence_words: 25",
                                                  "sentence_words: vijfentwintig"),
                           None, "data-field-wrong", 8, "Expected: a whole number, 1 or more."),
    "link-texts": ("link_texts.yml", "nl: [klik, hier]\nfr: ici\n", None, "data-field-wrong", 2,
                   "Expected: a list of single words"),
    "language-words": ("language_words.yml", replaced("scripts/rendering/language_words.yml", "ratio: 2", "ratio: 1"),
                       None, "data-field-wrong", 14, "Expected: a number above 1"),
    "audit-settings": ("settings.yml", replaced("scripts/audit/settings.yml", "processes: 2", "processes: two"),
                       None, "data-field-wrong", 78, "Expected: a whole number, 1 or more."),
    "audit-exclusions": ("exclusions.yml", "- {page: index.html, viewport: phone, scheme: light, code: x, selector: img,"
                                           " reason: ok}\n", None, "data-field-missing", 1, "Add 'test:' to this item"),
    "audit-html-rules": ("html_rules.yml", "extends: [html-validate:recommended]\nrules:\n  void-style:\n"
                                           "    setting: 'off'\n", None, "data-field-missing", 4,
                         "Add 'reason:' to this item"),
    "audit-hints": ("hints.yml", "image-alt: [one, two]\n", None, "data-field-wrong", 1,
                    "Expected: one line: \"page: …\" or \"theme: …\", then how to fix it."),
    "bench-budgets": ("budgets.yml", replaced("scripts/bench/budgets.yml", "min_performance: 1.00",
                                              "min_performance: 98"),
                      None, "data-field-wrong", 30, "Expected: a Lighthouse score from 0 to 1, such as 0.98."),
    "content-security-policy": ("csp.yml", replaced("hosting/csp.yml", "font-src: [\"'self'\"]", "font-src: self"),
                                None, "data-field-wrong", 12, "Expected: a list of sources"),
    "bench-growth-pages": ("growth_pages.yml", replaced("scripts/bench/growth_pages.yml", "  summary: En bref\n", ""),
                           None, "data-field-missing", 32, "Add 'summary:' to this item"),
    "plain-language-sample": ("sample.yml", "sample:\n  - word: x\n    language: nl\n    source: docs/nl/index.md\n"
                              "    text: x\n    report: true\n    why: y\n", None, "data-field-wrong", 2,
                              "Expected: a list of at least 100 labelled words"),
    "messages": ("messages.yml", "page-old:\n  message: {nl: Oud.}\n", None, "data-field-wrong", 2,
                 "Expected: a finding's message and fix, or a report's text."),
    "rights-finder": ("rights-finder.yml", replaced("docs/data/rights-finder.yml", "start: topic", "start: [topic]"),
                      catalogs.EVERY_LANGUAGE, "data-field-wrong", 24,
                      "Verwacht: de id van de eerste vraag. / Attendu : l'id de la première question."),
    "top-tasks": ("fr.yml", replaced("docs/data/top-tasks/fr.yml", "link: tel:+3280098799", "link: 0800 987 99"),
                  "fr", "data-field-wrong", 26, "Attendu : le début de l'adresse du lien : https://…, tel:+32… ou"),
}


def test_every_schema_has_a_broken_example():
    assert set(BROKEN) | {"front-matter"} == set(SCHEMAS)


@pytest.mark.parametrize("schema", sorted(BROKEN))
def test_a_broken_file_is_reported_with_its_file_line_and_fix(schema, tmp_path):
    name, text, language, rule, line, fix = BROKEN[schema]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")

    with pytest.raises(DataError) as refused:
        load(path, schema, language)

    [finding] = refused.value.findings
    assert (finding.file, finding.line, finding.rule) == (shown(path), line, rule)
    assert fix in finding.suggestion
    assert str(refused.value).startswith(f"{shown(path)}:{line} error [{rule}] ")


def test_a_broken_front_matter_is_reported_with_its_file_line_and_fix(project_copy):
    page = project_copy / "docs/fr/test.md"
    page.write_text(new_page("Test", last_reviewed="2026-13-01"), encoding="utf-8")
    [source_page] = pages_among(project_copy, [page])

    [finding] = frontmatter.check_page(source_page, datetime.date(2026, 11, 28))

    assert (finding.file, finding.line, finding.rule) == ("docs/fr/test.md", 4, "invalid-date")
    assert "Écrivez par exemple 2026-11-28" in finding.suggestion


# Whatever the text, a finding and never a traceback ------------------------------

YAML_PIECES = st.sampled_from(["a", ": ", "- ", "\n", "  ", "[", "]", "{", "}", ",", "&x ", "*x", "'", '"', "#",
                               "!!str ", "!ENV ", "2026-02-30", "no", "1.5", "terms", "term", "---", "|", ">", "\t"])


@pytest.mark.parametrize("schema", ["glossary", "figures", "language-rules", "audit-settings"])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.lists(YAML_PIECES, max_size=40).map("".join))
def test_any_text_gives_a_document_or_findings_never_a_traceback(schema, text, tmp_path):
    path = tmp_path / "data.yml"
    path.write_text(text, encoding="utf-8")
    try:
        load(path, schema, "nl")
    except DataError as error:
        assert error.findings and all(finding.suggestion for finding in error.findings)


# Read safely: no alias of a list, a size limit, dates as written, keys once ------

def findings_of(tmp_path, text: str, schema: str = "audit-hints"):
    path = tmp_path / "data.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as refused:
        load(path, schema)
    return refused.value.findings


def test_a_billion_laughs_is_refused_at_its_first_alias_of_a_list(tmp_path):
    laughs = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    laughs += [f"{name}: &{name} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]"
               for previous, name in zip("abcdefgh", "bcdefghi")]

    [finding] = findings_of(tmp_path, "\n".join(laughs) + "\n")

    assert (finding.rule, finding.line) == ("data-alias", 2)
    assert finding.suggestion == "Write the list or the fields out in full wherever they are needed."


def test_an_alias_may_repeat_a_single_value(tmp_path):
    path = tmp_path / "hints.yml"
    path.write_text("image-alt: &alt \"page: give the image a text.\"\nH37: *alt\n", encoding="utf-8")

    assert load(path, "audit-hints").data == {"image-alt": "page: give the image a text.",
                                              "H37": "page: give the image a text."}


def test_a_text_too_large_is_refused_before_it_is_read(tmp_path):
    [finding] = findings_of(tmp_path, "a: " + "x" * safe_yaml.MAX_CHARACTERS + "\n")

    assert finding.rule == "data-too-large" and "longer than 1,000,000 characters" in finding.message


def test_aliases_may_not_repeat_more_text_than_a_file_may_hold(tmp_path):
    value = "x" * 100_000
    text = f"a: &a {value}\n" + "".join(f"k{number}: *a\n" for number in range(12))

    [finding] = findings_of(tmp_path, text)

    assert finding.rule == "data-too-large" and "aliases repeat more than" in finding.message


def test_a_key_written_twice_is_reported_with_both_lines(tmp_path):
    [finding] = findings_of(tmp_path, "image-alt: one\nH37: two\nimage-alt: three\n")

    assert (finding.rule, finding.line) == ("data-duplicate-key", 3)
    assert "(also on line 1)" in finding.message


def test_a_date_stays_text_as_written_and_a_day_that_does_not_exist_is_no_crash():
    assert safe_yaml.load("a: 2026-11-28\nb: 2026-02-30\n") == {"a": "2026-11-28", "b": "2026-02-30"}


def test_text_nested_too_deeply_is_a_finding(tmp_path):
    [finding] = findings_of(tmp_path, "[" * 5000)

    assert finding.rule == "data-yaml" and "nested too deeply" in finding.message


def test_a_missing_file_says_so(tmp_path):
    with pytest.raises(DataError) as refused:
        load(tmp_path / "glossary" / "fr.yml", "glossary", "fr")

    [finding] = refused.value.findings
    assert finding.rule == "data-missing" and finding.message.endswith("n'existe pas.")


def test_findings_of_a_file_of_every_language_are_in_every_language(tmp_path):
    path = tmp_path / "figures.yml"
    path.write_text("title: {nl: Titel, fr: Titre}\n", encoding="utf-8")

    with pytest.raises(DataError) as refused:
        load(path, "figures", catalogs.EVERY_LANGUAGE)

    assert refused.value.findings[0].message == (f"In {shown(path)} mist 'summary' (bij /). / "
                                                 f"Dans {shown(path)}, « summary » manque (à /).")


def test_a_document_knows_the_line_of_every_value():
    document = load(ROOT / "docs/data/glossary/fr.yml", "glossary", "fr")
    lines = (ROOT / "docs/data/glossary/fr.yml").read_text(encoding="utf-8").splitlines()

    assert lines[document.line(["terms", 0]) - 1].startswith("  - term:")
    assert lines[document.key_line(["terms", 0], "source") - 1].strip().startswith("source:")
    assert Path(document.path).name == "fr.yml"
