"""Fuzzing every operation's response path: each outcome is the declared value or a VastError.

For every operation in vast_sdk.OPERATIONS, hypothesis builds responses from the operation's
response schemas (vast_sdk/_generated/fake_spec.json) and mutates them (fuzz.py): nulls,
wrong types, missing and unknown fields, deep nesting, huge values, bare scalars, the key
echoed; empty, truncated, HTML, plain-text, invalid UTF-8, UTF-16 bodies; every compression
httpx decodes (and a lying one); every status class; odd Retry-After and Content-Type. They go
through the real client (streamed by an in-process MockTransport: the network is not the point
here, hostile networks are test_hostile.py's). Anything but a value of the declared type (or
None) or a VastError fails, as does the test key in any error.

Profiles (VAST_FUZZ_PROFILE): ``ci`` (default: 20 bodies per operation, derandomised, about a
minute) and ``long`` (400 per operation, random); VAST_FUZZ_EXAMPLES sets the number. Totals
go to build/fuzz-totals.json; record_fuzz.py copies them into docs/RELIABILITY.md.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vast_sdk import VastError

from . import ops
from .fuzz import Case, cases

PROFILE = os.environ.get("VAST_FUZZ_PROFILE", "ci").strip().lower() or "ci"
EXAMPLES = int(os.environ.get("VAST_FUZZ_EXAMPLES") or {"ci": 20, "long": 400}.get(PROFILE, 20))
"""Bodies per operation (VAST_FUZZ_EXAMPLES overrides the profile's number)."""
ASYNC_EXAMPLES = 10 * EXAMPLES

SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=PROFILE == "ci",
    database=None,
    print_blob=True,
    suppress_health_check=list(HealthCheck),
)

TOTALS: dict[str, Any] = {
    "bodies": 0,
    "operations": set(),
    "outcomes": Counter(),
    "mutations": Counter(),
    "forms": Counter(),
    "encodings": Counter(),
    "status_classes": Counter(),
}
OUT = Path(__file__).resolve().parents[2] / "build" / "fuzz-totals.json"


@pytest.fixture(scope="module", autouse=True)
def write_totals() -> Iterator[None]:
    start = time.monotonic()
    yield
    if not TOTALS["bodies"]:
        return
    OUT.parent.mkdir(exist_ok=True)
    record = {
        "profile": PROFILE,
        "per_operation": EXAMPLES,
        "seconds": round(time.monotonic() - start, 1),
        "bodies": TOTALS["bodies"],
        "operations": len(TOTALS["operations"]),
        "operations_in_sdk": len(ops.NAMES),
        **{k: dict(TOTALS[k].most_common()) for k in TOTALS if isinstance(TOTALS[k], Counter)},
    }
    OUT.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")


def _handler(case: Case) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        return ops.streamed(case.status, case.body, case.headers)

    return handler


def _judge(case: Case, outcome: Any, key_leaks: Any, vast_errors: list[BaseException]) -> None:
    """Count the outcome; fail on anything but the declared value or a VastError."""
    TOTALS["bodies"] += 1
    TOTALS["operations"].add(case.name)
    TOTALS["mutations"][case.mutation] += 1
    TOTALS["forms"][case.form] += 1
    TOTALS["encodings"][case.encoding] += 1
    TOTALS["status_classes"][f"{case.status // 100}xx"] += 1
    leaks = [w for error in vast_errors for w in key_leaks(error)]
    vast_errors.clear()
    if isinstance(outcome, VastError):
        TOTALS["outcomes"][type(outcome).__name__] += 1
        assert not leaks, leaks
        return
    if isinstance(outcome, BaseException):
        TOTALS["outcomes"][f"FOREIGN {type(outcome).__name__}"] += 1
        raise AssertionError(f"{case.name}: {type(outcome).__name__} escaped") from outcome
    TOTALS["outcomes"]["value" if outcome is not None else "None"] += 1
    assert 200 <= case.status < 300, f"{case.name} returned a value for HTTP {case.status}"
    assert ops.conforms(outcome, case.name), f"{case.name} returned {outcome!r:.200}"
    assert not leaks, leaks


@pytest.mark.parametrize("name", ops.NAMES)
@SETTINGS
@given(data=st.data())
def test_every_response_is_a_value_or_a_vast_error(
    name: str, data: st.DataObject, key_leaks: Any, vast_errors: list[BaseException]
) -> None:
    case = data.draw(cases(name))
    client = ops.mock_client(_handler(case), max_retries=1)
    try:
        outcome: Any = ops.call(client, name)
    except Exception as exc:  # judged below: only VastError may come out
        outcome = exc
    finally:
        client.close()
    _judge(case, outcome, key_leaks, vast_errors)


@settings(SETTINGS, max_examples=ASYNC_EXAMPLES)
@given(data=st.data())
def test_async_every_response_is_a_value_or_a_vast_error(
    data: st.DataObject, key_leaks: Any, vast_errors: list[BaseException]
) -> None:
    name = data.draw(st.sampled_from(ops.NAMES))
    case = data.draw(cases(name))

    async def run() -> Any:
        client = ops.mock_async_client(_handler(case), max_retries=1)
        try:
            return await ops.acall(client, name)
        except Exception as exc:
            return exc
        finally:
            await client.requester.http_client.aclose()

    _judge(case, anyio.run(run), key_leaks, vast_errors)
