"""A client-side pacer: calls to one endpoint slow down to the rate the API takes, instead of
failing with 429.

The API limits each endpoint separately (429 ``API requests too frequent endpoint
threshold=...``, with or without ``Retry-After``). The client's retries outlast a few 429s,
but many concurrent calls (a fleet's waits, ``asyncio.gather`` of a thousand calls) keep
hitting the limit together and some run out of retries. The pacer learns each endpoint's rate
from its 429s and spaces the calls to it (per operation name):

- Until an endpoint answers 429, its calls are not paced at all.
- The first 429 sets the rate to what got through while the calls were not paced (successes
  over the last ``window`` seconds, counted as they arrive), at least ``initial_rate``.
- Until the next 429, the rate doubles every ``probe_doubling`` seconds of paced successes:
  the first estimate measures a burst, which may be far below the endpoint's rate.
- Each later 429 multiplies the rate by ``decrease`` (multiplicative decrease), once per
  round: 429s of calls sent before the last decrease are the same news and change nothing.
- After that, each success of a call that had to wait its turn adds an equal step (additive
  increase), so that after ``climb`` calls (60) the rate is back where it was before the
  decrease and finds the limit again: few 429s, whatever the endpoint's rate. When the 429s
  come with a Retry-After (which holds every call), the climb is longer, so that probing the
  limit costs little time.
- ``Retry-After`` (up to ``max_retry_after`` seconds) holds every call to the endpoint until
  then.

Calls take turns: each gets the next slot of its endpoint's schedule (one every ``1/rate``
seconds), so they leave in order, without bursts. The state is guarded by a lock held only for
arithmetic (never while sleeping), so one Pacer serves threads and asyncio tasks alike.

    slot = pacer.reserve("show_instance")            # or: slot = pacer.wait_sync(key, sleep)
    while (delay := pacer.delay(slot)) > 0:
        sleep(pacer.nap(delay))
    ... send ...
    pacer.finish(slot, response.status_code, response.headers.get("Retry-After"))
"""

from __future__ import annotations

import heapq
import math
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from ._retry import parse_retry_after

__all__ = ["Pacer", "PacerPolicy", "Slot"]


@dataclass(frozen=True)
class PacerPolicy:
    """How the pacer adapts (see the module doc). Rates are calls per second."""

    decrease: float = 0.85
    """The rate is multiplied by this on a 429 (once per round)."""
    climb: int = 60
    """Paced successes after which the rate is back where it was before the last decrease
    (additive increase: each adds an equal step)."""
    probe_cost: float = 20.0
    """When 429s come with a Retry-After that holds the endpoint for h seconds, the climb
    takes at least ``probe_cost * h * rate`` calls: each probe of the limit then costs at
    most 1/``probe_cost`` of the time."""
    probe_doubling: float = 2.0
    """Seconds in which the rate doubles between the first 429 and the second (the first
    estimate may be low: only a burst got through)."""
    window: float = 1.0
    """Seconds over which successes are counted to measure what gets through."""
    initial_rate: float = 1.0
    """The least rate the first 429 sets (when too little got through to measure)."""
    min_rate: float = 0.05
    """The rate never goes below this (one call per 20 s)."""
    max_retry_after: float = 60.0
    """A longer Retry-After is not applied to the endpoint (the client raises such a 429)."""
    recheck: float = 0.1
    """A wait longer than this sleeps half of it (at most ``max_nap``) and asks again, so that
    a turn moved earlier (the rate went up) is not slept through."""
    max_nap: float = 1.0
    """The longest sleep before asking again."""
    max_paced_retries: int = 10
    """How many 429s a call may be retried through the pacer on top of the client's own
    retries (each one has slowed its endpoint down, so they converge)."""

    def __post_init__(self) -> None:
        if not 0 < self.decrease < 1:
            raise ValueError(f"decrease must be between 0 and 1, got {self.decrease}")
        if isinstance(self.max_paced_retries, bool) or not isinstance(self.max_paced_retries, int):
            raise ValueError(f"max_paced_retries must be an int, got {self.max_paced_retries!r}")
        if self.max_paced_retries < 0:
            raise ValueError(f"max_paced_retries must be >= 0, got {self.max_paced_retries}")
        if isinstance(self.climb, bool) or not isinstance(self.climb, int) or self.climb < 1:
            raise ValueError(f"climb must be an int >= 1, got {self.climb!r}")
        names = ("probe_cost", "probe_doubling", "window", "initial_rate", "min_rate")
        for name in (*names, "max_retry_after", "recheck", "max_nap"):
            value = getattr(self, name)
            if not (isinstance(value, (int, float)) and math.isfinite(value) and value > 0):
                raise ValueError(f"{name} must be a positive number, got {value!r}")


@dataclass
class Slot:
    """One call's turn on its endpoint: reserved, then taken (sent), then finished."""

    key: str
    seq: int
    reserved_at: float
    sent_at: float | None = None
    queued: bool = False
    """True when the call had to wait for its turn (the endpoint was paced and busy)."""


@dataclass
class _Lane:
    """The schedule and what was learnt of one endpoint."""

    rate: float | None = None
    paced_since: float = math.inf
    probing: bool = False
    """True from the first 429 to the second: the rate grows exponentially to find the limit."""
    cut_rate: float = 0.0
    cut_at: float = -math.inf
    climb: float = 1.0
    """Calls the additive increase spreads its climb over (set at each decrease)."""
    blocked_until: float = -math.inf
    anchor_time: float = 0.0
    anchor_seq: int = 0
    issued: int = 0
    last_start: float = -math.inf
    waiting: list[int] = field(default_factory=list)
    """A heap of the seqs reserved and not sent yet (with lazily removed entries)."""
    gone: set[int] = field(default_factory=set)
    successes: deque[float] = field(default_factory=deque)

    def first_waiting(self) -> int | None:
        while self.waiting and self.waiting[0] in self.gone:
            self.gone.discard(heapq.heappop(self.waiting))
        return self.waiting[0] if self.waiting else None

    def at(self, seq: int) -> float:
        """When the call with ``seq`` may leave (rate known)."""
        assert self.rate is not None
        base = self.anchor_time + (seq - self.anchor_seq) / self.rate
        return max(base, self.blocked_until)


class Pacer:
    """Per-endpoint pacing that learns from 429 and Retry-After (see the module doc).

    Args:
        policy: How it adapts (PacerPolicy's defaults otherwise).
        clock: Seconds, monotonic (``time.monotonic``; tests pass a virtual clock).
    """

    def __init__(
        self, policy: PacerPolicy | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.policy = policy or PacerPolicy()
        self._clock = clock
        self._lock = threading.Lock()
        self._lanes: dict[str, _Lane] = {}

    def rate(self, key: str) -> float | None:
        """The calls per second ``key`` is paced at, or None while it is not paced."""
        with self._lock:
            lane = self._lanes.get(key)
            return None if lane is None else lane.rate

    # ---------------------------------------------------------------- a call's turn

    def reserve(self, key: str) -> Slot:
        """Take the next turn on endpoint ``key`` (an operation name)."""
        with self._lock:
            now = self._clock()
            lane = self._lanes.setdefault(key, _Lane())
            seq = lane.issued
            lane.issued += 1
            slot = Slot(key, seq, now)
            if lane.rate is not None:
                if lane.first_waiting() is None and lane.at(seq) < now:
                    lane.anchor_time, lane.anchor_seq = now, seq  # idle time is no credit
                slot.queued = lane.at(seq) > now
            elif lane.blocked_until > now:
                slot.queued = True
            heapq.heappush(lane.waiting, seq)
            return slot

    def delay(self, slot: Slot) -> float:
        """Seconds the call must still wait; 0.0 means: send now (the turn is then taken).

        Ask again after sleeping: a 429 meanwhile may have moved the turn later.
        """
        with self._lock:
            now = self._clock()
            lane = self._lanes[slot.key]
            if slot.sent_at is not None:
                return 0.0
            when = lane.blocked_until if lane.rate is None else lane.at(slot.seq)
            if when > now:
                return when - now
            slot.sent_at = now
            lane.last_start = max(lane.last_start, now)
            lane.gone.add(slot.seq)
            lane.first_waiting()  # drop what left the queue (keeps the heap small)
            return 0.0

    def finish(self, slot: Slot, status: int | None, retry_after: str | None = None) -> bool:
        """Tell the pacer how the call ended: its HTTP status (None: no response) and the
        response's Retry-After header. A 429 slows the endpoint down; a success may speed it up.

        Returns:
            True for a 429 the pacer has now taken into account (the endpoint is paced and the
            Retry-After, if any, is applied): the call may be retried through the pacer
            without counting against the client's retries (up to ``max_paced_retries``).
        """
        with self._lock:
            now = self._clock()
            lane = self._lanes[slot.key]
            if slot.sent_at is None:  # never sent (the caller gave up): free the turn
                lane.gone.add(slot.seq)
                lane.first_waiting()
                slot.sent_at = now
                return False
            if status == 429:
                return self._limited(lane, slot, now, retry_after)
            if status is not None and status < 500:
                self._succeeded(lane, slot, now)
            return False

    def _window(self, lane: _Lane, now: float) -> float:
        """Calls per second that got through in the last window."""
        start = now - self.policy.window
        while lane.successes and lane.successes[0] <= start:
            lane.successes.popleft()
        return len(lane.successes) / self.policy.window

    def _limited(self, lane: _Lane, slot: Slot, now: float, retry_after: str | None) -> bool:
        policy = self.policy
        hinted = parse_retry_after(retry_after)
        if hinted is not None and hinted > policy.max_retry_after:
            return False  # a daily quota, say: pacing cannot help this call
        if hinted is not None:
            lane.blocked_until = max(lane.blocked_until, now + hinted)
        assert slot.sent_at is not None
        if slot.sent_at > lane.cut_at:  # news: sent after the last decrease
            if lane.rate is None:
                rate = max(policy.initial_rate, self._window(lane, now))
                lane.paced_since, lane.probing = now, True
            else:
                rate, lane.probing = lane.rate * policy.decrease, False
            lane.cut_at, lane.cut_rate = now, max(policy.min_rate, rate)
            held = policy.probe_cost * (hinted or 0.0) * lane.cut_rate
            lane.climb = max(float(policy.climb), held)
            self._set_rate(lane, lane.cut_rate, now)
        elif lane.rate is not None:
            self._set_rate(lane, lane.rate, now)  # only the Retry-After changed
        return True

    def _succeeded(self, lane: _Lane, slot: Slot, now: float) -> None:
        lane.successes.append(now)
        through = self._window(lane, now)  # also forgets the successes older than the window
        if lane.rate is None:
            return
        assert slot.sent_at is not None
        if slot.sent_at < lane.paced_since:  # an unpaced call: what got through before pacing
            if through > lane.rate:
                lane.cut_rate = through
                self._set_rate(lane, through, now)
            return
        if not slot.queued:  # the endpoint is not busy: nothing learnt about its limit
            return
        if lane.probing:  # doubling every probe_doubling seconds: rate * 2**(1 / (s * rate))
            grown = lane.rate * 2.0 ** (1.0 / (self.policy.probe_doubling * lane.rate))
        else:  # additive: back to the rate before the decrease in ``climb`` calls
            step = lane.cut_rate * (1.0 / self.policy.decrease - 1.0) / lane.climb
            grown = lane.rate + step
        self._set_rate(lane, grown, now)

    def _set_rate(self, lane: _Lane, rate: float, now: float) -> None:
        """Change the rate; the calls still waiting keep their order, spaced by the new rate
        from the last call sent (never before a Retry-After)."""
        lane.rate = max(self.policy.min_rate, rate)
        first = lane.first_waiting()
        lane.anchor_seq = lane.issued if first is None else first
        interval = 1.0 / lane.rate
        # From the last call sent; a lane idle for a while starts again at most one turn back.
        lane.anchor_time = max(lane.last_start + interval, now - interval, lane.blocked_until)

    # ---------------------------------------------------------------- waiting for a turn

    def nap(self, delay: float) -> float:
        """How long to sleep for a ``delay`` before asking again: all of it when short, else
        half of it (at least ``recheck``, at most ``max_nap``)."""
        policy = self.policy
        if delay <= policy.recheck:
            return delay
        return min(policy.max_nap, max(policy.recheck, delay / 2.0))

    def wait_sync(self, key: str, sleep: Callable[[float], Any]) -> Slot:
        """Reserve a turn on ``key`` and sleep (with ``sleep``) until it comes."""
        slot = self.reserve(key)
        try:
            while (pause := self.delay(slot)) > 0:
                sleep(self.nap(pause))
        except BaseException:
            self.finish(slot, None)
            raise
        return slot

    async def wait_async(self, key: str, sleep: Callable[[float], Awaitable[Any]]) -> Slot:
        """The same for asyncio (``sleep`` is awaited; a cancellation frees the turn)."""
        slot = self.reserve(key)
        try:
            while (pause := self.delay(slot)) > 0:
                await sleep(self.nap(pause))
        except BaseException:
            self.finish(slot, None)
            raise
        return slot
