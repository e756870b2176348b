# vast-sdk developer commands. Every target that needs the venv creates it first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install lock changelog upgrade overlay-lock demo demo-local test test-only test-package lint typecheck generate check-generated bench clean python-ok
.DEFAULT_GOAL := install

# Byte-code caches (__pycache__, which git ignores) let every Python process after the first
# start without compiling again: the SDK's own modules in each test subprocess, and pytest's
# assertion rewriting (of every module of a pytest plugin's package, the SDK's included). So
# pip installs with --no-compile: a module is compiled when first imported, and most never are.
unexport PYTHONDONTWRITEBYTECODE

# The Python the venvs are made with must be 3.11 or newer (pyproject.toml's requires-python):
# say so, with the version found, instead of pip's ResolutionImpossible. A venv made by another
# Python than $(PYTHON) (or whose Python is gone) is made again: WHICH_PY names an interpreter
# by its version and installation, the same for the Python and the venvs it made.
WHICH_PY = import sys; print("%d.%d.%d" % sys.version_info[:3], sys.base_prefix)
PY_ID    := $(shell $(PYTHON) -c '$(WHICH_PY)' 2>/dev/null)

python-ok:
	@found=$$($(PYTHON) -c 'import sys; print("%d.%d.%d" % sys.version_info[:3]); sys.exit(sys.version_info < (3, 11))' 2>/dev/null) || { \
	  echo "make: vast-sdk needs Python >= 3.11, but PYTHON=$(PYTHON) is $${found:-not a working Python}." >&2; \
	  echo "make: install Python 3.11, 3.12 or 3.13 and run e.g.: make $(or $(MAKECMDGOALS),install) PYTHON=python3.11" >&2; \
	  exit 1; }

# $(call stale,VENV): rebuild-VENV, a prerequisite that is always out of date, when VENV's
# Python is not $(PYTHON) or does not run (see WHICH_PY); else nothing.
differ = $(subst $(1),,$(2))$(subst $(2),,$(1))
stale = $(if $(call differ,$(PY_ID),$(shell $(1)/bin/python -c '$(WHICH_PY)' 2>/dev/null)),rebuild-$(1))
.PHONY: rebuild-$(VENV)

$(STAMP): pyproject.toml constraints-dev.txt $(call stale,$(VENV)) | python-ok
	@if [ -d $(VENV) ] && [ "$$($(BIN)/python -c '$(WHICH_PY)' 2>/dev/null)" != "$(PY_ID)" ]; then \
	  echo "make: $(VENV) was made by another Python than $(PYTHON) ($(PY_ID)): making it again"; \
	  rm -rf $(VENV); fi
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --no-compile -c constraints-dev.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP) ## create .venv with the package and its dev tools

generate: $(STAMP) ## regenerate vast_sdk/_generated from openapi.json + the overlay
	$(BIN)/python -m tools generate

check-generated: $(STAMP) ## fail if the committed generated code differs from spec + overlay
	$(BIN)/python -m tools check

lint: $(STAMP)
	$(BIN)/ruff check vast_sdk tools tests examples benchmarks
	$(BIN)/ruff format --check vast_sdk tools tests examples benchmarks

# The demo needs only the package and its testing extra (no generator, linters or pytest), so it
# gets its own small venv, set up in seconds where .venv takes a minute. Same pins as .venv
# (constraints-dev.txt). It lives under build/, which git, the sdist and 'make clean' already
# leave out. The host Python's pip installs into it (pip >= 22.3: --python), which skips
# ensurepip's seconds; a host Python without pip gives the venv its own.
DEMO_VENV  := build/demo-venv
DEMO_BIN   := $(DEMO_VENV)/bin
DEMO_STAMP := $(DEMO_VENV)/.installed

.PHONY: rebuild-$(DEMO_VENV)

$(DEMO_STAMP): pyproject.toml constraints-dev.txt $(call stale,$(DEMO_VENV)) | python-ok
	@if [ -d $(DEMO_VENV) ] && [ "$$($(DEMO_BIN)/python -c '$(WHICH_PY)' 2>/dev/null)" != "$(PY_ID)" ]; then \
	  echo "make: $(DEMO_VENV) was made by another Python than $(PYTHON) ($(PY_ID)): making it again"; \
	  rm -rf $(DEMO_VENV); fi
	@echo "make demo: setting up $(DEMO_VENV) with vast-sdk and its testing extra (first run only)"
	@$(PYTHON) -m venv --without-pip $(DEMO_VENV)
	@if $(PYTHON) -m pip --python $(DEMO_BIN)/python --version >/dev/null 2>&1; then \
	  pip="$(PYTHON) -m pip --python $(DEMO_BIN)/python"; \
	else \
	  $(DEMO_BIN)/python -m ensurepip --default-pip >/dev/null || exit 1; \
	  pip="$(DEMO_BIN)/python -m pip"; \
	fi; \
	$$pip install --quiet --no-compile --disable-pip-version-check -c constraints-dev.txt -e '.[testing]'
	@touch $(DEMO_STAMP)

demo: $(DEMO_STAMP) ## the quickstart: on a local FakeVast unless a Vast API key is configured
	@if $(DEMO_BIN)/python -c "import sys; from vast_sdk._auth import discover_api_key; sys.exit(discover_api_key(None)[0] is None)"; then \
	  echo "make demo: an API key is configured, so this runs against the real API (it asks before renting; 'make demo-local' uses the fake)"; \
	  $(DEMO_BIN)/python examples/quickstart.py; \
	else \
	  $(DEMO_BIN)/python -m vast_sdk.testing --run examples/quickstart.py; \
	fi

demo-local: $(DEMO_STAMP) ## the quickstart against a local FakeVast (no key, no network, no cost)
	$(DEMO_BIN)/python -m vast_sdk.testing --run examples/quickstart.py

typecheck: $(STAMP) ## mypy --strict: the package, tools/, tests/, examples/ and the README's snippets
	$(BIN)/mypy --strict vast_sdk tools tests examples benchmarks
	$(BIN)/python -m tools snippets --out build/readme_snippets
	$(BIN)/mypy --strict build/readme_snippets

# pytest-xdist: two workers per CPU, at most 8 (TEST_WORKERS=0: none), as most tests spend most
# of their time waiting (on subprocesses, loopback servers, timeouts), not computing. Each test
# file (tests/fake: the whole folder) runs in one worker, so the fixtures it shares are made
# once (tests/conftest.py).
TEST_WORKERS ?= $(shell $(PYTHON) -c 'import os; print(min(8, 2 * len(os.sched_getaffinity(0))))' 2>/dev/null || echo 2)
test-only: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m pytest -q -n $(TEST_WORKERS)

test: check-generated lint typecheck test-only ## everything CI runs

# The package suite alone (also part of test-only): the wheel, the sdist, and the wheel on the
# lowest declared dependency versions, each installed in a fresh venv outside the checkout, on
# every Python in VAST_SDK_TEST_PYTHONS (os.pathsep-separated; default: the .venv's). .ci/run
# runs it on 3.11, 3.12 and 3.13, beside make test.
test-package: $(STAMP) ## build the wheel and sdist, install them outside the checkout, smoke-test
	$(BIN)/python -m pytest -q -m package

lock: python-ok ## re-pin constraints-dev.txt from a fresh resolution of pyproject.toml's dev extra
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet -e '.[dev]'
	{ sed -n '1,3p' constraints-dev.txt; .venv-lock/bin/pip freeze --exclude-editable | grep -v '^vast-sdk'; } > constraints-dev.new
	mv constraints-dev.new constraints-dev.txt && rm -rf .venv-lock

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache

NEXT_SPEC ?= ../shared/specs/vast-openapi-next.json
changelog: $(STAMP) ## API changes from openapi.json to NEXT_SPEC, by pinned operation name
	$(BIN)/python -m tools changelog openapi.json $(NEXT_SPEC)

# A new revision of an upstream document (docs/regenerating.md, "Upgrading a source"): keeps
# the previous revision in .sources/ (by sha256; git-ignored), prints the review, then moves
# the source's reference to FILE, regenerates and writes the CHANGELOG.md entry. REVIEW=1 only
# reviews; LOCK=1 (after the review) records the new revisions in openapi.overlay.lock. FILE
# stays where it is: upstream documents never enter the repository.
upgrade: $(STAMP) ## take a new revision of a source: make upgrade SOURCE=seed|next|preview FILE=path [REVIEW=1] [LOCK=1]
	@if [ -z "$(SOURCE)" ] || [ -z "$(FILE)" ]; then \
	  echo "usage: make upgrade SOURCE=seed|next|preview FILE=path [REVIEW=1] [LOCK=1]" >&2; exit 2; fi
	$(BIN)/python -m tools upgrade "$(SOURCE)" "$(FILE)" $(if $(REVIEW),--review-only) $(if $(LOCK),--lock)

# What the overlay relies on upstream (docs/regenerating.md, "The lock"): rewrite
# openapi.overlay.lock from the sources as they are, after reviewing what changed; prints it.
overlay-lock: $(STAMP) ## record what the overlay's rules and keywords rely on (openapi.overlay.lock)
	$(BIN)/python -m tools overlay lock

bench: $(STAMP) ## ratios against baselines measured in the same run (not part of make test)
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)  # BENCH_ARGS=--quick: a smoke run
