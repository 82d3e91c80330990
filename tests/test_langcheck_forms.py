"""No word form escapes a rule (issue 15): every form a rule's word can take is found,
wherever the reader sees it, and code and addresses never trigger a rule.

The forms come from each rule's own `avoid` tokens ({verb:toe+kennen}, {noun:aanvang})
and its own `match` examples: hypothesis puts every form of the word into the example,
in every word order and every Markdown context, and the rule must still find it.
The paradigms themselves are checked against forms written out by hand."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scripts.langcheck import LANGUAGES, check_text, rules
from scripts.langcheck import word_forms as forms

SETTINGS = settings(derandomize=True, database=None, deadline=None, max_examples=300,
                    suppress_health_check=[HealthCheck.too_slow])


def found(text, language, rule_id):
    return rule_id in [finding.rule for finding in check_text(text, f"docs/{language}/page.md", language)]


def all_rules():
    return [(language, rule) for language in LANGUAGES for rule in rules.load(language).rules if rule.match]


def lexeme_cases():
    """(language, rule, lexeme) for every word token of every rule."""
    return [(language, rule, lexeme) for language, rule in all_rules()
            for phrase in rule.phrases for lexeme in forms.lexemes(phrase)]


# The paradigms, against forms written out by hand ---------------------------------

def test_a_dutch_separable_verb_has_every_tense_participle_and_order():
    finite, other = forms.dutch_verb(forms.parse("verb", "toe+kennen"))
    assert {"ken", "kent", "kennen", "kende", "kenden"} <= finite
    assert {"gekend", "gekende", "kennend", "kennende", "kennen"} <= other


def test_dutch_weak_verbs_follow_t_kofschip_and_the_prefixes_without_ge():
    assert {"trachtte", "trachtten"} <= forms.dutch_verb(forms.parse("verb", "trachten"))[0]
    assert "verstrekt" in forms.dutch_verb(forms.parse("verb", "verstrekken"))[1]
    assert "gediend" in forms.dutch_verb(forms.parse("verb", "dienen"))[1]
    assert {"reisde", "reisden"} <= forms.dutch_verb(forms.parse("verb", "reizen"))[0]


def test_dutch_nouns_have_plurals_diminutives_and_adjectives_their_inflections():
    assert {"aanvangen", "aanvangs", "aanvangetje", "aanvangetjes"} & forms.dutch_noun("aanvang") >= {"aanvangen", "aanvangs"}
    assert {"statuten", "statuutje", "statuutjes"} <= forms.dutch_noun("statuut")
    assert {"voornoemde", "voornoemden"} <= forms.dutch_adjective("voornoemd")


def test_french_verbs_have_every_tense_and_the_participles():
    solliciter = forms.french_verb(forms.parse("verb", "solliciter"))
    assert {"sollicite", "sollicitons", "sollicitez", "sollicitent", "sollicitait", "sollicitèrent",
            "sollicitera", "solliciterait", "sollicitant", "sollicité", "sollicitées"} <= solliciter
    assert {"octroie", "octroient", "octroyons", "octroyé"} <= forms.french_verb(forms.parse("verb", "octroyer"))
    assert {"procède", "procédons", "procédé"} <= forms.french_verb(forms.parse("verb", "procéder"))
    assert {"perçoit", "percevez", "perçoivent", "perçu", "percevra"} <= forms.french_verb(
        forms.parse("verb", "percevoir|perçoi,perçoiv,perç,percevr"))
    assert {"souffre", "souffrira", "souffrirait", "souffrit", "souffrantes", "souffert", "soufferte"} <= \
        forms.french_verb(forms.parse("verb", "souffrir|souffert"))


# Every form, in the rule's own examples ----------------------------------------------

def example_with(rule, lexeme, language):
    """A match example of the rule and the word in it that is a form of `lexeme`."""
    if language == "nl" and lexeme.pos == "verb":
        pattern = re.compile(forms.alternation(set.union(*forms.dutch_verb(lexeme))), re.IGNORECASE)
    else:
        pattern = re.compile(forms.alternatives(lexeme, language, 8)[0], re.IGNORECASE)
    for example in rule.match:
        for word in re.findall(r"[\w'-]+", example):
            if pattern.fullmatch(word.lower()):
                return example, word
    return None


def word_forms(lexeme, language):
    if language == "nl" and lexeme.pos == "verb":
        finite, other = forms.dutch_verb(lexeme)
        return sorted(finite | other) if not lexeme.particle else sorted(finite)
    if language == "nl":
        made = forms.dutch_noun(lexeme.lemma) if lexeme.pos == "noun" else forms.dutch_adjective(lexeme.lemma)
        # compounds: the word as last and as first part
        return sorted(made | {"werk" + lexeme.lemma, lexeme.lemma + "sregel"})
    if lexeme.pos == "verb":
        return sorted(forms.french_verb(lexeme))
    return sorted(forms.french_noun(lexeme.lemma) if lexeme.pos == "noun" else forms.french_adjective(lexeme.lemma))


CASES = [case for case in lexeme_cases() if example_with(case[1], case[2], case[0])]


def test_every_word_token_has_an_example_to_vary():
    assert len(CASES) == len(lexeme_cases()) > 10


@SETTINGS
@given(st.sampled_from(CASES), st.data())
def test_every_form_of_a_rules_word_is_found_in_the_rules_own_examples(case, data):
    language, rule, lexeme = case
    example, word = example_with(rule, lexeme, language)
    form = data.draw(st.sampled_from(word_forms(lexeme, language)))
    if lexeme.particle and " " not in lexeme.particle:
        # a separable verb: split (main clause, question) and joined (subordinate clause, participle)
        sentences = [f"Dan {form} de dienst het geld {lexeme.particle}.",
                     f"{form.capitalize()} de dienst je het geld vanaf volgende maand {lexeme.particle}?",
                     f"Als de dienst het geld {lexeme.particle}{form}, krijg je een brief."]
    elif lexeme.particle:
        sentences = [f"Dan {form} je {lexeme.particle} voor de kaart.",
                     f"Als je {lexeme.particle} {form}, krijg je een brief."]
    else:
        sentences = [re.sub(rf"\b{re.escape(word)}\b", form, example, count=1)]
    for sentence in sentences:
        assert found(sentence, language, rule.id), (rule.id, sentence)


# Every place a reader sees it; never in code or an address ------------------------------

def contexts(example):
    words = example.split()
    middle = len(words) // 2
    split_emphasis = " ".join(words[:middle]) + " **" + words[middle] + "\n" + " ".join(words[middle + 1:]) + "**"
    return {
        "capitals": example.upper(),
        "emphasis split over lines": "*" + " ".join(words[:middle]) + "\n" + " ".join(words[middle:]) + "*",
        "strong across a line": split_emphasis,
        "table cell": f"| kolom | andere |\n|---|---|\n| {' '.join(words)} | x |",
        "quote": f"> {example}",
        "quotation marks": f"“{example}”",
        "list item": f"- {example}\n- Tweede punt.",
        "numbered list": f"1. {example}\n2. Tweede punt.",
        "link text": f"[{example}](page.md)",
        "image text": f"![{example}](image.png)",
        "admonition": '!!! note "Let op"\n    ' + example.replace("\n", "\n    "),
    }


NOT_TEXT = {
    "inline code": "Tekst met `{example}` erin.",
    "code block": "```\n{example}\n```",
    "indented code": "Tekst.\n\n    {example}",
    "web address": "Zie https://example.org/{slug} en meer.",
    "e-mail address": "Mail {slug}@example.org voor meer.",
    "link target": "[Zie hier](https://example.org/{slug}).",
    "html attribute": '<span class="{slug}">tekst</span>',
}

RULE_EXAMPLES = [(language, rule, example) for language, rule in all_rules() for example in rule.match]


@SETTINGS
@given(st.sampled_from(RULE_EXAMPLES), st.sampled_from(sorted(contexts("a b").keys())))
def test_no_markdown_context_hides_a_rules_match(case, context):
    language, rule, example = case
    if rule.explain:  # a word to explain counts in running text only (not in alt text)
        assume_text = context not in ("image text",)
        if not assume_text:
            return
    assert found(contexts(example)[context], language, rule.id), (rule.id, context, example)


@SETTINGS
@given(st.sampled_from(RULE_EXAMPLES), st.sampled_from(sorted(NOT_TEXT)))
def test_code_and_addresses_never_trigger_a_rule(case, context):
    language, rule, example = case
    slug = re.sub(r"[^a-z0-9]+", "-", example.lower()).strip("-")
    text = NOT_TEXT[context].format(example=example.replace("`", ""), slug=slug)
    assert not found(text, language, rule.id), (rule.id, context, text)
