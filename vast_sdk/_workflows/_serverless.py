"""call_endpoint: route a request to a serverless worker, send it there, return its JSON.

As the official client does it (``Endpoint.request``): ``POST /route/`` on run.vast.ai until it
names a ready worker, then ``POST {worker url}{path}`` with ``{"auth_data": <the route's
answer>, "payload": ...}`` and the endpoint's key as the Bearer token. The worker checks
``auth_data``'s signature. The POST goes through the requester's ``fetch`` (the client's limits
and redaction; the account's key never sent), which also decides a resend.

Money rules: the request is sent again (to a freshly routed worker) only when the worker cannot
have run it: the connection was refused, or it answered 429/503 (queue full, not ready), the
requester's rule for a POST. A timeout or a dropped connection after sending is raised, never
replayed. A worker's redirect is not followed (the answer is the worker's error).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from .._auth import scrub
from .._errors import BadRequestError, InvalidRequestError
from .._requester import Outgoing, without_query
from .._response import scrub_bytes, scrub_json
from ._base import (
    AsyncHelper,
    SyncHelper,
    Timer,
    poll_interval_of,
    positive,
    wait_timeout_of,
)
from ._errors import EndpointError, EndpointNotFoundError, NoWorkerError, WorkerError

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
WORKER_HEADERS = {"Accept": "application/json"}


DEFAULT_ROUTE_POLL = 1.0
"""Seconds of the first wait between route calls (VAST_POLL_INTERVAL changes it)."""


def no_endpoints(exc: BadRequestError, name: str) -> EndpointNotFoundError | None:
    """show_endpoints' 400 for an account without endpoints ("No endpoints for user found",
    as the seed, next and preview documents give it) as EndpointNotFoundError; None for
    another 400."""
    if "no endpoints" not in (exc.msg or "").lower():
        return None
    return EndpointNotFoundError(
        f"no endpoint named {name!r} on this account (it has no endpoints)", endpoint=name
    )


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
    polls: int = 0
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
    ) -> EndpointCall:
        if not isinstance(endpoint, str) or not endpoint:
            raise InvalidRequestError(f"endpoint must be a non-empty str, got {endpoint!r}")
        if not isinstance(path, str) or not path.startswith("/"):
            raise InvalidRequestError(f"path must be a str starting with '/', got {path!r}")
        return cls(
            endpoint,
            path,
            positive("cost", cost),
            positive("wait_timeout", timeout),
            positive("poll_interval", poll_interval),
            positive("worker_timeout", worker_timeout),
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

    def worker_post(self, auth_data: dict[str, Any], payload: Any) -> Outgoing:
        """The POST to the worker: its URL + path, the route's answer as auth_data."""
        url = str(auth_data["url"]).rstrip("/") + self.path
        return Outgoing(url, {"auth_data": auth_data, "payload": payload})

    def result(self, response: httpx.Response, key: str) -> Any:
        """The worker's decoded JSON (None for an empty body), or WorkerError (``key``, the
        endpoint's, scrubbed from it as the API key is from the API's errors)."""
        url = without_query(str(response.request.url))
        if 200 <= response.status_code < 300:
            if not response.content.strip():
                return None
            try:
                return json.loads(response.content)
            except ValueError:
                raise self._error(response, url, "a body that is not JSON", key) from None
        raise self._error(response, url, f"status {response.status_code}", key)

    def _error(self, response: httpx.Response, url: str, what: str, key: str) -> WorkerError:
        content = scrub_bytes(response.content, key)
        try:
            body = scrub_json(json.loads(content), key)
        except (ValueError, RecursionError):
            body = None
        shown = content[:200].decode("utf-8", errors="replace")
        return WorkerError(
            scrub(f"endpoint {self.endpoint!r}: worker POST {url} answered {what}: {shown}", key),
            endpoint=self.endpoint,
            status_code=response.status_code,
            url=scrub(url, key),
            body=body,
            content=content,
        )


def check_payload(payload: Any) -> None:
    """InvalidRequestError, before anything is sent, for a payload that is not JSON."""
    try:
        json.dumps(payload)
    except (TypeError, ValueError) as exc:
        raise InvalidRequestError(f"call_endpoint: payload is not JSON: {exc}") from None


class SyncServerless(SyncHelper):
    def call_endpoint(
        self,
        endpoint: str,
        payload: Any,
        *,
        path: str,
        cost: float = DEFAULT_COST,
        endpoint_key: str | None = None,
        wait_timeout: float = DEFAULT_ENDPOINT_TIMEOUT,
        poll_interval: float | None = None,
        worker_timeout: float = DEFAULT_WORKER_TIMEOUT,
        timeout: float | None = None,
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
            wait_timeout: Seconds to wait for a ready worker (default 300).
            poll_interval: First wait, in seconds, between route calls (default 1, or
                VAST_POLL_INTERVAL).
            worker_timeout: Seconds the worker may take to answer (default 600).
            timeout: Deprecated name of ``wait_timeout`` (a DeprecationWarning).

        Returns:
            The worker's answer, decoded from JSON (None for an empty body).

        Raises:
            EndpointNotFoundError: no endpoint of that name.
            NoWorkerError: no worker ready within ``timeout``.
            WorkerError: the worker answered with an error status (a redirect too: it is not
                followed), or not with JSON.
            APITimeoutError, APIConnectionError: the worker did not answer within
                ``worker_timeout`` (not resent); ResponseTooLargeError: its answer was over the
                client's max_response_size.
            InsecureURLError: the worker URL is plain http to a non-loopback host, which would
                send the endpoint key unencrypted (unless the client has
                ``allow_insecure_http=True``).
        """
        limit = wait_timeout_of(wait_timeout, timeout, DEFAULT_ENDPOINT_TIMEOUT, "call_endpoint")
        poll = poll_interval_of(poll_interval, DEFAULT_ROUTE_POLL)
        call = EndpointCall.start(endpoint, path, cost, limit, poll, worker_timeout)
        check_payload(payload)
        if endpoint_key is None:
            try:
                endpoints = self.ops.show_endpoints()
            except BadRequestError as exc:
                missing = no_endpoints(exc, endpoint)
                if missing is None:
                    raise
                raise missing from exc
            endpoint_key = lookup_endpoint_key(endpoints, endpoint)
        key = endpoint_key
        timer = Timer()

        def worker() -> Outgoing:
            """Route until a worker is ready: where to send the request (again)."""
            while True:
                step = call.routed(self.ops.route(body=call.route_body()), timer.elapsed())
                if not isinstance(step, float):
                    return call.worker_post(step, payload)
                timer.sleep(step, self.requester.pause)

        target = worker()
        response = self.requester.fetch(
            "POST",
            target.url,
            sends_api_key=False,
            bearer=key,
            json=target.json,
            headers=WORKER_HEADERS,
            timeout=call.worker_timeout,
            follow_redirects=False,
            resend=worker,
            what="worker URL",
        )
        return call.result(response, key)


class AsyncServerless(AsyncHelper):
    async def call_endpoint(
        self,
        endpoint: str,
        payload: Any,
        *,
        path: str,
        cost: float = DEFAULT_COST,
        endpoint_key: str | None = None,
        wait_timeout: float = DEFAULT_ENDPOINT_TIMEOUT,
        poll_interval: float | None = None,
        worker_timeout: float = DEFAULT_WORKER_TIMEOUT,
        timeout: float | None = None,
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
            wait_timeout: Seconds to wait for a ready worker (default 300).
            poll_interval: First wait, in seconds, between route calls (default 1, or
                VAST_POLL_INTERVAL).
            worker_timeout: Seconds the worker may take to answer (default 600).
            timeout: Deprecated name of ``wait_timeout`` (a DeprecationWarning).

        Returns:
            The worker's answer, decoded from JSON (None for an empty body).

        Raises:
            EndpointNotFoundError: no endpoint of that name.
            NoWorkerError: no worker ready within ``timeout``.
            WorkerError: the worker answered with an error status (a redirect too: it is not
                followed), or not with JSON.
            APITimeoutError, APIConnectionError: the worker did not answer within
                ``worker_timeout`` (not resent); ResponseTooLargeError: its answer was over the
                client's max_response_size.
            InsecureURLError: the worker URL is plain http to a non-loopback host, which would
                send the endpoint key unencrypted (unless the client has
                ``allow_insecure_http=True``).
        """
        limit = wait_timeout_of(wait_timeout, timeout, DEFAULT_ENDPOINT_TIMEOUT, "call_endpoint")
        poll = poll_interval_of(poll_interval, DEFAULT_ROUTE_POLL)
        call = EndpointCall.start(endpoint, path, cost, limit, poll, worker_timeout)
        check_payload(payload)
        if endpoint_key is None:
            try:
                endpoints = await self.ops.show_endpoints()
            except BadRequestError as exc:
                missing = no_endpoints(exc, endpoint)
                if missing is None:
                    raise
                raise missing from exc
            endpoint_key = lookup_endpoint_key(endpoints, endpoint)
        key = endpoint_key
        timer = Timer()

        async def worker() -> Outgoing:
            """Route until a worker is ready: where to send the request (again)."""
            while True:
                routed = await self.ops.route(body=call.route_body())
                step = call.routed(routed, timer.elapsed())
                if not isinstance(step, float):
                    return call.worker_post(step, payload)
                await timer.async_sleep(step, self.requester.pause)

        target = await worker()
        response = await self.requester.fetch(
            "POST",
            target.url,
            sends_api_key=False,
            bearer=key,
            json=target.json,
            headers=WORKER_HEADERS,
            timeout=call.worker_timeout,
            follow_redirects=False,
            resend=worker,
            what="worker URL",
        )
        return call.result(response, key)
