"""Fixtures for the robustness suite: a clean environment, hostile loopback servers, clients."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from vast_sdk import AsyncVast, Vast

from .hostile import HostileServer

KEY = "sk-test-SECRET-0123456789abcd"
"""tests/conftest.py checks that this key never shows in a log record or an error."""

_ENV = (
    "VAST_API_KEY",
    "VAST_URL",
    "VAST_LOG",
    "XDG_CONFIG_HOME",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "no_proxy",
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No real key, URL or proxy leaks in: HOME is an empty temp dir."""
    for name in _ENV:
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def server() -> Iterator[HostileServer]:
    with HostileServer() as srv:
        yield srv


@pytest.fixture
def server2() -> Iterator[HostileServer]:
    with HostileServer() as srv:
        yield srv


class Sleeps:
    """Stands in for time.sleep: records the delays, waits for none."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


class AsyncSleeps(Sleeps):
    async def __call__(self, seconds: float) -> None:  # type: ignore[override]
        self.delays.append(seconds)


@pytest.fixture
def vast(server: HostileServer) -> Iterator[Callable[..., Vast]]:
    """Vast(api_key=KEY, base_url=server.url, **overrides), its back-off recorded, not slept."""
    made: list[Vast] = []

    def make(**kwargs: Any) -> Vast:
        kwargs.setdefault("api_key", KEY)
        kwargs.setdefault("base_url", server.url)
        client = Vast(**kwargs)
        client._sleep = Sleeps()
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def async_vast(server: HostileServer) -> Callable[..., AsyncVast]:
    """AsyncVast(api_key=KEY, base_url=server.url, **overrides); use with ``async with``."""

    def make(**kwargs: Any) -> AsyncVast:
        kwargs.setdefault("api_key", KEY)
        kwargs.setdefault("base_url", server.url)
        client = AsyncVast(**kwargs)
        client._async_sleep = AsyncSleeps()
        return client

    return make
