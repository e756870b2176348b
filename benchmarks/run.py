"""`make bench`: every row of issue 12's table, SDK against a baseline measured in the same run.

    python benchmarks/run.py [--quick] [--runs-scale X] [--out PATH] [--no-write] [--only ROW]

Method (same for every row):
- The HTTP rows talk to ``benchmarks/_server.py``, a separate process on 127.0.0.1 that
  answers at once with precomputed bytes over keep-alive connections.
- Each row warms up both sides first (imports, bytecode, connections, caches), then runs
  SDK and baseline alternately (order shuffled per round, so drift and load spikes hit both)
  and compares the medians. ``spread`` is the 25th-75th percentile of the per-round ratios.
- Fresh-process rows (cold import, first call, RSS) time ``python -c CODE`` end to end with
  the bytecode cache written beforehand (PYTHONPYCACHEPREFIX, kept out of the tree), as an
  installed package runs.

Writes benchmarks/RESULTS.md (the table, targets, met or not, the machine and its load) on
every full run; --no-write and --only (some rows) print without writing. The load average is
read at the start, after every row and at the end: a run that competed with other work says so,
on the terminal and in RESULTS.md. On a loaded or 2-core machine ratios near a target move by a
few percent between runs: read the spread column before calling a target met or missed.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import math
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import attrs
import httpx

import vast_sdk
from vast_sdk import AsyncVast, Vast
from vast_sdk._generated.api import search_offers

HERE = Path(__file__).resolve().parent
API_KEY = "bench-key"
HEADERS = {"authorization": f"Bearer {API_KEY}", "accept": "application/json"}
SIZES = (100, 2000, 10000)
RARE_OP = "show_audit_logs"
STEPS = ("import", "sequential", "search_offers", "async", "rss", "first-call", "fleet", "pacing")
"""The rows, in the order a full run measures them (``--only`` picks some)."""


# ---------------------------------------------------------------------------------------------
# Statistics and result rows


@dataclass
class Row:
    name: str
    unit: str
    sdk: float
    baseline: float
    target: float
    spread: tuple[float, float] | None = None
    notes: list[str] = field(default_factory=list)
    before: str = ""
    """The issue's "SDK vs baseline today" (before the speed work), for comparison."""
    rounds: int = 0

    @property
    def ratio(self) -> float:
        return self.sdk / self.baseline

    @property
    def met(self) -> bool:
        return self.ratio <= self.target


def quartiles(values: list[float]) -> tuple[float, float]:
    if len(values) < 2:
        return values[0], values[0]
    q = statistics.quantiles(values, n=4, method="inclusive")
    return q[0], q[2]


def interleaved(
    sdk: Callable[[], float], base: Callable[[], float], rounds: int, warmup: int = 1
) -> tuple[float, float, tuple[float, float]]:
    """Median seconds of sdk() and base() (each returns its own elapsed seconds), interleaved."""
    for _ in range(warmup):
        sdk()
        base()
    rng = random.Random(12)
    sdk_s: list[float] = []
    base_s: list[float] = []
    for _ in range(rounds):
        pair = [(sdk, sdk_s), (base, base_s)]
        rng.shuffle(pair)
        for fn, out in pair:
            gc.collect()
            out.append(fn())
    ratios = [s / b for s, b in zip(sdk_s, base_s, strict=True)]
    return statistics.median(sdk_s), statistics.median(base_s), quartiles(ratios)


def timed(fn: Callable[[], Any]) -> Callable[[], float]:
    def run() -> float:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start

    return run


# ---------------------------------------------------------------------------------------------
# The server process


class Server:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "_server.py")],
            stdin=subprocess.PIPE,  # the server exits when this pipe closes (this process ends)
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line.startswith("PORT "):
            self.proc.kill()
            raise RuntimeError(f"benchmark server did not start: {line!r}")
        self.url = f"http://127.0.0.1:{int(line.split()[1])}"

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


# ---------------------------------------------------------------------------------------------
# Fresh-process helpers


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "vast-bench-pyc")
    for key in ("VAST_API_KEY", "VAST_URL"):
        env.pop(key, None)
    return env


def run_child(code: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    )
    return done.stdout


def fresh(code: str, env: dict[str, str]) -> Callable[[], float]:
    def run() -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], env=env, check=True)
        return time.perf_counter() - start

    return run


# ---------------------------------------------------------------------------------------------
# Rows


def row_import(rounds: int, env: dict[str, str]) -> Row:
    sdk, base, spread = interleaved(
        fresh('import vast_sdk; vast_sdk.Vast(api_key="k")', env),
        fresh("import httpx, attrs", env),
        rounds,
        warmup=2,
    )
    return Row(
        'cold `import vast_sdk; Vast(api_key="k")` vs `import httpx, attrs` (fresh interpreter)',
        "ms",
        sdk * 1e3,
        base * 1e3,
        1.10,
        spread,
        [
            "whole process, interpreter start-up included on both sides; the baseline's "
            "`import httpx` also pulls in httpx's CLI (click, rich) because the dev venv has them"
        ],
        before="1.4x",
        rounds=rounds,
    )


def row_sequential(url: str, calls: int, rounds: int) -> Row:
    vast = Vast(api_key=API_KEY, base_url=url)
    client = httpx.Client()
    target = f"{url}/api/v0/instances/1/ssh/2/"

    def sdk(calls: int = calls) -> None:
        for _ in range(calls):
            vast.detach_ssh_key(id=1, ssh_key_id=2)

    def base(calls: int = calls) -> None:
        for _ in range(calls):
            json.loads(client.delete(target, headers=HEADERS).content)

    try:
        sdk(calls // 10)  # warmup: imports, the connection, caches
        base(calls // 10)
        # Each round is `calls` calls per side, run as alternating blocks of `calls // BLOCKS`,
        # so a load spike on a busy machine lands on both sides instead of on one.
        blocks = 20
        rng = random.Random(7)
        sdk_s: list[float] = []
        base_s: list[float] = []
        for _ in range(rounds):
            totals = {"sdk": 0.0, "base": 0.0}
            for _ in range(blocks):
                pair = [("sdk", sdk), ("base", base)]
                rng.shuffle(pair)
                for side, fn in pair:
                    start = time.perf_counter()
                    fn(calls // blocks)
                    totals[side] += time.perf_counter() - start
            sdk_s.append(totals["sdk"])
            base_s.append(totals["base"])
        s, b = statistics.median(sdk_s), statistics.median(base_s)
        spread = quartiles([x / y for x, y in zip(sdk_s, base_s, strict=True)])
    finally:
        vast.close()
        client.close()
    return Row(
        f"{calls:,} sequential `detach_ssh_key` vs `httpx.Client` + `json.loads`",
        "ms",
        s * 1e3,
        b * 1e3,
        1.10,
        spread,
        [f"{s / calls * 1e6:.0f} us vs {b / calls * 1e6:.0f} us per call"],
        before="1.3-1.8x",
        rounds=rounds,
    )


def rows_search(url: str, rounds: dict[int, int]) -> list[Row]:
    vast = Vast(api_key=API_KEY, base_url=url)
    client = httpx.Client()
    out: list[Row] = []
    try:
        for count, n in rounds.items():
            size = {"x-bench-offers": str(count)}

            def sdk(size: dict[str, str] = size, count: int = count) -> None:
                result = vast.search_offers(limit=count, extra_headers=size)
                assert len(result.offers) == count

            def base(size: dict[str, str] = size, count: int = count) -> None:
                response = client.post(
                    f"{url}/api/v0/bundles/", json={"limit": count}, headers={**HEADERS, **size}
                )
                assert len(json.loads(response.content)["offers"]) == count

            body = client.post(
                f"{url}/api/v0/bundles/", json={"limit": count}, headers={**HEADERS, **size}
            ).content

            def models(body: bytes = body) -> None:
                search_offers.parse(json.loads(body))

            def decode(body: bytes = body) -> None:
                json.loads(body)

            s, b, spread = interleaved(timed(sdk), timed(base), n)
            # The same bytes decoded in process, without and with the models: what the models
            # cost on their own, apart from HTTP and the client.
            modelled, decoded, _ = interleaved(timed(models), timed(decode), n)
            out.append(
                Row(
                    f"`search_offers` with {count:,} full offers vs httpx + `json.loads`",
                    "ms",
                    s * 1e3,
                    b * 1e3,
                    1.5,
                    spread,
                    [
                        f"{s / count * 1e6:.1f} us/offer SDK, {b / count * 1e6:.1f} us/offer raw, "
                        f"SDK overhead {(s - b) / count * 1e6:.1f} us/offer",
                        f"in process, no HTTP: `json.loads` {decoded / count * 1e6:.1f} us/offer, "
                        f"the models {(modelled - decoded) / count * 1e6:.1f} us/offer more "
                        f"({modelled / decoded:.2f}x)",
                    ],
                    before={100: "4.1x", 2000: "about 5x", 10000: "5.3x"}.get(count, ""),
                    rounds=n,
                )
            )
    finally:
        vast.close()
        client.close()
    # Flat per offer: the SDK's cost grows no faster than json.loads' from 100 to 10,000 offers,
    # i.e. the ratio at the largest size is within 20 % of the ratio at the smallest.
    if len(out) >= 2:
        first, last = out[0], out[-1]
        sizes = sorted(rounds)
        out.append(
            Row(
                f"`search_offers` flat per offer: ratio at {sizes[-1]:,} vs ratio at {sizes[0]:,}",
                "x",
                last.ratio,
                first.ratio,
                1.2,
                None,
                ["the ratio's growth from the smallest to the largest search (1.00 = flat)"],
                before="1.29 (5.3x / 4.1x)",
            )
        )
    return out


def row_async(url: str, calls: int, in_flight: int, rounds: int) -> Row:
    target = f"{url}/api/v0/instances/1/ssh/2/"

    async def fan_out(one: Callable[[], Awaitable[Any]], calls: int) -> None:
        gate = asyncio.Semaphore(in_flight)

        async def guarded() -> None:
            async with gate:
                await one()

        await asyncio.gather(*(guarded() for _ in range(calls)))

    async def sdk_round(calls: int) -> float:
        async with AsyncVast(api_key=API_KEY, base_url=url) as vast:
            start = time.perf_counter()
            await fan_out(lambda: vast.detach_ssh_key(id=1, ssh_key_id=2), calls)
            return time.perf_counter() - start

    async def base_round(calls: int) -> float:
        async with httpx.AsyncClient() as client:

            async def one() -> None:
                json.loads((await client.delete(target, headers=HEADERS)).content)

            start = time.perf_counter()
            await fan_out(one, calls)
            return time.perf_counter() - start

    asyncio.run(sdk_round(calls // 5))  # warmup: imports, caches
    asyncio.run(base_round(calls // 5))
    s, b, spread = interleaved(
        lambda: asyncio.run(sdk_round(calls)),
        lambda: asyncio.run(base_round(calls)),
        rounds,
        warmup=0,
    )
    return Row(
        f"{calls:,} async calls, {in_flight} in flight, `AsyncVast` vs `httpx.AsyncClient`",
        "ms",
        s * 1e3,
        b * 1e3,
        1.05,
        spread,
        ["default pools on both sides (a fresh client per round); asyncio.Semaphore gate"],
        before="1.05x",
        rounds=rounds,
    )


RSS_CODE = """
import gc, json, resource, sys, tracemalloc
import httpx, vast_sdk
from vast_sdk._generated.api import search_offers as _m  # same imports on both sides
url, count, mode, trace = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4] == "1"
def rss_kb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() // 1024
headers = {"authorization": "Bearer bench-key", "x-bench-offers": str(count)}
if mode == "sdk":
    client = vast_sdk.Vast(api_key="bench-key", base_url=url)
    call = lambda: client.search_offers(limit=count, extra_headers={"x-bench-offers": str(count)})
else:
    client = httpx.Client()
    call = lambda: json.loads(client.post(url + "/api/v0/bundles/", json={"limit": count},
                                          headers=headers).content)
gc.collect()
before = rss_kb()
if trace:
    tracemalloc.start()
held = call()
gc.collect()
if trace:
    current, peak = tracemalloc.get_traced_memory()
    print(current, peak)
else:
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(before, peak_kb, rss_kb())
"""


def row_rss(url: str, count: int, rounds: int, env: dict[str, str]) -> Row:
    def measure(mode: str, trace: bool) -> list[int]:
        out = subprocess.run(
            [sys.executable, "-c", RSS_CODE, url, str(count), mode, "1" if trace else "0"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return [int(v) for v in out.split()]

    growth: dict[str, list[float]] = {"sdk": [], "base": []}
    totals: dict[str, list[float]] = {"sdk": [], "base": []}
    rng = random.Random(5)
    for _ in range(rounds):
        modes = ["sdk", "base"]
        rng.shuffle(modes)
        for mode in modes:
            before, peak, _after = measure(mode, trace=False)
            growth[mode].append((peak - before) / 1024)
            totals[mode].append(peak / 1024)
    held = {mode: measure(mode, trace=True) for mode in ("sdk", "base")}
    ratios = [s / b for s, b in zip(growth["sdk"], growth["base"], strict=True)]
    sdk, base = statistics.median(growth["sdk"]), statistics.median(growth["base"])
    return Row(
        f"peak RSS holding {count:,} parsed offers vs the same as dicts (fresh process)",
        "MB",
        sdk,
        base,
        1.3,
        quartiles(ratios),
        [
            "peak RSS growth during the call (ru_maxrss minus RSS just before it; both sides "
            "import vast_sdk, so only the call differs)",
            f"whole-process peak RSS {statistics.median(totals['sdk']):.0f} MB vs "
            f"{statistics.median(totals['base']):.0f} MB",
            f"tracemalloc: held after the call {held['sdk'][0] / 2**20:.1f} MB vs "
            f"{held['base'][0] / 2**20:.1f} MB ({held['sdk'][0] / held['base'][0]:.2f}x), "
            f"traced peak {held['sdk'][1] / 2**20:.1f} MB vs {held['base'][1] / 2**20:.1f} MB "
            f"({held['sdk'][1] / held['base'][1]:.2f}x)",
        ],
        before="1.9x",
        rounds=rounds,
    )


def row_first_call(url: str, rounds: int, env: dict[str, str]) -> Row:
    sdk_code = f"import vast_sdk\nvast_sdk.Vast(api_key={API_KEY!r}, base_url={url!r}).{RARE_OP}()"
    base_code = (
        "import httpx, json\n"
        "with httpx.Client() as c:\n"
        f"    json.loads(c.get({url + '/api/v0/audit_logs/'!r}, headers={HEADERS!r}).content)"
    )
    s, b, spread = interleaved(fresh(sdk_code, env), fresh(base_code, env), rounds, warmup=2)
    return Row(
        f"first call of a rarely used operation (`{RARE_OP}`) in a fresh process vs the raw first"
        " call",
        "ms",
        s * 1e3,
        b * 1e3,
        1.5,
        spread,
        ["process start to parsed response; raw side: import httpx, one request, json.loads"],
        before="3.2x",
        rounds=rounds,
    )


def decodes_per_call(url: str) -> int:
    """json.loads calls in one Vast.search_offers (informational; the target is 1)."""
    vast = Vast(api_key=API_KEY, base_url=url)
    real = json.loads
    calls = 0

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    json.loads = counting
    try:
        vast.search_offers(limit=100, extra_headers={"x-bench-offers": "100"})
    finally:
        json.loads = real
        vast.close()
    return calls


# ---------------------------------------------------------------------------------------------
# Report


def row_fleet(instances: int) -> Row:
    """wait_for_instances on ``instances`` instances of a FakeVast (in process, virtual sleep):
    the listing pages each poll sends, against one walk of the ids still pending."""

    from vast_sdk.testing import FakeVast

    fake = FakeVast(auto_advance=0.0)
    fake.add_machines(instances)
    vast = fake.client(virtual_sleep=True)
    offers = [
        o for o in fake.state.offers.values() if o["rentable"] and not o["rented"] and o["id"]
    ][:instances]
    ids: list[int] = []
    for n in range(0, len(offers), 64):  # 64 a bulk request; readiness spread over ~30 s
        chunk = [o["id"] for o in offers[n : n + 64]]
        made = vast.create_instances(ids=chunk, image="ubuntu:22.04")
        ids += [int(i) for i in made.created or []]
        fake.clock.advance(2.0)
    assert len(ids) == instances, len(ids)

    polls: list[list[list[int]]] = [[]]  # per poll: the id filter of each page requested
    dispatch = fake.dispatch

    def recording(request: Any) -> Any:
        if request.path == "/api/v1/instances/":
            query = dict(request.query)
            polls[-1].append(json.loads(query["select_filters"])["id"]["in"])
        return dispatch(request)

    fake.dispatch = recording  # type: ignore[method-assign]
    sleep = vast.requester.sleep

    def next_poll(seconds: float) -> None:
        polls.append([])
        sleep(seconds)

    vast.requester.sleep = next_poll
    start = time.perf_counter()
    ready = vast.wait_for_instances(ids, poll_interval=5.0)
    took = time.perf_counter() - start
    assert [i.id for i in ready] == ids
    polls = [p for p in polls if p]
    worst, pages = 0.0, 0
    for pages_of_poll in polls:
        filters = {tuple(f) for f in pages_of_poll}
        walk = sum(math.ceil(len(f) / 25) for f in filters)  # one walk: ceil(n/25) pages
        worst = max(worst, len(pages_of_poll) / walk)
        pages += len(pages_of_poll)
    naive = instances * len(polls)
    return Row(
        f"{instances:,} instances waited on (`wait_for_instances`): listing pages per poll vs "
        "one walk of the pending ids (ceil(pending / 25) pages)",
        "x",
        worst,
        1.0,
        1.0,
        None,
        [
            f"{len(polls)} polls, 5 s apart (virtual sleep), {pages} listing pages in all "
            f"({pages / len(polls):.1f} a poll; the first is ceil({instances} / 25) = "
            f"{math.ceil(instances / 25)}); one show_instance per instance would be {naive:,} "
            f"requests; {took:.1f} s in process (FakeVast validates every request)",
            "a walk is the v1 listing (25 rows a page) narrowed to the ids still pending, "
            "200 ids per filter; readiness spread over 30 s, so later walks are shorter",
        ],
        before="1 show_instance per instance per poll",
        rounds=1,
    )


def row_pacing(calls: int, limit: int, in_flight: int) -> Row:
    """``calls`` async calls to one endpoint of a FakeVast on loopback that allows ``limit``
    calls a second (its sliding window, 429s with Retry-After): the time against the
    limit's ideal, (calls - limit) / limit: the first second's ``limit`` calls, then
    ``limit`` a second."""
    from vast_sdk import RateLimitError
    from vast_sdk.testing import FakeVast

    fake = FakeVast()
    with fake.serve() as url:
        fake.rate_limit("show_user", requests=limit, per=1.0)

        async def go() -> tuple[float, list[Any]]:
            async with AsyncVast(api_key=fake.api_key, base_url=url) as vast:
                gate = asyncio.Semaphore(in_flight)

                async def one() -> Any:
                    async with gate:
                        return await vast.show_user()

                start = time.perf_counter()
                done = await asyncio.gather(*(one() for _ in range(calls)), return_exceptions=True)
                return time.perf_counter() - start, done

        took, results = asyncio.run(go())
        limited = sum(1 for c in fake.calls if c.status == 429)
    errors = [r for r in results if isinstance(r, BaseException)]
    rate_limited = sum(isinstance(r, RateLimitError) for r in errors)
    ideal = (calls - limit) / limit
    return Row(
        f"{calls:,} async calls ({in_flight} in flight) to one endpoint of FakeVast limited to "
        f"{limit}/s: time vs the limit's ideal ((calls - {limit}) / {limit} s); "
        f"RateLimitError: {rate_limited}",
        "s",
        took if not errors else math.inf,
        ideal,
        1.2,
        None,
        [
            f"{limited} answers were 429 (with Retry-After) and outlasted by the pacer; "
            f"{len(errors)} calls failed ({rate_limited} RateLimitError); default client "
            "(pacing on, max_retries=2)",
        ],
        before="RateLimitError after 3 tries",
        rounds=1,
    )


def machine() -> dict[str, str]:
    load = os.getloadavg()
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "CPUs": str(os.cpu_count()),
        "load average (1/5/15 min) at start": " / ".join(f"{v:.2f}" for v in load),
        "OS": platform.platform(),
        "Python": f"{platform.python_implementation()} {platform.python_version()}",
        "vast-sdk": vast_sdk.__version__,
        "httpx": httpx.__version__,
        "attrs": attrs.__version__,
    }


def busy(info: dict[str, str]) -> bool:
    """Other work competed with the run: before it started, more than half the CPUs' worth of
    1-minute load; or, during it, more than all of them (the run itself keeps about one busy).
    """
    cpus = float(info["CPUs"])
    start = float(info["load average (1/5/15 min) at start"].split(" / ")[0])
    during = float(info.get("highest 1-minute load during the run", "0"))
    return start > cpus / 2 or during > cpus


def fmt(value: float, unit: str = "") -> str:
    if unit == "x":
        return f"{value:.2f}"
    return f"{value:,.1f}" if value < 100 else f"{value:,.0f}"


def print_table(rows: list[Row]) -> None:
    print(f"{'benchmark':72} {'SDK':>9} {'baseline':>9} {'ratio':>6} {'spread':>11} target")
    for row in rows:
        spread = f"{row.spread[0]:.2f}-{row.spread[1]:.2f}" if row.spread else ""
        name = row.name if len(row.name) <= 72 else row.name[:69] + "..."
        print(
            f"{name:72} {fmt(row.sdk, row.unit):>6} {row.unit:2} "
            f"{fmt(row.baseline, row.unit):>6} {row.unit:2} "
            f"{row.ratio:5.2f}x {spread:>11} <= {row.target:.2f}x "
            f"{'met' if row.met else 'NOT MET'}"
        )
        for note in row.notes:
            print(f"{'':4}{note}")


def markdown(rows: list[Row], info: dict[str, str], args: argparse.Namespace) -> str:
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (`python benchmarks/run.py"
        + (" --quick" if args.quick else "")
        + "`); issue 12 sets the targets. SDK and baseline are measured in the same run,",
        "interleaved, after a warmup, as medians; the server is a separate local process that "
        "answers at once",
        "with precomputed bytes over keep-alive. `spread` is the 25th-75th percentile of the "
        "per-round ratios; `before` is the issue's measurement when it was filed.",
        "",
        "| benchmark | SDK | baseline | ratio | spread | rounds | target | met | before |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |",
    ]
    for row in rows:
        spread = f"{row.spread[0]:.2f}-{row.spread[1]:.2f}" if row.spread else ""
        lines.append(
            f"| {row.name} | {fmt(row.sdk, row.unit)} {row.unit} | "
            f"{fmt(row.baseline, row.unit)} {row.unit} | "
            f"{row.ratio:.2f}x | {spread} | {row.rounds or ''} | <= {row.target:.2f}x | "
            f"{'yes' if row.met else '**no**'} | {row.before} |"
        )
    if busy(info):
        lines += [
            "",
            f"**Caveat: the machine was busy (load average at start "
            f"{info['load average (1/5/15 min) at start']}, highest 1-minute load during the run "
            f"{info['highest 1-minute load during the run']}, on {info['CPUs']} CPUs).** "
            "Absolute times are inflated and ratios near a target are within noise; re-run on "
            "a quiet machine before quoting them.",
        ]
    lines += ["", "Notes:", ""]
    for row in rows:
        for note in row.notes:
            lines.append(f"- {row.name.split(' vs ')[0]}: {note}")
    lines += ["", "Machine:", ""]
    lines += [f"- {key}: {value}" for key, value in info.items()]
    lines += [
        "",
        "Method: see the docstring of `benchmarks/run.py`. Peak RSS runs each side in its own",
        "fresh process that imports the same modules (vast_sdk and the search_offers module),",
        "then makes one search_offers call over the local server and keeps the result; the row",
        "compares ru_maxrss minus the RSS just before the call, and a separate tracemalloc run",
        "gives the bytes still held after the call. Numbers from a loaded or small machine move",
        "by a few percent between runs; compare ratios, not absolute times, across machines.",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="smoke run: few rounds, few calls")
    parser.add_argument("--runs-scale", type=float, default=1.0, help="multiply every round count")
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument(
        "--only",
        action="append",
        choices=STEPS,
        help="run only these rows (repeatable); prints them and leaves RESULTS.md alone",
    )
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]  # progress in order

    def rounds(full: int, quick: int) -> int:
        return max(1, round((quick if args.quick else full) * float(args.runs_scale)))

    info = machine()
    began = time.perf_counter()
    for key, value in info.items():
        print(f"{key}: {value}")
    env = child_env()
    server = Server()
    rows: list[Row] = []
    try:
        steps: list[tuple[str, Callable[[], list[Row]]]] = [
            ("import", lambda: [row_import(rounds(13, 3), env)]),
            (
                "sequential",
                lambda: [row_sequential(server.url, 200 if args.quick else 2000, rounds(5, 2))],
            ),
            (
                "search_offers",
                lambda: rows_search(
                    server.url,
                    {100: rounds(31, 3), 2000: rounds(9, 2), 10000: rounds(5, 1)},
                ),
            ),
            (
                "async",
                lambda: [row_async(server.url, 200 if args.quick else 1000, 50, rounds(3, 2))],
            ),
            ("rss", lambda: [row_rss(server.url, 10000, rounds(3, 1), env)]),
            ("first-call", lambda: [row_first_call(server.url, rounds(9, 3), env)]),
            ("fleet", lambda: [row_fleet(200 if args.quick else 1000)]),
            ("pacing", lambda: [row_pacing(200 if args.quick else 1000, 40, 50)]),
        ]
        assert [label for label, _ in steps] == list(STEPS)
        highest = os.getloadavg()[0]
        for label, step in steps:
            if args.only and label not in args.only:
                continue
            start = time.perf_counter()
            new = step()
            rows += new
            load = os.getloadavg()[0]
            highest = max(highest, load)
            print(
                f"  [{label}: {time.perf_counter() - start:.1f} s, 1-minute load {load:.2f}]",
                file=sys.stderr,
            )
        decodes = decodes_per_call(server.url)
    finally:
        server.close()
    info["load average (1/5/15 min) at end"] = " / ".join(f"{v:.2f}" for v in os.getloadavg())
    info["highest 1-minute load during the run"] = f"{highest:.2f}"
    info["total bench time"] = f"{time.perf_counter() - began:.0f} s"
    if args.quick:
        info["mode"] = "--quick (smoke run: few rounds; not for quoting)"
    print()
    print_table(rows)
    print(f"JSON decodes in one search_offers call: {decodes} (target 1)")
    met = sum(row.met for row in rows)
    print(f"{met}/{len(rows)} targets met; {info['total bench time']}")
    print(
        f"load average at start {info['load average (1/5/15 min) at start']}, at end "
        f"{info['load average (1/5/15 min) at end']}, highest 1-minute during the run "
        f"{info['highest 1-minute load during the run']} on {info['CPUs']} CPUs"
        + (": BUSY, ratios near a target are within noise" if busy(info) else "")
    )
    if args.only:
        print(f"--only: {args.out} left as it was (it holds full runs only)")
    elif not args.no_write:
        text = markdown(rows, info, args)
        text += f"\nJSON decodes in one `search_offers` call: {decodes} (target 1).\n"
        args.out.write_text(text)
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
