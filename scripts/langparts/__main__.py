"""python -m scripts.langparts [PATH ...]: names in another language carry their language."""

import sys

from scripts import langparts
from scripts.findings import run_page_check

if __name__ == "__main__":
    sys.exit(run_page_check(langparts.check, sys.argv[1:], "python -m scripts.langparts",
                            "Check that every name in another language (docs/data/names.yml, the glossaries' "
                            "terms with lang) is marked with its language wherever a page writes it."))
