"""python -m scripts.frontmatter [PATH ...]: check the front matter of the pages."""

import sys

from scripts import frontmatter
from scripts.content.pages import refusal
from scripts.findings import run_page_check

if __name__ == "__main__":
    sys.exit(run_page_check(frontmatter.check, sys.argv[1:], "python -m scripts.frontmatter",
                            "Check each page's front matter (title, description, last_reviewed) "
                            "against scripts/content/schemas/front-matter.schema.yml.", refusal))
