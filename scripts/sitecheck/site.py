"""The built site as the checks see it: its pages, their language and source."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from bs4 import BeautifulSoup

from scripts import project
from scripts.content import addresses
from scripts.content.pages import SourcePage
from scripts.content.rights_finder import made_from
from scripts.findings import ERROR, Finding, Reporter

REPORT = Reporter(Path(__file__).with_name("messages.yml"), "site")
CONFIG_SCRIPT = "script#__config"
ERROR_PAGE = "404.html"


@dataclass
class Page:
    site: "Site"
    path: PurePosixPath  # relative to the site folder, e.g. fr/contact.html
    language: project.Language

    @cached_property
    def soup(self) -> BeautifulSoup:
        return BeautifulSoup(self.site.read(self.path), "html.parser")

    @property
    def is_error_page(self) -> bool:
        return self.path.name == ERROR_PAGE and self.path.parent == PurePosixPath(self.language.folder)

    @property
    def source_page(self) -> SourcePage | None:
        """The Markdown page published here (its front matter's address says where)."""
        return self.site.published.get(self.path)

    @property
    def source(self) -> str:
        """The file to change: the page's Markdown, the data file it is made from (a page
        of the rights finder), or the theme template."""
        if self.is_error_page:
            return "overrides/404.html"
        if self.source_page is not None:
            return self.source_page.shown
        relative = self.path.relative_to(self.language.folder) if self.language.folder else self.path
        markdown = f"docs/{self.language.code}/{relative.with_suffix('.md')}"
        if (self.site.project_dir / markdown).is_file():
            return markdown
        return made_from(self.site.project_dir / "docs", relative.stem, self.language.code) or markdown

    @cached_property
    def noindex(self) -> bool:
        """Whether the page asks search engines to leave it out (a step of the rights finder)."""
        robots = self.soup.find("meta", attrs={"name": "robots"})
        return bool(robots) and "noindex" in robots.get("content", "")

    @cached_property
    def script_config(self) -> dict:
        script = self.soup.select_one(CONFIG_SCRIPT)
        return json.loads(script.string) if script and script.string else {}

    def resolve(self, url: str) -> PurePosixPath | None:
        """A link of this page as a path in the site, or None if it leaves the folder. An
        address is %-encoded (a space is %20), a file name is not."""
        base = PurePosixPath("/") if url.startswith("/") else PurePosixPath("/") / self.path.parent
        parts: list[str] = []
        for part in (base / unquote(url.split("#")[0].split("?")[0]).lstrip("/")).parts[1:]:
            if part == "..":
                if not parts:
                    return None
                parts.pop()
            elif part != ".":
                parts.append(part)
        return PurePosixPath(*parts) if parts else PurePosixPath("index.html")

    def finding(self, rule: str, category: str = "site", severity: str = ERROR, **values) -> Finding:
        """A finding about this page, on its source file, in its language."""
        return REPORT.finding(rule, self.source, self.language.code, severity=severity, category=category,
                              page=self.path, **values)


@dataclass
class Site:
    root: Path
    project_dir: Path
    languages: tuple[project.Language, ...]

    @classmethod
    def load(cls, root: Path, project_dir: Path | None = None) -> "Site":
        project_dir = project_dir or project.ROOT
        return cls(root, project_dir, project.languages(project_dir / "mkdocs.yml"))

    @cached_property
    def site_paths(self) -> dict[SourcePage, PurePosixPath]:
        """Where each Markdown page is published (its front matter's address)."""
        return addresses.site_paths(self.project_dir)

    @cached_property
    def published(self) -> dict[PurePosixPath, SourcePage]:
        """Which Markdown page each page of the site is made from."""
        return {path: page for page, path in self.site_paths.items()}

    def site_path(self, page: SourcePage) -> PurePosixPath | None:
        """Where a Markdown page is published."""
        return self.site_paths.get(page)

    def exists(self, path: PurePosixPath) -> bool:
        target = self.root / path
        return target.is_file() or (target / "index.html").is_file()

    def read(self, path: PurePosixPath) -> str:
        return (self.root / path).read_text(encoding="utf-8")

    def language_of(self, path: PurePosixPath) -> project.Language:
        for language in self.languages:
            if language.folder and str(path).startswith(language.folder):
                return language
        return next(language for language in self.languages if language.default)

    @cached_property
    def pages(self) -> list[Page]:
        return [
            Page(self, path, self.language_of(path))
            for path in sorted(
                PurePosixPath(p.relative_to(self.root).as_posix()) for p in self.root.rglob("*.html")
            )
            if path.parts[0] != "assets"
        ]

    def finding(self, rule: str, file: str = "mkdocs.yml", **values) -> Finding:
        """A finding about the site as a whole, in the file that configures it (in English)."""
        return REPORT.finding(rule, file, None, **values)

    def page(self, path: PurePosixPath) -> Page | None:
        return next((page for page in self.pages if page.path == path), None)
