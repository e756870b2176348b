"""What every helper is made with (the client's operations and its requester), and the clock
the waits are measured on."""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from .._errors import InvalidRequestError

if TYPE_CHECKING:
    from .._generated._operations import AsyncOperations, SyncOperations
    from .._requester import AsyncRequester, SyncRequester


class SyncHelper:
    """A blocking helper: ``ops`` (the client's generated methods; the client itself) to call
    operations with, ``requester`` for its settings (``max_retries``...), its ``sleep`` hook and
    ``fetch`` (URLs outside the API). Vast makes one per call (see _workflows/__init__.py)."""

    def __init__(self, ops: SyncOperations, requester: SyncRequester) -> None:
        self.ops = ops
        self.requester = requester


class AsyncHelper:
    """An asyncio helper: as SyncHelper, with AsyncVast's coroutines and requester."""

    def __init__(self, ops: AsyncOperations, requester: AsyncRequester) -> None:
        self.ops = ops
        self.requester = requester


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
