"""Faults on demand (fail_next) and per-operation rate limits, answering like the real API."""

from __future__ import annotations

import collections
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

RATE_LIMIT_BODY = {"detail": "API requests too frequent endpoint threshold=2.0"}
"""The real API's 429 body (for a limit of 2 requests a second)."""


def rate_limit_text(threshold: float) -> str:
    """The message of the API's 429: ``threshold`` is the limit in requests per second."""
    return f"API requests too frequent endpoint threshold={threshold:.1f}"


_REASONS = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}
_REASONS |= {504: "Gateway Timeout"}


def html_error_page(status: int) -> bytes:
    """The HTML page a gateway in front of the API answers with (502/503/504)."""
    title = f"{status} {_REASONS.get(status, 'Error')}"
    return (
        f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n"
        f"<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n"
        "</body>\r\n</html>\r\n"
    ).encode()


@dataclass
class Fault:
    """What to do to the next ``times`` calls of one operation (see FakeVast.fail_next)."""

    status: int | None = None
    times: int = 1
    retry_after: float | None = None
    body: Any = None
    delay: float = 0.0
    drop: bool = False
    malformed: bool = False

    def response(self) -> tuple[int, dict[str, str], bytes]:
        """(status, headers, body) for a status fault, shaped like the real API's answer."""
        assert self.status is not None
        headers = {"Content-Type": "application/json"}
        if self.retry_after is not None:
            headers["Retry-After"] = f"{self.retry_after:g}"
        if self.body is not None:
            if isinstance(self.body, bytes):
                return self.status, {**headers, "Content-Type": "text/plain"}, self.body
            return self.status, headers, json.dumps(self.body).encode()
        if self.status == 429:
            return 429, headers, json.dumps(RATE_LIMIT_BODY).encode()
        if self.status in (502, 503, 504):
            return (
                self.status,
                {**headers, "Content-Type": "text/html"},
                html_error_page(self.status),
            )
        error = "server_error" if self.status >= 500 else "fault_injected"
        body = {"success": False, "error": error, "msg": f"Injected {self.status} response"}
        return self.status, headers, json.dumps(body).encode()


@dataclass
class Faults:
    """Queued faults per operation name ("*" matches every operation), and rate limits."""

    _queues: dict[str, collections.deque[Fault]] = field(default_factory=dict)
    _limits: dict[str, tuple[int, float, Callable[[], float]]] = field(default_factory=dict)
    _seen: dict[str, collections.deque[float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, operation: str, fault: Fault) -> None:
        with self._lock:
            self._queues.setdefault(operation, collections.deque()).append(fault)

    def take(self, operation: str) -> Fault | None:
        """The fault for this call, if one is queued (counting down its ``times``)."""
        with self._lock:
            for key in (operation, "*"):
                queue = self._queues.get(key)
                if queue:
                    fault = queue[0]
                    fault.times -= 1
                    if fault.times <= 0:
                        queue.popleft()
                    return fault
        return None

    def pending(self, operation: str | None = None) -> int:
        """Calls still to be failed (for one operation, or in all)."""
        with self._lock:
            keys = [operation] if operation else list(self._queues)
            return sum(f.times for k in keys for f in self._queues.get(k, ()))

    def clear(self) -> None:
        with self._lock:
            self._queues.clear()
            self._limits.clear()
            self._seen.clear()

    def limit(
        self,
        operation: str,
        requests: int,
        per: float,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        """At most ``requests`` calls of ``operation`` in any ``per`` seconds of ``now``."""
        with self._lock:
            self._limits[operation] = (requests, per, now)
            self._seen.clear()

    def threshold(self, operation: str) -> float:
        """The operation's limit in requests per second (what the 429's text says)."""
        with self._lock:
            limit = self._limits.get(operation) or self._limits.get("*")
            return limit[0] / limit[1] if limit else 0.0

    def over_limit(self, operation: str) -> float | None:
        """Seconds until a slot frees if this call exceeds the operation's limit, else None
        (the call then counts against the window). Each operation has its own window (a "*"
        limit applies to each one separately); thread-safe."""
        with self._lock:
            limit = self._limits.get(operation) or self._limits.get("*")
            if limit is None:
                return None
            requests, per, clock = limit
            seen = self._seen.setdefault(operation, collections.deque())
            now = clock()
            while seen and now - seen[0] >= per:
                seen.popleft()
            if len(seen) >= requests:
                return per - (now - seen[0])
            seen.append(now)
            return None
