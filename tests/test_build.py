"""The strict build: it passes on the real content and fails, naming the file, on broken content."""

from tests.conftest import build


def test_the_real_site_builds_strictly(built_site):
    assert (built_site / "index.html").is_file()
    assert (built_site / "fr" / "index.html").is_file()


def test_a_page_missing_in_french_fails_the_build_naming_the_missing_file(project_copy, tmp_path):
    (project_copy / "docs/nl/nieuw.md").write_text("# Nieuw\n", encoding="utf-8")

    result = build(project_copy, tmp_path / "out")

    assert result.returncode != 0
    assert "docs/fr/nieuw.md: deze pagina ontbreekt in het Frans" in result.stderr
    assert "Cette page manque en français" in result.stderr


def test_a_page_missing_in_dutch_fails_the_build_naming_the_missing_file(project_copy, tmp_path):
    (project_copy / "docs/fr/nouveau.md").write_text("# Nouveau\n", encoding="utf-8")

    result = build(project_copy, tmp_path / "out")

    assert result.returncode != 0
    assert "docs/nl/nouveau.md: deze pagina ontbreekt in het Nederlands" in result.stderr


def test_a_warning_fails_the_strict_build_naming_the_file(project_copy, tmp_path):
    page = project_copy / "docs/nl/index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[kapot](bestaat-niet.md)\n", encoding="utf-8")

    result = build(project_copy, tmp_path / "out")

    assert result.returncode != 0
    assert "nl/index.md" in result.stderr and "bestaat-niet.md" in result.stderr


def test_each_language_has_its_own_404_page(built_site):
    dutch = (built_site / "404.html").read_text(encoding="utf-8")
    french = (built_site / "fr/404.html").read_text(encoding="utf-8")

    assert '<html lang="nl"' in dutch and "Pagina niet gevonden" in dutch
    assert '<html lang="fr"' in french and "Page introuvable" in french
