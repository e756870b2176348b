"""Vast and AsyncVast: configuration, auth, hosts, the retry loop and timeouts.

Every per-operation method is generated (vast_sdk/_generated/_operations.py) and ends in
``_call``; this module is the one place that sends requests.
"""

from __future__ import annotations

import copy
import functools
import ipaddress
import logging
import math
import os
import platform
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any, Generic, Self, TypeVar, cast
from urllib.parse import urlsplit

import httpx

from ._auth import discover_api_key, redact, scrub
from ._deadline import DEADLINE, hook_sync_http
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    InsecureURLError,
    InvalidRequestError,
    MissingAPIKeyError,
)
from ._generated._operations import AsyncRawOperations, SyncRawOperations
from ._operation import Operation, RequestOptions
from ._request import Request
from ._response import APIResponse, Body, Download, ResponseReader, redacted_request
from ._retry import (
    RETRY_STATUSES,
    backoff_delay,
    exception_is_retryable,
    status_retry_delay,
    take_idle_connections,
)
from ._types import NOT_GIVEN, NotGiven, TimeoutLike
from ._version import __version__
from ._workflows import AsyncWorkflows, SyncWorkflows

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_SERVERLESS_URL", "DEFAULT_TIMEOUT", "AsyncVast", "Vast"]

DEFAULT_BASE_URL = "https://console.vast.ai"
DEFAULT_SERVERLESS_URL = "https://run.vast.ai"
DEFAULT_TIMEOUT = 60.0
"""Seconds for each attempt of a call (connect is capped at DEFAULT_CONNECT_TIMEOUT)."""
DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RESPONSE_SIZE = 64 * 1024 * 1024
"""Bytes of response body a call reads at most (as sent and decoded); None: no limit."""
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
"""The pool a client builds: at most 100 connections open at once, 20 kept open between calls
(httpx's own defaults, pinned here), for up to about 50 calls at once per client (threads
sharing a Vast, tasks sharing an AsyncVast). Keeping more connections open costs more than it
saves: each time a request starts or ends, httpcore's pool checks every open connection,
polling each idle one's socket and walking the whole list again for it (httpcore 1.0.9); with
50 calls in flight against a local server, keeping 50 open made 1,000 calls take twice as long
as keeping 20. For other limits, pass ``http_client=httpx.Client(limits=...)``."""

log = logging.getLogger("vast_sdk")


USER_AGENT = f"vast-sdk/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
SDK_HEADERS = {
    "User-Agent": USER_AGENT,
    "Accept": "application/json",
    "Accept-Encoding": "gzip, deflate",  # the codecs whose expansion stays bounded
}
"""Sent with every call: the default headers of the pool a client builds, and added to each
request sent through a caller-supplied http_client."""

T = TypeVar("T")
H = TypeVar("H", httpx.Client, httpx.AsyncClient)

_CODE_STATUSES = frozenset({429})
"""Statuses whose retry decision reads the body's ``error`` code (see status_retry_delay)."""


def _json_body(op: Operation, request: Request) -> Any:
    """The JSON to send: a POST/PUT/PATCH with no body sends {} (as vastai does); a GET or a
    DELETE sends none (the commissioned DELETE is documented without a body)."""
    body = None if isinstance(request.json, NotGiven) else request.json
    if body is None and op.method.upper() in ("POST", "PUT", "PATCH"):
        return {}
    return body


@functools.lru_cache(maxsize=256)
def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _check_url(url: str, allow_insecure_http: bool, what: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidRequestError(f"{what} must be an http(s) URL with a host, got {url!r}")
    if parts.scheme == "http" and not allow_insecure_http and not _is_loopback(parts.hostname):
        raise InsecureURLError(
            f"{what} {url!r} is plain http to a non-loopback host: the API key would travel "
            "unencrypted. Use https, or pass allow_insecure_http=True if you really mean it."
        )
    return url.rstrip("/")


def _check_size(value: object) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise InvalidRequestError(f"max_response_size must be an int > 0 or None, got {value!r}")
    return value


def _check_retries(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidRequestError(f"max_retries must be an int >= 0, got {value!r}")
    return value


def _timeouts(timeout: TimeoutLike) -> tuple[httpx.Timeout, float | None]:
    """(httpx per-phase timeouts, total deadline in seconds or None)."""
    if isinstance(timeout, httpx.Timeout):
        return timeout, timeout.read
    if timeout is not None and (
        isinstance(timeout, bool)
        or not isinstance(timeout, (int, float))
        or not math.isfinite(timeout)
        or timeout <= 0
    ):
        raise InvalidRequestError(f"timeout must be a positive number of seconds, got {timeout!r}")
    return _number_timeouts(timeout)


@functools.lru_cache(maxsize=64)
def _number_timeouts(timeout: float | None) -> tuple[httpx.Timeout, float | None]:
    """_timeouts for None or a valid number (made once per value: every call uses one)."""
    if timeout is None:
        return httpx.Timeout(None), None
    total = float(timeout)
    return httpx.Timeout(total, connect=min(DEFAULT_CONNECT_TIMEOUT, total)), total


class _Cookies(httpx.Cookies):
    """httpx.Cookies that hands the cookie jar only a response that sets a cookie.

    httpx gives the jar every response; for one without Set-Cookie (every answer of the API)
    the jar stores nothing, after building urllib request and response wrappers (~10 us, a
    few percent of a call). The cookies kept and sent are the same.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)


class _SDKCookies:
    """Gives an httpx client a _Cookies jar, whatever cookies it is set to (a mixin)."""

    _sdk_cookies: _Cookies

    @property
    def cookies(self) -> httpx.Cookies:
        return self._sdk_cookies

    @cookies.setter
    def cookies(self, cookies: httpx._types.CookieTypes) -> None:
        self._sdk_cookies = _Cookies(cookies)


class _SyncHTTP(_SDKCookies, httpx.Client):
    """The pool a Vast builds: SDK_HEADERS as its headers, _Cookies as its cookie jar."""

    def __init__(self) -> None:
        super().__init__(follow_redirects=False, limits=DEFAULT_LIMITS, headers=SDK_HEADERS)
        self.cookies = httpx.Cookies()


class _AsyncHTTP(_SDKCookies, httpx.AsyncClient):
    """The pool an AsyncVast builds: as _SyncHTTP."""

    def __init__(self) -> None:
        super().__init__(follow_redirects=False, limits=DEFAULT_LIMITS, headers=SDK_HEADERS)
        self.cookies = httpx.Cookies()


class _Pool(Generic[H]):
    """A client's httpx client, built at its first call (thread-safe) and shared with its
    with_options copies and raw view: making a Vast costs no SSL context and no connection pool.
    """

    __slots__ = ("_build", "_lock", "client", "closed")
    _build: Callable[[], H]
    _lock: threading.Lock
    client: H | None
    closed: bool

    def __init__(self, build: Callable[[], H], client: H | None = None) -> None:
        self._build = build
        self._lock = threading.Lock()
        self.client = client
        self.closed = False

    def get(self) -> H:
        client = self.client
        if client is None:
            with self._lock:
                client = self.client
                if client is None:
                    if self.closed:  # what httpx says when a closed client is used
                        raise RuntimeError("Cannot send a request, as the client has been closed.")
                    client = self.client = self._build()
        return client

    def close(self) -> H | None:
        """Mark the pool closed; the httpx client to close, if one was built."""
        with self._lock:
            self.closed = True
            return self.client


class _BaseClient:
    """Settings shared by the sync and async clients; never sends anything itself."""

    _raw = False
    """True on the raw view (with_raw_response): _call returns APIResponse, not the model."""

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        serverless_url: str | None,
        timeout: TimeoutLike,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        allow_insecure_http: bool,
        max_response_size: int | None,
    ) -> None:
        self._api_key, self._key_looked_in = discover_api_key(api_key)
        env_url = os.environ.get("VAST_URL", "").strip() or None
        chosen = base_url or env_url
        self.base_url = _check_url(chosen or DEFAULT_BASE_URL, allow_insecure_http, "base_url")
        # An overridden base URL also serves the serverless routes (one local server serves all),
        # unless the serverless URL is overridden too.
        serverless = serverless_url or (self.base_url if chosen else DEFAULT_SERVERLESS_URL)
        self.serverless_url = _check_url(serverless, allow_insecure_http, "serverless_url")
        _timeouts(timeout)  # validate now, not at the first call
        self.timeout: TimeoutLike = timeout
        self.max_retries = _check_retries(max_retries)
        self.max_response_size = _check_size(max_response_size)
        self.allow_insecure_http = allow_insecure_http
        self._default_headers = dict(default_headers or {})
        self._owns_http = True
        self._sleep: Callable[[float], Any] = time.sleep

    @property
    def api_key_hint(self) -> str:
        """The key as it may be shown (last 4 characters at most)."""
        return redact(self._api_key)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key={self.api_key_hint})"

    def with_options(
        self,
        *,
        api_key: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A configured copy sharing this client's connections; this client is not changed."""
        new = copy.copy(self)
        new._owns_http = False  # the copy shares (and must not close) the connection pool
        new.__dict__.pop("_raw_ops", None)  # its raw view is made from the copy's settings
        if not isinstance(api_key, NotGiven):
            new._api_key, new._key_looked_in = discover_api_key(api_key)
        if not isinstance(timeout, NotGiven):
            _timeouts(timeout)
            new.timeout = timeout
        if not isinstance(max_retries, NotGiven):
            new.max_retries = _check_retries(max_retries)
        new._default_headers = {**self._default_headers, **(default_headers or {})}
        return new

    def _raw_view(self, make_ops: Callable[[Any], T]) -> T:
        """The raw operations over this client's raw view: made once, refreshed on each access.

        The view is a shallow copy with ``_raw`` set; refreshing its attributes from this
        client keeps later changes (timeout, max_retries, base_url...) in effect.
        """
        cached = self.__dict__.get("_raw_ops")
        if cached is None:
            view = copy.copy(self)
            cached = self.__dict__["_raw_ops"] = (view, make_ops(view))
        view, ops = cached
        view.__dict__.update(self.__dict__)
        del view.__dict__["_raw_ops"]  # no view -> view reference cycle
        view._raw = True
        view._owns_http = False
        return cast(T, ops)

    # ---------------------------------------------------------------- building one request

    def _build(
        self,
        client: httpx.Client | httpx.AsyncClient,
        op: Operation,
        request: Request,
        options: RequestOptions,
    ) -> tuple[httpx.Request, float | None]:
        if op.auth == "required" and not self._api_key:
            raise MissingAPIKeyError(self._key_looked_in)
        host = self.serverless_url if op.host == "serverless" else self.base_url
        headers: dict[str, str] = {
            **({} if isinstance(client, (_SyncHTTP, _AsyncHTTP)) else SDK_HEADERS),
            **self._default_headers,
            **(options.extra_headers or {}),
        }
        if self._api_key and op.auth != "none":
            headers["Authorization"] = f"Bearer {self._api_key}"
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        phases, total = _timeouts(timeout)
        try:
            built = client.build_request(
                op.method.upper(),
                host + request.path,
                params=request.params,
                json=_json_body(op, request),
                headers=headers,
                timeout=phases,
            )
        except (TypeError, ValueError) as exc:
            raise InvalidRequestError(f"{op.name}: cannot encode the request: {exc}") from None
        return built, total

    def _retries(self, options: RequestOptions) -> int:
        if isinstance(options.max_retries, NotGiven):
            return self.max_retries
        return _check_retries(options.max_retries)

    def _exception_delay(
        self,
        op: Operation,
        exc: httpx.HTTPError,
        request: httpx.Request,
        retry_index: int,
        retries: int,
    ) -> float:
        """Seconds to wait before retrying a transport failure; raises the typed error if not."""
        ok, why = exception_is_retryable(op.idempotent, exc)
        if ok and retry_index < retries:
            delay = backoff_delay(retry_index)
            log.info(
                "%s: %s -> retrying in %.2fs (retry %d/%d)",
                op.name,
                why,
                delay,
                retry_index + 1,
                retries,
            )
            return delay
        log.info("%s: %s -> giving up", op.name, why)
        url = str(request.url.copy_with(query=None))
        text = scrub(f"{request.method} {url}: {type(exc).__name__}: {exc}", self._api_key)
        if isinstance(exc, httpx.LocalProtocolError):  # e.g. a newline in a header value
            raise InvalidRequestError(f"{op.name}: cannot send the request: {text}") from None
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        url = scrub(url, self._api_key)
        kept = redacted_request(request, self._api_key)
        raise cls(text, method=request.method, url=url, request=kept) from None

    def _finish(
        self,
        response: httpx.Response,
        body: Body,
        parse: Callable[[Any], T] | None,
        elapsed: float,
        retries: int,
    ) -> T:
        """The call's result from the final response (decoded once, shared with the error path)."""
        reader = ResponseReader(response, body, self._api_key)
        reader.raise_for_error()
        if self._raw:
            result = APIResponse(reader, parse, elapsed=elapsed, retries_taken=retries)
            return cast(T, result)
        return reader.parse(parse)

    def _retry_delay(
        self, op: Operation, response: httpx.Response, body: Body, retry_index: int, retries: int
    ) -> float | None:
        status = response.status_code
        if status not in RETRY_STATUSES:  # a success, or an error no retry can change
            return None
        if retry_index >= retries:
            if retries:
                log.info("%s: status %d after %d retries -> giving up", op.name, status, retries)
            return None
        delay, why = status_retry_delay(
            op.idempotent,
            status,
            body.field("error") if status in _CODE_STATUSES else None,
            response.headers.get("Retry-After"),
            retry_index,
        )
        log.info(
            "%s: %s -> %s (retry %d/%d)",
            op.name,
            why,
            "retrying" if delay is not None else "giving up",
            retry_index + 1,
            retries,
        )
        return delay

    def _redirect(self, response: httpx.Response) -> httpx.Request | None:
        """The request a redirect asks for (None if it is not one); refused if it downgrades.

        httpx builds it: a redirect to another origin carries no Authorization header.
        """
        target = response.next_request
        if target is None:
            return None
        source, url = response.request.url, target.url
        downgrade = source.scheme == "https" and url.scheme != "https"
        exposed = url.scheme == "http" and not _is_loopback(url.host)
        if (downgrade or exposed) and not self.allow_insecure_http:
            where = scrub(
                f"{source.copy_with(query=None)} -> {url.copy_with(query=None)}", self._api_key
            )
            raise InsecureURLError(
                f"redirect {where} refused: the request would travel unencrypted "
                "(allow_insecure_http=True allows it)"
            )
        return target

    def _log_response(self, request: httpx.Request, status: int, elapsed: float) -> None:
        if log.isEnabledFor(logging.INFO):  # no URL copy for a message nobody reads
            log.info(
                "%s %s -> %d (%.0f ms)",
                request.method,
                request.url.copy_with(query=None),
                status,
                elapsed * 1000,
            )

    def _log_request(self, op: Operation, request: httpx.Request) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s: %s %s", op.name, request.method, request.url.copy_with(query=None))


class Vast(_BaseClient, SyncWorkflows):
    """Blocking client for the Vast.ai API. One method per operation; see README.md.

    >>> with Vast() as vast:                       # key from VAST_API_KEY or ~/.config/vastai
    ...     offers = vast.search_offers(limit=5)

    One Vast is safe to share between threads: up to about 50 calls at once per client. Its
    connection pool is built at its first call (making a Vast builds nothing, and loads no
    SSL certificates): at most 100 connections at once, 20 kept open between calls. A
    caller-supplied ``http_client`` is used as it is (the total deadline is then checked
    between body chunks only).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        serverless_url: str | None = None,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        allow_insecure_http: bool = False,
        http_client: httpx.Client | None = None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            serverless_url=serverless_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            allow_insecure_http=allow_insecure_http,
            max_response_size=max_response_size,
        )
        self._pool: _Pool[httpx.Client] = _Pool(_new_sync_http, http_client)
        self._owns_http = http_client is None

    @property
    def _http(self) -> httpx.Client:
        """The connection pool (built now if this is its first use)."""
        return self._pool.get()

    @_http.setter
    def _http(self, http: httpx.Client) -> None:
        self._pool = _Pool(_new_sync_http, http)

    @property
    def with_raw_response(self) -> SyncRawOperations:
        """The same methods, returning APIResponse (status, headers, bytes, lazy model)."""
        return self._raw_view(SyncRawOperations)

    def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            http = self._pool.close()
            if http is not None:
                http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(
        self,
        op: Operation,
        request: Request,
        parse: Callable[[Any], T] | None,
        options: RequestOptions,
    ) -> T:
        """Send one operation with retries; its model (or APIResponse on the raw view)."""
        retries = self._retries(options)
        http = self._pool.client or self._pool.get()
        built, total = self._build(http, op, request, options)
        self._log_request(op, built)
        retry_index = 0
        while True:
            start = time.monotonic()
            failure: httpx.HTTPError | None = None
            try:
                response = self._send(http, built, total, fresh=not op.idempotent)
            except httpx.HTTPError as exc:
                failure = exc
            if failure is not None:  # out of the except: the error raised has no httpx context
                delay = self._exception_delay(op, failure, built, retry_index, retries)
                retry_index += 1
                self._sleep(delay)
                continue
            elapsed = time.monotonic() - start
            self._log_response(built, response.status_code, elapsed)
            body = Body(response.content)
            wait = self._retry_delay(op, response, body, retry_index, retries)
            if wait is None:
                return self._finish(response, body, parse, elapsed, retry_index)
            retry_index += 1
            self._sleep(wait)

    def _send(
        self, http: httpx.Client, request: httpx.Request, total: float | None, fresh: bool
    ) -> httpx.Response:
        """Send, following redirects, and read the whole body within the total deadline.

        The client's own pool enforces it on every socket read and write (_DeadlineStream); a
        caller-supplied http_client gets it checked between body chunks only. ``fresh``: not on
        an idle keep-alive connection (see take_idle_connections).
        """
        deadline = None if total is None else time.monotonic() + total
        token = DEADLINE.set(deadline)
        try:
            if fresh:
                for connection in take_idle_connections(http, request.url):
                    connection.close()
            for _hop in range(http.max_redirects + 1):
                response = http.send(request, stream=True, follow_redirects=False)
                download = Download(request, self.max_response_size, self._api_key)
                if response.is_stream_consumed:  # answered fully read (MockTransport)
                    download.check(len(response.content))
                    final = response
                else:
                    try:
                        for chunk in response.iter_raw():
                            download.add(chunk)
                            if deadline is not None and time.monotonic() > deadline:
                                raise httpx.ReadTimeout(
                                    f"total timeout of {total}s exceeded", request=request
                                )
                    finally:
                        response.close()
                    final = download.response(response)
                next_request = self._redirect(response)
                if next_request is None:
                    return final
                request = next_request
            raise httpx.TooManyRedirects("Exceeded the maximum of redirects", request=request)
        finally:
            DEADLINE.reset(token)


def _new_sync_http() -> httpx.Client:
    return hook_sync_http(_SyncHTTP())


def _new_async_http() -> httpx.AsyncClient:
    return _AsyncHTTP()


async def _anyio_sleep(seconds: float) -> None:
    """anyio.sleep, loaded when a retry first waits (not with vast_sdk)."""
    import anyio

    await anyio.sleep(seconds)


class AsyncVast(_BaseClient, AsyncWorkflows):
    """The asyncio client: the same methods as Vast, as coroutines.

    Up to about 50 calls in flight at once per client (``asyncio.gather`` under a
    ``Semaphore(50)``, say). Its connection pool is built at its first call, as Vast's: at
    most 100 connections at once, 20 kept open between calls.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        serverless_url: str | None = None,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        allow_insecure_http: bool = False,
        http_client: httpx.AsyncClient | None = None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            serverless_url=serverless_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            allow_insecure_http=allow_insecure_http,
            max_response_size=max_response_size,
        )
        self._pool: _Pool[httpx.AsyncClient] = _Pool(_new_async_http, http_client)
        self._owns_http = http_client is None
        self._async_sleep: Callable[[float], Any] = _anyio_sleep

    @property
    def _http(self) -> httpx.AsyncClient:
        """The connection pool (built now if this is its first use)."""
        return self._pool.get()

    @_http.setter
    def _http(self, http: httpx.AsyncClient) -> None:
        self._pool = _Pool(_new_async_http, http)

    @property
    def with_raw_response(self) -> AsyncRawOperations:
        """The same coroutines, returning APIResponse (status, headers, bytes, lazy model)."""
        return self._raw_view(AsyncRawOperations)

    async def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            http = self._pool.close()
            if http is not None:
                await http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _call(
        self,
        op: Operation,
        request: Request,
        parse: Callable[[Any], T] | None,
        options: RequestOptions,
    ) -> T:
        """Send one operation with retries; its model (or APIResponse on the raw view)."""
        retries = self._retries(options)
        http = self._pool.client or self._pool.get()
        built, total = self._build(http, op, request, options)
        self._log_request(op, built)
        retry_index = 0
        while True:
            start = time.monotonic()
            failure: httpx.HTTPError | None = None
            try:
                response = await self._send(http, built, total, fresh=not op.idempotent)
            except httpx.HTTPError as exc:
                failure = exc
            if failure is not None:  # out of the except: the error raised has no httpx context
                delay = self._exception_delay(op, failure, built, retry_index, retries)
                retry_index += 1
                await self._async_sleep(delay)
                continue
            elapsed = time.monotonic() - start
            self._log_response(built, response.status_code, elapsed)
            body = Body(response.content)
            wait = self._retry_delay(op, response, body, retry_index, retries)
            if wait is None:
                return self._finish(response, body, parse, elapsed, retry_index)
            retry_index += 1
            await self._async_sleep(wait)

    async def _send(
        self, http: httpx.AsyncClient, request: httpx.Request, total: float | None, fresh: bool
    ) -> httpx.Response:
        """Send, following redirects, and read the whole body within the total deadline (a hard
        cancel scope). ``fresh``: not on an idle keep-alive connection (take_idle_connections).
        """
        import anyio  # loaded already: httpx's asyncio transport runs on it

        try:
            with anyio.fail_after(total):
                if fresh:
                    for connection in take_idle_connections(http, request.url):
                        await connection.aclose()
                for _hop in range(http.max_redirects + 1):
                    response = await http.send(request, stream=True, follow_redirects=False)
                    download = Download(request, self.max_response_size, self._api_key)
                    if response.is_stream_consumed:  # answered fully read (MockTransport)
                        download.check(len(response.content))
                        final = response
                    else:
                        try:
                            async for chunk in response.aiter_raw():
                                download.add(chunk)
                        finally:
                            await response.aclose()
                        final = download.response(response)
                    next_request = self._redirect(response)
                    if next_request is None:
                        return final
                    request = next_request
                raise httpx.TooManyRedirects("Exceeded the maximum of redirects", request=request)
        except TimeoutError:
            raise httpx.ReadTimeout(
                f"total timeout of {total}s exceeded", request=request
            ) from None
