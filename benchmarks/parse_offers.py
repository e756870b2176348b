"""Parsing search_offers results, as ratios against json.loads of the same body (same run).

For N offers (FakeVast's catalogue rows, repeated), times the median of several runs of
- baseline: ``json.loads(body)``
- sdk: ``json.loads(body)`` then the generated ``search_offers`` parser (typed Offer models)
and counts how many times one full ``Vast.search_offers`` call decodes JSON (target: 1).

    python benchmarks/parse_offers.py [--runs N]
"""

from __future__ import annotations

import gc
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from typing import Any

import httpx

from vast_sdk import Vast
from vast_sdk._generated.api import search_offers
from vast_sdk.testing._catalogue import build_offers

SIZES = (100, 2000, 10000)


def offers_body(count: int) -> bytes:
    rows = list(build_offers(random.Random(0), 1.7e9).values())
    out: list[dict[str, Any]] = []
    while len(out) < count:
        for i, row in enumerate(rows):
            out.append({**row, "id": len(out) + i})
    return json.dumps({"offers": out[:count]}).encode()


def median_seconds(fn: Callable[[], Any], runs: int) -> float:
    samples = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def parse_body(body: bytes) -> Any:
    """What the SDK does with a search_offers body: one decode, then the typed parser."""
    return search_offers.parse(json.loads(body))


def decodes_per_call(body: bytes) -> int:
    """json.loads calls made by one Vast.search_offers over an in-process transport."""
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    vast = Vast(
        api_key="bench",
        base_url="http://bench.localhost",
        http_client=httpx.Client(transport=transport),
    )
    real = json.loads
    calls = 0

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    json.loads = counting
    try:
        vast.search_offers(limit=1)
    finally:
        json.loads = real
    return calls


def main() -> int:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 9
    print(f"search_offers parsing, median of {runs} runs (Python {sys.version.split()[0]})")
    print(f"{'offers':>7} {'json.loads ms':>14} {'sdk ms':>8} {'ratio':>6} {'us/offer':>9}")
    for count in SIZES:
        body = offers_body(count)
        base = median_seconds(partial(json.loads, body), runs)
        sdk = median_seconds(partial(parse_body, body), runs)
        print(
            f"{count:7d} {base * 1e3:14.1f} {sdk * 1e3:8.1f} {sdk / base:6.2f} "
            f"{(sdk - base) / count * 1e6:9.2f}"
        )
    print(f"JSON decodes per search_offers call: {decodes_per_call(offers_body(100))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
