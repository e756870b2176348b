"""Vast and AsyncVast: the public clients, each a requester and the methods built on it.

The requester (_requester.py) sends every request; the generated operations
(_generated/_operations.py) and the helpers (_workflows/) are made with it; this module puts
them together under the CLI's names (_surface.py) and holds the public settings.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypeVar, cast

import httpx

from ._generated._operations import (
    AsyncOperations,
    AsyncRawOperations,
    SyncOperations,
    SyncRawOperations,
)
from ._requester import (
    DEFAULT_BASE_URL,
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_LIMITS,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_SERVERLESS_URL,
    DEFAULT_TIMEOUT,
    SDK_HEADERS,
    USER_AGENT,
    AsyncRequester,
    SyncRequester,
    check_base_url,
    check_pacing,
    check_retries,
    check_size,
    timeouts,
)
from ._response import APIResponse
from ._surface import expose, expose_async, finish
from ._types import NOT_GIVEN, NotGiven, TimeoutLike
from ._workflows import (
    AsyncAddresses,
    AsyncCommands,
    AsyncDestroy,
    AsyncLaunch,
    AsyncLease,
    AsyncServerless,
    AsyncSSH,
    AsyncText,
    AsyncWait,
    SyncAddresses,
    SyncCommands,
    SyncDestroy,
    SyncLaunch,
    SyncLease,
    SyncServerless,
    SyncSSH,
    SyncText,
    SyncWait,
)

if TYPE_CHECKING:  # call protocols with overloads, for type checkers only
    from ._workflows._typing import (
        AsyncLaunchMethod,
        LaunchMethod,
        PublicPortMethod,
        SSHCommandMethod,
        SSHURLMethod,
    )

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_LIMITS",
    "DEFAULT_MAX_RESPONSE_SIZE",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_SERVERLESS_URL",
    "DEFAULT_TIMEOUT",
    "SDK_HEADERS",
    "USER_AGENT",
    "AsyncVast",
    "Vast",
]

RQ = TypeVar("RQ", SyncRequester, AsyncRequester)


class _Client(Generic[RQ]):
    """What Vast and AsyncVast share: the public settings (kept on the requester) and copies."""

    _requester: RQ

    @property
    def requester(self) -> RQ:
        """The requester every request of this client goes through: its settings, pool and
        ``sleep`` hook (the one function the client waits with: retry back-off, the helpers'
        polls; FakeVast.client(virtual_sleep=True) replaces it)."""
        return self._requester

    @property
    def base_url(self) -> str:
        """Where the API operations go (``base_url=``, VAST_URL, or console.vast.ai)."""
        return self._requester.base_url

    @base_url.setter
    def base_url(self, url: str) -> None:
        self._requester.base_url = check_base_url(url, self.allow_insecure_http, "base_url")

    @property
    def serverless_url(self) -> str:
        """Where the serverless routes go (run.vast.ai, or base_url when that was given)."""
        return self._requester.serverless_url

    @serverless_url.setter
    def serverless_url(self, url: str) -> None:
        checked = check_base_url(url, self.allow_insecure_http, "serverless_url")
        self._requester.serverless_url = checked

    @property
    def timeout(self) -> TimeoutLike:
        """Each attempt's limit (see TimeoutLike); a call's ``timeout=`` overrides it."""
        return self._requester.timeout

    @timeout.setter
    def timeout(self, timeout: TimeoutLike) -> None:
        timeouts(timeout)
        self._requester.timeout = timeout

    @property
    def max_retries(self) -> int:
        """Retries of a failed call when retrying is safe; a call's ``max_retries=`` overrides."""
        return self._requester.max_retries

    @max_retries.setter
    def max_retries(self, retries: int) -> None:
        self._requester.max_retries = check_retries(retries)

    @property
    def max_response_size(self) -> int | None:
        """Bytes of a response body read at most, as sent and decoded (None: no limit)."""
        return self._requester.max_response_size

    @max_response_size.setter
    def max_response_size(self, size: int | None) -> None:
        self._requester.max_response_size = check_size(size)

    @property
    def pacing(self) -> bool:
        """Pace calls per endpoint (default True): once an endpoint answers 429, its calls
        slow down to the rate the API takes instead of failing, and a 429 the pacer has taken
        into account is sent again through it without using up ``max_retries`` (README "Many
        calls at once"). ``Vast(pacing=False)`` (or setting it False) turns it off; the
        with_options copies share the pacer."""
        return self._requester.pacing

    @pacing.setter
    def pacing(self, pacing: bool) -> None:
        self._requester.pacing = check_pacing(pacing)

    @property
    def allow_insecure_http(self) -> bool:
        """True lets a key travel over plain http to a host that is not loopback."""
        return self._requester.allow_insecure_http

    @allow_insecure_http.setter
    def allow_insecure_http(self, allow: bool) -> None:
        self._requester.allow_insecure_http = allow

    @property
    def api_key_hint(self) -> str:
        """The key as it may be shown (last 4 characters at most)."""
        return self._requester.api_key_hint

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
        new._requester = self._requester.configured(
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        return new


class Vast(_Client[SyncRequester], SyncOperations):
    """Blocking client for the Vast.ai API. One method per operation; see README.md.

    >>> with Vast() as vast:                       # key from VAST_API_KEY or ~/.config/vastai
    ...     offers = vast.search_offers(limit=5)

    One Vast is safe to share between threads: up to about 50 calls at once per client. Its
    connection pool is built at its first call (making a Vast builds nothing, and loads no
    SSL certificates): at most 100 connections at once, 20 kept open between calls. A
    caller-supplied ``http_client`` is used as it is (the total deadline is then checked
    between body chunks only).

    How it is put together (``Vast.__mro__`` is Vast, _Client, Generic, SyncOperations,
    object): a Vast is the generated SyncOperations (one method per operation, each handing
    its request to ``self.requester``, a SyncRequester that sends every request of the
    client), plus _Client's settings and ``with_options``. The helpers (``launch``,
    ``logs``...) are not inherited: each is a method that makes its helper from the client
    and its requester and calls it (``expose``). Every method is named ``Vast.<name>``, so a
    keyword typo says ``Vast.create_instance() got an unexpected keyword argument 'imagee'.
    Did you mean 'image'?``.
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
        pacing: bool = True,
    ) -> None:
        super().__init__(
            SyncRequester(
                api_key=api_key,
                base_url=base_url,
                serverless_url=serverless_url,
                timeout=timeout,
                max_retries=max_retries,
                default_headers=default_headers,
                allow_insecure_http=allow_insecure_http,
                max_response_size=max_response_size,
                http_client=http_client,
                pacing=pacing,
            )
        )

    @property
    def with_raw_response(self) -> SyncRawOperations:
        """The same methods, returning APIResponse (status, headers, bytes, lazy model)."""
        raw = self._requester.raw_view()
        cached = self.__dict__.get("_raw_ops")
        if cached is None or cached[0] is not raw:
            cached = self.__dict__["_raw_ops"] = (raw, SyncRawOperations(SyncOperations(raw)))
        ops: SyncRawOperations = cached[1]
        return ops

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
        """Call a route of the API the SDK has no method for yet; its APIResponse.

        It goes through the same core as every method: the key (when configured), the hosts,
        timeouts, max_response_size, redirect rules and typed errors. Retried by its HTTP
        method: GET, HEAD and OPTIONS after any retryable failure; POST, PUT, PATCH and DELETE
        (Vast rents with PUT) only when the API cannot have acted on it (a refused connection,
        429, 503). A POST, PUT or PATCH without ``json`` sends ``{}``, as every method does.

        >>> found = vast.request("GET", "/api/v0/instances/", params={"owner": "me"})
        >>> found.status_code, found.json()["instances"]

        Args:
            method: The HTTP method, e.g. ``"GET"``.
            path: The route, starting with ``/`` (e.g. ``"/api/v0/users/current/"``), on
                ``base_url`` (or ``serverless_url`` with ``host="serverless"``).
            params: Query parameters (None values are left out).
            json: The JSON body.
            headers: More HTTP headers for this call.
            timeout: Seconds for each attempt (or an httpx.Timeout); default: the client's.
            max_retries: Retries for this call; default: the client's.
            host: ``"api"`` (base_url) or ``"serverless"`` (serverless_url).

        Returns:
            APIResponse: status, headers and bytes; ``.json()`` (or ``.parse()``) the decoded
            body.

        Raises:
            APIStatusError (NotFoundError...): a 4xx/5xx, or a 2xx saying ``success: false``.
            APIConnectionError, APITimeoutError: no response. InvalidRequestError: a path that
            is not a route of the API, or a body that is not JSON.
        """
        return self._requester.request(
            method,
            path,
            params=params,
            json=json,
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            host=host,
        )

    def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        self._requester.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # helpers, by composition (see vast_sdk/_workflows/__init__.py)
    wait_for_instance = expose(SyncWait, SyncWait.wait_for_instance)
    wait_for_instances = expose(SyncWait, SyncWait.wait_for_instances)
    launch: LaunchMethod = cast("LaunchMethod", expose(SyncLaunch, SyncLaunch.launch))
    lease = expose(SyncLease, SyncLease.lease)
    destroy_labelled = expose(SyncDestroy, SyncDestroy.destroy_labelled)
    public_port = expose(SyncAddresses, SyncAddresses.public_port)
    ssh_url = expose(SyncAddresses, SyncAddresses.ssh_url)
    scp_url = expose(SyncAddresses, SyncAddresses.scp_url)
    ssh_command = expose(SyncAddresses, SyncAddresses.ssh_command)
    attach_local_ssh_key = expose(SyncSSH, SyncSSH.attach_local_ssh_key)
    logs = expose(SyncText, SyncText.logs)
    execute_text = expose(SyncText, SyncText.execute_text)
    start_instance = expose(SyncCommands, SyncCommands.start_instance)
    stop_instance = expose(SyncCommands, SyncCommands.stop_instance)
    label_instance = expose(SyncCommands, SyncCommands.label_instance)
    call_endpoint = expose(SyncServerless, SyncServerless.call_endpoint)


class AsyncVast(_Client[AsyncRequester], AsyncOperations):
    """The asyncio client: the same methods as Vast, as coroutines.

    Up to about 50 calls in flight at once per client (``asyncio.gather`` under a
    ``Semaphore(50)``, say). Its connection pool is built at its first call, as Vast's: at
    most 100 connections at once, 20 kept open between calls. Put together as Vast is, with
    AsyncOperations and an AsyncRequester (``AsyncVast.__mro__``: AsyncVast, _Client, Generic,
    AsyncOperations, object).
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
        pacing: bool = True,
    ) -> None:
        super().__init__(
            AsyncRequester(
                api_key=api_key,
                base_url=base_url,
                serverless_url=serverless_url,
                timeout=timeout,
                max_retries=max_retries,
                default_headers=default_headers,
                allow_insecure_http=allow_insecure_http,
                max_response_size=max_response_size,
                http_client=http_client,
                pacing=pacing,
            )
        )

    @property
    def with_raw_response(self) -> AsyncRawOperations:
        """The same coroutines, returning APIResponse (status, headers, bytes, lazy model)."""
        raw = self._requester.raw_view()
        cached = self.__dict__.get("_raw_ops")
        if cached is None or cached[0] is not raw:
            cached = self.__dict__["_raw_ops"] = (raw, AsyncRawOperations(AsyncOperations(raw)))
        ops: AsyncRawOperations = cached[1]
        return ops

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
        """Call a route of the API the SDK has no method for yet; its APIResponse.

        As ``Vast.request`` (same arguments, retries by HTTP method, errors), awaited.
        """
        return await self._requester.request(
            method,
            path,
            params=params,
            json=json,
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            host=host,
        )

    async def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        await self._requester.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # helpers, by composition (see vast_sdk/_workflows/__init__.py)
    wait_for_instance = expose_async(AsyncWait, AsyncWait.wait_for_instance)
    wait_for_instances = expose_async(AsyncWait, AsyncWait.wait_for_instances)
    launch: AsyncLaunchMethod = cast(
        "AsyncLaunchMethod", expose_async(AsyncLaunch, AsyncLaunch.launch)
    )
    lease = expose(AsyncLease, AsyncLease.lease)  # not awaited: it returns the context manager
    destroy_labelled = expose_async(AsyncDestroy, AsyncDestroy.destroy_labelled)
    # pure for an Instance (not awaited); an id returns an awaitable (one show_instance)
    public_port: PublicPortMethod = cast(
        "PublicPortMethod", expose(AsyncAddresses, AsyncAddresses.public_port)
    )
    ssh_url: SSHURLMethod = cast("SSHURLMethod", expose(AsyncAddresses, AsyncAddresses.ssh_url))
    scp_url: SSHURLMethod = cast("SSHURLMethod", expose(AsyncAddresses, AsyncAddresses.scp_url))
    ssh_command: SSHCommandMethod = cast(
        "SSHCommandMethod", expose(AsyncAddresses, AsyncAddresses.ssh_command)
    )
    attach_local_ssh_key = expose_async(AsyncSSH, AsyncSSH.attach_local_ssh_key)
    logs = expose_async(AsyncText, AsyncText.logs)
    execute_text = expose_async(AsyncText, AsyncText.execute_text)
    start_instance = expose_async(AsyncCommands, AsyncCommands.start_instance)
    stop_instance = expose_async(AsyncCommands, AsyncCommands.stop_instance)
    label_instance = expose_async(AsyncCommands, AsyncCommands.label_instance)
    call_endpoint = expose_async(AsyncServerless, AsyncServerless.call_endpoint)


finish(Vast, SyncOperations)
finish(AsyncVast, AsyncOperations)
