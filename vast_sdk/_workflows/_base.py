"""What every helper is made with (the client's operations and its requester), and the clock
the waits are measured on."""

from __future__ import annotations

import math
import os
import time
import warnings
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


POLL_INTERVAL_ENV = "VAST_POLL_INTERVAL"
"""The environment variable that sets the default poll interval of every helper that polls
(``python -m vast_sdk.testing --run`` sets it to 0.2); a call's ``poll_interval=`` wins."""


def poll_interval_of(value: float | None, default: float) -> float:
    """The poll interval a helper uses: ``value``, else VAST_POLL_INTERVAL, else ``default``.

    Raises:
        InvalidRequestError: ``value`` or the environment variable is not a positive number.
    """
    if value is not None:
        return positive("poll_interval", value)
    text = os.environ.get(POLL_INTERVAL_ENV, "").strip()
    if not text:
        return default
    try:
        number = float(text)
    except ValueError:
        number = math.nan
    if not math.isfinite(number) or number <= 0:
        raise InvalidRequestError(
            f"{POLL_INTERVAL_ENV} must be a positive number of seconds, got {text!r}"
        )
    return number


def wait_timeout_of(
    wait_timeout: float, timeout: float | None, default: float, where: str
) -> float:
    """The wait's timeout from ``wait_timeout``, or from the deprecated ``timeout=`` (with a
    DeprecationWarning: on the helpers ``timeout`` used to be the wait's, while on every other
    method it is each HTTP attempt's limit).

    Raises:
        InvalidRequestError: both given, or not a positive number of seconds.
    """
    if timeout is None:
        return positive("wait_timeout", wait_timeout)
    if wait_timeout != default:
        raise InvalidRequestError(
            f"{where}: give wait_timeout only (timeout= is its deprecated name), not both"
        )
    warnings.warn(
        f"{where}(timeout=...) is deprecated: pass wait_timeout=... (the seconds to wait in "
        "all; timeout= will be removed in the next release)",
        DeprecationWarning,
        stacklevel=4,
    )
    return positive("timeout", timeout)
