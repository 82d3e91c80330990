"""Property-based tests (hypothesis): the language checker never crashes, and every
finding's line and column point at the text it found. Derandomised: the same
examples on every run."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scripts.langcheck import check_text

SETTINGS = settings(derandomize=True, database=None, deadline=None, max_examples=150,
                    suppress_health_check=[HealthCheck.too_slow])

# Pieces of Markdown, HTML, YAML and text that together make odd pages.
PIECES = st.sampled_from([
    "a", "É", "’", "'", " ", "  ", "\n", "\r\n", "\r", "\t", "*", "**", "_", "`", "```", "[", "]", "(", ")",
    "![", "<", ">", "</", "!", "#", "|", "-", "---\n", ":", "&amp;", "&eacute;", "\\", "\0", "\ufeff", "\u00ad",
    "<!--", "-->", " langcheck: allow nl-gehandicapte — reden ", "<img alt=\"invaliden\" src=x>",
    "https://x.org/gehandicapten", "title: ", "gehandicapten", "aan een", "rolstoel", "gekluisterd", "d'un",
    "IVT", "!!! note \"x\"\n    ", "| a | b |\n|---|---|\n", "*[IVT]: x\n", "{: .x }", "--8<-- \"x\"\n",
])
MARKDOWN = st.lists(PIECES, max_size=60).map("".join)


def lines_of(text):
    return re.split(r"\r\n|\r|\n", text.removeprefix("\ufeff"))


@SETTINGS
@given(st.one_of(st.text(), MARKDOWN), st.sampled_from(["nl", "fr"]))
def test_any_text_gives_findings_inside_the_file(text, language):
    lines = lines_of(text)
    for finding in check_text(text, "page.md", language):
        if finding.line is not None:
            assert 1 <= finding.line <= len(lines)
            assert 1 <= finding.column <= len(lines[finding.line - 1]) + 1


@SETTINGS
@given(MARKDOWN)
def test_a_found_word_starts_where_the_finding_points(text):
    lines = lines_of(text)
    for finding in check_text(text, "page.md", "nl"):
        found = re.match(r"Vermijd '(\w)", finding.message)
        if found and finding.line:
            assert lines[finding.line - 1][finding.column - 1].lower() == found.group(1).lower(), finding


TARGETS = ["gehandicapten", "Gehandicapte", "GEHANDICAPT"]
WORDS = st.sampled_from(["De", "tekst", "over", "je", "rechten", "en", "hulp", "kaart.", "Bel", "ons,", *TARGETS])
SEPARATORS = st.sampled_from([" ", "  ", "\n", "\r\n", "\n\n", "\r\n\r\n", " *", "* ", " **", "** ", " _", "_ "])


@SETTINGS
@given(st.lists(st.tuples(WORDS, SEPARATORS), max_size=80))
def test_every_discouraged_word_in_running_text_is_found_exactly_where_it_is(pairs):
    text = "".join(word + separator for word, separator in pairs)
    lines = lines_of(text)
    found = [finding for finding in check_text(text, "page.md", "nl") if finding.rule == "nl-gehandicapte"]
    assert len(found) == sum(word in TARGETS for word, _ in pairs)
    for finding in found:
        assert lines[finding.line - 1][finding.column - 1:].lower().startswith("gehandicapt"), finding
