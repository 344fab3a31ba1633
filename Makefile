# Ensemble accrochons-nous — two commands: `make run` and `make test`.
SHELL := /bin/bash
PYTHON_VERSION := $(shell cat .python-version)
PYTHON ?= $(shell command -v python$(PYTHON_VERSION) 2>/dev/null)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_WORKERS ?= 2

.PHONY: run test setup python venv node db demo worker test-unit test-e2e chromium pdf-deps lint bench loadtest backup restore lock clean help audit audit-refresh fuzz superuser

help:
	@echo "make run   — installe tout, prépare la base et sert http://$(HOST):$(PORT)"
	@echo "make test  — installe tout et lance tous les tests"

python:
	@if [ -z "$(PYTHON)" ]; then \
	  echo "Python $(PYTHON_VERSION) est requis mais introuvable (commande python$(PYTHON_VERSION))."; \
	  echo "Installez-le (par ex. 'apt-get install python$(PYTHON_VERSION) python$(PYTHON_VERSION)-venv' ou 'pyenv install $(PYTHON_VERSION)'), puis relancez."; \
	  exit 1; fi

# Development and tests: the runtime set plus the dev tools, every file checked against its hash (requirements/).
# Production installs requirements/base.txt only (docs/deployment.md).
$(BIN)/.installed: requirements/base.txt requirements/dev.txt | python
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/dev.txt
	@touch $@

venv: $(BIN)/.installed

node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm (Node.js) est requis : apt-get install nodejs npm"; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

node: node_modules/.installed

db: venv node pdf-deps
	$(MANAGE) migrate --noinput
	$(MANAGE) load_geo
	$(MANAGE) load_reference_content --if-empty
	$(MANAGE) import_schools --if-changed
	$(MANAGE) send_freshness_reminders --schedule-only
	$(MANAGE) send_review_reminders --schedule-only
	$(MANAGE) harvest_hsds --schedule-only

setup: db

run: setup
	@echo "→ http://$(HOST):$(PORT)  (administration : http://$(HOST):$(PORT)/admin/, compte créé par 'make superuser')"
	@$(MANAGE) db_worker --queue-name '*' & worker=$$!; \
	 trap "kill $$worker 2>/dev/null" EXIT INT TERM; \
	 $(MANAGE) runserver $(HOST):$(PORT)

superuser: venv
	$(MANAGE) createsuperuser

worker: venv
	$(MANAGE) db_worker --queue-name '*'

# Debian Pango for WeasyPrint (the families' handout PDF, see docs/decisions/0052).
pdf-deps:
	@ldconfig -p 2>/dev/null | grep -q 'libpangoft2-1.0' || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core >/dev/null; \
	  else echo "Pango est requis pour les fiches PDF : sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0"; exit 1; fi; }

# Debian chromium for the browser tests (never `playwright install`).
chromium:
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; \
	  else echo "Chromium est requis pour les tests navigateur : sudo apt-get install chromium"; exit 1; fi; }

test: db chromium
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	$(MAKE) --no-print-directory lint test-unit test-e2e

test-unit: venv
	$(BIN)/pytest -n $(PYTEST_WORKERS) -m "not e2e" -q

test-e2e: venv node chromium
	$(BIN)/pytest -m e2e -q tests/e2e

lint: venv
	$(BIN)/ruff check accroche tests benchmarks conftest.py
	$(BIN)/ruff format --check accroche tests benchmarks conftest.py

bench: venv node chromium
	$(BIN)/python -m benchmarks.run $(BENCH)

# Re-locks requirements/*.in into *.txt with hashes (pip-tools); `make lock UPGRADE=1` moves to the newest versions.
lock: venv
	cd requirements && ../$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	  --no-emit-index-url --no-emit-find-links $(if $(UPGRADE),--upgrade) -o base.txt base.in
	cd requirements && ../$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	  --no-emit-index-url --no-emit-find-links $(if $(UPGRADE),--upgrade) -o dev.txt dev.in

clean:
	rm -rf $(VENV) node_modules staticfiles var

backup: venv
	$(MANAGE) backup

# make restore FILE=var/backups/accroche-backup-….tar.gz
restore: venv
	@test -n "$(FILE)" || { echo "Usage : make restore FILE=var/backups/accroche-backup-….tar.gz"; exit 1; }
	$(MANAGE) restore "$(FILE)" --yes

# Known vulnerabilities of the locked dependencies, offline, from the dated advisory snapshots in security/advisories/
# (PyPA for Python, GitHub advisories through OSV for npm): prints the result, then fails on any vulnerability and on
# a snapshot older than 90 days (AUDIT_ALLOW_STALE=1: age reported, not fatal). `npm audit` too where it answers.
audit: venv
	scripts/audit.sh

# Refreshes both snapshots (needs the internet; or AUDIT_SOURCE=<copy of the PyPA database>,
# AUDIT_NPM_SOURCE=<OSV npm all.zip, or a folder of OSV/GHSA JSON files>), then commit security/advisories/.
audit-refresh: venv
	$(BIN)/python scripts/advisories.py refresh $(if $(AUDIT_SOURCE),--from $(AUDIT_SOURCE))
	$(BIN)/python scripts/advisories.py refresh-npm $(if $(AUDIT_NPM_SOURCE),--from $(AUDIT_NPM_SOURCE))

# Long unseeded exploration of hostile query strings on every URL pattern (CI runs a short derandomised pass).
fuzz: venv
	HYPOTHESIS_PROFILE=fuzz FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-200} $(BIN)/pytest -q -p no:logging \
	  tests/test_hostile_urls.py tests/test_hostile_input.py tests/test_hostile_api.py

# Load test under production settings on PostgreSQL, against 127.0.0.1 only, bounded in time.
loadtest: venv node
	scripts/loadtest.sh
