"""Fixtures for the generation-pipeline tests: the spec, the overlay, and the patched spec."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml
from pipeline_helpers import OVERLAY, SPEC

from tools.overlay import apply_overlay


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(SPEC.read_text())
    return spec


@pytest.fixture(scope="session")
def overlay() -> dict[str, Any]:
    overlay: dict[str, Any] = yaml.safe_load(OVERLAY.read_text())
    return overlay


@pytest.fixture(scope="session")
def patched(spec: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    result, notes = apply_overlay(spec, overlay)
    assert notes == []
    return result
