"""A data file that cannot be used stops the build the way MkDocs expects: a PluginError.

The content package raises DataError, which knows nothing of MkDocs; a hook
event wrapped in `stops_the_build` turns it into a PluginError whose message
is the findings, one clickable line each.
"""

from __future__ import annotations

import functools

from mkdocs.exceptions import PluginError

from scripts.content import DataError


def stops_the_build(event):
    @functools.wraps(event)
    def wrapped(*arguments, **options):
        try:
            return event(*arguments, **options)
        except DataError as error:
            raise PluginError(str(error)) from error

    return wrapped
