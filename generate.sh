#!/usr/bin/env bash
# Regenerate vast_sdk/_generated from openapi.json + openapi.overlay.yaml.
#   ./generate.sh            write into vast_sdk/_generated (and the stamp)
#   ./generate.sh OUT_DIR    write the package into OUT_DIR/_generated instead (for checks)
#   SPEC=path ./generate.sh  generate from another spec revision
# Needs the dev tools (make install): openapi-python-client 0.29.1 and ruff on PATH.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
SPEC=${SPEC:-openapi.json}
OVERLAY=openapi.overlay.yaml
OUT=${1:-vast_sdk}
PY=${PYTHON:-python}
GENERATOR_VERSION=0.29.1

have=$(openapi-python-client --version 2>/dev/null | awk '{print $NF}')
if [ "$have" != "$GENERATOR_VERSION" ]; then
  echo "generate.sh: need openapi-python-client $GENERATOR_VERSION, found '${have:-none}' (run: make install)" >&2
  exit 1
fi

export RUFF_NO_CACHE=true  # no .ruff_cache inside the generated package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
patched=$work/openapi.patched.json
"$PY" tools/overlay.py "$SPEC" "$OVERLAY" "$patched" ${OVERLAY_FLAGS:-}
if [ "$SPEC" = openapi.json ]; then
  # The patched spec is a build artifact (gitignored): FakeVast validates against it.
  mkdir -p build && cp "$patched" build/openapi.patched.json
fi
# Run from a neutral directory so ruff's post-hooks use only the generator's own settings.
(cd "$work" && openapi-python-client generate --path "$patched" --meta none \
  --config "$ROOT/openapi-python-client.yaml" --custom-template-path "$ROOT/templates" --output-path "$work/_generated" \
  --fail-on-warning >"$work/log" 2>&1) || { cat "$work/log" >&2; exit 1; }
"$PY" tools/lazy_models.py "$work/_generated"
"$PY" tools/gen_operations.py "$patched" "$work/_generated"
"$PY" tools/stamp.py "$SPEC" "$OVERLAY" "$GENERATOR_VERSION" > "$work/_generated/STAMP.json"
(cd "$work" && ruff format --quiet --config "$ROOT/pyproject.toml" _generated/_operations.py _generated/models/__init__.py)
"$PY" tools/mark_generated.py "$work/_generated"

mkdir -p "$OUT"
rm -rf "$OUT/_generated"
cp -r "$work/_generated" "$OUT/_generated"
echo "generate.sh: wrote $OUT/_generated ($(find "$OUT/_generated" -name '*.py' | wc -l) files)"
