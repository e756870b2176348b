"""Runs last (conftest moves it there): every operation in the spec was served (a 2xx; for an
operation documenting none, a documented answer) to both the sync and the async client during
this session.

The list of operations comes from the overlay-patched spec and must equal vast_sdk.OPERATIONS,
so a renamed, added or dropped operation fails here by name. Run on its own (nothing served),
it fails listing all of them: it cannot pass vacuously.
"""

from __future__ import annotations

from vast_sdk import OPERATIONS
from vast_sdk.testing._spec import load_spec

from .conftest import SERVED


def test_every_operation_is_served_sync_and_async() -> None:
    spec_ops = set(load_spec().operations)
    assert spec_ops == set(OPERATIONS)
    missing = {mode: sorted(spec_ops - served) for mode, served in SERVED.items()}
    assert missing == {"sync": [], "async": []}, f"operations no test called: {missing}"
