"""Fixtures for the client tests: clean environment, loopback servers, clients, sleep recorders."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from vast_sdk import AsyncVast, Vast

from .server import MockServer

KEY = "sk-test-SECRET-0123456789abcd"

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


@pytest.fixture(autouse=True)
def hook_warnings_again() -> Iterator[None]:
    """Each test sees a degraded httpx hook warn (the SDK warns once per process)."""
    from vast_sdk import _httpx_hooks

    _httpx_hooks._warned.clear()
    yield
    _httpx_hooks._warned.clear()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def server() -> Iterator[MockServer]:
    with MockServer() as srv:
        yield srv


@pytest.fixture
def server2() -> Iterator[MockServer]:
    with MockServer() as srv:
        yield srv


class SleepRecorder:
    """Stands in for time.sleep / anyio.sleep: records the delays, waits for none."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


class AsyncSleepRecorder(SleepRecorder):
    async def __call__(self, seconds: float) -> None:  # type: ignore[override]
        self.delays.append(seconds)


@pytest.fixture
def make_client(server: MockServer) -> Iterator[Callable[..., Vast]]:
    """Vast(api_key=KEY, base_url=server.url, pacing=False, **overrides); closed after the
    test. Pacing is off: a 429 is then retried by the retry loop alone (tests/client/
    test_pacing.py tests the two together)."""
    made: list[Vast] = []

    def make(**kwargs: Any) -> Vast:
        kwargs.setdefault("api_key", KEY)
        kwargs.setdefault("base_url", server.url)
        kwargs.setdefault("pacing", False)  # these tests pin the retry loop itself
        client = Vast(**kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def client(make_client: Callable[..., Vast]) -> Vast:
    return make_client()


@pytest.fixture
def sleeps(client: Vast) -> SleepRecorder:
    """The `client` fixture's back-off sleeps, recorded instead of slept."""
    recorder = SleepRecorder()
    client.requester.sleep = recorder
    return recorder


@pytest.fixture
def make_async_client(server: MockServer) -> Callable[..., AsyncVast]:
    """AsyncVast(api_key=KEY, base_url=server.url, pacing=False, **overrides); use it with
    ``async with``."""

    def make(**kwargs: Any) -> AsyncVast:
        kwargs.setdefault("api_key", KEY)
        kwargs.setdefault("base_url", server.url)
        kwargs.setdefault("pacing", False)  # these tests pin the retry loop itself
        return AsyncVast(**kwargs)

    return make
