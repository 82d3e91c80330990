"""python -m scripts.frontmatter [PATH ...]: check the front matter of the pages."""

import sys

from scripts import frontmatter, pages

if __name__ == "__main__":
    sys.exit(pages.main(frontmatter.check, sys.argv[1:], "python -m scripts.frontmatter",
                        "Check each page's front matter (title, description, last_reviewed) "
                        "against scripts/frontmatter/schema.yml."))
