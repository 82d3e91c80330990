# The one interface for editors, CI and developers. `make help` lists it.
# Every target installs what it needs first, so a fresh clone needs no set-up.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed-$(shell cat requirements.txt | cksum | cut -d' ' -f1)
MKDOCS := NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs

.DEFAULT_GOAL := help
.PHONY: help install build serve check lint test audit links hooks hosting bench clean lock

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(INSTALLED): requirements.txt
	@sh scripts/python_version.sh "$(PYTHON)" "$(firstword $(MAKECMDGOALS))"
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
	  echo "Python's venv module is missing; installing Debian's python3-venv." >&2; \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && apt-get install -y -qq python3-venv && $(PYTHON) -m venv $(VENV); \
	  else echo "Run: sudo apt-get install python3-venv   then: make $(MAKECMDGOALS)" >&2; exit 1; fi; }
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@rm -f $(VENV)/.installed-* && touch $@

install: $(INSTALLED) ## create .venv and install the pinned Python packages

build: install ## strict build of the site into site/ (any warning fails)
	$(MKDOCS) build --strict --clean

serve: install ## build and serve the site on http://127.0.0.1:8000/ with live reload
	$(MKDOCS) serve --strict --dev-addr 127.0.0.1:8000 --livereload

check: install ## the editors' fast loop: build, check the built site and the content, one summary
	$(PY) -m scripts.check

lint: install ## check the language of every page: inclusive, plain, one word for one thing
	$(PY) -m scripts.langcheck

test: check ## every check: `make check`, all automated tests (browser tests too), the accessibility audit
	$(PY) -m pytest -n auto --dist loadfile  # one worker per core; a file's tests stay on one worker, with its fixtures
	$(PY) -m scripts.audit

# Installs its Node tools (.nodeenv/, node_modules/) and, as root on Debian/Ubuntu, Chromium if missing.
audit: install ## accessibility audit in a real browser: every page, both languages, phone and desktop
	$(PY) -m scripts.audit

links: install ## list the external links per page; `make links ONLINE=1` also tries each one (needs internet)
	$(PY) -m scripts.links $(if $(ONLINE),--online)

hooks: install ## check the changed pages before each commit (installs the pre-commit hook in .git)
	$(VENV)/bin/pre-commit install

hosting: build ## the nginx configuration for the built site, in build/nginx/ (hosting/README.md)
	$(PY) -m scripts.hosting

bench: install ## speed and size against stock Material: page weight, Lighthouse, build growth, audit, language checker; budgets
	$(PY) -m scripts.bench

clean: ## remove what the build made (site/, reports/, build/, caches)
	rm -rf site reports build .pytest_cache .hypothesis
	find . -name __pycache__ -not -path './$(VENV)/*' -prune -exec rm -rf {} +

lock: ## re-pin requirements.txt from requirements.in, for every supported Python (pyproject.toml)
	@sh scripts/python_version.sh "$(PYTHON)" lock
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m scripts.lock
	rm -rf .venv-lock
