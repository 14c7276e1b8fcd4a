# The two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# Development defaults; a deployment sets its own (see README).
export DJANGO_DEBUG ?= 1
export PORTAL_DATA_DIR ?= $(CURDIR)/var

.PHONY: run test setup setup-dev lint format audit translations lock data clean

# Locks with hashes (pip-compile output): a deployment installs requirements.txt alone; the tests
# install requirements-dev.txt, which holds the same runtime pins plus the development tools.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-runtime: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev.txt
	touch $@

setup: $(VENV)/.installed-runtime

setup-dev: $(VENV)/.installed-dev

# After editing requirements.in or requirements-dev.in: regenerate both locks (the dev lock is
# constrained by the runtime one). Pins already in a lock are kept unless an .in file moves them.
lock: setup-dev
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --no-strip-extras --no-emit-find-links \
		--output-file requirements.txt requirements.in
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --no-strip-extras --no-emit-find-links \
		--output-file requirements-dev.txt requirements-dev.in

data: setup
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py ingest samples
	$(BIN)/python manage.py rebuild_index --noinput

# The background worker (uploads are ingested by jobs, in the database queue unless REDIS_URL
# is set) runs beside the server and stops with it: Ctrl-C reaches both, and the trap ends it if the server stops alone.
run: data
	@echo "Serving on http://$(HOST):$(PORT)/ with a background worker (Ctrl-C stops both)"
	$(BIN)/python manage.py worker --verbosity 0 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

lint: setup-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Known vulnerabilities in the locked packages fail the run unless requirements-audit-ignore.txt
# accepts them with a reason; AUDIT_FLAGS=--strict also fails when the index gave no data.
audit: setup-dev
	$(BIN)/python -m tools.audit $(AUDIT_FLAGS) requirements-dev.txt

# The English catalog holds every string makemessages finds, and its .mo is compiled from it.
translations: setup-dev
	$(BIN)/python manage.py check_translations

test: lint audit translations
	DJANGO_DEBUG=0 $(BIN)/python -m pytest

clean:
	rm -rf $(VENV) var
