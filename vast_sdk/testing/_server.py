"""Ways to reach a FakeVast: a threaded HTTP/1.1 server on loopback, or in-process transports."""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlsplit

import anyio
import httpx

from ._core import Answer, RawRequest

if TYPE_CHECKING:
    from ._core import FakeVast


def _raw(method: str, target: str, headers: dict[str, str], body: bytes) -> RawRequest:
    parts = urlsplit(target)
    query = parse_qsl(parts.query, keep_blank_values=True)
    return RawRequest(method.upper(), unquote(parts.path), query, headers, body)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeVast/1"
    timeout = 30  # idle keep-alive connections end after this
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms stalls

    server: _Server

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        answer = self.server.fake.dispatch(_raw(self.command, self.path, headers, body))
        if answer.delay:
            time.sleep(answer.delay)
        if answer.drop:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.content)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.content)

    def __getattr__(self, name: str) -> Any:
        """Every method (GET ... TRACE, QUERY) goes to the fake, which answers 404/405 itself."""
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests and the demo print what matters themselves."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64  # the default 5 stalls a burst of concurrent clients (a fuzzer's)

    def __init__(self, fake: FakeVast, address: tuple[str, int]) -> None:
        self.fake = fake
        self.open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self.open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self.open.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away (timeouts, dropped faults) is normal; anything else is a bug."""
        exc = sys.exc_info()[1]
        if not isinstance(exc, (ConnectionError, TimeoutError)):
            self.fake.errors.append(f"loopback server: {type(exc).__name__}: {exc}")

    def close_all(self) -> None:
        with self._open_lock:
            for sock in list(self.open):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
            self.open.clear()


class LoopbackServer:
    """A FakeVast on a real socket, in a background thread."""

    def __init__(self, fake: FakeVast, host: str, port: int) -> None:
        self._server = _Server(fake, (host, port))
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        bound_host, bound_port = self._server.server_address[:2]
        shown = bound_host if isinstance(bound_host, str) else bound_host.decode()
        self.url = f"http://{shown}:{bound_port}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.close_all()
        self._server.server_close()
        self._thread.join(timeout=5)


def _response(answer: Answer, request: httpx.Request) -> httpx.Response:
    if answer.drop:
        raise httpx.RemoteProtocolError(
            "Server disconnected without sending a response.", request=request
        )
    # A stream, not content=: the client reads responses with iter_raw(), which refuses a
    # response whose content was given up front (httpx marks it consumed).
    stream = httpx.ByteStream(answer.content)
    return httpx.Response(answer.status, headers=answer.headers, stream=stream, request=request)


class SyncTransport(httpx.BaseTransport):
    """Answers httpx.Client requests from a FakeVast without a socket."""

    def __init__(self, fake: FakeVast) -> None:
        self.fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        headers = {k.lower(): v for k, v in request.headers.items()}
        raw = _raw(request.method, str(request.url.raw_path, "ascii"), headers, request.read())
        answer = self.fake.dispatch(raw)
        if answer.delay:
            time.sleep(answer.delay)
        return _response(answer, request)


class AsyncTransport(httpx.AsyncBaseTransport):
    """Answers httpx.AsyncClient requests from a FakeVast without a socket."""

    def __init__(self, fake: FakeVast) -> None:
        self.fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        headers = {k.lower(): v for k, v in request.headers.items()}
        body = await request.aread()
        raw = _raw(request.method, str(request.url.raw_path, "ascii"), headers, body)
        answer = self.fake.dispatch(raw)
        if answer.delay:
            await anyio.sleep(answer.delay)
        return _response(answer, request)
