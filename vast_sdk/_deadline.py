"""The sync client's total deadline, enforced on every socket read and write.

httpx's timeouts are per socket operation: a server that sends one byte of its headers every
0.2 s never trips a 1 s read timeout. The async client puts each attempt under a timeout that
cancels it (asyncio.timeout); the sync client's own pool reads and writes through
_DeadlineStream, which cuts every socket timeout down to what is left of the current attempt's
deadline (kept in a context variable, so other users of the same pool and other threads are
unaffected). Importing this module does not import httpcore: it loads with the first pool.

httpx has no public way to give its transports a network backend, so hook_sync_http reaches into
two private attributes: ``httpx.HTTPTransport._pool`` and ``httpcore.ConnectionPool
._network_backend`` (stable from httpx 0.27 / httpcore 1.0 to today). If a release renames them,
the hook cannot attach: the client then warns (DeadlineHookWarning, when it builds its pool at
its first call) instead of silently losing the deadline, and tests/client/test_deadline_hook.py
fails.
"""

from __future__ import annotations

import contextvars
import sys
import time
import warnings
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NoReturn

import httpx

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


class _DeadlineStream(_StreamBase):
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
        return _DeadlineStream(inner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(_BackendBase):
    """A pool's network backend whose streams are _DeadlineStreams."""

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
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_unix_socket(
            path, _clip(timeout, "ConnectTimeout"), socket_options
        )
        return _DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class DeadlineHookWarning(RuntimeWarning):
    """The sync client's pool could not be hooked: its total deadline is not enforced while
    the response headers arrive (only between body chunks, and per socket read by httpx)."""


def _hook(transport: object) -> str | None:
    """Wrap ``transport``'s network backend; None when done, else why it could not be."""
    import httpcore

    pool = getattr(transport, "_pool", None)
    if not isinstance(pool, httpcore.ConnectionPool):  # HTTPProxy and SOCKSProxy are ones too
        return f"{type(transport).__name__}._pool is {type(pool).__name__}, not a ConnectionPool"
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, _DeadlineBackend):
        return None
    if not isinstance(backend, httpcore.NetworkBackend):
        name = type(pool).__name__
        return f"{name}._network_backend is {type(backend).__name__}, not a NetworkBackend"
    pool._network_backend = _DeadlineBackend(backend)
    return None


def unhooked(http: httpx.Client) -> list[str]:
    """Why each transport of ``http`` does not enforce DEADLINE ([] when all of them do).

    Hooks the transports it can (idempotent). A mount of None (a no_proxy host) uses the default
    transport; every other transport of a pool a Vast built is an httpx.HTTPTransport.
    """
    transports = {"the default transport": getattr(http, "_transport", None)}
    problems = []
    mounts = getattr(http, "_mounts", None)  # the proxies' transports
    if isinstance(mounts, dict):
        for pattern, transport in mounts.items():
            if transport is not None:
                transports[f"the mount {getattr(pattern, 'pattern', pattern)!r}"] = transport
    else:
        problems.append(f"httpx.Client._mounts is {type(mounts).__name__}, not a dict")
    for where, transport in transports.items():
        reason = _hook(transport)
        if reason:
            problems.append(f"{where}: {reason}")
    return problems


def _in_sdk(module: object) -> bool:
    return isinstance(module, str) and module.partition(".")[0] == "vast_sdk"


def caller_stacklevel() -> int:
    """The ``stacklevel`` that points a warning raised by its caller at the first frame outside
    vast_sdk (the user's line, however deep in the SDK the warning is raised)."""
    frame = sys._getframe(1)
    level = 1
    while frame.f_back is not None and _in_sdk(frame.f_globals.get("__name__")):
        frame = frame.f_back
        level += 1
    return level


def hook_sync_http(http: httpx.Client) -> httpx.Client:
    """``http`` (the pool a Vast builds, at its first call), every transport's socket I/O now
    obeying DEADLINE.

    Warns (DeadlineHookWarning, pointing at the user's code that made the call) when a
    transport could not be hooked: an httpx or httpcore release changed what _hook relies on.
    """
    problems = unhooked(http)
    if problems:
        import httpcore

        warnings.warn(
            f"vast_sdk could not hook httpx {httpx.__version__} / httpcore "
            f"{httpcore.__version__}: the sync client's total deadline is not enforced while "
            f"the response headers arrive, so a server that trickles them can hold a call past "
            f"its timeout ({'; '.join(problems)}). Please report this with the versions.",
            DeadlineHookWarning,
            stacklevel=caller_stacklevel(),
        )
    return http
