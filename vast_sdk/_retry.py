"""When to retry a failed call, and how long to wait: pure functions, no I/O.

Decided per operation (the overlay marks each one replay-safe or not), not per HTTP method;
requests outside the operations (``fetch``, ``request``) are replay-safe when their method is
one of IDEMPOTENT_METHODS.
"""

from __future__ import annotations

import email.utils
import random
import ssl
import time
from collections.abc import Callable

import httpx

RETRY_STATUSES = frozenset({408, 429, 502, 503, 504})
"""Statuses worth another try for an operation that is safe to replay."""

NOT_ACTED_ON_STATUSES = frozenset({429, 503})
"""Statuses that say the server did not act on the request: safe even for create/pay/rent."""

BACKOFF_BASE = 0.5
BACKOFF_CAP = 8.0
MAX_RETRY_AFTER = 60.0
"""A longer Retry-After than this is not waited for: the error is raised at once."""

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
"""HTTP methods treated as replay-safe for a request that is not a known operation. PUT and DELETE
are not: Vast's API rents with PUT (create_instance), so a PUT is money until proven otherwise."""

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
        except (TypeError, ValueError, IndexError):  # 3.10+: never None, raises instead
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
