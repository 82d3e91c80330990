"""Page addresses in the reader's language: chosen in front matter, checked, and followed by
the build, the language switch, hreflang, the sitemap, links between pages and the checks."""

from pathlib import Path, PurePosixPath

import pytest

from scripts import check, frontmatter
from scripts.content import addresses
from scripts.content.pages import SourcePage
from scripts.project import ROOT
from scripts.sitecheck import check_site
from tests.conftest import build, new_page, published, replace_in
from tests.test_sitecheck import rules

# Every page of the site and its addresses (issue 12: /tegemoetkomingen.html, /fr/allocations.html…).
ADDRESSES = {
    "index.md": ("index.html", "fr/index.html"),
    "allowances.md": ("tegemoetkomingen.html", "fr/allocations.html"),
    "parking-card.md": ("parkeerkaart.html", "fr/carte-de-stationnement.html"),
    "disability-card.md": ("european-disability-card.html", "fr/european-disability-card.html"),
    "artwork-attest.md": ("kunstwerkattest.html", "fr/attestation-du-travail-des-arts.html"),
    "complaints.md": ("klachten-en-beroep.html", "fr/plaintes-et-recours.html"),
    "key-figures.md": ("kerncijfers.html", "fr/chiffres-cles.html"),
    "contact.md": ("contact.html", "fr/contact.html"),
    "glossary.md": ("woordenlijst.html", "fr/glossaire.html"),
    "accessibility.md": ("toegankelijkheid.html", "fr/accessibilite.html"),
    "rights-finder.md": ("welke-rechten.html", "fr/quels-droits.html"),
}


def test_every_page_of_the_real_site_is_at_its_address_in_its_language(built_site):
    published = {(page.language, page.name.as_posix()): path.as_posix()
                 for page, path in addresses.site_paths(ROOT).items()}

    assert published == {(language, name): paths[index] for name, paths in ADDRESSES.items()
                         for index, language in enumerate(("nl", "fr"))}
    for dutch, french in ADDRESSES.values():
        assert (built_site / dutch).is_file() and (built_site / french).is_file()


def test_the_old_english_addresses_are_gone_from_the_real_site(built_site):
    """Never published, so nothing links to them: no redirect is kept (README, How the languages work)."""
    for name, (dutch, french) in ADDRESSES.items():
        english = Path(name).with_suffix(".html")
        if english.name != dutch:  # index.html and contact.html are the same in every language
            assert not (built_site / english).exists() and not (built_site / "fr" / english).exists()


# What the front-matter check says

def write(project, language, name, text):
    (project / "docs" / language / name).write_text(text, encoding="utf-8")
    return Path("docs") / language / name


def address_findings(project, *paths):
    return [f for f in frontmatter.check(project, list(paths)) if f.rule.startswith("address")]


def test_a_page_without_address_is_told_one_made_from_its_title_in_its_language(project_copy):
    page = write(project_copy, "fr", "travel-card.md",
                 "---\ntitle: Carte de réduction\ndescription: x\nlast_reviewed: 2026-11-28\n---\n# Carte\n")

    [finding] = address_findings(project_copy, page)

    assert finding.location() == "docs/fr/travel-card.md:1"
    assert finding.message == "Cette page n'a pas d'adresse : le champ « address » manque dans l'en-tête."
    assert finding.suggestion.endswith("par exemple : address: carte-de-reduction")


@pytest.mark.parametrize("written, suggestion", [
    ("Tegemoetkomingen.html", "tegemoetkomingen"),
    ("nl/reiskaart", "reiskaart"),
    ("kaart voor reizen", "kaart-voor-reizen"),
    ("index", "reiskaart"),  # taken by the home page: the title's instead
    ("'[a, b]'", "a-b"),
])
def test_a_written_address_that_is_no_address_is_reported_on_its_line_with_a_valid_one(
        project_copy, written, suggestion):
    page = write(project_copy, "nl", "travel-card.md", new_page("Reiskaart", address=written))

    [finding] = address_findings(project_copy, page)

    assert (finding.rule, finding.line) == ("address-invalid", 5)
    assert "kleine letters zonder accenten" in finding.suggestion
    assert finding.suggestion.endswith(f"address: {suggestion}")


def test_two_pages_of_a_language_with_one_address_are_both_reported_naming_the_other(project_copy):
    first = write(project_copy, "nl", "travel-card.md", new_page("Reiskaart", address="kaart"))
    second = write(project_copy, "nl", "parking-card.md", new_page("Parkeerkaart", address="kaart"))
    write(project_copy, "fr", "travel-card.md", new_page("Carte", address="kaart"))  # another language: fine

    findings = address_findings(project_copy, first, second)

    assert [(f.file, f.rule, f.line) for f in findings] == [
        ("docs/nl/travel-card.md", "address-duplicate", 5), ("docs/nl/parking-card.md", "address-duplicate", 5)]
    assert "docs/nl/parking-card.md" in findings[0].message


def test_only_the_changed_page_is_reported_but_against_every_page_of_its_language(project_copy):
    write(project_copy, "nl", "travel-card.md", new_page("Reiskaart", address="kaart"))
    changed = write(project_copy, "nl", "parking-card.md", new_page("Parkeerkaart", address="kaart"))

    assert [f.file for f in address_findings(project_copy, changed)] == ["docs/nl/parking-card.md"]


def test_the_home_page_has_no_address(project_copy):
    replace_in(project_copy / "docs/nl/index.md", "last_reviewed:", "address: start\nlast_reviewed:")

    [finding] = address_findings(project_copy, Path("docs/nl/index.md"))

    assert (finding.rule, finding.line) == ("address-home", 4)
    assert "De startpagina heeft een vast adres" in finding.message


# The build

def pair(project, body_nl="", body_fr=""):
    write(project, "nl", "travel-card.md", new_page("Reiskaart", address="reiskaart", body=body_nl))
    write(project, "fr", "travel-card.md", new_page("Carte de voyage", address="carte-de-voyage", body=body_fr))


def test_the_build_puts_each_page_at_its_address_and_keeps_the_pair_together(project_copy, tmp_path):
    pair(project_copy, body_nl="\nZie ook [de startpagina](index.md).\n")
    replace_in(project_copy / "docs/fr/index.md", "Cette page est une page de test.",
               "Voyez la [carte de voyage](travel-card.md#carte-de-voyage).")
    site = tmp_path / "site"

    result = build(project_copy, site, site_url="https://example.org/")

    assert result.returncode == 0, result.stderr
    dutch, french = (site / "reiskaart.html").read_text(), (site / "fr/carte-de-voyage.html").read_text()
    assert not (site / "travel-card.html").exists() and not (site / "fr/travel-card.html").exists()
    assert '<link rel="alternate" href="fr/carte-de-voyage.html" hreflang="fr">' in dutch
    assert '<link rel="alternate" href="../reiskaart.html" hreflang="nl">' in french
    assert 'href="../reiskaart.html" hreflang="nl" lang="nl"' in french  # the language switch
    assert 'href="carte-de-voyage.html#carte-de-voyage"' in (site / "fr/index.html").read_text()
    sitemap = (site / "sitemap.xml").read_text()
    assert ("<loc>https://example.org/fr/carte-de-voyage.html</loc>" in sitemap
            and 'hreflang="nl" href="https://example.org/reiskaart.html"' in sitemap)
    assert check_site(site, project_copy) == []


def test_a_page_without_address_fails_the_build_and_make_check_says_so_once(project_copy, tmp_path):
    pair(project_copy)
    replace_in(project_copy / "docs/fr/travel-card.md", "address: carte-de-voyage\n", "")

    result = build(project_copy, tmp_path / "out")
    results = check.run_all(project_copy, tmp_path / "site")

    assert result.returncode != 0
    assert "docs/fr/travel-card.md:1 error [address-missing] Cette page n'a pas d'adresse" in result.stderr
    assert (tmp_path / "out/fr/travel-card.html").is_file()  # kept at its file name until fixed
    reported = [(result.name, f.file, f.rule) for result in results for f in result.findings
                if f.rule.startswith("address")]
    assert reported == [("front matter", "docs/fr/travel-card.md", "address-missing")]


# The checks of the built site find a page's source and its other language through the addresses

def test_a_site_page_is_reported_on_the_markdown_file_it_is_made_from(site_copy):
    replace_in(site_copy / "fr/allocations.html", '<html lang="fr"', '<html lang="nl"')

    assert ("html-lang", "docs/fr/allowances.md") in rules(check_site(site_copy))


def test_an_alternate_that_leads_to_another_page_is_reported(site_copy):
    replace_in(site_copy / "tegemoetkomingen.html", 'href="fr/allocations.html" hreflang="fr"',
               'href="fr/carte-de-stationnement.html" hreflang="fr"')

    findings = [f for f in check_site(site_copy) if f.rule == "hreflang-counterpart"]

    assert [(f.file, f.rule) for f in findings] == [("docs/nl/allowances.md", "hreflang-counterpart")]
    assert "fr/allocations.html" in findings[0].message


def test_the_site_knows_where_each_markdown_page_is_published(site_copy):
    from scripts.sitecheck.site import Site

    site = Site.load(site_copy)

    assert site.site_path(SourcePage(ROOT, "fr", PurePosixPath("parking-card.md"))) == PurePosixPath(
        "fr/carte-de-stationnement.html")


@pytest.mark.parametrize("language, title, written, taken", [
    ("nl", "Reiskaart", "Reiskaart.html", "parkeerkaart"),
    ("fr", "Carte de voyage", "Carte de voyage", "allocations"),
])
def test_the_editors_guide_shows_the_address_messages_as_make_check_prints_them(
        project_copy, language, title, written, taken):
    """CONTRIBUTING.<language>.md quotes them: they must not drift apart."""
    guide = (ROOT / f"CONTRIBUTING.{language}.md").read_text(encoding="utf-8")
    quoted = [line for line in guide.splitlines() if line.startswith(f"docs/{language}/travel-card.md:")
              and "[address-" in line]
    other = {"nl": ("parking-card.md", "Parkeerkaart"), "fr": ("allowances.md", "Allocations")}[language]
    write(project_copy, language, other[0], new_page(other[1], address=taken))
    printed = []
    for address in (None, written, taken):
        line = f"address: {address}\n" if address else ""
        page = write(project_copy, language, "travel-card.md",
                     f"---\ntitle: {title}\n{line}description: x\nlast_reviewed: 2026-11-28\n---\n# {title}\n")
        printed += [finding.human() for finding in address_findings(project_copy, page)]

    assert quoted == printed


def test_every_page_offers_the_contact_page_of_its_own_language_when_search_finds_nothing(built_site):
    from scripts.sitecheck.site import Site

    site = Site.load(built_site)
    for page in site.pages:
        link = page.soup.select_one("template#site-search-none a")
        assert page.resolve(link["href"]) == PurePosixPath(published(page.language.code, "contact.md")), page.path
