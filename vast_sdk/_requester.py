"""The request core: one requester per client, and every request of the package goes through it.

A requester owns what a request needs: the settings (hosts, key, timeout, retries, headers,
``max_response_size``, the redirect policy), the connection pool (built at the first request),
the ``sleep`` hook every wait uses, and the way from a request to a result: build it, send it
(redirects followed by the SDK's rules, the body read within the total deadline and the size
limit, decompression bounded), retry it when that is safe, read it into a model or a typed
error, with the key kept out of every message, log line and error.

Entry points:

- ``call(op, request, parse, options)``: one API operation, what every generated method calls;
- ``fetch(method, url, sends_api_key=...)``: a URL outside the API (a result URL on S3, a
  serverless worker): the same limits, timeouts, retries and redaction, the API key sent only
  when ``sends_api_key`` says so, and the URL shown without its query in every message;
- ``request(method, path, ...)``: a route of the API the SDK has no method for yet (behind
  ``Vast.request``), retried by its HTTP method.

SyncRequester and AsyncRequester share everything that does no I/O (_Requester); the two
send loops are the same lines with and without ``await``.
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
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, NamedTuple, Self, TypeVar, cast
from urllib.parse import urlsplit, urlunsplit

import httpx

from ._auth import discover_api_key, redact, remember, scrub
from ._deadline import DEADLINE
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    InsecureURLError,
    InvalidRequestError,
    MissingAPIKeyError,
)
from ._httpx_hooks import install_deadline, take_idle_connections
from ._models import to_json
from ._operation import Operation, RequestOptions
from ._request import Request, query
from ._response import APIResponse, Body, Download, ResponseReader, redacted_request
from ._retry import (
    IDEMPOTENT_METHODS,
    RETRY_STATUSES,
    backoff_delay,
    exception_is_retryable,
    status_retry_delay,
)
from ._types import NOT_GIVEN, NotGiven, TimeoutLike
from ._version import __version__

if TYPE_CHECKING:
    from ._pacer import Pacer, Slot

__all__ = ["AsyncRequester", "SyncRequester"]

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
"""Sent with every request: the default headers of the pool a client builds, and added to each
request sent through a caller-supplied http_client."""

T = TypeVar("T")
H = TypeVar("H", httpx.Client, httpx.AsyncClient)

_CODE_STATUSES = frozenset({429})
"""Statuses whose retry decision reads the body's ``error`` code (see status_retry_delay)."""


def _identity(data: Any) -> Any:
    return data


# ------------------------------------------------------------------ checks


@functools.lru_cache(maxsize=256)
def is_loopback(host: str) -> bool:
    """localhost, *.localhost, 127.0.0.0/8 or ::1."""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def without_query(url: str) -> str:
    """The URL as messages and logs show it: no query string, no fragment (a pre-signed URL's
    query is a credential)."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def check_base_url(url: str, allow_insecure_http: bool, what: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidRequestError(f"{what} must be an http(s) URL with a host, got {url!r}")
    if parts.scheme == "http" and not allow_insecure_http and not is_loopback(parts.hostname):
        raise InsecureURLError(
            f"{what} {url!r} is plain http to a non-loopback host: the API key would travel "
            "unencrypted. Use https, or pass allow_insecure_http=True if you really mean it."
        )
    return url.rstrip("/")


def check_size(value: object) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise InvalidRequestError(f"max_response_size must be an int > 0 or None, got {value!r}")
    return value


def check_pacing(value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidRequestError(f"pacing must be True or False, got {value!r}")
    return value


def check_retries(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidRequestError(f"max_retries must be an int >= 0, got {value!r}")
    return value


def timeouts(timeout: TimeoutLike) -> tuple[httpx.Timeout, float | None]:
    """(httpx per-phase timeouts, total deadline in seconds or None); checks the value."""
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
    """timeouts() for None or a valid number (made once per value: every call uses one)."""
    if timeout is None:
        return httpx.Timeout(None), None
    total = float(timeout)
    return httpx.Timeout(total, connect=min(DEFAULT_CONNECT_TIMEOUT, total)), total


def _json_body(op: Operation, request: Request, extra: Mapping[str, Any] | None) -> Any:
    """The JSON to send: a POST/PUT/PATCH with no body sends {} (as vastai does); a GET or a
    DELETE sends none (the commissioned DELETE is documented without a body); ``extra``
    (extra_body) adds top-level fields to an object body."""
    body = None if isinstance(request.json, NotGiven) else request.json
    if body is None and op.method.upper() in ("POST", "PUT", "PATCH"):
        body = {}
    if extra is None:
        return body
    if body is None:
        return to_json(extra)
    if not isinstance(body, dict):
        raise InvalidRequestError(
            f"{op.name}: extra_body adds fields to a JSON object; this body is a "
            f"{type(body).__name__}"
        )
    return {**body, **to_json(extra)}


# ------------------------------------------------------------------ the pool


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
    """Gives an httpx client a _Cookies jar through httpx's public ``cookies`` property."""

    _sdk_cookies: _Cookies

    @property
    def cookies(self) -> httpx.Cookies:
        return self._sdk_cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:  # what httpx.Client accepts
        self._sdk_cookies = _Cookies(cookies)


class _SyncHTTP(_SDKCookies, httpx.Client):
    """The pool a Vast builds: SDK_HEADERS as its headers, _Cookies as its cookie jar."""

    def __init__(self) -> None:
        super().__init__(follow_redirects=False, limits=DEFAULT_LIMITS, headers=SDK_HEADERS)
        self.cookies = httpx.Cookies()


class _AsyncHTTP(_SDKCookies, httpx.AsyncClient):
    """The pool an AsyncVast builds: as _SyncHTTP (the async deadline is a cancel scope)."""

    def __init__(self) -> None:
        super().__init__(follow_redirects=False, limits=DEFAULT_LIMITS, headers=SDK_HEADERS)
        self.cookies = httpx.Cookies()


def _new_sync_http() -> httpx.Client:
    return install_deadline(_SyncHTTP())


def _new_async_http() -> httpx.AsyncClient:
    return _AsyncHTTP()


class _LazyHTTP(Generic[H]):
    """A client's httpx client, built at its first request (thread-safe) and shared with its
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


# ------------------------------------------------------------------ one exchange's rules


class _Policy(NamedTuple):
    """How one exchange is redacted and redirected."""

    key: str | None
    """The secret scrubbed from its errors (the API key, or the credential sent outside)."""
    outside: bool
    """A URL outside the API: shown without its query in errors."""
    strict: bool
    """Carries a credential: a redirect to plain http off loopback is refused too."""
    follow: bool
    """Follow redirects (else a 3xx is the final response)."""


class Outgoing(NamedTuple):
    """Where fetch sends a request again (``resend``): a new URL and JSON body."""

    url: str
    json: Any = None


# ------------------------------------------------------------------ pacing


class _Pacing:
    """A client's pacer (vast_sdk/_pacer.py), built at its first paced call and shared with its
    with_options copies and raw view, and the clock it runs on.

    The clock is the monotonic clock plus what the client's sleep hook was asked to sleep and
    did not (``credit``): against the real API that is the wall clock; with a sleep hook that
    does not block (``FakeVast.client(virtual_sleep=True)``) the pacer's waits still end.
    """

    __slots__ = ("_lock", "credit", "pacer")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.pacer: Pacer | None = None
        self.credit = 0.0

    def get(self) -> Pacer:
        pacer = self.pacer
        if pacer is None:
            with self._lock:
                if self.pacer is None:
                    from ._pacer import Pacer  # loaded at the first call, not with vast_sdk

                    self.pacer = Pacer(clock=self.now)
                pacer = self.pacer
        return pacer

    def now(self) -> float:
        return time.monotonic() + self.credit

    def slept(self, asked: float, took: float) -> None:
        """A pacing sleep of ``asked`` seconds that really took ``took``."""
        if asked > took:
            with self._lock:
                self.credit += asked - took


# ------------------------------------------------------------------ the requester


class _Requester:
    """Settings and every decision that does no I/O, shared by the sync and async requesters."""

    _raw = False
    """True on the raw view (with_raw_response): call() returns APIResponse, not the model."""

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
        pacing: bool = True,
    ) -> None:
        self._api_key, self._key_looked_in = discover_api_key(api_key)
        self.pacing = check_pacing(pacing)
        """Pace API calls per endpoint, learning from 429s (see vast_sdk/_pacer.py)."""
        self._pacing = _Pacing()
        chosen = base_url or os.environ.get("VAST_URL", "").strip() or None
        self.base_url = check_base_url(chosen or DEFAULT_BASE_URL, allow_insecure_http, "base_url")
        # An overridden base URL also serves the serverless routes (one local server serves all),
        # unless the serverless URL is overridden too.
        serverless = serverless_url or (self.base_url if chosen else DEFAULT_SERVERLESS_URL)
        self.serverless_url = check_base_url(serverless, allow_insecure_http, "serverless_url")
        timeouts(timeout)  # validate now, not at the first call
        self.timeout: TimeoutLike = timeout
        """Each attempt's limit (see TimeoutLike); a call's ``timeout=`` overrides it."""
        self.max_retries = check_retries(max_retries)
        self.max_response_size = check_size(max_response_size)
        self.allow_insecure_http = allow_insecure_http
        self.default_headers = dict(default_headers or {})
        """Headers added to every API request (not to URLs outside the API)."""
        self._owns_pool = True
        self._policy = _Policy(self._api_key, outside=False, strict=True, follow=True)

    @property
    def api_key_hint(self) -> str:
        """The key as it may be shown (last 4 characters at most)."""
        return redact(self._api_key)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key={self.api_key_hint})"

    def configured(
        self,
        *,
        api_key: str | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with these settings, sharing this requester's pool (which it does not close)."""
        new = copy.copy(self)
        new.__dict__.pop("_twin", None)
        new._owns_pool = False
        new._raw = False
        if not isinstance(api_key, NotGiven):
            new._api_key, new._key_looked_in = discover_api_key(api_key)
            new._policy = self._policy._replace(key=new._api_key)
        if not isinstance(timeout, NotGiven):
            timeouts(timeout)
            new.timeout = timeout
        if not isinstance(max_retries, NotGiven):
            new.max_retries = check_retries(max_retries)
        new.default_headers = {**self.default_headers, **(default_headers or {})}
        return new

    def raw_view(self) -> Self:
        """The same requester whose call() returns APIResponse: made once, refreshed from this
        one at each use, so later changes (timeout, max_retries, sleep...) hold there too."""
        twin = self.__dict__.get("_twin")
        if twin is None:
            twin = self.__dict__["_twin"] = copy.copy(self)
        twin.__dict__.update(self.__dict__)
        del twin.__dict__["_twin"]  # no twin -> twin reference cycle
        twin._raw = True
        twin._owns_pool = False
        return cast(Self, twin)

    # ---------------------------------------------------------------- building one request

    def _build_api(
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
            **self.default_headers,
            **(options.extra_headers or {}),
        }
        if self._api_key and op.auth != "none":
            headers["Authorization"] = f"Bearer {self._api_key}"
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        phases, total = timeouts(timeout)
        params = request.params
        if options.extra_query:
            params = {**(params or {}), **options.extra_query}
        try:
            built = client.build_request(
                op.method.upper(),
                host + request.path,
                params=params,
                json=_json_body(op, request, options.extra_body),
                headers=headers,
                timeout=phases,
            )
        except (TypeError, ValueError) as exc:
            raise InvalidRequestError(f"{op.name}: cannot encode the request: {exc}") from None
        return built, total

    def _outside(
        self,
        method: str,
        url: str,
        *,
        sends_api_key: bool,
        bearer: str | None,
        follow_redirects: bool,
        what: str,
    ) -> tuple[Operation, _Policy, str | None]:
        """(the exchange as an operation, its policy, the Authorization value) for a URL outside
        the API; refuses a URL that is not http(s), and a credential over plain http off
        loopback (unless allow_insecure_http)."""
        if not isinstance(url, str):
            raise InvalidRequestError(f"{what} must be a str, got {type(url).__name__}")
        parts = urlsplit(url)
        shown = without_query(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InsecureURLError(f"{what} is not an http(s) URL: {shown!r}")
        secret: str | None = None
        if sends_api_key:
            if not self._api_key:
                raise MissingAPIKeyError(self._key_looked_in)
            secret = self._api_key
        elif bearer:
            secret = remember(bearer)  # the log filter scrubs it too
        plain = parts.scheme == "http" and not is_loopback(parts.hostname)
        if secret and plain and not self.allow_insecure_http:
            whose = "API key" if sends_api_key else "key"
            raise InsecureURLError(
                f"{what} {shown!r} is plain http: the {whose} would travel unencrypted. Pass "
                "allow_insecure_http=True to the client if you mean it."
            )
        method = method.upper()
        op = Operation(
            name=what,
            method=method,
            path=shown,
            summary=what,
            idempotent=method in IDEMPOTENT_METHODS,
            auth="none",
            host="api",
            success_codes=(),
        )
        strict = secret is not None
        policy = _Policy(secret or self._api_key, True, strict, follow_redirects)
        return op, policy, None if secret is None else f"Bearer {secret}"

    def _build_outside(
        self,
        client: httpx.Client | httpx.AsyncClient,
        op: Operation,
        url: str,
        json: Any,
        authorization: str | None,
        headers: Mapping[str, str] | None,
        timeout: TimeoutLike | NotGiven,
    ) -> tuple[httpx.Request, float | None]:
        sent: dict[str, str] = {
            **({} if isinstance(client, (_SyncHTTP, _AsyncHTTP)) else SDK_HEADERS),
            **(headers or {}),
        }
        if authorization is not None:
            sent["Authorization"] = authorization
        phases, total = timeouts(self.timeout if isinstance(timeout, NotGiven) else timeout)
        try:
            built = client.build_request(op.method, url, json=json, headers=sent, timeout=phases)
        except (TypeError, ValueError) as exc:
            text = scrub(str(exc), authorization)
            raise InvalidRequestError(f"{op.name}: cannot encode the request: {text}") from None
        return built, total

    def _generic(self, method: str, path: str, host: Literal["api", "serverless"]) -> Operation:
        """A route of the API the SDK has no method for, as an operation (retried by method)."""
        if not isinstance(path, str) or not path.startswith("/") or path.startswith("//"):
            raise InvalidRequestError(
                f"request: path must start with '/' (a route of the API, e.g. "
                f"'/api/v0/instances/'), got {path!r}"
            )
        if not isinstance(method, str) or not method.isalpha():
            raise InvalidRequestError(f"request: method must be an HTTP method, got {method!r}")
        method = method.upper()
        return Operation(
            name="request",
            method=method,
            path=path,
            summary="",
            idempotent=method in IDEMPOTENT_METHODS,
            auth="optional",
            host=host,
            success_codes=(),
        )

    def _retries(self, max_retries: int | NotGiven) -> int:
        if isinstance(max_retries, NotGiven):
            return self.max_retries
        return check_retries(max_retries)

    # ---------------------------------------------------------------- decisions

    def _exception_delay(
        self,
        op: Operation,
        exc: httpx.HTTPError,
        request: httpx.Request,
        retry_index: int,
        retries: int,
        policy: _Policy,
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
        key = policy.key
        url = str(request.url.copy_with(query=None))
        text = f"{request.method} {url}: {type(exc).__name__}: {exc}"
        if policy.outside:  # httpx's message may quote the whole URL
            text = text.replace(str(request.url), url)
        text = scrub(text, key)
        if isinstance(exc, httpx.LocalProtocolError):  # e.g. a newline in a header value
            raise InvalidRequestError(f"{op.name}: cannot send the request: {text}") from None
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        url = scrub(url, key)
        kept = redacted_request(request, key, drop_query=policy.outside)
        raise cls(text, method=request.method, url=url, request=kept) from None

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

    def _pacer(self, key: str | None) -> Pacer | None:
        """The pacer for an API call (None: not paced: a URL outside the API, or pacing off)."""
        return self._pacing.get() if key is not None and self.pacing else None

    def _paced_retry(
        self,
        pacer: Pacer,
        slot: Slot,
        response: httpx.Response,
        body: Body,
        retries: int,
        paced: int,
    ) -> bool:
        """Tell the pacer how the call ended; True to send it again through the pacer (a 429
        it has taken into account: retried without using up the call's ``max_retries``, up
        to its ``max_paced_retries``; never when the call allows no retries)."""
        status = response.status_code
        quota = status == 429 and body.field("error") == "search_quota_exceeded"
        # the daily search quota is not a rate: it tells the pacer nothing
        absorbed = pacer.finish(
            slot, None if quota else status, response.headers.get("Retry-After")
        )
        if not (absorbed and retries > 0 and paced < pacer.policy.max_paced_retries):
            return False
        log.info(
            "%s: status 429 -> paced at %.2f calls/s, sent again through the pacer (%d/%d)",
            slot.key,
            pacer.rate(slot.key) or 0.0,
            paced + 1,
            pacer.policy.max_paced_retries,
        )
        return True

    def _finish(
        self,
        response: httpx.Response,
        body: Body,
        parse: Callable[[Any], T] | None,
        elapsed: float,
        retries: int,
        raw: bool,
    ) -> Any:
        """The call's result from the final response (decoded once, shared with the error path)."""
        reader = ResponseReader(response, body, self._api_key)
        reader.raise_for_error()
        if raw:
            return APIResponse(reader, parse, elapsed=elapsed, retries_taken=retries)
        return reader.parse(parse)

    def _redirect(self, response: httpx.Response, policy: _Policy) -> httpx.Request | None:
        """The request a redirect asks for (None if it is not one, or not followed); refused if
        it downgrades https, or (carrying a credential) goes to plain http off loopback.

        httpx builds it: a redirect to another origin carries no Authorization header.
        """
        if not policy.follow:
            return None
        target = response.next_request
        if target is None:
            return None
        source, url = response.request.url, target.url
        downgrade = source.scheme == "https" and url.scheme != "https"
        exposed = policy.strict and url.scheme == "http" and not is_loopback(url.host)
        if (downgrade or exposed) and not self.allow_insecure_http:
            where = scrub(
                f"{source.copy_with(query=None)} -> {url.copy_with(query=None)}", policy.key
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


class SyncRequester(_Requester):
    """The blocking requester of a Vast: its settings, pool, sleep hook and send loop.

    ``sleep`` is the one function every wait of the client goes through (retry back-off, the
    helpers' polls); replace it to make waits virtual (FakeVast.client(virtual_sleep=True)
    does) or to record them.
    """

    def __init__(self, *, http_client: httpx.Client | None, **settings: Any) -> None:
        super().__init__(**settings)
        self._http: _LazyHTTP[httpx.Client] = _LazyHTTP(_new_sync_http, http_client)
        self._owns_pool = http_client is None
        self.sleep: Callable[[float], object] = time.sleep
        """Waits ``seconds``: the hook every wait of the client goes through."""

    @property
    def http_client(self) -> httpx.Client:
        """The httpx client requests go through (the pool is built now if this is its first use)."""
        return self._http.get()

    def close(self) -> None:
        """Close the connection pool (only if this requester created it)."""
        if self._owns_pool:
            http = self._http.close()
            if http is not None:
                http.close()

    # ---------------------------------------------------------------- entry points

    def call(
        self,
        op: Operation,
        request: Request,
        parse: Callable[[Any], T] | None,
        options: RequestOptions,
    ) -> T:
        """Send one API operation, with retries; its model (an APIResponse on the raw view)."""
        retries = self._retries(options.max_retries)
        http = self._http.client or self._http.get()
        built, total = self._build_api(http, op, request, options)
        self._log_request(op, built)
        response, body, elapsed, taken = self._exchange(
            http, built, total, op, retries, self._policy, pace=op.name
        )
        return cast(T, self._finish(response, body, parse, elapsed, taken, self._raw))

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        host: Literal["api", "serverless"] = "api",
    ) -> APIResponse[Any]:
        """A route of the API the SDK has no method for; see ``Vast.request``."""
        op = self._generic(method, path, host)
        options = RequestOptions(timeout, max_retries, headers)
        retries = self._retries(max_retries)
        http = self._http.client or self._http.get()
        built, total = self._build_api(http, op, Request(path, query(params or {}), json), options)
        self._log_request(op, built)
        response, body, elapsed, taken = self._exchange(
            http, built, total, op, retries, self._policy, pace=f"{op.method} {op.path}"
        )
        result: APIResponse[Any] = self._finish(response, body, _identity, elapsed, taken, True)
        return result

    def fetch(
        self,
        method: str,
        url: str,
        *,
        sends_api_key: bool,
        bearer: str | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        follow_redirects: bool = True,
        resend: Callable[[], Outgoing] | None = None,
        what: str = "URL",
    ) -> httpx.Response:
        """Send a request to a URL outside the API; the final response, whatever its status.

        The same limits, deadline, redirect rules, retries (by HTTP method: GET, HEAD and
        OPTIONS after any retryable failure; others only when the server cannot have acted)
        and typed transport errors as an API call; the URL's query stays out of every message.

        Args:
            method: The HTTP method.
            url: The whole URL (a pre-signed result URL, a worker's URL and path).
            sends_api_key: True sends the account's API key as ``Authorization: Bearer``;
                False never does (a pre-signed URL, a worker).
            bearer: Another key to send as ``Authorization: Bearer`` (an endpoint's key), kept
                out of messages and logs like the API key; never over plain http off loopback
                unless the client allows insecure http.
            json: A JSON body.
            headers: More headers (the client's ``default_headers`` are for the API only).
            timeout: Each attempt's limit; default: the client's.
            max_retries: Retries; default: the client's.
            follow_redirects: False returns a 3xx as the final response.
            resend: Called before each retry for where to send it instead (a newly routed
                worker).
            what: How messages name the URL ("result URL", "worker URL").

        Raises:
            APIConnectionError, APITimeoutError, ResponseTooLargeError: no (whole) response.
            InsecureURLError: not http(s), a credential over plain http, or a refused redirect.
        """
        op, policy, authorization = self._outside(
            method,
            url,
            sends_api_key=sends_api_key,
            bearer=bearer,
            follow_redirects=follow_redirects,
            what=what,
        )
        retries = self._retries(max_retries)
        http = self._http.client or self._http.get()
        built, total = self._build_outside(http, op, url, json, authorization, headers, timeout)
        self._log_request(op, built)

        def again() -> httpx.Request:
            assert resend is not None
            target = resend()
            self._outside(
                method,
                target.url,
                sends_api_key=sends_api_key,
                bearer=bearer,
                follow_redirects=follow_redirects,
                what=what,
            )
            return self._build_outside(
                http, op, target.url, target.json, authorization, headers, timeout
            )[0]

        response, _body, _elapsed, _taken = self._exchange(
            http, built, total, op, retries, policy, again if resend is not None else None
        )
        return response

    # ---------------------------------------------------------------- the send loop

    def _exchange(
        self,
        http: httpx.Client,
        built: httpx.Request,
        total: float | None,
        op: Operation,
        retries: int,
        policy: _Policy,
        resend: Callable[[], httpx.Request] | None = None,
        *,
        pace: str | None = None,
    ) -> tuple[httpx.Response, Body, float, int]:
        """Send until a response no retry can change: (it, its body, seconds, retries taken).

        ``pace``: the endpoint's key for the client's pacer (API calls only)."""
        retry_index = paced = 0
        pacer = self._pacer(pace)
        while True:
            slot = None if pacer is None else pacer.wait_sync(str(pace), self.pause)
            start = time.monotonic()
            failure: httpx.HTTPError | None = None
            try:
                response = self._send(http, built, total, not op.idempotent, policy)
            except httpx.HTTPError as exc:
                failure = exc
            if failure is not None:  # out of the except: the error raised has no httpx context
                if pacer is not None and slot is not None:
                    pacer.finish(slot, None)
                delay = self._exception_delay(op, failure, built, retry_index, retries, policy)
            else:
                elapsed = time.monotonic() - start
                self._log_response(built, response.status_code, elapsed)
                body = Body(response.content)
                if (
                    pacer is not None
                    and slot is not None
                    and self._paced_retry(pacer, slot, response, body, retries, paced)
                ):
                    paced += 1
                    continue
                wait = self._retry_delay(op, response, body, retry_index, retries)
                if wait is None:
                    return response, body, elapsed, retry_index + paced
                delay = wait
            retry_index += 1
            self.pause(delay)
            if resend is not None:
                built = resend()

    def pause(self, seconds: float) -> None:
        """Sleep ``seconds`` with the client's ``sleep`` hook: how the client and its helpers
        wait (retry back-off, pacing, polls). The pacer's clock counts the time asked for even
        when the hook does not block (virtual sleep)."""
        began = time.monotonic()
        self.sleep(seconds)
        self._pacing.slept(seconds, time.monotonic() - began)

    def _send(
        self,
        http: httpx.Client,
        request: httpx.Request,
        total: float | None,
        fresh: bool,
        policy: _Policy,
    ) -> httpx.Response:
        """Send, following redirects, and read the whole body within the total deadline.

        The client's own pool enforces it on every socket read and write (DeadlineStream); a
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
                download = Download(request, self.max_response_size, policy.key, policy.outside)
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
                next_request = self._redirect(response, policy)
                if next_request is None:
                    return final
                request = next_request
            raise httpx.TooManyRedirects("Exceeded the maximum of redirects", request=request)
        finally:
            DEADLINE.reset(token)


async def _anyio_sleep(seconds: float) -> None:
    """anyio.sleep, loaded when a wait first happens (not with vast_sdk)."""
    import anyio

    await anyio.sleep(seconds)


class _SendPhase:
    """How far an async send got, from httpcore's trace events (httpx's public ``trace``
    request extension), so that a total deadline that ends it can be told apart: still
    connecting (nothing sent: ConnectTimeout, retried like a refused connection) or later
    (ReadTimeout: the API may have acted). Followed only for calls that are not replay-safe:
    the others are retried after either, and their sends stay free of trace callbacks. The
    sync client gets the same from its transport hook (_deadline.py). A transport that reports
    no events (a caller's own, MockTransport) counts as sent."""

    __slots__ = ("connecting", "sent")

    def __init__(self) -> None:
        self.connecting = False
        self.sent = False

    @property
    def connecting_only(self) -> bool:
        """True when a connection was being opened and no request byte can have left."""
        return self.connecting and not self.sent

    def watch(self, request: httpx.Request) -> None:
        """Follow ``request``'s send (a ``trace`` it already has still gets every event)."""
        theirs = request.extensions.get("trace")

        async def trace(event: str, info: dict[str, Any]) -> None:
            if event.endswith(".send_request_headers.started"):
                self.sent = True
            elif event.startswith("connection.") and event.endswith(".started"):
                self.connecting = True
            if theirs is not None:
                await theirs(event, info)

        request.extensions = {**request.extensions, "trace": trace}


class AsyncRequester(_Requester):
    """The asyncio requester of an AsyncVast: as SyncRequester, with coroutines.

    ``sleep`` is a coroutine function: every wait of the client awaits it.
    """

    def __init__(self, *, http_client: httpx.AsyncClient | None, **settings: Any) -> None:
        super().__init__(**settings)
        self._http: _LazyHTTP[httpx.AsyncClient] = _LazyHTTP(_new_async_http, http_client)
        self._owns_pool = http_client is None
        self.sleep: Callable[[float], Awaitable[object]] = _anyio_sleep
        """Waits ``seconds`` (awaited): the hook every wait of the client goes through."""

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The httpx client requests go through (the pool is built now if this is its first use)."""
        return self._http.get()

    async def close(self) -> None:
        """Close the connection pool (only if this requester created it)."""
        if self._owns_pool:
            http = self._http.close()
            if http is not None:
                await http.aclose()

    # ---------------------------------------------------------------- entry points

    async def call(
        self,
        op: Operation,
        request: Request,
        parse: Callable[[Any], T] | None,
        options: RequestOptions,
    ) -> T:
        """Send one API operation, with retries; its model (an APIResponse on the raw view)."""
        retries = self._retries(options.max_retries)
        http = self._http.client or self._http.get()
        built, total = self._build_api(http, op, request, options)
        self._log_request(op, built)
        response, body, elapsed, taken = await self._exchange(
            http, built, total, op, retries, self._policy, pace=op.name
        )
        return cast(T, self._finish(response, body, parse, elapsed, taken, self._raw))

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        host: Literal["api", "serverless"] = "api",
    ) -> APIResponse[Any]:
        """A route of the API the SDK has no method for; see ``AsyncVast.request``."""
        op = self._generic(method, path, host)
        options = RequestOptions(timeout, max_retries, headers)
        retries = self._retries(max_retries)
        http = self._http.client or self._http.get()
        built, total = self._build_api(http, op, Request(path, query(params or {}), json), options)
        self._log_request(op, built)
        response, body, elapsed, taken = await self._exchange(
            http, built, total, op, retries, self._policy, pace=f"{op.method} {op.path}"
        )
        result: APIResponse[Any] = self._finish(response, body, _identity, elapsed, taken, True)
        return result

    async def fetch(
        self,
        method: str,
        url: str,
        *,
        sends_api_key: bool,
        bearer: str | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        follow_redirects: bool = True,
        resend: Callable[[], Awaitable[Outgoing]] | None = None,
        what: str = "URL",
    ) -> httpx.Response:
        """Send a request to a URL outside the API; see SyncRequester.fetch."""
        op, policy, authorization = self._outside(
            method,
            url,
            sends_api_key=sends_api_key,
            bearer=bearer,
            follow_redirects=follow_redirects,
            what=what,
        )
        retries = self._retries(max_retries)
        http = self._http.client or self._http.get()
        built, total = self._build_outside(http, op, url, json, authorization, headers, timeout)
        self._log_request(op, built)

        async def again() -> httpx.Request:
            assert resend is not None
            target = await resend()
            self._outside(
                method,
                target.url,
                sends_api_key=sends_api_key,
                bearer=bearer,
                follow_redirects=follow_redirects,
                what=what,
            )
            return self._build_outside(
                http, op, target.url, target.json, authorization, headers, timeout
            )[0]

        response, _body, _elapsed, _taken = await self._exchange(
            http, built, total, op, retries, policy, again if resend is not None else None
        )
        return response

    # ---------------------------------------------------------------- the send loop

    async def _exchange(
        self,
        http: httpx.AsyncClient,
        built: httpx.Request,
        total: float | None,
        op: Operation,
        retries: int,
        policy: _Policy,
        resend: Callable[[], Awaitable[httpx.Request]] | None = None,
        *,
        pace: str | None = None,
    ) -> tuple[httpx.Response, Body, float, int]:
        """Send until a response no retry can change: (it, its body, seconds, retries taken).

        ``pace``: the endpoint's key for the client's pacer (API calls only)."""
        retry_index = paced = 0
        pacer = self._pacer(pace)
        while True:
            slot = None
            if pacer is not None:
                slot = await pacer.wait_async(str(pace), self.pause)
            start = time.monotonic()
            failure: httpx.HTTPError | None = None
            try:
                response = await self._send(http, built, total, not op.idempotent, policy)
            except httpx.HTTPError as exc:
                failure = exc
            if failure is not None:  # out of the except: the error raised has no httpx context
                if pacer is not None and slot is not None:
                    pacer.finish(slot, None)
                delay = self._exception_delay(op, failure, built, retry_index, retries, policy)
            else:
                elapsed = time.monotonic() - start
                self._log_response(built, response.status_code, elapsed)
                body = Body(response.content)
                if (
                    pacer is not None
                    and slot is not None
                    and self._paced_retry(pacer, slot, response, body, retries, paced)
                ):
                    paced += 1
                    continue
                wait = self._retry_delay(op, response, body, retry_index, retries)
                if wait is None:
                    return response, body, elapsed, retry_index + paced
                delay = wait
            retry_index += 1
            await self.pause(delay)
            if resend is not None:
                built = await resend()

    async def pause(self, seconds: float) -> None:
        """Sleep ``seconds`` with the client's ``sleep`` hook (awaited): how the client and its
        helpers wait; see SyncRequester.pause."""
        began = time.monotonic()
        await self.sleep(seconds)
        self._pacing.slept(seconds, time.monotonic() - began)

    async def _send(
        self,
        http: httpx.AsyncClient,
        request: httpx.Request,
        total: float | None,
        fresh: bool,
        policy: _Policy,
    ) -> httpx.Response:
        """Send, following redirects, and read the whole body within the total deadline (a hard
        cancel scope). ``fresh``: not on an idle keep-alive connection (take_idle_connections).
        """
        import anyio  # loaded already: httpx's asyncio transport runs on it

        # only a call that is not replay-safe (``fresh``) is retried differently by phase
        phase = _SendPhase() if fresh else None
        try:
            with anyio.fail_after(total):
                if fresh:
                    for connection in take_idle_connections(http, request.url):
                        await connection.aclose()
                for _hop in range(http.max_redirects + 1):
                    if phase is not None:
                        phase.watch(request)
                    response = await http.send(request, stream=True, follow_redirects=False)
                    download = Download(request, self.max_response_size, policy.key, policy.outside)
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
                    next_request = self._redirect(response, policy)
                    if next_request is None:
                        return final
                    request = next_request
                raise httpx.TooManyRedirects("Exceeded the maximum of redirects", request=request)
        except TimeoutError:
            if phase is not None and phase.connecting_only:  # nothing sent: safe to retry
                raise httpx.ConnectTimeout(
                    f"total timeout of {total}s exceeded while connecting", request=request
                ) from None
            raise httpx.ReadTimeout(
                f"total timeout of {total}s exceeded", request=request
            ) from None
