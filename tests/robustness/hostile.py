"""A loopback HTTP/1.1 server on raw sockets, scripted request by request, for hostile behaviour.

Each request the server reads takes the next scripted behaviour (or ``default``) and is
recorded. A behaviour gets the connection and the request and returns what the connection does
next: ``KEEP`` (read the next request), ``CLOSE``, or an ``Idle`` callable run before reading
the next request (to close an idle connection on a timer, or just as the next request arrives).
Every wait ends when the server stops, so no test can hang on it.
"""

from __future__ import annotations

import contextlib
import json
import select
import socket
import ssl
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass
class Seen:
    """One request as the server read it (head and whole body)."""

    method: str
    path: str
    headers: dict[str, str]
    """Lower-cased names."""
    body: bytes
    connection: int
    """1 for the first accepted connection, 2 for the second..."""

    def json(self) -> Any:
        return json.loads(self.body)


class Conn:
    """One accepted connection."""

    def __init__(self, sock: socket.socket, number: int, server: HostileServer) -> None:
        self.sock = sock
        self.number = number
        self.server = server
        self._buffer = b""

    def read_request(self) -> Seen | None:
        """The next whole request, or None when the client closed (or the server stops)."""
        while b"\r\n\r\n" not in self._buffer:
            data = self._recv()
            if not data:
                return None
            self._buffer += data
        head, _, rest = self._buffer.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length") or 0)
        while len(rest) < length:
            data = self._recv()
            if not data:
                return None
            rest += data
        self._buffer = rest[length:]
        return Seen(method, target.split("?")[0], headers, rest[:length], self.number)

    def _recv(self) -> bytes:
        # A blocking read with a timeout: polling threads would fight over the GIL.
        while not self.server.stopping.is_set():
            try:
                return self.sock.recv(65536)
            except TimeoutError:
                continue
            except (OSError, ssl.SSLError):
                return b""
        return b""

    def send(self, data: bytes) -> bool:
        try:
            self.sock.sendall(data)
            return True
        except OSError:
            return False

    def respond(
        self,
        status: int = 200,
        body: bytes = b"{}",
        headers: Mapping[str, str] | None = None,
        reason: str = "OK",
    ) -> bool:
        head = f"HTTP/1.1 {status} {reason}\r\n"
        all_headers = {"Content-Type": "application/json", **(headers or {})}
        all_headers.setdefault("Content-Length", str(len(body)))
        head += "".join(f"{k}: {v}\r\n" for k, v in all_headers.items()) + "\r\n"
        return self.send(head.encode("latin-1") + body)

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; False when the server is stopping."""
        return not self.server.stopping.wait(seconds)

    def wait_readable(self, seconds: float = 10.0) -> bool:
        end = time.monotonic() + seconds
        while time.monotonic() < end and not self.server.stopping.is_set():
            with contextlib.suppress(OSError, ValueError):
                if select.select([self.sock], [], [], 0.2)[0]:
                    return True
        return False

    def close(self) -> None:
        """An orderly close (FIN; an RST if unread request bytes are still queued)."""
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(OSError):
            self.sock.close()

    def reset(self) -> None:
        """An abortive close: RST, whatever was read."""
        with contextlib.suppress(OSError):
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        with contextlib.suppress(OSError):
            self.sock.close()


KEEP = "keep"
CLOSE = "close"
Idle = Callable[[Conn], None]
"""Runs before the next request is read; the connection is closed after it."""
Behaviour = Callable[[Conn, Seen], Any]


class HostileServer:
    """Use as a context manager; ``url`` is http(s)://127.0.0.1:PORT."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self._lock = threading.Lock()
        self._queue: deque[Behaviour] = deque()
        self.default: Behaviour | None = None
        self.requests: list[Seen] = []
        self.connections = 0
        self.stopping = threading.Event()
        self._tls = tls
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(512)
        self._listener.settimeout(0.25)
        self.port: int = self._listener.getsockname()[1]
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self._socks: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def add(self, *behaviours: Behaviour) -> HostileServer:
        with self._lock:
            self._queue.extend(behaviours)
        return self

    def _next(self, seen: Seen) -> Behaviour:
        with self._lock:
            self.requests.append(seen)
            if self._queue:
                return self._queue.popleft()
        return self.default or answer(599, {"error": "test_server", "msg": "nothing scripted"})

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            sock.settimeout(None)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self.connections += 1
                number = self.connections
                self._socks.append(sock)
            threading.Thread(target=self._serve, args=(sock, number), daemon=True).start()

    def _serve(self, sock: socket.socket, number: int) -> None:
        if self._tls is not None:
            try:
                sock.settimeout(5)
                sock = self._tls.wrap_socket(sock, server_side=True)
                sock.settimeout(None)
            except (OSError, ssl.SSLError):
                with contextlib.suppress(OSError):
                    sock.close()
                return
            with self._lock:
                self._socks.append(sock)
        sock.settimeout(0.25)  # how often a blocked read looks at ``stopping``
        conn = Conn(sock, number, self)
        try:
            while True:
                seen = conn.read_request()
                if seen is None:
                    break
                after = self._next(seen)(conn, seen)
                if after == KEEP:
                    continue
                if callable(after):
                    after(conn)
                break
        except Exception:  # a client hanging up mid-reply is part of several tests
            pass
        finally:
            conn.close()

    def close(self) -> None:
        self.stopping.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            socks = list(self._socks)
        for sock in socks:
            with contextlib.suppress(OSError):
                sock.close()
        self._thread.join(timeout=5)

    def __enter__(self) -> HostileServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# ------------------------------------------------------------------ behaviours


def _encode(json_body: Any) -> bytes:
    return json.dumps({} if json_body is None else json_body).encode()


def answer(
    status: int = 200,
    json_body: Any = None,
    *,
    body: bytes | None = None,
    headers: Mapping[str, str] | None = None,
    then: Any = KEEP,
) -> Behaviour:
    """A complete answer on a kept-alive connection (``then``: what the connection does next)."""
    raw = _encode(json_body) if body is None else body

    def behaviour(conn: Conn, seen: Seen) -> Any:
        conn.respond(status, raw, headers)
        return then

    return behaviour


def close_when_idle(after: float) -> Idle:
    """The server's idle timer: close the kept-alive connection ``after`` seconds of quiet."""

    def idle(conn: Conn) -> None:
        conn.wait(after)
        conn.close()

    return idle


def close_at_next_request(conn: Conn) -> None:
    """The idle timer fires just as the next request arrives: close without reading it."""
    conn.wait_readable()
    conn.reset()


def read_then_drop(conn: Conn, seen: Seen) -> Any:
    """The server read the whole request (it may have acted), then the connection drops."""
    return CLOSE


def reset_after_reading(conn: Conn, seen: Seen) -> Any:
    conn.reset()
    return CLOSE


def never_answer(conn: Conn, seen: Seen) -> Any:
    conn.wait(30)
    return CLOSE


def drop_mid_body(conn: Conn, seen: Seen) -> Any:
    conn.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n")
    conn.send(b'{"success": true, "msg": "' + b"x" * 100)
    return CLOSE


def _drip(conn: Conn, chunks: Iterable[bytes], interval: float) -> None:
    for chunk in chunks:
        if not conn.send(chunk) or not conn.wait(interval):
            return


def trickle_headers(interval: float = 0.05) -> Behaviour:
    """A status line, then one header byte every ``interval``, never ending."""

    def behaviour(conn: Conn, seen: Seen) -> Any:
        conn.send(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        _drip(conn, iter(lambda: b"a", None), interval)
        return CLOSE

    return behaviour


def trickle_body(interval: float = 0.05) -> Behaviour:
    """Headers promising 1 MB, then one body byte every ``interval``."""

    def behaviour(conn: Conn, seen: Seen) -> Any:
        conn.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
        conn.send(b"Content-Length: 1000000\r\n\r\n[")
        _drip(conn, iter(lambda: b" ", None), interval)
        return CLOSE

    return behaviour


def huge_body(
    size: int, *, chunked: bool = False, headers: Mapping[str, str] | None = None
) -> Behaviour:
    """A JSON-ish body of ``size`` bytes, sent as fast as the client reads it."""

    def behaviour(conn: Conn, seen: Seen) -> Any:
        extra = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
        framing = "Transfer-Encoding: chunked" if chunked else f"Content-Length: {size}"
        head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{extra}{framing}\r\n\r\n"
        conn.send(head.encode())
        block = b" " * 65536
        sent = 0
        while sent < size:
            piece = block[: min(len(block), size - sent)]
            data = b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece
            if not conn.send(data):
                return CLOSE
            sent += len(piece)
        if chunked:
            conn.send(b"0\r\n\r\n")
        return CLOSE

    return behaviour


def redirect(location: str, status: int = 307) -> Behaviour:
    return answer(status, body=b"", headers={"Location": location})
