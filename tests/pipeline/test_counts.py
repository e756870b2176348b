"""Adding an operation needs no test edit: the suite's count-dependent checks, run on a
generation from a temporary copy of the overlay (and of the seed) with one operation more."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools.generate import patched_spec
from tools.lock import lock_path
from tools.overlay_records import load_overlay

from .pipeline_helpers import (
    OVERLAY,
    SPEC,
    check_generated,
    check_patched,
    expected_operations,
    run_generate,
)

WIDGETS: dict[str, Any] = {
    "summary": "show widgets",
    "tags": ["Instances"],
    "responses": {
        "200": {
            "description": "ok",
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "properties": {"widgets": {"type": "array", "items": {"type": "integer"}}},
                    }
                }
            },
        }
    },
    "security": [{"BearerAuth": []}],
}


@pytest.mark.parametrize("where", ["overlay", "seed"])
def test_one_more_operation_passes_every_count_check(tmp_path: Path, where: str) -> None:
    """``overlay``: a record that defines an operation production serves. ``seed``: a new
    operation in the primary document, pinned by a new record."""
    overlay = load_overlay(OVERLAY.read_text())
    record: dict[str, Any] = {"name": "show_widgets", "idempotent": True, "why": "a test's own"}
    spec = None
    if where == "overlay":
        record["define"] = {**WIDGETS, "x-undocumented": True}
        record["evidence"] = "a test's own operation, served by nothing"
    else:
        seed = json.loads(SPEC.read_text())
        seed["paths"]["/api/v0/widgets/"] = {"get": WIDGETS}
        spec = tmp_path / "seed.json"
        spec.write_text(json.dumps(seed))
    overlay["operations"]["GET /api/v0/widgets/"] = record
    edited = tmp_path / "overlay.yaml"
    edited.write_text(yaml.safe_dump(overlay, sort_keys=False))
    # the new operation has no keyword and relies on no upstream node: the lock still holds
    shutil.copy(lock_path(OVERLAY), lock_path(edited))

    expected = expected_operations(edited, primary=spec)
    before = expected_operations()
    assert expected.shapes - before.shapes == {("GET", "/api/v0/widgets")}
    patched, notes, _sources = patched_spec(spec, edited)
    assert notes == []
    check_patched(patched, expected)
    run = run_generate(tmp_path / "out", spec=spec, overlay=edited)
    assert run.returncode == 0, run.stderr
    check_generated(tmp_path / "out" / "_generated", tmp_path / "out" / "docs", expected)
    module = (tmp_path / "out" / "_generated" / "api" / "show_widgets.py").read_text()
    assert "'/api/v0/widgets/'" in module or '"/api/v0/widgets/"' in module
