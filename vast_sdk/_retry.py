"""When to retry a failed call, and how long to wait. Decided per operation, not per HTTP method."""

from __future__ import annotations

import email.utils
import random
import ssl
import time
from collections.abc import Callable
from typing import Any

import httpx

RETRY_STATUSES = frozenset({408, 429, 502, 503, 504})
"""Statuses worth another try for an operation that is safe to replay."""

NOT_ACTED_ON_STATUSES = frozenset({429, 503})
"""Statuses that say the server did not act on the request: safe even for create/pay/rent."""

BACKOFF_BASE = 0.5
BACKOFF_CAP = 8.0
MAX_RETRY_AFTER = 60.0
"""A longer Retry-After than this is not waited for: the error is raised at once."""

# Failures before any byte of the request could have reached the API's application.
_CONNECT_PHASE = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def backoff_delay(retry_index: int, rand: Callable[[], float] = random.random) -> float:
    """Exponential back-off with jitter: between half and all of min(cap, base * 2**n)."""
    ceiling = min(BACKOFF_CAP, BACKOFF_BASE * 2.0**retry_index)
    return ceiling * (0.5 + 0.5 * rand())


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if parsed is None:
            return None
        seconds = parsed.timestamp() - (time.time() if now is None else now)
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


def _tls_verification_failed(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    for _ in range(8):  # httpx error <- httpcore error <- ssl error
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def exception_is_retryable(idempotent: bool, exc: httpx.HTTPError) -> tuple[bool, str]:
    """(retry?, why) for a transport failure."""
    if _tls_verification_failed(exc):
        return False, "TLS certificate verification failed: not retried"
    if isinstance(exc, _CONNECT_PHASE):
        return True, f"{type(exc).__name__} before the request was sent"
    if not isinstance(exc, httpx.TransportError) or isinstance(
        exc, (httpx.UnsupportedProtocol, httpx.LocalProtocolError)
    ):
        return False, f"{type(exc).__name__} is not retried"
    if idempotent:
        return True, f"{type(exc).__name__} on a replay-safe operation"
    return False, f"{type(exc).__name__} after sending: the API may have acted, so no replay"


def status_retry_delay(
    idempotent: bool,
    status: int,
    error_code: str | None,
    retry_after: str | None,
    retry_index: int,
) -> tuple[float | None, str]:
    """(seconds to wait before retrying, or None for no retry; why) for an HTTP status."""
    if status not in RETRY_STATUSES:
        return None, f"status {status} is not retried"
    if status == 429 and error_code == "search_quota_exceeded":
        return None, "daily search quota exceeded: it resets at UTC midnight, so no retry"
    if not idempotent and status not in NOT_ACTED_ON_STATUSES:
        return (
            None,
            f"status {status} on an operation that is not replay-safe: the API may have acted",
        )
    hinted = parse_retry_after(retry_after)
    if hinted is not None:
        if hinted > MAX_RETRY_AFTER:
            return None, f"Retry-After {hinted:.0f}s is longer than {MAX_RETRY_AFTER:.0f}s"
        return hinted, f"status {status}, Retry-After {hinted:.2f}s"
    delay = backoff_delay(retry_index)
    return delay, f"status {status}, back-off {delay:.2f}s"


def take_idle_connections(http: httpx.Client | httpx.AsyncClient, url: httpx.URL) -> list[Any]:
    """Remove the idle keep-alive connections to ``url``'s origin from the pool; close them after.

    A call that is not replay-safe goes out on a new connection. A server (or load balancer)
    closes a keep-alive connection after some idle time; when that happens just as the next
    request is written on it, the request fails before any response byte, exactly like a
    request the server read and then dropped, so the client cannot tell whether a replay is
    safe. On a connection it has just opened, the server has no idle timer to race with.

    Under the pool's own lock, only connections that are idle and assigned to no request are
    taken, so no other thread's request can lose its connection. [] for a transport other than
    httpx's own (a MockTransport, a custom one): those calls keep the pool's usual choice.
    httpx has no public way to do this: it reads ``_transport_for_url``, ``_pool`` and the
    pool's ``_optional_thread_lock``, ``_connections`` and ``_requests`` (httpcore 1.0.5 to
    today); if a release moves them, tests/robustness/test_keepalive.py fails.
    """
    transport_for_url = getattr(http, "_transport_for_url", None)
    pool = getattr(transport_for_url(url), "_pool", None) if transport_for_url else None
    lock = getattr(pool, "_optional_thread_lock", None)
    connections = getattr(pool, "_connections", None)
    requests = getattr(pool, "_requests", None)
    if lock is None or not isinstance(connections, list) or not isinstance(requests, list):
        return []
    import httpcore  # loaded already: the pool is httpcore's

    origin = httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=b"/")
    with lock:
        busy = {id(getattr(r, "connection", None)) for r in requests}
        taken = [
            c
            for c in connections
            if id(c) not in busy and c.can_handle_request(origin.origin) and c.is_idle()
        ]
        for connection in taken:
            connections.remove(connection)
    return taken
