"""The pacer on a virtual clock: the policy step by step, then a thousand concurrent calls
against simulated per-endpoint rate limits (token buckets shaped like the API's), which must
end with no call out of retries and within 1.2x of the limit's ideal time."""

from __future__ import annotations

import asyncio
import heapq
import itertools
import math
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from vast_sdk._pacer import Pacer, PacerPolicy, Slot
from vast_sdk._retry import backoff_delay


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def go(pacer: Pacer, key: str = "op") -> Slot:
    """Reserve and send at once (the caller asserts it did not have to wait)."""
    slot = pacer.reserve(key)
    assert pacer.delay(slot) == 0.0
    return slot


# ---------------------------------------------------------------- the policy, step by step


def test_calls_are_not_paced_until_a_429() -> None:
    clock = Clock()
    pacer = Pacer(clock=clock)
    for _ in range(50):
        assert pacer.finish(go(pacer), 200) is False
    assert pacer.rate("op") is None


def test_a_long_run_without_429_keeps_no_growing_state() -> None:
    clock = Clock()
    pacer = Pacer(clock=clock)
    for n in range(20_000):
        clock.now = n * 0.01
        pacer.finish(go(pacer), 200)
    lane = pacer._lanes["op"]
    assert len(lane.waiting) <= 1 and len(lane.gone) <= 1 and len(lane.successes) <= 101


def test_the_first_429_sets_the_rate_to_what_got_through() -> None:
    clock = Clock()
    pacer = Pacer(clock=clock)
    slots = [go(pacer) for _ in range(12)]
    for slot in slots[:10]:
        pacer.finish(slot, 200)
    assert pacer.finish(slots[10], 429) is True  # taken into account: retry through the pacer
    assert pacer.rate("op") == 10.0  # 10 successes in the last second
    pacer.finish(slots[11], 429)  # sent before the decrease: the same news
    assert pacer.rate("op") == 10.0


def test_successes_of_the_unpaced_burst_that_arrive_after_the_429_still_count() -> None:
    clock = Clock()
    pacer = Pacer(clock=clock)
    burst = [go(pacer) for _ in range(9)]
    clock.now = 0.05
    pacer.finish(burst[0], 429)  # the 429 came back first
    assert pacer.rate("op") == 1.0
    for slot in burst[1:]:
        pacer.finish(slot, 200)
    assert pacer.rate("op") == 8.0  # what got through unpaced, once it is known


def test_the_first_rate_is_at_least_the_initial_rate() -> None:
    pacer = Pacer(PacerPolicy(initial_rate=2.0), clock=Clock())
    pacer.finish(go(pacer), 429)
    assert pacer.rate("op") == 2.0


def test_paced_calls_leave_in_order_one_interval_apart() -> None:
    clock = Clock()
    pacer = Pacer(clock=clock)
    pacer.finish(go(pacer), 429)  # 1 call/s from now on
    slots = [pacer.reserve("op") for _ in range(4)]
    assert [round(pacer.delay(s), 6) for s in slots] == [1.0, 2.0, 3.0, 4.0]
    assert all(s.queued for s in slots)
    clock.now = 1.0
    assert pacer.delay(slots[0]) == 0.0 and pacer.delay(slots[1]) == pytest.approx(1.0)
    # another endpoint is not held up
    assert pacer.delay(pacer.reserve("other")) == 0.0


def test_retry_after_holds_every_call_to_the_endpoint() -> None:
    clock = Clock()
    pacer = Pacer(clock=clock)
    first, waiting = go(pacer), pacer.reserve("op")
    pacer.finish(first, 429, "7")
    assert pacer.delay(waiting) == pytest.approx(7.0)  # it could have gone; now it waits
    clock.now = 7.0
    assert pacer.delay(waiting) == 0.0
    http_date = "Wed, 21 Oct 2015 07:28:00 GMT"  # in the past: nothing more to wait for
    assert pacer.finish(waiting, 429, http_date) is True
    assert pacer.delay(pacer.reserve("op")) <= 1.0 / (pacer.rate("op") or 1.0) + 1e-9


def go_at(pacer: Pacer, clock: Clock, when: float) -> Slot:
    clock.now = when
    slot = pacer.reserve("op")
    while (pause := pacer.delay(slot)) > 0:
        clock.now += pause
    return slot


def test_a_retry_after_longer_than_the_cap_is_not_applied_to_the_endpoint() -> None:
    clock = Clock()
    pacer = Pacer(clock=clock)
    assert pacer.finish(go(pacer), 429, "86400") is False  # a daily quota: the client raises it
    assert pacer.rate("op") is None and pacer.delay(pacer.reserve("op")) == 0.0


def test_probing_doubles_then_a_429_cuts_and_the_climb_is_additive() -> None:
    clock = Clock()
    policy = PacerPolicy(initial_rate=1.0, probe_doubling=2.0, decrease=0.5, climb=10)
    pacer = Pacer(policy, clock=clock)
    pacer.finish(go(pacer), 429)
    assert pacer.rate("op") == 1.0
    for _ in range(3):  # paced successes while probing: x2 every 2 s of calls
        pacer.finish(go_at(pacer, clock, clock.now), 200)
    probed = pacer.rate("op")
    assert probed is not None and probed > 1.5
    pacer.finish(go_at(pacer, clock, clock.now), 429)
    assert pacer.rate("op") == pytest.approx(probed * 0.5)
    cut = probed * 0.5
    for _ in range(10):  # the climb: back to the rate before the cut in `climb` calls
        pacer.finish(go_at(pacer, clock, clock.now), 200)
    assert pacer.rate("op") == pytest.approx(cut + cut * (1 / 0.5 - 1))


def test_successes_that_did_not_wait_do_not_raise_the_rate() -> None:
    clock = Clock()
    pacer = Pacer(clock=clock)
    pacer.finish(go(pacer), 429)
    clock.now = 100.0  # idle: the next call goes at once, learning nothing
    slot = go(pacer)
    assert not slot.queued
    pacer.finish(slot, 200)
    assert pacer.rate("op") == 1.0


def test_idle_time_is_no_credit_for_a_burst() -> None:
    clock = Clock()
    pacer = Pacer(clock=clock)
    pacer.finish(go(pacer), 429)
    clock.now = 50.0
    slots = [pacer.reserve("op") for _ in range(3)]
    assert [round(pacer.delay(s), 6) for s in slots] == [0.0, 1.0, 2.0]


def test_a_call_that_gives_up_frees_its_turn() -> None:
    clock = Clock()
    pacer = Pacer(clock=clock)
    pacer.finish(go(pacer), 429)
    a, b = pacer.reserve("op"), pacer.reserve("op")
    assert pacer.delay(b) == pytest.approx(2.0)
    pacer.finish(a, None)  # cancelled while waiting
    pacer.finish(go_at(pacer, clock, 0.5), 500)  # any answer re-plans the queue
    assert pacer.delay(b) <= 1.5


def test_nap_sleeps_half_of_a_long_wait() -> None:
    pacer = Pacer(PacerPolicy(recheck=0.1, max_nap=1.0))
    assert pacer.nap(0.05) == 0.05
    assert pacer.nap(0.3) == 0.15
    assert pacer.nap(0.15) == 0.1
    assert pacer.nap(30.0) == 1.0


@pytest.mark.parametrize(
    "kwargs",
    [
        {"decrease": 1.0},
        {"decrease": 0.0},
        {"climb": 0},
        {"climb": 2.5},
        {"window": 0},
        {"min_rate": -1},
        {"max_retry_after": math.inf},
        {"max_paced_retries": -1},
        {"max_paced_retries": True},
    ],
)
def test_a_policy_that_cannot_work_is_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        PacerPolicy(**kwargs)  # type: ignore[arg-type]


# ---------------------------------------------------------------- threads and asyncio


def test_threads_share_one_pacer_and_keep_the_spacing() -> None:
    pacer = Pacer(PacerPolicy(initial_rate=400.0))
    pacer.finish(go(pacer), 429)  # 400 calls/s: 80 calls take 0.2 s
    sent: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(10):
            slot = pacer.wait_sync("op", time.sleep)
            with lock:
                sent.append(time.monotonic())
            pacer.finish(slot, 200)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert len(sent) == 80
    assert max(sent) - min(sent) >= 79 / 400 * 0.9  # paced, not a burst


def test_asyncio_tasks_share_one_pacer_and_a_cancelled_wait_frees_its_turn() -> None:
    async def main() -> tuple[int, float]:
        pacer = Pacer(PacerPolicy(initial_rate=500.0))
        pacer.finish(go(pacer), 429)
        done = 0
        begin = time.monotonic()

        async def call() -> None:
            nonlocal done
            slot = await pacer.wait_async("op", asyncio.sleep)
            pacer.finish(slot, 200)
            done += 1

        tasks = [asyncio.create_task(call()) for _ in range(50)]
        cancelled = asyncio.create_task(call())  # the 51st turn: waiting ~0.1 s, mid-queue
        tasks += [asyncio.create_task(call()) for _ in range(50)]
        await asyncio.sleep(0)
        assert not cancelled.done()
        cancelled.cancel()
        await asyncio.gather(*tasks)
        return done, time.monotonic() - begin

    done, took = asyncio.run(main())
    assert done == 100 and took >= 99 / 500 * 0.9


# ---------------------------------------------------------------- a thousand calls, simulated


@dataclass
class Bucket:
    """A per-endpoint token bucket: ``rate`` calls per second, bursts of ``burst``; a 429
    says ``API requests too frequent`` with a Retry-After of the given kind."""

    rate: float
    burst: float
    retry_after: str = "none"  # none, int (whole seconds, rounded up) or float
    tokens: float = field(init=False)
    last: float = 0.0

    def __post_init__(self) -> None:
        self.tokens = self.burst

    def answer(self, now: float) -> tuple[int, str | None]:
        self.tokens = min(self.burst, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 200, None
        wait = (1 - self.tokens) / self.rate
        if self.retry_after == "int":
            return 429, str(math.ceil(wait))
        return 429, (f"{wait:.3f}" if self.retry_after == "float" else None)


@dataclass
class Outcome:
    took: float
    ideal: float
    failed: int
    requests: int


def simulate(
    bucket: Bucket, calls: int = 1000, latency: float = 0.05, paced: bool = True
) -> Outcome:
    """``calls`` concurrent calls, each allowed the client's 2 retries (plus, when paced, the
    pacer's own retries of the 429s it has taken into account), over a virtual clock."""
    now = 0.0
    events: list[tuple[float, int, Callable[[], None]]] = []
    order = itertools.count()
    pacer = Pacer(clock=lambda: now)
    rng = random.Random(5)
    failed = requests = 0

    def at(when: float, action: Callable[[], None]) -> None:
        heapq.heappush(events, (when, next(order), action))

    def call(retries: int, paced_retries: int) -> None:
        slot = pacer.reserve("show_instance")

        def turn() -> None:
            nonlocal failed, requests
            pause = pacer.delay(slot) if paced else 0.0
            if pause > 0:
                at(now + pacer.nap(pause), turn)
                return
            requests += 1
            status, retry_after = bucket.answer(now + latency / 2)

            def answered() -> None:
                nonlocal failed
                absorbed = pacer.finish(slot, status, retry_after) if paced else False
                if status != 429:
                    return
                if absorbed and paced_retries < pacer.policy.max_paced_retries:
                    call(retries, paced_retries + 1)
                elif retries < 2:
                    wait = 0.0 if paced else backoff_delay(retries, rng.random)
                    at(now + wait, lambda: call(retries + 1, paced_retries))
                else:
                    failed += 1

            at(now + latency, answered)

        turn()

    for _ in range(calls):
        at(0.0, lambda: call(0, 0))
    while events:
        now, _, action = heapq.heappop(events)
        action()
    return Outcome(now, (calls - bucket.burst) / bucket.rate, failed, requests)


LIMITS = [
    (10.0, 10.0, "none", 1000),
    (2.0, 2.0, "none", 400),  # fewer calls on slow endpoints: the same shape, less CPU
    (1.0, 1.0, "float", 300),
    (20.0, 5.0, "none", 1000),  # a small burst: the first estimate is low, probing finds it
    (5.0, 20.0, "int", 1000),  # a big burst: the first estimate is high, decreases find it
    (10.0, 10.0, "int", 1000),
    (20.0, 5.0, "int", 1000),  # whole-second Retry-After on a fast endpoint: rarer probes
    (50.0, 50.0, "float", 1000),
]


@pytest.mark.parametrize("rate, burst, retry_after, calls", LIMITS)
def test_a_thousand_concurrent_calls_slow_down_instead_of_failing(
    rate: float, burst: float, retry_after: str, calls: int
) -> None:
    out = simulate(Bucket(rate, burst, retry_after), calls=calls)
    assert out.failed == 0
    assert out.took <= 1.2 * out.ideal, (out.took, out.ideal)


def test_without_the_pacer_the_same_load_runs_out_of_retries() -> None:
    out = simulate(Bucket(10.0, 10.0), paced=False)
    assert out.failed > 500  # what the pacer is for


def test_slow_answers_do_not_break_the_pacing() -> None:
    for latency in (0.01, 0.3, 1.0):
        out = simulate(Bucket(10.0, 10.0), calls=500, latency=latency)
        assert out.failed == 0 and out.took <= 1.2 * out.ideal
