#!/usr/bin/env bash
# Regenerate vast_sdk/_generated from openapi.json + openapi.overlay.yaml.
#   ./generate.sh                      write vast_sdk/_generated
#   ./generate.sh --out DIR            write DIR/_generated instead (for checks)
#   ./generate.sh --spec FILE --lenient   try another spec revision
# One process: python -m tools generate (overlay, openapi-python-client's parser, our
# templates, ruff format). Needs the dev tools: run `make install` first.
set -uo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-.venv/bin/python}
if ! "$PY" -c "import openapi_python_client, jinja2, yaml" 2>/dev/null; then
  echo "generate.sh: $PY lacks the dev tools (openapi-python-client, jinja2, pyyaml)." >&2
  echo "generate.sh: run 'make install' (creates .venv with the pinned versions), or set PYTHON=..." >&2
  exit 1
fi
exec "$PY" -m tools generate "$@"
