"""The checks on the built site: the real site passes; each broken site fails naming the file."""

import json
import re

import pytest

from scripts.sitecheck import check_site
from scripts.sitecheck.__main__ import main
from scripts.sitecheck import search as search_check
from scripts.sitecheck.site import Site
from scripts.theme.search_index import language_index, site_worker, with_script_config
from tests.conftest import build, new_page, published, replace_in


def rules(findings):
    return {(finding.rule, finding.file) for finding in findings}


def test_the_real_site_passes_every_check(built_site):
    assert check_site(built_site) == []


# Languages

def test_a_wrong_html_lang_is_reported_on_the_source_page(site_copy):
    replace_in(site_copy / "fr/index.html", '<html lang="fr"', '<html lang="nl"')

    assert ("html-lang", "docs/fr/index.md") in rules(check_site(site_copy))


def test_a_missing_hreflang_alternate_is_reported(site_copy):
    page = site_copy / "index.html"
    text = page.read_text(encoding="utf-8")
    page.write_text(re.sub(r'<link rel="alternate" href="[^"]*" hreflang="fr">', "", text), encoding="utf-8")

    assert ("hreflang-missing", "docs/nl/index.md") in rules(check_site(site_copy))


def test_the_language_switch_must_name_the_language_in_full_with_its_lang(site_copy):
    replace_in(site_copy / "index.html", 'lang="fr" class="site-languages__link">Français', 'class="site-languages__link">FR')

    findings = check_site(site_copy)

    assert ("switch-label", "docs/nl/index.md") in rules(findings)
    message = next(f for f in findings if f.rule == "switch-label").message
    assert "'FR'" in message and "'Français'" in message


def test_a_page_without_language_switch_is_reported(site_copy):
    replace_in(site_copy / "fr/index.html", '<nav class="md-header__option site-languages"', '<nav')

    assert ("switch-missing", "docs/fr/index.md") in rules(check_site(site_copy))


def test_a_sitemap_without_hreflang_is_reported(site_copy):
    sitemap = site_copy / "sitemap.xml"
    text = sitemap.read_text(encoding="utf-8")
    sitemap.write_text(re.sub(r'<xhtml:link rel="alternate" hreflang="fr"[^>]*/>', "", text), encoding="utf-8")

    assert ("sitemap-hreflang", "docs/nl/index.md") in rules(check_site(site_copy))


def test_the_404_pages_are_checked_as_pages_of_their_language(site_copy):
    replace_in(site_copy / "fr/404.html", '<html lang="fr"', '<html lang="nl"')

    assert ("html-lang", "overrides/404.html") in rules(check_site(site_copy))


# Requests

def test_google_fonts_are_reported_as_a_request_to_another_host(site_copy):
    replace_in(site_copy / "index.html", "</head>",
         '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto"></head>')

    findings = check_site(site_copy)

    assert ("external-request", "docs/nl/index.md") in rules(findings)
    assert "fonts.googleapis.com" in findings[0].message


def test_an_image_from_another_host_is_reported(site_copy):
    replace_in(site_copy / "fr/index.html", "<h1", '<img alt="" src="//cdn.example.org/x.png"><h1')

    assert ("external-request", "docs/fr/index.md") in rules(check_site(site_copy))


def test_a_missing_local_file_is_reported(site_copy):
    replace_in(site_copy / "index.html", "<h1", '<img alt="x" src="assets/images/weg.png"><h1')

    findings = check_site(site_copy)

    assert ("missing-file", "docs/nl/index.md") in rules(findings)


def test_a_missing_sitemap_next_to_an_alternate_is_a_404_on_every_page_view(site_copy):
    (site_copy / "fr/sitemap.xml").unlink()

    findings = check_site(site_copy)

    assert ("missing-file", "docs/nl/index.md") in rules(findings)
    assert any("sitemap.xml" in f.message for f in findings)


def test_a_stylesheet_importing_from_another_host_is_reported(site_copy):
    (site_copy / "assets/stylesheets/site.css").write_text('@import "https://fonts.example.org/a.css";')

    assert ("external-request-css", "overrides/assets/stylesheets/site.css") in rules(check_site(site_copy))


def test_a_broken_url_in_materials_stylesheet_is_reported_on_the_configuration(site_copy):
    [material] = (site_copy / "assets/stylesheets").glob("main.*.min.css")
    material.write_text(material.read_text(encoding="utf-8") + "a{background:url(gone.png)}", encoding="utf-8")

    assert ("missing-file-css", "mkdocs.yml") in rules(check_site(site_copy))


def test_links_a_reader_clicks_are_not_requests(site_copy):
    replace_in(site_copy / "index.html", "<h1", '<a href="https://handicap.belgium.be/">DG HAN</a><h1')

    assert check_site(site_copy) == []


# Search

def test_each_language_has_its_own_search_index(built_site):
    dutch = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    french = json.loads((built_site / "fr/search/search_index.json").read_text(encoding="utf-8"))

    assert dutch["config"]["lang"] == ["nl"] and french["config"]["lang"] == ["fr"]
    assert "Rechten en hulp" in dutch["docs"][0]["title"]
    assert "Droits et aide" in french["docs"][0]["title"]


def search(index, query):
    """Which pages of an index contain every word of the query, split as the site's
    search splits it (Material's worker: HTML text only, the index's separator, lower case)."""
    separator = index["config"]["separator"]
    words = [w.lower() for w in re.split(separator, query) if w]
    found = []
    for doc in index["docs"]:
        text = re.sub(r"<[^>]+>", " ", doc["title"] + " " + doc["text"])
        text_words = {w.lower() for w in re.split(separator, text) if w}
        if all(word in text_words for word in words):
            found.append(doc["location"])
    return found


@pytest.mark.parametrize("query", ["intégration", "d'intégration", "d’intégration"])
def test_a_french_search_finds_french_words_after_an_apostrophe(built_site, query):
    french = json.loads((built_site / "fr/search/search_index.json").read_text(encoding="utf-8"))

    assert search(french, query), f"{query!r} not found in the French index"


def test_a_french_word_is_not_found_in_the_dutch_index_and_the_reverse(built_site):
    dutch = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    french = json.loads((built_site / "fr/search/search_index.json").read_text(encoding="utf-8"))

    assert search(dutch, "tegemoetkoming") and not search(french, "tegemoetkoming")
    assert search(french, "allocation") and not search(dutch, "allocation")


SETTINGS = {"separator": "x", "pipeline": ["stopWordFilter"], "fields": {"title": {"boost": 1000.0}}}


def test_a_language_index_is_set_to_its_language_with_locations_from_its_folder():
    entries = [{"location": "fr/allocations.html", "title": "Allocations", "text": ""},
               {"location": "fr/allocations.html#en-bref", "title": "En bref", "text": "<p>x</p>"}]

    index = language_index(entries, {**SETTINGS, "lang": ["nl", "fr"]}, "fr", "fr/")

    assert index["config"] == {"lang": ["fr"], **SETTINGS}
    assert [doc["location"] for doc in index["docs"]] == ["allocations.html", "allocations.html#en-bref"]


def test_soft_hyphens_do_not_split_words_in_the_search_index():
    entries = [{"location": "a.html", "title": "Toegankelijkheids\u00adverklaring", "text": "<p>amateur&shy;kunsten</p>"}]

    [doc] = language_index(entries, SETTINGS, "nl", "")["docs"]

    assert (doc["title"], doc["text"]) == ("Toegankelijkheidsverklaring", "<p>amateurkunsten</p>")


def test_the_site_worker_is_named_next_to_materials_and_told_its_name():
    assert site_worker("../assets/javascripts/workers/search.a7633da7.min.js") == (
        "../assets/javascripts/workers/site-search.js?material=search.a7633da7.min.js")
    assert site_worker("assets/javascripts/workers/site-search.js?material=x.js") == (
        "assets/javascripts/workers/site-search.js?material=x.js")
    html = '<p><script id="__config" type="application/json">{"base": ".", "search": "w.js"}</script></p>'
    assert with_script_config(html, base="fr/") == (
        '<p><script id="__config" type="application/json">{"base": "fr/", "search": "w.js"}</script></p>')


def test_every_page_and_every_heading_of_each_language_is_in_its_index(built_site):
    site = Site.load(built_site)
    headings = {page.path: search_check.heading_ids(page) for page in site.pages
                if not page.is_error_page and not page.noindex}

    assert search_check.check(site) == []
    # The check had work to do: every Markdown page (the finder's steps stay out of search), their headings.
    assert set(headings) == set(site.published) and sum(len(ids) for ids in headings.values()) > 150


def test_the_french_disability_card_page_keeps_its_own_search_entry(built_site):
    """Issue 12: same title and empty intro as the Dutch page, dropped by the i18n plugin's merged index."""
    french = json.loads((built_site / "fr/search/search_index.json").read_text(encoding="utf-8"))

    assert french["docs"][[doc["location"] for doc in french["docs"]].index("european-disability-card.html")][
        "title"] == "European Disability Card"


def test_a_page_with_the_title_and_intro_of_its_other_language_has_an_entry_in_each(project_copy, tmp_path):
    """What the i18n plugin's merged index drops (its de-duplication); each language's own index keeps it."""
    for language, heading in (("nl", "Aanvragen"), ("fr", "Demander")):
        (project_copy / "docs" / language / "card.md").write_text(
            new_page("European Disability Card", address="european-disability-card", body=f"\n## {heading}\n"),
            encoding="utf-8")
    site = tmp_path / "site"

    assert build(project_copy, site).returncode == 0
    for folder in ("", "fr"):
        assert "european-disability-card.html" in [doc["location"] for doc in read_index(site, folder)["docs"]]
    assert check_site(site, project_copy) == []


def read_index(site, language_folder=""):
    return json.loads((site / language_folder / "search/search_index.json").read_text(encoding="utf-8"))


def write_index(site, index, language_folder=""):
    (site / language_folder / "search/search_index.json").write_text(json.dumps(index), encoding="utf-8")


def test_a_page_without_its_own_entry_is_reported(site_copy):
    french = read_index(site_copy, "fr")
    french["docs"] = [doc for doc in french["docs"] if doc["location"] != "european-disability-card.html"]
    write_index(site_copy, french, "fr")

    assert ("search-page-missing", "docs/fr/disability-card.md") in rules(check_site(site_copy))


def test_a_page_listed_after_one_of_its_headings_is_reported(site_copy):
    dutch = read_index(site_copy)
    page = next(doc for doc in dutch["docs"] if doc["location"] == "parkeerkaart.html")
    dutch["docs"].remove(page)
    dutch["docs"].append(page)
    write_index(site_copy, dutch)

    [finding] = [f for f in check_site(site_copy) if f.rule == "search-page-order"]
    assert "parkeerkaart.html#" in finding.message


def test_a_heading_missing_from_the_index_is_reported_on_its_page(site_copy):
    dutch = read_index(site_copy)
    dutch["docs"] = [doc for doc in dutch["docs"] if doc["location"] != "parkeerkaart.html#in-het-kort"]
    write_index(site_copy, dutch)

    [finding] = [f for f in check_site(site_copy) if f.rule == "search-heading-missing"]
    assert finding.file == "docs/nl/parking-card.md" and "#in-het-kort" in finding.message


def test_the_title_of_the_on_page_contents_needs_no_search_entry_a_heading_of_the_text_does(site_copy):
    replace_in(site_copy / "parkeerkaart.html", "</article>",
               '<nav><h2 id="zo-navigeer-je">Op deze pagina</h2></nav><h2 id="nieuwe-kop">Nieuw</h2></article>')

    [finding] = [f for f in check_site(site_copy) if f.rule == "search-heading-missing"]
    assert "#nieuwe-kop" in finding.message


def test_a_result_that_leads_to_no_heading_or_no_page_is_reported(site_copy):
    french = read_index(site_copy, "fr")
    french["docs"] += [{"location": "allocations.html#disparu", "title": "x", "text": ""},
                       {"location": "undefined", "title": "", "text": ""}]
    write_index(site_copy, french, "fr")

    found = rules(check_site(site_copy))

    assert ("search-target-missing", "mkdocs.yml") in found and ("search-foreign-page", "mkdocs.yml") in found


def test_a_search_worker_that_names_no_material_worker_is_reported(site_copy):
    replace_in(site_copy / "index.html", "site-search.js?material=search.", "site-search.js?material=gone.")

    assert ("search-worker", "mkdocs.yml") in rules(check_site(site_copy))


def test_a_merged_search_index_is_reported(site_copy):
    french = json.loads((site_copy / "fr/search/search_index.json").read_text(encoding="utf-8"))
    dutch_path = site_copy / "search/search_index.json"
    dutch = json.loads(dutch_path.read_text(encoding="utf-8"))
    dutch["docs"] += [{**doc, "location": "fr/" + doc["location"]} for doc in french["docs"]]
    dutch["config"]["lang"] = ["nl", "fr"]
    dutch_path.write_text(json.dumps(dutch), encoding="utf-8")

    found = rules(check_site(site_copy))

    assert ("search-foreign-page", "mkdocs.yml") in found
    assert ("search-index-lang", "mkdocs.yml") in found


def test_a_separator_that_keeps_elisions_whole_is_reported(site_copy):
    path = site_copy / "fr/search/search_index.json"
    index = json.loads(path.read_text(encoding="utf-8"))
    index["config"]["separator"] = r"[\s\-]+"
    path.write_text(json.dumps(index), encoding="utf-8")

    findings = check_site(site_copy)

    assert any(f.rule == "search-elision" and "d'intégration" in f.message for f in findings)


def test_french_pages_loading_the_dutch_index_are_reported(site_copy):
    replace_in(site_copy / "fr/index.html", '"base": "./"', '"base": ".."')

    assert ("search-wrong-index", "docs/fr/index.md") in rules(check_site(site_copy))


# Command line

def test_the_command_exits_1_and_prints_json_on_a_broken_site(site_copy, capsys):
    replace_in(site_copy / "fr/search/search_index.json", '"lang":["fr"]', '"lang":["nl"]')

    code = main([str(site_copy), "--format", "json"])

    output = json.loads(capsys.readouterr().out)
    assert code == 1
    assert output["findings"] == [{
        "file": "mkdocs.yml", "line": None, "column": None, "rule": "search-index-lang",
        "category": "site", "severity": "error",
        "message": "The search index fr/search/search_index.json is set to the languages ['nl'], not to ['fr'].",
        "suggestion": "Keep scripts/hooks/search_per_language.py in mkdocs.yml's hooks.",
    }]


def test_the_command_exits_0_with_a_one_line_summary_on_the_real_site(built_site, capsys):
    assert main([str(built_site)]) == 0
    assert capsys.readouterr().out == "✔ 0 error(s), 0 warning(s) in 0 file(s)\n"


# Pages kept out of the sitemap and of search on purpose: the steps of the rights finder

FINDER_STEP = published("nl", "rights-finder.md").removesuffix(".html") + "-handicap-of-ziekte.html"


def test_a_finder_step_is_reported_on_the_data_file_it_is_made_from(site_copy):
    replace_in(site_copy / FINDER_STEP, '<html lang="nl"', '<html lang="fr"')

    assert ("html-lang", "docs/data/rights-finder.yml") in rules(check_site(site_copy))


def test_a_finder_step_in_the_sitemap_is_reported(site_copy):
    replace_in(site_copy / "sitemap.xml", "</urlset>",
               f"<url><loc>http://127.0.0.1:8000/{FINDER_STEP}</loc></url></urlset>")

    assert ("sitemap-noindex", "docs/data/rights-finder.yml") in rules(check_site(site_copy))


def test_a_finder_step_in_the_search_index_is_reported(site_copy):
    index = site_copy / "search/search_index.json"
    data = json.loads(index.read_text(encoding="utf-8"))
    data["docs"].append({"location": FINDER_STEP, "title": "Hoe oud ben je?", "text": ""})
    index.write_text(json.dumps(data), encoding="utf-8")

    assert ("search-noindex", "docs/data/rights-finder.yml") in rules(check_site(site_copy))


def test_a_page_that_says_noindex_by_mistake_is_still_expected_nowhere_else(site_copy):
    """Only noindex takes a page out of the sitemap: without it, a finder step must be listed."""
    replace_in(site_copy / FINDER_STEP, '<meta name="robots" content="noindex">', "")

    assert ("sitemap-page", "docs/data/rights-finder.yml") in rules(check_site(site_copy))


def test_a_finder_step_whose_other_language_leads_elsewhere_is_reported(site_copy):
    """A page made by the build has no Markdown file to pair it: its alternate and that page's own must meet."""
    replace_in(site_copy / FINDER_STEP, 'href="fr/quels-droits-handicap-ou-maladie.html" hreflang="fr"',
               'href="fr/quels-droits-arts.html" hreflang="fr"')

    assert ("hreflang-counterpart", "docs/data/rights-finder.yml") in rules(check_site(site_copy))
