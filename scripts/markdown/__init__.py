"""The site's own Python-Markdown extensions (listed under markdown_extensions in mkdocs.yml)."""
