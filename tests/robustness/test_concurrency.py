"""One client shared by many threads or tasks: no crossed responses, no hang, retries in budget."""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import anyio
import httpx
import pytest

from vast_sdk import AsyncVast, RateLimitError, Vast

from .conftest import KEY, AsyncSleeps, Sleeps
from .hostile import Conn, HostileServer, Seen

THREADS = 8
CALLS_PER_THREAD = 40


def _echo_id(conn: Conn, seen: Seen) -> Any:
    """Answer after a random pause with the id the path asked for (so a crossed answer shows)."""
    time.sleep(random.random() * 0.004)
    ident = int(seen.path.rstrip("/").split("/")[-1])
    if seen.path.startswith("/api/v0/asks/"):
        conn.respond(200, b'{"success": true, "new_contract": %d}' % ident)
    else:
        conn.respond(200, b'{"instances": {"id": %d, "label": "i%d"}}' % (ident, ident))
    return "keep"


def test_one_vast_shared_by_8_threads_never_crosses_responses(server: HostileServer) -> None:
    server.default = _echo_id
    client = Vast(api_key=KEY, base_url=server.url, timeout=10)
    client.requester.sleep = Sleeps()
    start = threading.Barrier(THREADS)

    def worker(n: int) -> list[tuple[int, int]]:
        start.wait()
        pairs = []
        for i in range(CALLS_PER_THREAD):
            ident = n * 1000 + i
            if i % 5 == 4:  # a money call now and then: it takes a new connection each time
                got = client.create_instance(id=ident, image="x").new_contract
            else:
                instance = client.show_instance(id=ident).instances
                assert instance is not None and instance.label == f"i{ident}"
                got = instance.id
            pairs.append((ident, got))
        return pairs

    with ThreadPoolExecutor(THREADS) as pool:
        results = [p for pairs in pool.map(worker, range(THREADS)) for p in pairs]
    client.close()
    assert len(results) == THREADS * CALLS_PER_THREAD
    assert [asked for asked, got in results if asked != got] == []
    assert len(server.requests) == THREADS * CALLS_PER_THREAD  # no retry was needed
    assert client.requester.sleep.delays == []


CALLS = 200
MAX_RETRIES = 2


class Storm:
    """429 with Retry-After for the first ``rejections[id]`` attempts of each call id."""

    def __init__(self, seed: int) -> None:
        rng = random.Random(seed)
        self.rejections = {i: rng.choice([0, 1, 1, 2, 2, 3]) for i in range(CALLS)}
        self.attempts: Counter[int] = Counter()
        self._lock = threading.Lock()

    def __call__(self, conn: Conn, seen: Seen) -> Any:
        ident = int(seen.path.rstrip("/").split("/")[-1])
        with self._lock:
            self.attempts[ident] += 1
            rejected = self.attempts[ident] <= self.rejections[ident]
        if rejected:
            conn.respond(429, b'{"error": "rate_limited"}', {"Retry-After": "0.01"})
        elif seen.path.startswith("/api/v0/asks/"):
            conn.respond(200, b'{"success": true, "new_contract": %d}' % ident)
        else:
            conn.respond(200, b'{"instances": {"id": %d}}' % ident)
        return "keep"


@pytest.mark.anyio
async def test_200_async_calls_under_a_429_storm_stay_in_budget(server: HostileServer) -> None:
    storm = Storm(seed=13)
    server.default = storm
    outcomes: dict[int, Any] = {}
    # 20 connections: httpcore's pool gets slow (quadratic) with hundreds of queued requests.
    http = httpx.AsyncClient(limits=httpx.Limits(max_connections=20))
    async with (
        http,
        AsyncVast(
            api_key=KEY,
            base_url=server.url,
            timeout=10,
            max_retries=MAX_RETRIES,
            http_client=http,
            pacing=False,  # the retry loop's own budget (pacing: tests/rent/test_pacing_core.py)
        ) as client,
    ):
        sleeps = AsyncSleeps()

        async def sleep(seconds: float) -> None:
            await sleeps(seconds)
            await anyio.sleep(seconds)

        client.requester.sleep = sleep

        async def one(ident: int) -> None:
            try:
                if ident % 4 == 0:  # 429 means "not acted on": money calls are retried too
                    outcomes[ident] = (
                        await client.create_instance(id=ident, image="x")
                    ).new_contract
                else:
                    instance = (await client.show_instance(id=ident)).instances
                    outcomes[ident] = instance.id if instance else None
            except RateLimitError as exc:
                outcomes[ident] = exc

        with anyio.fail_after(60):  # none hangs
            async with anyio.create_task_group() as tg:
                for ident in range(CALLS):
                    tg.start_soon(one, ident)

    assert len(outcomes) == CALLS
    for ident, outcome in outcomes.items():
        if storm.rejections[ident] > MAX_RETRIES:
            assert isinstance(outcome, RateLimitError), ident
            assert storm.attempts[ident] == MAX_RETRIES + 1
        else:
            assert outcome == ident  # and never another call's answer
            assert storm.attempts[ident] == storm.rejections[ident] + 1
    total = sum(storm.attempts.values())
    assert total == len(server.requests) <= CALLS * (MAX_RETRIES + 1)
    assert set(sleeps.delays) == {0.01}  # every wait was the server's Retry-After
    assert len(sleeps.delays) == total - CALLS
