#!/bin/sh
# Is "$1" a Python this project supports? Run by `make` before it creates .venv,
# so an editor with a too old (or too new) Python reads one line saying what to
# do, never a pip resolver error. The supported range is pyproject.toml's
# requires-python (">=OLDEST,<FIRST-UNSUPPORTED"), the one place that says it.
# POSIX sh and awk only: this runs before any supported Python exists.
python=${1:-python3}
goal=${2:-test}
pyproject=pyproject.toml

range=$(sed -n 's/^requires-python *= *"\(.*\)"/\1/p' "$pyproject")
oldest=$(printf '%s\n' "$range" | sed -n 's/.*>=\([0-9.]*\).*/\1/p')
first_unsupported=$(printf '%s\n' "$range" | sed -n 's/.*<\([0-9.]*\).*/\1/p')
newest_minor=$(printf '%s\n' "$first_unsupported" | awk -F. '{ print $1 "." $2 - 1 }')
if [ -z "$oldest" ] || [ -z "$first_unsupported" ]; then
  echo "make: $pyproject has no line requires-python = \">=OLDEST,<FIRST-UNSUPPORTED\"; restore it (see git log)." >&2
  exit 1
fi

# The version an interpreter reports of itself; any Python 2 or 3 understands this.
found=$("$python" -c 'import sys; print("%d.%d.%d" % tuple(sys.version_info[:3]))' 2>/dev/null)

# older A B: is version A older than version B (numerically, part by part)?
older() {
  awk -v a="$1" -v b="$2" 'BEGIN {
    split(a, x, "."); split(b, y, ".")
    for (i = 1; i <= 3; i++) { if (x[i] + 0 < y[i] + 0) exit 0; if (x[i] + 0 > y[i] + 0) exit 1 }
    exit 1 }'
}

needs="this project needs Python $oldest to $newest_minor"
how="Install one (Debian 12, Ubuntu 24.04: sudo apt-get install python3 python3-venv; elsewhere: python.org), then run: make $goal PYTHON=/path/to/python3"
if [ -z "$found" ]; then
  echo "make: no Python at '$python'; $needs. $how" >&2
  exit 1
elif older "$found" "$oldest"; then
  echo "make: '$python' is Python $found, too old: $needs. $how" >&2
  exit 1
elif ! older "$found" "$first_unsupported"; then
  echo "make: '$python' is Python $found, too new for the pinned packages: $needs. $how" >&2
  exit 1
fi
