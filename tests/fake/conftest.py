"""Fixtures for the FakeVast suite: a fake on loopback per test, sync and async SDK clients.

Every client a fixture makes sends ``X-Test-Client: sync|async``; when a test ends, the
operations the fake served (``served``: a 2xx, as a rule) are added to SERVED[mode]. The last
test of the session (test_zz_coverage.py) checks SERVED against the spec's operation list.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from vast_sdk import AsyncVast, Vast
from vast_sdk.testing import FakeVast
from vast_sdk.testing._core import Served

SERVED: dict[str, set[str]] = {"sync": set(), "async": set()}
"""Operations answered 2xx to a fixture client, per client kind, across the session."""

COVERAGE_TEST = "test_zz_coverage.py::test_every_operation_is_served_sync_and_async"


@pytest.fixture
def anyio_backend() -> str:
    """The SDK's async client runs on asyncio; trio is not a dependency."""
    return "asyncio"


def served(fake: FakeVast, call: Served) -> bool:
    """True when ``call`` counts as the fake serving its operation: a 2xx; a documented 410
    (show_instances_v0, retired in production); or, for an operation that documents no 2xx at
    all (show_instances_lite_v1, disabled upstream: always 404), an answer with a documented
    status that no fault forced."""
    if call.op is None or call.dropped:
        return False
    if 200 <= call.status < 300:
        return True
    if not call.documented or call.fault:
        return False
    return call.status == 410 or not fake.spec.operations[call.op].info.success_codes


def record(fake: FakeVast) -> None:
    """Add what ``fake`` served to the session's coverage record."""
    for call in fake.calls:
        mode = call.headers.get("x-test-client")
        if call.op and mode in SERVED and served(fake, call):
            SERVED[mode].add(call.op)


def make_fake(**options: object) -> FakeVast:
    """A FakeVast whose clock moves only when a test moves it (unless told otherwise)."""
    options.setdefault("auto_advance", 0.0)
    return FakeVast(**options)  # type: ignore[arg-type]


@pytest.fixture
def fake() -> Iterator[FakeVast]:
    """A fresh FakeVast on loopback (clock moves only by fake.clock.advance)."""
    server = make_fake()
    with server.serve():
        yield server
    record(server)
    assert not server.errors, server.errors


@pytest.fixture
def no_key_anywhere(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No VAST_API_KEY, VAST_URL or key file: a client built now has no key."""
    for name in ("VAST_API_KEY", "VAST_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def sync_client(fake: FakeVast, **options: object) -> Vast:
    options.setdefault("api_key", fake.api_key)
    return Vast(base_url=fake.url, default_headers={"X-Test-Client": "sync"}, **options)  # type: ignore[arg-type]


def async_client(fake: FakeVast, **options: object) -> AsyncVast:
    options.setdefault("api_key", fake.api_key)
    return AsyncVast(base_url=fake.url, default_headers={"X-Test-Client": "async"}, **options)  # type: ignore[arg-type]


@pytest.fixture
def vast(fake: FakeVast) -> Iterator[Vast]:
    """The sync client against ``fake`` over loopback HTTP."""
    with sync_client(fake) as client:
        yield client


@pytest.fixture
async def avast(fake: FakeVast) -> AsyncIterator[AsyncVast]:
    """The async client against ``fake`` over loopback HTTP (for anyio tests)."""
    async with async_client(fake) as client:
        yield client


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the coverage check last, whatever the collection order."""
    last = [i for i in items if i.nodeid.endswith(COVERAGE_TEST)]
    for item in last:
        items.remove(item)
        items.append(item)
