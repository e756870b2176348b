"""The fake's clock: time moves only when a test (or, a little, each request) moves it."""

from __future__ import annotations

import datetime as dt
import threading

DEFAULT_START = 1767225600.0
"""2026-01-01T00:00:00Z: a fixed start, so every run sees the same timestamps."""


class FakeClock:
    """Seconds since the epoch, advanced by ``advance()`` and by ``auto_advance`` per request.

    >>> clock = FakeClock(auto_advance=0)
    >>> clock.advance(30) - DEFAULT_START
    30.0
    """

    def __init__(self, start: float = DEFAULT_START, auto_advance: float = 0.0) -> None:
        if auto_advance < 0:
            raise ValueError("auto_advance must be >= 0")
        self._now = float(start)
        self.start = float(start)
        self.auto_advance = float(auto_advance)
        self._lock = threading.Lock()

    def now(self) -> float:
        """The current fake time (epoch seconds)."""
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> float:
        """Move time forward by ``seconds`` (>= 0); returns the new time."""
        if seconds < 0:
            raise ValueError("the fake clock cannot go backwards")
        with self._lock:
            self._now += seconds
            return self._now

    def tick(self) -> float:
        """Advance by ``auto_advance`` (called once per request the fake serves)."""
        return self.advance(self.auto_advance)

    def iso(self, at: float | None = None) -> str:
        """``at`` (default: now) as an ISO-8601 UTC timestamp, e.g. 2026-01-01T00:00:00Z."""
        when = dt.datetime.fromtimestamp(self.now() if at is None else at, tz=dt.UTC)
        return when.strftime("%Y-%m-%dT%H:%M:%SZ")
