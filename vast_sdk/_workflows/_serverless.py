"""call_endpoint: route a request to a serverless worker, send it there, return its JSON.

As the official client does it (``Endpoint.request``): ``POST /route/`` on run.vast.ai until it
names a ready worker, then ``POST {worker url}{path}`` with ``{"auth_data": <the route's
answer>, "payload": ...}`` and the endpoint's key as the Bearer token. The worker checks
``auth_data``'s signature.

Money rules: the request is sent again (to a freshly routed worker) only when the worker cannot
have run it: the connection was refused, or it answered 429/503 (queue full, not ready). A
timeout or a dropped connection after sending is raised, never replayed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from .._errors import InvalidRequestError
from .._retry import backoff_delay
from ._base import AsyncBase, SyncBase, Timer, positive
from ._errors import EndpointError, EndpointNotFoundError, NoWorkerError, WorkerError
from ._http import (
    CONNECT_TIMEOUT,
    USER_AGENT,
    Reply,
    check_url,
    retry_after,
    send_async,
    send_sync,
    transport_error,
)

if TYPE_CHECKING:
    from ..models import RouteNoWorkerAvailable, RouteWorkerAvailable, ShowEndpointsResponse

DEFAULT_COST = 100.0
"""The official client's default cost of a request (the autoscaler's load units)."""
DEFAULT_ENDPOINT_TIMEOUT = 300.0
"""Seconds to wait for a worker to be ready (cold starts take minutes)."""
DEFAULT_WORKER_TIMEOUT = 600.0
"""Seconds the worker may take to answer (the official client's worker_timeout)."""
MAX_ROUTE_POLL = 10.0
"""Cap, in seconds, of the growing wait between route polls while no worker is ready."""
RESEND_STATUSES = frozenset({429, 503})
"""Worker answers that mean it did not take the request (queue full, not ready)."""
_CONNECT_PHASE = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class Done:
    """The worker's decoded answer (a wrapper: the JSON may itself be a number)."""

    value: Any


def lookup_endpoint_key(endpoints: ShowEndpointsResponse, name: str) -> str:
    """The API key of the endpoint called ``name``, from show_endpoints."""
    found = next((e for e in endpoints.results or [] if e.endpoint_name == name), None)
    if found is None:
        raise EndpointNotFoundError(f"no endpoint named {name!r} on this account", endpoint=name)
    if not found.api_key:
        raise EndpointError(f"endpoint {name!r} has no api_key", endpoint=name)
    return found.api_key


@dataclass
class EndpointCall:
    """The state of one call_endpoint (no I/O): route answers in, requests and verdicts out."""

    endpoint: str
    path: str
    cost: float
    timeout: float
    poll_interval: float
    worker_timeout: float
    max_retries: int
    polls: int = 0
    resends: int = 0
    last_status: str | None = None
    request_idx: Any = None

    @classmethod
    def start(
        cls,
        endpoint: str,
        path: str,
        cost: float,
        timeout: float,
        poll_interval: float,
        worker_timeout: float,
        max_retries: int,
    ) -> EndpointCall:
        if not isinstance(endpoint, str) or not endpoint:
            raise InvalidRequestError(f"endpoint must be a non-empty str, got {endpoint!r}")
        if not isinstance(path, str) or not path.startswith("/"):
            raise InvalidRequestError(f"path must be a str starting with '/', got {path!r}")
        return cls(
            endpoint,
            path,
            positive("cost", cost),
            positive("timeout", timeout),
            positive("poll_interval", poll_interval),
            positive("worker_timeout", worker_timeout),
            max_retries,
        )

    def route_body(self) -> dict[str, Any]:
        """The route request; once the router gave a place in its queue, it is sent back."""
        body: dict[str, Any] = {"endpoint": self.endpoint, "cost": self.cost}
        if self.request_idx is not None:
            body["request_idx"] = self.request_idx
        return body

    def routed(
        self, answer: RouteWorkerAvailable | RouteNoWorkerAvailable, elapsed: float
    ) -> dict[str, Any] | float:
        """The worker's auth_data (the route's whole answer) when one is ready, else seconds
        to wait before asking again; NoWorkerError when the time is up."""
        data = answer.to_dict()
        self.request_idx = data.get("request_idx", self.request_idx)
        if isinstance(data.get("url"), str) and data["url"]:
            self.polls = 0
            return data
        self.last_status = data.get("status")
        if elapsed >= self.timeout:
            raise NoWorkerError(
                f"endpoint {self.endpoint!r}: no worker ready after {self.timeout:g}s "
                f"(route status {self.last_status!r})",
                endpoint=self.endpoint,
                last_status=self.last_status,
            )
        self.polls += 1
        delay = min(MAX_ROUTE_POLL, self.poll_interval * 1.5 ** (self.polls - 1))
        return min(delay, self.timeout - elapsed)

    def request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        auth_data: dict[str, Any],
        payload: Any,
        key: str,
        allow_insecure_http: bool,
    ) -> httpx.Request:
        """The POST to the worker: the route's answer as auth_data, the endpoint's key."""
        url = str(auth_data["url"]).rstrip("/") + self.path
        check_url(url, sends_key=True, allow_insecure_http=allow_insecure_http, what="worker URL")
        try:
            content = json.dumps({"auth_data": auth_data, "payload": payload}).encode()
        except (TypeError, ValueError) as exc:
            raise InvalidRequestError(f"call_endpoint: payload is not JSON: {exc}") from None
        headers = {
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            "Content-Type": "application/json",
            "Authorization": f"Bearer {key}",
        }
        timeout = httpx.Timeout(self.worker_timeout, connect=CONNECT_TIMEOUT)
        return http.build_request("POST", url, content=content, headers=headers, timeout=timeout)

    def answered(self, reply: Reply, url: str) -> Done | float:
        """The worker's JSON, or seconds to wait before routing again (429/503), or
        WorkerError."""
        if 200 <= reply.status < 300:
            if not reply.content.strip():
                return Done(None)
            try:
                return Done(json.loads(reply.content))
            except ValueError:
                raise self._error(reply, url, "a body that is not JSON") from None
        if reply.status in RESEND_STATUSES and self.resends < self.max_retries:
            self.resends += 1
            hinted = retry_after(reply.headers)
            return backoff_delay(self.resends - 1) if hinted is None else hinted
        raise self._error(reply, url, f"status {reply.status}")

    def failed(self, exc: httpx.HTTPError, url: str) -> float:
        """Seconds to wait before routing again when the worker could not be reached, or the
        SDK's connection error (no resend once the request may have been received)."""
        if isinstance(exc, _CONNECT_PHASE) and self.resends < self.max_retries:
            self.resends += 1
            return backoff_delay(self.resends - 1)
        raise transport_error(exc, "POST", url) from None

    def _error(self, reply: Reply, url: str, what: str) -> WorkerError:
        try:
            body = json.loads(reply.content)
        except ValueError:
            body = None
        shown = reply.content[:200].decode("utf-8", errors="replace")
        return WorkerError(
            f"endpoint {self.endpoint!r}: worker POST {url} answered {what}: {shown}",
            endpoint=self.endpoint,
            status_code=reply.status,
            url=url,
            body=body,
            content=reply.content,
        )


class SyncServerless(SyncBase):
    def call_endpoint(
        self,
        endpoint: str,
        payload: Any,
        *,
        path: str,
        cost: float = DEFAULT_COST,
        endpoint_key: str | None = None,
        timeout: float = DEFAULT_ENDPOINT_TIMEOUT,
        poll_interval: float = 1.0,
        worker_timeout: float = DEFAULT_WORKER_TIMEOUT,
    ) -> Any:
        """Send ``payload`` to a worker of serverless endpoint ``endpoint``; its JSON answer.

        What the official client's ``endpoint.request(path, payload)`` does: ``route`` (on
        run.vast.ai) until a worker is ready, waiting longer each time (from
        ``poll_interval`` up to 10 s); then ``POST`` to the worker's URL + ``path`` with
        ``{"auth_data": <the route's answer>, "payload": payload}`` and the endpoint's API key
        as the Bearer token (never your account key). Sent again, to a newly routed worker, up
        to ``max_retries`` times, only when the worker cannot have run it (connection refused,
        429, 503).

        Args:
            endpoint: The endpoint's name (``endpoint_name``).
            payload: The request for your worker (any JSON value), e.g. ``{"prompt": "hi"}``.
            path: The worker's route, e.g. ``"/generate"`` or ``"/v1/completions"``.
            cost: The request's estimated load, for the autoscaler (default 100).
            endpoint_key: The endpoint's API key; default: looked up with ``show_endpoints``.
            timeout: Seconds to wait for a ready worker (default 300).
            poll_interval: First wait, in seconds, between route calls (default 1).
            worker_timeout: Seconds the worker may take to answer (default 600).

        Returns:
            The worker's answer, decoded from JSON (None for an empty body).

        Raises:
            EndpointNotFoundError: no endpoint of that name.
            NoWorkerError: no worker ready within ``timeout``.
            WorkerError: the worker answered with an error status, or not with JSON.
            APITimeoutError, APIConnectionError: the worker did not answer (not resent).
            InsecureURLError: the worker URL is plain http to a non-loopback host, which would
                send the endpoint key unencrypted (unless the client has
                ``allow_insecure_http=True``).
        """
        call = EndpointCall.start(
            endpoint, path, cost, timeout, poll_interval, worker_timeout, self.max_retries
        )
        key = endpoint_key or lookup_endpoint_key(self.show_endpoints(), endpoint)
        timer = Timer()
        while True:
            step = call.routed(self.route(body=call.route_body()), timer.elapsed())
            if isinstance(step, float):
                timer.sleep(step, self._sleep)
                continue
            request = call.request(self._http, step, payload, key, self.allow_insecure_http)
            url = str(request.url)
            try:
                reply = send_sync(self._http, request, call.worker_timeout, redirects=False)
            except httpx.HTTPError as exc:
                delay: Done | float = call.failed(exc, url)
            else:
                delay = call.answered(reply, url)
            if isinstance(delay, Done):
                return delay.value
            timer.sleep(delay, self._sleep)


class AsyncServerless(AsyncBase):
    async def call_endpoint(
        self,
        endpoint: str,
        payload: Any,
        *,
        path: str,
        cost: float = DEFAULT_COST,
        endpoint_key: str | None = None,
        timeout: float = DEFAULT_ENDPOINT_TIMEOUT,
        poll_interval: float = 1.0,
        worker_timeout: float = DEFAULT_WORKER_TIMEOUT,
    ) -> Any:
        """Send ``payload`` to a worker of serverless endpoint ``endpoint``; its JSON answer.

        What the official client's ``endpoint.request(path, payload)`` does: ``route`` (on
        run.vast.ai) until a worker is ready, waiting longer each time (from
        ``poll_interval`` up to 10 s); then ``POST`` to the worker's URL + ``path`` with
        ``{"auth_data": <the route's answer>, "payload": payload}`` and the endpoint's API key
        as the Bearer token (never your account key). Sent again, to a newly routed worker, up
        to ``max_retries`` times, only when the worker cannot have run it (connection refused,
        429, 503).

        Args:
            endpoint: The endpoint's name (``endpoint_name``).
            payload: The request for your worker (any JSON value), e.g. ``{"prompt": "hi"}``.
            path: The worker's route, e.g. ``"/generate"`` or ``"/v1/completions"``.
            cost: The request's estimated load, for the autoscaler (default 100).
            endpoint_key: The endpoint's API key; default: looked up with ``show_endpoints``.
            timeout: Seconds to wait for a ready worker (default 300).
            poll_interval: First wait, in seconds, between route calls (default 1).
            worker_timeout: Seconds the worker may take to answer (default 600).

        Returns:
            The worker's answer, decoded from JSON (None for an empty body).

        Raises:
            EndpointNotFoundError: no endpoint of that name.
            NoWorkerError: no worker ready within ``timeout``.
            WorkerError: the worker answered with an error status, or not with JSON.
            APITimeoutError, APIConnectionError: the worker did not answer (not resent).
            InsecureURLError: the worker URL is plain http to a non-loopback host, which would
                send the endpoint key unencrypted (unless the client has
                ``allow_insecure_http=True``).
        """
        call = EndpointCall.start(
            endpoint, path, cost, timeout, poll_interval, worker_timeout, self.max_retries
        )
        key = endpoint_key or lookup_endpoint_key(await self.show_endpoints(), endpoint)
        timer = Timer()
        while True:
            routed = await self.route(body=call.route_body())
            step = call.routed(routed, timer.elapsed())
            if isinstance(step, float):
                await timer.async_sleep(step, self._async_sleep)
                continue
            request = call.request(self._http, step, payload, key, self.allow_insecure_http)
            url = str(request.url)
            try:
                reply = await send_async(self._http, request, call.worker_timeout, redirects=False)
            except httpx.HTTPError as exc:
                delay: Done | float = call.failed(exc, url)
            else:
                delay = call.answered(reply, url)
            if isinstance(delay, Done):
                return delay.value
            await timer.async_sleep(delay, self._async_sleep)
