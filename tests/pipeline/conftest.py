"""Fixtures for the generation-pipeline tests: the spec, the overlay, and the patched spec."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tools.overlay import load_overlay

from .pipeline_helpers import OVERLAY, SPEC, Expected, expected_operations


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
def expected() -> Expected:
    """The operations the SDK must have, from the upstream documents and the overlay."""
    return expected_operations()
