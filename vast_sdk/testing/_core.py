"""FakeVast: routing, auth, spec validation, faults and the record of what was served."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import _outside
from . import handlers as _handlers  # noqa: F401  (registers every handler)
from ._base import HANDLERS, Call, Reject, Reply, fail
from ._clock import DEFAULT_START, FakeClock
from ._default import default_reply
from ._faults import RATE_LIMIT_BODY, Fault, Faults
from ._spec import OpSpec, Spec, load_spec
from ._state import State, seed_state

if TYPE_CHECKING:
    import httpx

    from .. import AsyncVast, Vast
    from ._server import LoopbackServer

LOCAL_URL = "http://vast.localhost"
"""The base URL clients use with the in-process transports (no socket is opened)."""


@dataclass
class RawRequest:
    """A request as it arrived, before routing."""

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    """Lower-case names."""
    body: bytes


@dataclass
class Served:
    """One request the fake answered (or dropped): for assertions in tests."""

    op: str | None
    method: str
    path: str
    status: int
    headers: dict[str, str]
    dropped: bool = False
    fault: bool = False
    documented: bool = True
    """False when the status is not among the operation's documented responses."""


@dataclass
class Answer:
    """The bytes to send for one request, and how (delay, or drop the connection)."""

    status: int
    headers: dict[str, str]
    content: bytes
    delay: float = 0.0
    drop: bool = False


class FakeVast:
    """An in-memory Vast.ai API, served in-process (``transport()``) or on loopback (``serve()``).

    >>> fake = FakeVast()
    >>> with fake.serve() as url:  # doctest: +SKIP
    ...     vast = Vast(api_key=fake.api_key, base_url=url)
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        api_key: str | None = None,
        boot_seconds: float = 30.0,
        auto_advance: float = 1.0,
        start_time: float = DEFAULT_START,
        spec_file: Path | None = None,
        strict: bool = True,
    ) -> None:
        """``boot_seconds``: fake seconds from create (or recycle) to running.
        ``auto_advance``: fake seconds each request moves the clock (0: only ``clock.advance``).
        ``spec_file``: the spec document to serve (default: ``$VAST_SDK_SPEC`` if set, else the
        one shipped in the package, ``vast_sdk/_generated/fake_spec.json``).
        ``strict``: answer 500 ``fake_spec_violation`` if a response would break the spec.
        """
        self.spec: Spec = load_spec(spec_file)
        self.clock = FakeClock(start_time, auto_advance)
        self.state: State = seed_state(seed, self.clock, api_key, boot_seconds)
        self.api_key: str = self.state.api_key
        self.strict = strict
        self.faults = Faults()
        self.calls: list[Served] = []
        self.errors: list[str] = []
        """What the fake got wrong: responses outside the spec, handler crashes (tests assert
        it stays empty; the pytest fixture does)."""
        self._lock = threading.RLock()
        self._server: LoopbackServer | None = None

    # ------------------------------------------------------------------ faults

    def fail_next(
        self,
        operation: str,
        status: int | None = None,
        *,
        times: int = 1,
        retry_after: float | None = None,
        body: Any = None,
        delay: float = 0.0,
        drop: bool = False,
        malformed: bool = False,
    ) -> None:
        """Make the next ``times`` calls of ``operation`` ("*" for any) misbehave.

        - ``status``: answer it without acting: 429 with the real body (and ``Retry-After``
          when ``retry_after`` is given), 502/503/504 with a gateway's HTML page, others with
          a JSON error; ``body`` (JSON value, or bytes) replaces the body.
        - ``delay``: wait that many real seconds before answering (alone or with the others).
        - ``drop``: act, then close the connection without answering (in-process transports
          raise ``httpx.RemoteProtocolError``).
        - ``malformed``: act, then send a truncated JSON body with the real status.
        """
        if not self._known(operation):
            raise ValueError(f"unknown operation {operation!r}")
        if times < 1 or (status is None and not (delay or drop or malformed)):
            raise ValueError("give times >= 1 and one of status, delay, drop or malformed")
        fault = Fault(status, times, retry_after, body, delay, drop, malformed)
        self.faults.add(operation, fault)

    def rate_limit(self, operation: str, requests: int = 2, per: float = 1.0) -> None:
        """Answer 429 like the real API once ``operation`` gets more than ``requests`` per
        ``per`` real seconds ("*" limits each operation without its own limit)."""
        if not self._known(operation):
            raise ValueError(f"unknown operation {operation!r}")
        self.faults.limit(operation, requests, per)

    def clear_faults(self) -> None:
        """Forget queued faults and rate limits."""
        self.faults.clear()

    def _known(self, operation: str) -> bool:
        """An operation of the spec, "*", or one of the fake's own URLs (``result_url``,
        ``worker``: see _outside.py)."""
        return operation == "*" or operation in self.spec.operations or operation in _outside.ROUTES

    def fail_instance(
        self, instance_id: int, status: str | None = "exited", status_msg: str | None = None
    ) -> None:
        """Make an instance show ``actual_status`` ``status`` from now on, as when its
        container crashes (``exited``) or its host drops off (``offline``, ``unknown``).

        Starting, rebooting or recycling it clears this; so does ``status=None``.
        """
        with self._lock:
            inst = self.state.instances[instance_id]
            if status is None:
                inst.pop("_forced", None)
            else:
                inst["_forced"] = (status, status_msg or f"Simulated: {status}")

    # ------------------------------------------------------------------ what was served

    def calls_to(self, operation: str) -> list[Served]:
        """Every request routed to ``operation`` so far (including failed and dropped ones)."""
        return [c for c in self.calls if c.op == operation]

    def served_operations(self) -> set[str]:
        """Operations answered with a 2xx at least once."""
        return {c.op for c in self.calls if c.op and 200 <= c.status < 300 and not c.dropped}

    # ------------------------------------------------------------------ the request path

    def dispatch(self, request: RawRequest) -> Answer:
        """Answer one request (thread-safe). Transports and the loopback server call this.

        Order: route (404/405), rate limit (429), a queued status fault (answered without
        acting), auth (404 auth_error), request validation (400), the handler, response
        validation; then a malformed or drop fault spoils the answer the handler produced.
        """
        with self._lock:
            self.clock.tick()
            self.state.public_url = _outside.origin(request.headers, LOCAL_URL)
            outside = _outside.match(request.method, request.path)
            if outside is not None:
                return self._serve_outside(request, outside)
            op: OpSpec | None = None
            fault: Fault | None = None
            try:
                op = self._route(request)
                fault = self.faults.take(op.name)
                if fault is not None and fault.status is not None:
                    return self._finish(request, op, *fault.response(), fault)
                reply = self._handle(op, request)
            except Reject as exc:
                reply = exc.reply
            status, headers, content = self._render(op, request, reply)
            if fault is not None and fault.malformed:
                content = content[: max(1, len(content) // 2)]
            return self._finish(request, op, status, headers, content, fault)

    def _serve_outside(
        self, request: RawRequest, found: tuple[str, str, _outside.OutsideHandler] | Reply
    ) -> Answer:
        """A result URL or a worker: its rate limit and faults, then its handler (no spec)."""
        name, fault = None, None
        if isinstance(found, Reply):
            reply = found
        else:
            name, tail, handler = found
            wait = self.faults.over_limit(name)
            fault = self.faults.take(name) if self.faults.pending(name) else None
            if wait is not None:
                reply = Reply(429, RATE_LIMIT_BODY, headers={"Retry-After": f"{wait:.3f}"})
            elif fault is not None and fault.status is not None:
                status, fault_headers, body = fault.response()
                reply = Reply(status, raw=body, headers=fault_headers)
            else:
                query = dict(request.query)
                reply = handler(self.state, tail, query, request.headers, request.body)
        headers = {"Content-Type": "application/json", **reply.headers}
        content = reply.raw if reply.raw is not None else json.dumps(reply.body).encode()
        if fault is not None and fault.malformed:
            content = content[: max(1, len(content) // 2)]
        answer = self._finish(request, None, reply.status, headers, content, fault)
        self.calls[-1].op, self.calls[-1].documented = name, True
        return answer

    def _route(self, request: RawRequest) -> OpSpec:
        op, allowed = self.spec.route(request.method, request.path)
        if op is None:
            if allowed:
                msg = f"{request.method} not allowed; use {', '.join(allowed)}"
                raise Reject(fail(405, "method_not_allowed", msg))
            raise Reject(fail(404, "not_found", f"No such endpoint: {request.path}"))
        wait = self.faults.over_limit(op.name)
        if wait is not None:
            headers = {"Retry-After": f"{max(wait, 0.001):.3f}"}
            raise Reject(Reply(429, RATE_LIMIT_BODY, headers=headers))
        return op

    def _render(
        self, op: OpSpec | None, request: RawRequest, reply: Reply
    ) -> tuple[int, dict[str, str], bytes]:
        """The reply as bytes, checked against the spec when the status is documented."""
        headers = {"Content-Type": "application/json", **reply.headers}
        content = reply.raw if reply.raw is not None else json.dumps(reply.body).encode()
        if op is None or reply.status not in op.statuses:
            return reply.status, headers, content
        error = self.spec.check_response(
            op, request.path, reply.status, headers["Content-Type"], content
        )
        if not error:
            return reply.status, headers, content
        self.errors.append(f"{op.name} -> {reply.status}: {error}")
        if not self.strict:
            return reply.status, headers, content
        body = fail(500, "fake_spec_violation", f"{op.name}: {error}").body
        return 500, headers, json.dumps(body).encode()

    def _finish(
        self,
        request: RawRequest,
        op: OpSpec | None,
        status: int,
        headers: dict[str, str],
        content: bytes,
        fault: Fault | None,
    ) -> Answer:
        drop = bool(fault and fault.drop)
        record = Served(
            op=op.name if op else None,
            method=request.method,
            path=request.path,
            status=status,
            headers=request.headers,
            dropped=drop,
            fault=fault is not None,
            documented=op is not None and status in op.statuses,
        )
        self.calls.append(record)
        delay = fault.delay if fault else 0.0
        return Answer(status, headers, content, delay=delay, drop=drop)

    def _handle(self, op: OpSpec, request: RawRequest) -> Reply:
        name = op.name
        token = _bearer(request.headers.get("authorization", ""))
        key = None
        if op.auth == "none":  # the API does not look at the key: neither does the fake
            token = None
        else:
            key = self.state.key_for(token)
            if key is None and (op.auth == "required" or token):
                return fail(404, "auth_error", "Invalid user key")
        query, raw_body = self.spec.official_forms(op, request.query, request.body)
        body: Any = None
        if raw_body.strip():
            try:
                body = json.loads(raw_body)
            except ValueError:
                return fail(400, "invalid_request", "Invalid json body")
        checked = self.spec.check_request(op, request.path, query, request.headers, raw_body)
        if checked.error:
            return fail(400, "invalid_request", checked.error)
        call = Call(name, checked.path, checked.query, body, key["user_id"] if key else None, token)
        try:
            handler = HANDLERS.get(name)
            if handler is None:  # no state to keep: the smallest spec-valid success
                return default_reply(self.spec.document, op.method, op.path, call)
            return handler(self.state, call)
        except Reject:
            raise
        except Exception as exc:  # a bug in the fake: answer 500 and keep the evidence
            self.errors.append(f"{name}: handler crashed: {type(exc).__name__}: {exc}")
            return fail(500, "fake_internal_error", f"{type(exc).__name__}: {exc}")

    # ------------------------------------------------------------------ ways to serve it

    def transport(self) -> httpx.BaseTransport:
        """An httpx transport that answers in-process: ``httpx.Client(transport=...)``."""
        from ._server import SyncTransport

        return SyncTransport(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """The same for ``httpx.AsyncClient``."""
        from ._server import AsyncTransport

        return AsyncTransport(self)

    def client(self, *, virtual_sleep: bool = False, **options: Any) -> Vast:
        """A ``Vast`` client wired to this fake (loopback if serving, else in-process).

        ``virtual_sleep=True``: the client's waits (retry back-off, ``wait_for_instance``,
        ``launch``, result and route polling) advance ``self.clock`` instead of sleeping.
        """
        import httpx

        from .. import Vast
        from ._virtual import sync_virtual

        options.setdefault("api_key", self.api_key)
        if self._server is not None:
            vast = Vast(base_url=self.url, **options)
        else:
            http = httpx.Client(transport=self.transport())
            vast = Vast(base_url=LOCAL_URL, http_client=http, **options)
        return sync_virtual(vast, self.clock) if virtual_sleep else vast

    def async_client(self, *, virtual_sleep: bool = False, **options: Any) -> AsyncVast:
        """An ``AsyncVast`` client wired to this fake (loopback if serving, else in-process).

        ``virtual_sleep=True``: its waits advance ``self.clock`` instead of sleeping.
        """
        import httpx

        from .. import AsyncVast
        from ._virtual import async_virtual

        options.setdefault("api_key", self.api_key)
        if self._server is not None:
            avast = AsyncVast(base_url=self.url, **options)
        else:
            http = httpx.AsyncClient(transport=self.async_transport())
            avast = AsyncVast(base_url=LOCAL_URL, http_client=http, **options)
        return async_virtual(avast, self.clock) if virtual_sleep else avast

    def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Serve on a loopback socket in a background thread; returns the base URL."""
        from ._server import LoopbackServer

        if self._server is None:
            self._server = LoopbackServer(self, host, port)
            self._server.start()
        return self._server.url

    def stop(self) -> None:
        """Stop serving (closing open connections). Safe to call twice."""
        if self._server is not None:
            self._server.stop()
            self._server = None

    @property
    def url(self) -> str:
        """The loopback base URL (only while serving)."""
        if self._server is None:
            raise RuntimeError("FakeVast is not serving: call start() or use serve()")
        return self._server.url

    @contextlib.contextmanager
    def serve(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
        """``with fake.serve() as url:`` serve on loopback for the block."""
        url = self.start(host, port)
        try:
            yield url
        finally:
            self.stop()

    def __enter__(self) -> FakeVast:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _bearer(header: str) -> str | None:
    scheme, _, token = header.strip().partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None
