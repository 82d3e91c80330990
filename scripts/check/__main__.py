"""python -m scripts.check: every fast check, one summary (what `make check` runs)."""

import sys

from scripts.check import main

if __name__ == "__main__":
    sys.exit(main())
