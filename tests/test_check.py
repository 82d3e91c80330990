"""`make check`'s runner: every check runs, one table per file, a line per check, the right exit code."""

from scripts import check
from scripts.buildcheck import to_finding
from scripts.content import DataError
from scripts.findings import WARNING, Finding
from scripts.project import DOCS

BROKEN_LINK = to_finding("Doc file 'nl/index.md' contains a link 'x.md', but the target 'nl/x.md' "
                         "is not found among documentation files.", DOCS)
OLD_PAGE = Finding("docs/fr/index.md", 4, None, "stale", "front matter", WARNING, "Vieille page.", "Relisez-la.")


def fake_build(monkeypatch, built, findings):
    monkeypatch.setattr(check.buildcheck, "check", lambda site_dir, config: (built, list(findings)))


def test_every_checker_runs_and_site_checks_wait_for_a_successful_build(monkeypatch, tmp_path, capsys):
    fake_build(monkeypatch, False, [BROKEN_LINK])
    ran = []
    monkeypatch.setattr(check, "CHECKERS", [
        check.Checker("content", lambda project_dir, site_dir: ran.append("content") or []),
        check.Checker("site", lambda project_dir, site_dir: ran.append("site") or [], needs_site=True),
    ])

    code = check.main(["--site-dir", str(tmp_path)])

    output = capsys.readouterr().out
    assert code == 1 and ran == ["content"]
    assert "docs/nl/index.md" in output and "1 fout(en) / erreur(s)" in output
    assert "✔ content\n" in output
    assert "– site           niet uitgevoerd: de build mislukte / pas exécuté : la construction a échoué" in output
    assert output.endswith("✖ Niet in orde: verbeter de fouten hierboven. / "
                           "Pas en ordre : corrigez les erreurs ci-dessus.\n")


def test_the_table_lists_per_file_its_errors_warnings_and_the_checks_that_found_them(monkeypatch, tmp_path, capsys):
    fake_build(monkeypatch, False, [BROKEN_LINK])
    monkeypatch.setattr(check, "CHECKERS", [
        check.Checker("front matter", lambda project_dir, site_dir: [OLD_PAGE]),
        check.Checker("parity", lambda project_dir, site_dir: [
            Finding("docs/nl/index.md", None, None, "sections-differ", "parity", WARNING, "m", "f")]),
    ])

    check.main(["--site-dir", str(tmp_path)])

    lines = capsys.readouterr().out.splitlines()
    start = lines.index("bestand / fichier  fouten / erreurs  waarschuwingen / avertissements  "
                        "gevonden door / trouvé par")
    assert lines[start + 2:start + 4] == [
        "docs/fr/index.md                  0                                1  front matter",
        "docs/nl/index.md                  1                                1  build, parity",
    ]


def test_the_language_table_counts_hard_words_and_passive_sentences_per_page(monkeypatch, tmp_path, capsys):
    fake_build(monkeypatch, True, [])
    hard = [Finding("docs/nl/index.md", 3, 1, rule, category, WARNING, "m", "f")
            for rule, category in [("nl-indien", "jargon"), ("rare-word", "rare"), ("glossary-link", "glossary"),
                                   ("passive", "passive"), ("sentence-long", "plain")]]
    monkeypatch.setattr(check, "CHECKERS", [check.Checker("language", lambda project_dir, site_dir: hard)])

    check.main(["--site-dir", str(tmp_path)])

    lines = capsys.readouterr().out.splitlines()
    heading = next(line for line in lines if line.startswith("taal per pagina / langue par page"))
    assert "moeilijke woorden / mots difficiles" in heading and "leesbaarheid / lisibilité" in heading
    [row] = [line for line in lines if line.startswith("docs/nl/index.md ") and len(line.split()) == 6]
    assert row.split()[1:3] == ["3", "1"]  # jargon, rare and glossary are hard words; one passive sentence


def test_a_checker_that_crashes_does_not_hide_the_others_nor_shows_a_traceback(
        monkeypatch, project_copy, tmp_path, capsys):
    fake_build(monkeypatch, True, [])

    def crash(project_dir, site_dir):
        raise ValueError("mkdocs.yml: no nav")

    monkeypatch.setattr(check, "CHECKERS", [
        check.Checker("parity", crash),
        check.Checker("front matter", lambda project_dir, site_dir: [OLD_PAGE]),
    ])

    code = check.main(["--project-dir", str(project_copy), "--site-dir", str(tmp_path)])

    captured = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in captured.err + captured.out
    assert ("– parity         kon niet lopen (ValueError: mkdocs.yml: no nav); meld het aan een ontwikkelaar, "
            "met reports/check-crash.txt") in captured.out
    assert "docs/fr/index.md:4 warning [stale]" in captured.out
    assert "ValueError: mkdocs.yml: no nav" in (project_copy / "reports/check-crash.txt").read_text(encoding="utf-8")


def test_warnings_alone_pass_with_a_warning_verdict(monkeypatch, tmp_path, capsys):
    fake_build(monkeypatch, True, [])
    monkeypatch.setattr(check, "CHECKERS", [check.Checker("front matter", lambda p, s: [OLD_PAGE])])

    assert check.main(["--site-dir", str(tmp_path)]) == 0
    output = capsys.readouterr().out
    assert "! front matter   0 fout(en) / erreur(s), 1 waarschuwing(en) / avertissement(s)" in output
    assert output.endswith("! Geen fouten, wel waarschuwingen: lees ze na. / "
                           "Pas d'erreur, mais des avertissements : lisez-les.\n")


def test_a_failed_build_is_marked_failed_even_when_another_check_shows_its_problem(monkeypatch, tmp_path, capsys):
    missing = to_finding("docs/fr/x.md: deze pagina ontbreekt in het Frans; maak ze aan als vertaling van "
                         "docs/nl/x.md. / Cette page manque en français", DOCS)
    fake_build(monkeypatch, False, [missing])
    monkeypatch.setattr(check, "CHECKERS", [check.Checker("parity", lambda p, s: [
        Finding("docs/fr/x.md", None, None, "translation-missing", "parity", "error", "Manque.", "Créez-la.")])])

    code = check.main(["--site-dir", str(tmp_path)])

    output = capsys.readouterr().out
    assert code == 1
    assert output.count("[translation-missing]") == 1 and "Manque." in output
    assert "✖ build          mislukt: zie de meldingen hierboven" in output


def test_the_real_project_passes_and_every_check_says_so(tmp_path, capsys):
    assert check.main(["--site-dir", str(tmp_path / "site")]) == 0
    lines = capsys.readouterr().out.splitlines()
    for name in ["build", *(checker.name for checker in check.CHECKERS)]:
        assert any(line.startswith((f"✔ {name}", f"! {name}")) for line in lines), name


def test_in_github_actions_each_finding_is_an_annotation_on_its_line(project_copy, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    page = project_copy / "docs/fr/index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("last_reviewed:", "last_reveiwed:"), encoding="utf-8")
    line = next(n for n, text in enumerate(page.read_text(encoding="utf-8").splitlines(), 1)
                if text.startswith("last_reveiwed:"))

    assert check.main(["--project-dir", str(project_copy), "--site-dir", str(tmp_path / "site")]) == 1

    assert (f"::error file=docs/fr/index.md,line={line}::Champ inconnu « last_reveiwed » dans l'en-tête de la page. "
            "→ Vouliez-vous dire « last_reviewed » ? Corrigez l'orthographe : last_reviewed: …") in capsys.readouterr().out


def test_a_missing_translation_does_not_hide_a_broken_link(project_copy, tmp_path, capsys):
    (project_copy / "docs/nl/nieuw.md").write_text("---\ntitle: N\ndescription: N.\nlast_reviewed: 2026-11-20\n---\n"
                                                   "# N\n\n[kapot](weg.md)\n", encoding="utf-8")

    assert check.main(["--project-dir", str(project_copy), "--site-dir", str(tmp_path / "site")]) == 1

    output = capsys.readouterr().out
    assert "docs/fr/nieuw.md error [translation-missing]" in output
    assert "docs/nl/nieuw.md:8 error [link-missing-page]" in output


def test_a_wrong_data_file_is_shown_with_its_findings_not_as_a_crash(monkeypatch, tmp_path, capsys):
    fake_build(monkeypatch, True, [])
    wrong = Finding("scripts/langcheck/rules/nl.yml", 44, None, "data-field-wrong", "data", "error",
                    "In scripts/langcheck/rules/nl.yml heeft rules › 1 › severity een verkeerde waarde.",
                    "Verwacht: error of warning.")

    def needs_the_file(project_dir, site_dir):
        raise DataError([wrong])

    monkeypatch.setattr(check, "CHECKERS", [check.Checker("language", needs_the_file)])

    assert check.main(["--site-dir", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert "scripts/langcheck/rules/nl.yml:44 error [data-field-wrong]" in captured.out
    assert "✖ language       1 fout(en) / erreur(s), 0 waarschuwing(en) / avertissement(s)" in captured.out
    assert "Traceback" not in captured.err
