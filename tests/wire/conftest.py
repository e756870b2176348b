"""The loopback recorder, shared by the module's tests, and the whole catalogue recorded once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("vastai", reason="the official vastai package (a dev dependency) is needed")

from .catalogue import cases, run_official
from .recorder import Call, Recorder


@pytest.fixture(scope="session")
def rec() -> Iterator[Recorder]:
    with Recorder() as recorder:
        yield recorder


@pytest.fixture(scope="session")
def recorded(rec: Recorder) -> dict[str, tuple[Call, Call]]:
    """Every catalogue case's (official call, SDK call), by case key."""
    return {case.key: (run_official(rec, case), rec.sdk(case.sdk)) for case in cases()}
