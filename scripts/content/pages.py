"""The Markdown pages under docs/<language>/: their text, their front matter, the pages missing in a language.

Every content check (front matter, parity, links) works on the source files
an editor changes, in a project folder (the real one, or a copy a test
breaks). A page's front matter is the YAML block between two '---' lines at
its top, split as MkDocs splits it, and read through the data loader with
schemas/front-matter.schema.yml. A page that is not UTF-8 text cannot be read
(DataError); the build gets each page through `source_for_build`, which
keeps from MkDocs what its own YAML reader must not see.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import markdown
import yaml

from scripts import project, safe_yaml
from scripts.findings import Finding, catalogs
from scripts.content.data_files import REPORT, DataError, Document, Problem, read
from scripts.content.local_formats import language_name

CATALOG = Path(__file__).with_name("messages.yml")
FRONT_MATTER_START = "---"
FRONT_MATTER_SCHEMA = "front-matter"
FRONT_MATTER_FIRST_LINE = 2  # the line after the first '---'


@dataclass(frozen=True)
class Source:
    """A page's text, split as MkDocs splits it."""

    front_matter: str | None  # the YAML between the two '---' lines; None when there is none
    body: str
    body_line: int  # the file's line number of the body's first line
    unclosed: bool  # the page starts with '---' but no second '---' closes the block


def split(text: str) -> Source:
    match = project.FRONT_MATTER.match(text)
    if match:
        return Source(match.group(1), text[match.end():], match.group(0).count("\n") + 1, False)
    lines = text.split("\n")
    if lines[0].rstrip() != FRONT_MATTER_START:
        return Source(None, text, 1, False)
    # Opened but not read by MkDocs: either never closed, or closed with nothing
    # between (then it is an empty front matter, with every key missing).
    closing = next((n for n, line in enumerate(lines[1:], 1) if line.rstrip() in ("---", "...")), None)
    if closing is None:
        return Source(None, text, 1, True)
    return Source("\n".join(lines[1:closing]), "\n".join(lines[closing + 1:]), closing + 2, False)


@dataclass(frozen=True)
class FrontMatter:
    """A page's front matter as loaded: its document (None when it has none or it is no
    valid YAML) and what is wrong with it, before a check words it."""

    document: Document | None
    problems: list[Problem] = field(default_factory=list)
    missing: bool = False
    unclosed: bool = False


@dataclass(frozen=True)
class SourcePage:
    project_dir: Path
    language: str
    name: PurePosixPath  # relative to the language folder: the same in every language

    @property
    def path(self) -> Path:
        return self.project_dir / "docs" / self.language / self.name

    @property
    def shown(self) -> str:
        """The file as editors see it: from the project folder, e.g. docs/fr/contact.md."""
        return f"docs/{self.language}/{self.name}"

    def in_language(self, language: str) -> "SourcePage":
        return SourcePage(self.project_dir, language, self.name)

    def read(self) -> Source:
        """The page split as MkDocs splits it; raises DataError when it is not UTF-8 text."""
        text, findings = decoded(self.path, self.shown, self.language)
        if findings:
            raise DataError(findings)
        return split(text)

    def front_matter(self) -> FrontMatter:
        source = self.read()
        if source.unclosed or source.front_matter is None:
            return FrontMatter(None, missing=not source.unclosed, unclosed=source.unclosed)
        document, problems = read(source.front_matter, FRONT_MATTER_SCHEMA, self.path, FRONT_MATTER_FIRST_LINE)
        return FrontMatter(document, problems)


def decoded(path: Path, shown: str, language: str | None) -> tuple[str, list[Finding]]:
    """A page's text, or "" and why it cannot be read: not UTF-8 text (saved as Latin-1 or
    Windows-1252 by an editor), with the line of the first character that is not."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        line = raw[:error.start].count(b"\n") + 1
        return "", [REPORT.finding("file-unreadable", shown, language, line, error=error.reason)]


def source_for_build(path: Path, docs: Path) -> tuple[str, list[Finding]]:
    """The text the build may read of a page, and what it leaves out. MkDocs reads a page's
    front matter with its own YAML reader, which expands every alias: aliases of aliases of a
    list ("billion laughs") would exhaust the build's memory. A front matter that the safe
    reader refuses is left out, so MkDocs never reads it; a page that is not UTF-8 text is empty."""
    shown, language = project.shown(path), project.language_of_source(path, docs)
    text, findings = decoded(path, shown, language)
    front_matter = split(text).front_matter
    if front_matter is None:
        return text, findings
    try:
        safe_yaml.compose(front_matter)
    except safe_yaml.Refused as refused:
        line = refused.problem_mark.line + FRONT_MATTER_FIRST_LINE if refused.problem_mark else 1
        findings.append(REPORT.finding(f"data-{refused.kind}", shown, language, line, problem=refused.problem))
        return split(text).body, findings
    except yaml.YAMLError:
        pass  # MkDocs shows such a front matter as text; the front-matter check says where it is wrong
    return text, findings


def converter(project_dir: Path) -> markdown.Markdown:
    """Python-Markdown with the build's extensions and settings (mkdocs.yml): a page's body
    converted as the build converts it, for checks that must count what readers get."""
    extensions, settings = project.markdown_extensions(project_dir / "mkdocs.yml")
    return markdown.Markdown(extensions=extensions, extension_configs=settings)


def language_codes(project_dir: Path) -> list[str]:
    return [language.code for language in project.languages(project_dir / "mkdocs.yml")]


def page_names(language_dir: Path) -> set[Path]:
    """Markdown pages of one language folder, relative to that folder."""
    return {path.relative_to(language_dir) for path in language_dir.rglob("*.md")}


def all_pages(project_dir: Path) -> list[SourcePage]:
    """Every page of every language, in a stable order."""
    return [
        SourcePage(project_dir, language, PurePosixPath(name.as_posix()))
        for language in language_codes(project_dir)
        for name in sorted(page_names(project_dir / "docs" / language))
    ]


def pages_among(project_dir: Path, paths: list[Path]) -> list[SourcePage]:
    """The content pages among the given files and folders (as pre-commit passes them, relative
    to the project folder); other files are skipped (`refusal` says why)."""
    docs = (project_dir / "docs").resolve()
    codes = language_codes(project_dir)
    found = []
    for path in (project_dir / path for path in paths):
        for file in sorted(path.rglob("*.md")) if path.is_dir() else [path]:
            try:
                parts = file.resolve().relative_to(docs).parts
            except ValueError:
                continue
            if len(parts) > 1 and parts[0] in codes and file.suffix == ".md" and file.is_file():
                found.append(SourcePage(project_dir, parts[0], PurePosixPath(*parts[1:])))
    return list(dict.fromkeys(found))


def refusal(project_dir: Path, path: Path, also: tuple[str, ...] = ()) -> str | None:
    """Why a command that checks pages cannot check `path` (relative to the project folder):
    "path-missing", "path-not-a-page" (outside docs/<language>/, not a .md file, or a folder
    without pages); None when it can. `also` names other files the command reads (mkdocs.yml)."""
    full = project_dir / path
    if not full.exists():
        return "path-missing"
    if full.is_file() and full.resolve() in {(project_dir / name).resolve() for name in also}:
        return None
    return None if pages_among(project_dir, [path]) else "path-not-a-page"


@dataclass(frozen=True)
class MissingTranslation:
    """A page that exists in another language and not in `language`."""

    existing: PurePosixPath  # from the project folder: docs/nl/x.md
    missing: PurePosixPath
    language: str

    def build_message(self) -> str:
        """What the build logs, in every language: "docs/fr/x.md: deze pagina ontbreekt in het Frans; … / …"."""
        names = {language.code: language_name(self.language, language.code) for language in project.languages()}
        text = catalogs.line(CATALOG, "translation-missing-build", language=names, existing=self.existing)
        return f"{self.missing}: {text}"


def missing_translations(docs_dir: Path, languages: list[str]) -> list[MissingTranslation]:
    """Pages missing per language, as paths from the project folder (docs/fr/x.md)."""
    shown = PurePosixPath(docs_dir.name)
    found = {language: page_names(docs_dir / language) for language in languages}
    return [
        MissingTranslation(shown / other / page.as_posix(), shown / language / page.as_posix(), language)
        for language in languages
        for other in languages
        for page in sorted(found[other] - found[language])
    ]
