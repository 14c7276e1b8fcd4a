# The two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# Development defaults; a deployment sets its own (see README).
export DJANGO_DEBUG ?= 1
export PORTAL_DATA_DIR ?= $(CURDIR)/var

.PHONY: run test setup lint format data clean

$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $(STAMP)

setup: $(STAMP)

data: setup
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py ingest samples
	$(BIN)/python manage.py rebuild_index --noinput

run: data
	@echo "Serving on http://$(HOST):$(PORT)/ (Ctrl-C to stop)"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: lint
	DJANGO_DEBUG=0 $(BIN)/python -m pytest

clean:
	rm -rf $(VENV) var
