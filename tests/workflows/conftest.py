"""Fixtures for the workflow helpers: a FakeVast on loopback whose clock moves only when the
client sleeps (virtual sleep), and each scenario run with Vast and with AsyncVast.

Nothing here sleeps for real: every wait goes through the client's sleep hook, which moves the
fake's clock and records what was asked for.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from vast_sdk import AsyncVast, Vast
from vast_sdk.testing import FakeVast

MODES = ("sync", "async")


class Api:
    """``await api.method(...)`` for either client (sync results are returned as they are)."""

    def __init__(self, client: Vast | AsyncVast) -> None:
        self.client = client

    def __getattr__(self, name: str) -> Callable[..., Awaitable[Any]]:
        method = getattr(self.client, name)

        async def call(*args: Any, **kwargs: Any) -> Any:
            result = method(*args, **kwargs)
            return await result if inspect.isawaitable(result) else result

        return call


class Sleeps(list[float]):
    """The sleeps a client asked for (each one moves the fake's clock instead)."""


def make_fake(**options: Any) -> FakeVast:
    """A fake on a clock the test moves, refusing any body field its operation does not
    document (closed_bodies): a helper that sends an undocumented field fails its tests."""
    options.setdefault("auto_advance", 0.0)
    options.setdefault("closed_bodies", True)
    return FakeVast(**options)


@pytest.fixture(autouse=True)
def no_real_key(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No VAST_* settings, and HOME an empty temp dir (no ~/.ssh, no key files)."""
    for name in ("VAST_API_KEY", "VAST_URL", "VAST_LOG", "VAST_POLL_INTERVAL"):
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture
def fake() -> Iterator[FakeVast]:
    """A FakeVast on loopback; its clock moves only by the clients' sleeps (and advance())."""
    server = make_fake()
    with server.serve():
        yield server
    assert not server.errors, server.errors


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value


Scenario = Callable[[Api], Awaitable[Any]]


def run(mode: str, fake: FakeVast, scenario: Scenario, **options: Any) -> tuple[Any, Sleeps]:
    """Run ``scenario`` with a sync or an async client of ``fake`` (virtual sleep); returns
    what it returned and the sleeps the client asked for."""
    sleeps = Sleeps()

    async def go() -> Any:
        if mode == "sync":
            with fake.client(virtual_sleep=True, **options) as client:
                advance = client.requester.sleep

                def sleep(seconds: float) -> None:
                    sleeps.append(seconds)
                    advance(seconds)

                client.requester.sleep = sleep
                return await scenario(Api(client))
        async with fake.async_client(virtual_sleep=True, **options) as aclient:
            aadvance = aclient.requester.sleep

            async def asleep(seconds: float) -> None:
                sleeps.append(seconds)
                await aadvance(seconds)

            aclient.requester.sleep = asleep
            return await scenario(Api(aclient))

    return asyncio.run(go()), sleeps


def new_instance(fake: FakeVast, *, running: bool = False, image: str = "ubuntu:22.04") -> int:
    """An instance created straight in the fake (no request), optionally already running."""
    with fake.client() as vast:
        offer = vast.search_offers(limit=1, order=[["dph_total", "asc"]]).offers[0]
        iid = vast.create_instance(id=offer.id, image=image).new_contract
    if running:
        fake.clock.advance(fake.state.boot_seconds)
    return iid
