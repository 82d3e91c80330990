"""MkDocs hook: the `long_date` template filter, a date in the reader's language.

The bottom of every page (overrides/partials/source-file.html) shows its
front matter's last_reviewed as "28 november 2026" or "28 novembre 2026"
(scripts/content/local_formats.py).
"""

from scripts.content.local_formats import long_date


def on_env(env, config, files):
    env.filters["long_date"] = long_date
    return env
