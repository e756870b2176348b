"""The sync client's total deadline, enforced on every socket read and write.

httpx's timeouts are per socket operation: a server that sends one byte of its headers every
0.2 s never trips a 1 s read timeout. The async client puts each attempt under a timeout that
cancels it (asyncio.timeout); the sync client's own pool reads and writes through
DeadlineStream, which cuts every socket timeout down to what is left of the current attempt's
deadline (kept in a context variable, so other users of the same pool and other threads are
unaffected). Importing this module does not import httpcore: it loads with the first pool.

The classes here implement httpcore's public NetworkStream/NetworkBackend interfaces; putting
them into a pool takes private attributes, which _httpx_hooks.install_deadline does (warning
DeadlineHookWarning, instead of silently losing the deadline, when a release moved them).
"""

from __future__ import annotations

import contextvars
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    import ssl

    import httpcore
    from httpcore import NetworkBackend as _BackendBase
    from httpcore import NetworkStream as _StreamBase
else:  # httpcore (with h11) loads when the first pool is built, not with vast_sdk
    _BackendBase = _StreamBase = object

DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "vast_sdk_deadline", default=None
)


def _clip(timeout: float | None, exc: str) -> float | None:
    """``timeout`` cut down to what is left of DEADLINE; httpcore's ``exc`` when nothing is."""
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        _expired(exc)
    return remaining if timeout is None else min(timeout, remaining)


def _expired(exc: str) -> NoReturn:
    import httpcore

    raise getattr(httpcore, exc)("total timeout exceeded")


class DeadlineStream(_StreamBase):
    """A pool's socket, every read and write bounded by DEADLINE (an httpcore.NetworkStream in
    all but its base class, so that importing this module does not import httpcore)."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    # read and write are _clip inlined: they run a few times in every call.
    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        deadline = DEADLINE.get()
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                _expired("ReadTimeout")
            if timeout is None or remaining < timeout:
                timeout = remaining
        return self._inner.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:  # nothing to send (the end of a request without a body)
            return
        deadline = DEADLINE.get()
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                _expired("WriteTimeout")
            if timeout is None or remaining < timeout:
                timeout = remaining
        self._inner.write(buffer, timeout)

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(
            ssl_context, server_hostname, _clip(timeout, "ConnectTimeout")
        )
        return DeadlineStream(inner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(_BackendBase):
    """A pool's network backend whose streams are DeadlineStreams."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(
            host, port, _clip(timeout, "ConnectTimeout"), local_address, socket_options
        )
        return DeadlineStream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_unix_socket(
            path, _clip(timeout, "ConnectTimeout"), socket_options
        )
        return DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)
