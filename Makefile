# vast-sdk developer commands. Every target that needs the venv creates it first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install lock changelog demo demo-local test test-only lint typecheck generate check-generated bench clean

$(STAMP): pyproject.toml constraints-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints-dev.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP) ## create .venv with the package and its dev tools

generate: $(STAMP) ## regenerate vast_sdk/_generated from openapi.json + the overlay
	PATH="$(CURDIR)/$(BIN):$$PATH" PYTHON=$(BIN)/python ./generate.sh

check-generated: $(STAMP) ## fail if the committed generated code differs from spec + overlay
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python tools/check_generated.py

lint: $(STAMP)
	$(BIN)/ruff check vast_sdk tools tests examples benchmarks
	$(BIN)/ruff format --check vast_sdk tools tests examples benchmarks

demo: $(STAMP) ## the quickstart: on a local FakeVast unless a Vast API key is configured
	@if $(BIN)/python -c "import sys; from vast_sdk._auth import discover_api_key; sys.exit(discover_api_key(None)[0] is None)"; then \
	  echo "make demo: an API key is configured, so this runs against the real API (it asks before renting; 'make demo-local' uses the fake)"; \
	  $(BIN)/python examples/quickstart.py; \
	else \
	  $(BIN)/python -m vast_sdk.testing --run examples/quickstart.py; \
	fi

demo-local: $(STAMP) ## the quickstart against a local FakeVast (no key, no network, no cost)
	$(BIN)/python -m vast_sdk.testing --run examples/quickstart.py

typecheck: $(STAMP)
	$(BIN)/mypy --strict vast_sdk

test-only: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m pytest -q

test: check-generated lint typecheck test-only ## everything CI runs

lock: ## re-pin constraints-dev.txt from a fresh resolution of pyproject.toml's dev extra
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet -e '.[dev]'
	{ sed -n '1,3p' constraints-dev.txt; .venv-lock/bin/pip freeze --exclude-editable | grep -v '^vast-sdk'; } > constraints-dev.new
	mv constraints-dev.new constraints-dev.txt && rm -rf .venv-lock

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache

NEXT_SPEC ?= ../shared/specs/vast-openapi-next.json
changelog: $(STAMP) ## API changes from openapi.json to NEXT_SPEC, by pinned operation name
	$(BIN)/python tools/api_changelog.py openapi.json $(NEXT_SPEC)

bench: $(STAMP) ## import-cost ratios against baselines measured in the same run
	$(BIN)/python benchmarks/import_time.py
