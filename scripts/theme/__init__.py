"""What the site knows of Material for MkDocs' and mkdocs-static-i18n's insides, outside the templates.

- search_index: the format of Material's search index and of its script's
  configuration (`<script id="__config">`), to give each language its own index
- material_markup: the markup Material writes outside its blocks (its
  toggles' checkboxes and labels, its icons), rewritten in every page

Each place that depends on the theme's or the i18n plugin's internals is
listed in README.md ("The theme's footprint"); tests/test_architecture.py
fails when a file starts to depend on them without being listed there.
"""
