"""A scripted HTTP/1.1 server on 127.0.0.1 for the client tests.

Each request takes the next scripted reply from a queue (or ``default`` when the queue is empty)
and is recorded (method, path, query, headers, body, arrival time, connection number). A reply is
either a ``Reply`` or a callable ``(handler, request) -> None`` that writes (or does not write)
whatever it likes on the raw socket: see ``stall``, ``drop``, ``trickle_body``,
``trickle_headers`` and ``redirect``.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Recorded:
    """One request as the server received it."""

    method: str
    path: str
    raw_query: str
    headers: dict[str, str]
    """Lower-cased names."""
    body: bytes
    time: float
    """time.monotonic() when the request line and body had been read."""
    wall_time: float
    """time.time() at the same moment (for Retry-After dates)."""
    connection: int
    """1 for the first accepted TCP connection, 2 for the second..."""

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(self.raw_query, keep_blank_values=True)

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    status: int = 200
    body: bytes = b"{}"
    headers: Mapping[str, str] = field(default_factory=dict)


Action = Callable[["_Handler", Recorded], None]
Scripted = Reply | Action


def reply(
    status: int = 200,
    json_body: Any = None,
    *,
    body: bytes | str | None = None,
    headers: Mapping[str, str] | None = None,
) -> Reply:
    """A reply with a JSON body (``json_body``) or raw bytes (``body``)."""
    if body is None:
        raw = json.dumps({} if json_body is None else json_body).encode()
        content_type = "application/json"
    else:
        raw = body.encode() if isinstance(body, str) else body
        content_type = "text/html"
    all_headers = {"Content-Type": content_type, **(headers or {})}
    return Reply(status, raw, all_headers)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        request = Recorded(
            method=self.command,
            path=parts.path,
            raw_query=parts.query,
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            time=time.monotonic(),
            wall_time=time.time(),
            connection=self.server.owner._sockets.get(self.connection, 0),
        )
        owner = self.server.owner
        action = owner._next(request)
        if isinstance(action, Reply):
            self.send_response(action.status)
            for name, value in action.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(action.body)))
            self.end_headers()
            if self.command != "HEAD":  # a HEAD answer has no body (RFC 9110 9.3.2): one sent
                self.wfile.write(action.body)  # would be read as the next answer's status line
        else:
            action(self, request)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _handle


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: MockServer

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, addr = super().get_request()
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self.owner._lock:
            self.owner.connections += 1
            self.owner._sockets[sock] = self.owner.connections
        return sock, addr

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # the client hanging up mid-reply is part of several tests


class MockServer:
    """A scripted server; use as a context manager or call close()."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._lock = threading.Lock()
        self._queue: deque[Scripted] = deque()
        self._sockets: dict[socket.socket, int] = {}
        """Every accepted connection and its number (1, 2, ...)."""
        self.default: Scripted | None = None
        self.requests: list[Recorded] = []
        self.connections = 0
        self.stopping = threading.Event()
        self._server = _Server((host, port), _Handler)
        self._server.owner = self
        self.port: int = self._server.server_address[1]
        self.url = f"http://{host}:{self.port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )
        self._thread.start()

    def add(self, *replies: Scripted) -> MockServer:
        with self._lock:
            self._queue.extend(replies)
        return self

    def _next(self, request: Recorded) -> Scripted:
        with self._lock:
            self.requests.append(request)
            if self._queue:
                return self._queue.popleft()
        if self.default is not None:
            return self.default
        return reply(599, {"error": "test_server", "msg": "no scripted reply left"})

    @property
    def last(self) -> Recorded:
        return self.requests[-1]

    def close(self) -> None:
        self.stopping.set()
        if self._thread.is_alive():
            self._server.shutdown()
        self._server.server_close()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()
        self._thread.join(timeout=5)

    def __enter__(self) -> MockServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# ------------------------------------------------------------------ raw-socket behaviours


def stall(max_seconds: float = 10.0) -> Action:
    """Read the request (already done), then never answer (until the server closes)."""

    def action(handler: _Handler, request: Recorded) -> None:
        handler.server.owner.stopping.wait(max_seconds)
        handler.close_connection = True

    return action


def drop() -> Action:
    """Read the request, then close the connection without a byte of answer."""

    def action(handler: _Handler, request: Recorded) -> None:
        handler.close_connection = True
        with contextlib.suppress(OSError):
            handler.connection.shutdown(socket.SHUT_RDWR)

    return action


def _drip(handler: _Handler, chunks: Iterable[bytes], interval: float, max_seconds: float) -> None:
    handler.close_connection = True
    stop = handler.server.owner.stopping
    end = time.monotonic() + max_seconds
    for chunk in chunks:
        if stop.is_set() or time.monotonic() > end:
            return
        try:
            handler.wfile.write(chunk)
            handler.wfile.flush()
        except OSError:
            return  # the client gave up
        if stop.wait(interval):
            return


def _forever(byte: bytes) -> Iterable[bytes]:
    while True:
        yield byte


def trickle_body(interval: float = 0.2, max_seconds: float = 10.0) -> Action:
    """Complete headers promising a large JSON body, then one body byte every ``interval``."""

    def action(handler: _Handler, request: Recorded) -> None:
        head = (
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n"
        )
        _drip(handler, itertools.chain([head, b"["], _forever(b" ")), interval, max_seconds)

    return action


def trickle_headers(interval: float = 0.2, max_seconds: float = 10.0) -> Action:
    """A status line, then a header that never ends: one byte every ``interval``."""

    def action(handler: _Handler, request: Recorded) -> None:
        head = b"HTTP/1.1 200 OK\r\nX-Slow: "
        _drip(handler, [head], 0, max_seconds)
        _drip(handler, _forever(b"a"), interval, max_seconds)

    return action


def delayed(seconds: float, then: Reply) -> Action:
    """Answer ``then`` after ``seconds``."""

    def action(handler: _Handler, request: Recorded) -> None:
        if handler.server.owner.stopping.wait(seconds):
            return
        handler.send_response(then.status)
        for name, value in then.headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(then.body)))
        handler.end_headers()
        handler.wfile.write(then.body)

    return action


def redirect(status: int, location: str) -> Reply:
    return Reply(status, b"", {"Location": location})


def free_port() -> int:
    """A loopback port with nothing listening on it (connection refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
