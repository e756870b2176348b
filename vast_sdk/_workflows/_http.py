"""Requests outside the API: result URLs (S3) and serverless workers.

They go through the client's own connection pool and timeout, but never carry the API key:
a result URL is pre-signed (an Authorization header would make S3 refuse it), and a worker gets
the endpoint's key only. Messages show URLs without their query (a pre-signed URL's query is a
credential).
"""

from __future__ import annotations

import ipaddress
import logging
import platform
import time
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import httpx

from .._deadline import DEADLINE
from .._errors import APIConnectionError, APITimeoutError, InsecureURLError
from .._retry import backoff_delay, parse_retry_after
from .._types import TimeoutLike
from .._version import __version__
from ._errors import ResultError, ResultTimeoutError

log = logging.getLogger("vast_sdk")

USER_AGENT = f"vast-sdk/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
CONNECT_TIMEOUT = 5.0
MAX_RETRY_AFTER = 60.0
TRANSIENT_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
NOT_READY_STATUSES = frozenset({403, 404})
"""What S3 answers for an object not uploaded yet (404 NoSuchKey, or 403 without list rights)."""


def without_query(url: str) -> str:
    """The URL to show in messages and logs: no query string, no fragment."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def check_url(url: str, *, sends_key: bool, allow_insecure_http: bool, what: str) -> None:
    """An http(s) URL with a host; plain http carrying a key only to loopback (or when allowed)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InsecureURLError(f"{what} is not an http(s) URL: {without_query(url)!r}")
    plain = sends_key and parts.scheme == "http" and not allow_insecure_http
    if plain and not _loopback(parts.hostname):
        raise InsecureURLError(
            f"{what} {without_query(url)!r} is plain http: the endpoint key would travel "
            "unencrypted. Pass allow_insecure_http=True to the client if you mean it."
        )


def _loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def phases(timeout: TimeoutLike) -> tuple[httpx.Timeout, float | None]:
    """The client's per-attempt timeout as httpx phases and a total deadline (seconds)."""
    if timeout is None:
        return httpx.Timeout(None), None
    if isinstance(timeout, httpx.Timeout):
        return timeout, timeout.read
    total = float(timeout)
    return httpx.Timeout(total, connect=min(CONNECT_TIMEOUT, total)), total


@dataclass(frozen=True)
class Reply:
    """A response, read whole."""

    status: int
    headers: httpx.Headers
    content: bytes

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")


def send_sync(
    http: httpx.Client, request: httpx.Request, total: float | None, *, redirects: bool
) -> Reply:
    """Send and read the body within ``total`` seconds (raises httpx errors)."""
    token = DEADLINE.set(None if total is None else time.monotonic() + total)
    try:
        response = http.send(request, follow_redirects=redirects)
    finally:
        DEADLINE.reset(token)
    return Reply(response.status_code, response.headers, response.content)


async def send_async(
    http: httpx.AsyncClient, request: httpx.Request, total: float | None, *, redirects: bool
) -> Reply:
    """Send and read the body within ``total`` seconds (raises httpx errors)."""
    import anyio  # loaded already: httpx's asyncio transport runs on it (not at vast_sdk import)

    try:
        with anyio.fail_after(total):
            response = await http.send(request, follow_redirects=redirects)
    except TimeoutError:
        raise httpx.ReadTimeout(f"total timeout of {total}s exceeded", request=request) from None
    return Reply(response.status_code, response.headers, response.content)


def transport_error(exc: httpx.HTTPError, method: str, url: str) -> APIConnectionError:
    """The SDK's error for a request that got no response."""
    shown = without_query(url)
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return cls(f"{method} {shown}: {type(exc).__name__}: {exc}", method=method, url=shown)


def retry_after(headers: httpx.Headers) -> float | None:
    hinted = parse_retry_after(headers.get("Retry-After"))
    return None if hinted is None else min(hinted, MAX_RETRY_AFTER)


@dataclass
class ResultPoller:
    """Fetching one result URL: ready (200), not uploaded yet (403/404: poll until the timeout),
    a transient failure (no response, 408, 429, 5xx: retried up to ``max_retries`` times with
    the client's back-off), or a failure (anything else)."""

    url: str
    timeout: float
    poll_interval: float
    max_retries: int
    failures: int = 0
    last_status: int | None = None

    def request(
        self, http: httpx.Client | httpx.AsyncClient, per_attempt: httpx.Timeout
    ) -> httpx.Request:
        """A plain GET: no Authorization, no API headers."""
        headers = {"User-Agent": USER_AGENT, "Accept": "*/*"}
        return http.build_request("GET", self.url, headers=headers, timeout=per_attempt)

    def answered(self, reply: Reply, elapsed: float) -> str | float:
        """The text when ready, else seconds to sleep; raises ResultError/ResultTimeoutError."""
        self.last_status = reply.status
        log.info("GET %s -> %d", without_query(self.url), reply.status)
        if reply.status == 200:
            return reply.text
        if reply.status in NOT_READY_STATUSES:
            return self._wait(self.poll_interval, elapsed)
        if reply.status in TRANSIENT_STATUSES and self.failures < self.max_retries:
            self.failures += 1
            hinted = retry_after(reply.headers)
            return self._wait(
                backoff_delay(self.failures - 1) if hinted is None else hinted, elapsed
            )
        raise ResultError(
            f"GET {without_query(self.url)} -> {reply.status}: {reply.text[:200]!r}",
            url=without_query(self.url),
            status_code=reply.status,
        )

    def failed(self, exc: httpx.HTTPError, elapsed: float) -> float:
        """Seconds to sleep after a request without a response, or its error."""
        if not isinstance(exc, httpx.TransportError) or self.failures >= self.max_retries:
            raise transport_error(exc, "GET", self.url) from None
        self.failures += 1
        return self._wait(backoff_delay(self.failures - 1), elapsed)

    def _wait(self, delay: float, elapsed: float) -> float:
        remaining = self.timeout - elapsed
        if remaining <= 0:
            raise ResultTimeoutError(
                f"GET {without_query(self.url)}: the result was not ready after "
                f"{self.timeout:g}s (last status {self.last_status})",
                url=without_query(self.url),
                status_code=self.last_status,
            )
        return min(delay, remaining)
