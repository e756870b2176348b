"""Fixtures for the robustness suite: a clean environment, hostile loopback servers, clients."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

# The environment fixtures, the test key and the sleep recorders are the client suite's.
from client.conftest import KEY, anyio_backend, clean_env
from client.conftest import AsyncSleepRecorder as AsyncSleeps
from client.conftest import SleepRecorder as Sleeps

from vast_sdk import AsyncVast, Vast

from .hostile import HostileServer

__all__ = ["KEY", "AsyncSleeps", "Sleeps", "anyio_backend", "clean_env"]


@pytest.fixture
def server() -> Iterator[HostileServer]:
    with HostileServer() as srv:
        yield srv


@pytest.fixture
def server2() -> Iterator[HostileServer]:
    with HostileServer() as srv:
        yield srv


@pytest.fixture
def vast(server: HostileServer) -> Iterator[Callable[..., Vast]]:
    """Vast(api_key=KEY, base_url=server.url, **overrides), its back-off recorded, not slept."""
    made: list[Vast] = []

    def make(**kwargs: Any) -> Vast:
        kwargs.setdefault("api_key", KEY)
        kwargs.setdefault("base_url", server.url)
        client = Vast(**kwargs)
        client.requester.sleep = Sleeps()
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
        client.requester.sleep = AsyncSleeps()
        return client

    return make
