"""What every workflow mixin may use from the client, and the clock the waits are measured on."""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from .._errors import InvalidRequestError
from .._generated._operations import AsyncOperations, SyncOperations
from .._types import TimeoutLike


class SyncBase(SyncOperations):
    """The generated blocking methods, plus the client attributes the helpers read.

    Vast provides every one of them (``_BaseClient.__init__`` and ``Vast.__init__``).
    """

    _sleep: Callable[[float], Any]
    _http: httpx.Client
    timeout: TimeoutLike
    max_retries: int
    allow_insecure_http: bool


class AsyncBase(AsyncOperations):
    """The generated coroutines, plus the client attributes the helpers read (AsyncVast)."""

    _async_sleep: Callable[[float], Any]
    _http: httpx.AsyncClient
    timeout: TimeoutLike
    max_retries: int
    allow_insecure_http: bool


class Timer:
    """Seconds since a wait began, as the wait counts them: real time outside sleeps, plus the
    sleeps it asked for.

    Against the real API that is the wall clock. With a sleep hook that does not block (tests,
    ``FakeVast.client(virtual_sleep=True)``) time still moves by what each sleep asked for, so
    timeouts and back-off behave the same without anyone waiting.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._start = clock()
        self._credit = 0.0

    def elapsed(self) -> float:
        return self._clock() - self._start + self._credit

    def sleep(self, seconds: float, sleep: Callable[[float], Any]) -> None:
        """Sleep with the client's hook, counting ``seconds`` whatever the hook really took."""
        began = self._clock()
        sleep(seconds)
        self._credit += seconds - (self._clock() - began)

    async def async_sleep(self, seconds: float, sleep: Callable[[float], Any]) -> None:
        """The same with the async client's hook."""
        began = self._clock()
        result = sleep(seconds)
        if isinstance(result, Awaitable):
            await result
        self._credit += seconds - (self._clock() - began)


def positive(name: str, value: float) -> float:
    """``value`` as a float if it is a positive, finite number of seconds."""
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or value <= 0
    ):
        raise InvalidRequestError(f"{name} must be a positive number of seconds, got {value!r}")
    return float(value)
