"""Fixtures for the generation-pipeline tests: the spec, the overlay, and the patched spec."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tools.overlay import load_overlay
from vast_sdk._spec import shape

from .pipeline_helpers import OVERLAY, SPEC


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(SPEC.read_text())
    return spec


@pytest.fixture(scope="session")
def overlay() -> dict[str, Any]:
    overlay: dict[str, Any] = load_overlay(OVERLAY.read_text())
    return overlay


@pytest.fixture(scope="session")
def patched() -> dict[str, Any]:
    """What the SDK is generated from: every source merged, the overlay applied (strictly)."""
    from tools.generate import patched_spec

    result, notes, _sources = patched_spec()
    assert notes == []
    return result


@pytest.fixture(scope="session")
def union_rows() -> list[tuple[str, str]]:
    """(METHOD, path shape) of every row of ../shared/specs/OPERATIONS-UNION.md (both tables)."""
    text = (SPEC.resolve().parent / "OPERATIONS-UNION.md").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 2 and cells[0] in ("GET", "PUT", "POST", "DELETE", "PATCH"):
            path = cells[1].split(" , ")[0].strip()
            rows.append(shape(cells[0], path.replace("{}", "{x}")))
    return rows
