"""FakeVast: routing, auth, spec validation, faults and the record of what was served."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from . import _market, _outside
from . import handlers as _handlers  # noqa: F401  (registers every handler)
from ._base import HANDLERS, Call, Reject, Reply, fail
from ._catalogue import more_offers
from ._clock import DEFAULT_START, FakeClock
from ._default import default_reply
from ._faults import Fault, Faults, rate_limit_text
from ._ports import LOOPBACK
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
        closed_bodies: bool | Collection[str] = False,
    ) -> None:
        """``boot_seconds``: fake seconds from create (or recycle) to running.
        ``auto_advance``: fake seconds each request moves the clock (0: only ``clock.advance``).
        ``spec_file``: the spec document to serve (default: ``$VAST_SDK_SPEC`` if set, else the
        one shipped in the package, ``vast_sdk/_generated/fake_spec.json``).
        ``strict``: answer 500 ``fake_spec_violation`` if a response would break the spec.
        ``closed_bodies``: answer 400 ``invalid_request`` to a JSON body with a top-level field
        its operation's schema does not name (True: every operation; or these operation
        names), where the documents leave bodies open; so a test of code that sends fields by
        name fails when upstream renames one (production ignores an unknown field silently).
        """
        self.spec: Spec = load_spec(spec_file)
        self.clock = FakeClock(start_time, auto_advance)
        self.state: State = seed_state(seed, self.clock, api_key, boot_seconds)
        self.api_key: str = self.state.api_key
        self.strict = strict
        self.closed_bodies = (
            closed_bodies if isinstance(closed_bodies, bool) else set(closed_bodies)
        )
        self.faults = Faults()
        self.calls: list[Served] = []
        self.errors: list[str] = []
        """What the fake got wrong: responses outside the spec, handler crashes (tests assert
        it stays empty; the pytest fixture does)."""
        self._lock = threading.RLock()
        self._server: LoopbackServer | None = None
        self._listeners: list[socket.socket] = []
        self._closed_ports: list[tuple[float, socket.socket]] = []

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

    def rate_limit(
        self,
        operation: str,
        requests: int = 2,
        per: float = 1.0,
        *,
        clock: Literal["real", "fake"] = "real",
    ) -> None:
        """Answer 429 like the real API once ``operation`` gets more than ``requests`` calls in
        any ``per`` seconds ("*" gives each operation without its own limit this one, each in
        its own window). Thread-safe: concurrent calls are counted exactly.

        The 429 is the one the operation documents: ``{"detail": "API requests too frequent
        endpoint threshold=R"}`` for most, ``{"success": false, "error":
        "rate_limit_exceeded", "msg": ...}`` where that is the documented body
        (``destroy_instance``), R being ``requests / per``; with ``Retry-After`` (seconds until
        a call is allowed again), which the official client honours
        (``api/client.py:retry_delay``). ``clock="fake"``: the window runs on ``self.clock``,
        for clients with ``virtual_sleep=True`` (their waits move that clock).
        """
        if not self._known(operation):
            raise ValueError(f"unknown operation {operation!r}")
        if requests < 1 or per <= 0:
            raise ValueError("give requests >= 1 and per > 0")
        now = self.clock.now if clock == "fake" else None
        if now is None:
            self.faults.limit(operation, requests, per)
        else:
            self.faults.limit(operation, requests, per, now)

    def clear_faults(self) -> None:
        """Forget queued faults and rate limits."""
        self.faults.clear()

    def _known(self, operation: str) -> bool:
        """An operation of the spec, "*", or one of the fake's own URLs (``result_url``,
        ``worker``: see _outside.py)."""
        return operation == "*" or operation in self.spec.operations or operation in _outside.ROUTES

    # ------------------------------------------------------------------ the market and instances

    def take_offer(self, offer_id: int) -> None:
        """Another renter takes offer ``offer_id``: it leaves the search results (it is no
        longer rentable), and renting it answers 410 ``no_such_ask``, as production does."""
        with self._lock:
            _market.take_offer(self.state, offer_id)

    def race_next_rent(self, times: int = 1) -> None:
        """The next ``times`` rents (``create_instance``, each offer of ``create_instances``,
        ``launch_instance``) find their offer taken by another renter just before: the race
        between a search and a rent. They answer as a taken offer does (410 ``no_such_ask``;
        ``launch_instance``: ``offer_not_found``)."""
        if times < 1:
            raise ValueError("times must be >= 1")
        with self._lock:
            self.state.race_rents += times

    def fail_start(
        self,
        instance_id: int | None = None,
        *,
        machine_id: int | None = None,
        reason: str | None = "oci_runtime",
        status_msg: str | None = None,
        actual_status: str | None = None,
    ) -> None:
        """Make an instance's start fail, or every start on a machine.

        - ``instance_id``: the instance's current boot fails (or, if it is already running,
          its next start, reboot or recycle), and every later one, until cleared.
        - ``machine_id``: every instance that boots on that machine from now on fails
          (including those still loading there), until cleared: what lets a renter's "exclude
          the machine that failed" be tested.
        - ``reason``: a preset from ``START_FAILURES`` (``image_pull``, ``image_not_found``,
          ``oci_runtime``, ``disk``, ``gpu``): the ``actual_status`` and ``status_msg``
          production shows for it. ``status_msg``/``actual_status`` override the preset.
          ``reason=None`` (and no ``status_msg``) clears the failure.

        A failed start shows once the boot would have finished (``boot_seconds``); the logs
        say so too. The instance never becomes ``running`` (it bills until destroyed, like
        production's).
        """
        found = _market.failure(reason, status_msg, actual_status)
        with self._lock:
            _market.fail_start(self.state, instance_id, machine_id, found)

    def outbid(self, instance_id: int, *, min_bid: float | None = None) -> float:
        """A higher bid wins the machine of bid instance ``instance_id``: its offer's
        ``min_bid`` rises above the instance's bid (to ``min_bid``, default 25% over it) and
        the instance is stopped: ``actual_status`` ``exited``, ``cur_state`` ``stopped``,
        ``intended_status`` still ``running``, ``status_msg`` saying it was outbid, and
        ``min_bid`` showing the new floor. ``change_bid`` to at least that floor restarts it.
        Returns the new minimum bid."""
        with self._lock:
            return _market.outbid(self.state, instance_id, min_bid)

    def fail_instance(
        self, instance_id: int, status: str | None = "exited", status_msg: str | None = None
    ) -> None:
        """Make an instance show ``actual_status`` ``status`` from now on, as when its
        container crashes (``exited``), its host drops off (``offline``, ``unknown``) or it
        is ``frozen``; ``status_msg`` defaults to a message for each.

        Starting, rebooting or recycling it clears this; so does ``status=None``.
        """
        with self._lock:
            inst = _market.instance(self.state, instance_id)
            if status is None:
                inst.pop("_forced", None)
            else:
                default = _market.FORCED_MESSAGES.get(status, f"Instance is {status}.")
                inst["_forced"] = (status, status_msg or default)

    def write_output(self, instance_id: int, text: str, *, command: str | None = None) -> None:
        """Feed an instance's output, as its job would write it.

        Without ``command``: ``text`` is appended to the container's log (what ``show_logs``,
        ``Vast.logs()`` and ``vastai logs`` return), as written, after the fake's own lines
        (which all start ``[FakeVast]``). With ``command`` (one ``execute`` accepts: ``ls``,
        ``rm``, ``du``...): ``text`` is what ``execute`` (``Vast.execute_text()``, ``vastai
        execute``) outputs for exactly that command.
        """
        with self._lock:
            _market.output(self.state, instance_id, text, command)

    def open_port(
        self, instance_id: int, port: int = 22, *, proxy: bool = False, delay: float = 0.0
    ) -> int:
        """Publish the instance's container ``port`` at a real TCP listener on 127.0.0.1
        (it accepts connections, sends an SSH banner and closes them), so code that checks
        an address is reachable can be tested. Direct (default): ``public_ipaddr`` becomes
        127.0.0.1 and ``ports["<port>/tcp"]`` the listener's port, once running. ``proxy``:
        ``ssh_host``:``ssh_port`` point at it instead (for a Jupyter runtype, ``ssh_port`` + 1,
        as the official ``vastai ssh-url`` reads it). ``delay``: the port is published at
        once but refuses connections for that many fake seconds (as while sshd starts in a
        container that already runs). Returns the listener's port; the listeners close with
        ``stop()``."""
        if delay < 0:
            raise ValueError("delay must be >= 0")
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.bind((LOOPBACK, 0))  # bound and not listening: connections are refused
        bound = int(listener.getsockname()[1])
        with self._lock:
            try:
                inst = _market.instance(self.state, instance_id)
            except ValueError:
                listener.close()
                raise
            if proxy:
                inst["_proxy_listener"] = bound
            else:
                inst.setdefault("_listeners", {})[f"{port}/tcp"] = bound
            self._listeners.append(listener)
            self._closed_ports.append((self.clock.now() + delay, listener))
            self._open_due_ports()
        return bound

    def _open_due_ports(self) -> None:
        """Start listening on the open_port listeners whose delay is over (under the lock)."""
        now, waiting = self.clock.now(), []
        for due, listener in self._closed_ports:
            if due > now:
                waiting.append((due, listener))
                continue
            listener.listen(16)
            threading.Thread(target=_accept_forever, args=(listener,), daemon=True).start()
        self._closed_ports = waiting

    def add_machines(self, count: int, *, gpu_name: str = "RTX 4090") -> list[int]:
        """Put ``count`` more machines of ``gpu_name`` on the market, each with one verified,
        rentable offer (the seeded catalogue has about 60 offers: enough for a few
        instances, not for a fleet). Returns the new offers' ids."""
        if count < 1:
            raise ValueError("count must be >= 1")
        with self._lock:
            s = self.state
            taken = set(s.offers) | {o["machine_id"] for o in s.offers.values()}
            new = more_offers(s.rng, taken, count, gpu_name, s.now())
            s.offers.update(new)
            return list(new)

    def reprice_next_rent(self, factor: float = 2.0, *, times: int = 1) -> None:
        """The next ``times`` on-demand rents are charged ``factor`` times the offer's GPU
        price (``dph_base``) the search showed: the host raised its price between the search
        and the rent. The instance's ``dph_total`` shows what it costs."""
        if factor <= 0 or times < 1:
            raise ValueError("give factor > 0 and times >= 1")
        with self._lock:
            self.state.reprice_rents.extend([factor] * times)

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
            if self._closed_ports:
                self._open_due_ports()
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
                limited = {"detail": rate_limit_text(self.faults.threshold(name))}
                reply = Reply(429, limited, headers={"Retry-After": f"{max(wait, 0.001):.3f}"})
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
            raise Reject(self._rate_limited(op, wait))
        return op

    def _rate_limited(self, op: OpSpec, wait: float) -> Reply:
        """The 429 the operation documents (see ``rate_limit``)."""
        text = rate_limit_text(self.faults.threshold(op.name))
        fields = self.spec.response_fields(op, 429)
        if fields and "detail" not in fields and "error" in fields:
            body: dict[str, Any] = {"success": False, "error": "rate_limit_exceeded", "msg": text}
        else:
            body = {"detail": text}
        return Reply(429, body, headers={"Retry-After": f"{max(wait, 0.001):.3f}"})

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
        if token is None:  # the legacy form integrators still send (dstack: ?api_key=KEY)
            token = next((v for k, v in request.query if k == "api_key" and v), None)
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
        closed = self.closed_bodies is True or (
            not isinstance(self.closed_bodies, bool) and name in self.closed_bodies
        )
        unknown = (
            self.spec.undocumented_fields(op, body) if closed and isinstance(body, dict) else []
        )
        if unknown:
            msg = f"{name}: body field(s) {unknown} are not documented (closed_bodies)"
            return fail(400, "invalid_request", msg)
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
        """Stop serving (closing open connections and ``open_port`` listeners). Safe to call
        twice."""
        if self._server is not None:
            self._server.stop()
            self._server = None
        with self._lock:
            listeners, self._listeners = self._listeners, []
            self._closed_ports = []
        for listener in listeners:
            with contextlib.suppress(OSError):  # wakes the thread blocked in accept()
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()

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


def _accept_forever(listener: socket.socket) -> None:
    """Accept each connection, greet it like an SSH server and close it (open_port)."""
    while True:
        try:
            conn, _ = listener.accept()
        except OSError:  # closed by stop()
            return
        with contextlib.suppress(OSError):
            conn.sendall(b"SSH-2.0-FakeVast\r\n")
        conn.close()


def _bearer(header: str) -> str | None:
    scheme, _, token = header.strip().partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None
