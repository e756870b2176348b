"""The official vastai package, driven with a recording client, for parity tests."""

from __future__ import annotations

import pytest

from .official import Official


@pytest.fixture(scope="session")
def official() -> Official:
    """vastai 1.9.1's CLI and SDK (a dev dependency), recording instead of sending."""
    return Official.get()
