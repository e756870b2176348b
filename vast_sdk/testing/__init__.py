"""A local, stateful Vast.ai API for tests and demos (``pip install 'vast-sdk[testing]'``).

    from vast_sdk.testing import FakeVast

    fake = FakeVast()
    with fake.serve() as url:                        # a real HTTP server on 127.0.0.1
        vast = Vast(api_key=fake.api_key, base_url=url)
        offers = vast.search_offers(gpu_name={"eq": "RTX 4090"})

    vast = fake.client()                             # or in-process, no socket
    fake.clock.advance(30)                           # instances finish loading
    fake.fail_next("detach_ssh_key", status=429, times=2, retry_after=0.1)
    vast = fake.client(virtual_sleep=True)           # waits move fake.clock: no real sleeping
    fake.fail_instance(instance_id, "exited")        # simulate a crashed container
    fake.take_offer(offer_id)                        # another renter took it: 410 no_such_ask
    fake.fail_start(machine_id=m, reason="oci_runtime")  # every start there fails
    fake.write_output(instance_id, "epoch 1 loss 0.4")   # what logs() then returns

The fake also serves the URLs the API points elsewhere: result URLs of show_logs and execute
(like pre-signed S3 URLs) and serverless workers (see _results.py, _workers.py).

Every operation of the overlay-patched spec is served; requests and responses are validated
against it with openapi-core. The spec ships in the package (``spec_path()`` is its file), so
this works from an installed wheel. ``python -m vast_sdk.testing`` serves one from the
command line.
The core SDK never imports this package.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._base import Call, Reply
    from ._clock import FakeClock
    from ._core import LOCAL_URL, FakeVast, RawRequest, Served
    from ._faults import RATE_LIMIT_BODY, Fault
    from ._market import START_FAILURES
    from ._spec import SpecNotFoundError, spec_path

# Resolved on first use, so the pytest plugin (an entry point every pytest run loads) imports
# nothing heavy: without the 'testing' extra, only using FakeVast raises its ImportError.
_HOMES = {
    "Call": "_base",
    "Reply": "_base",
    "FakeClock": "_clock",
    "LOCAL_URL": "_core",
    "FakeVast": "_core",
    "RawRequest": "_core",
    "Served": "_core",
    "RATE_LIMIT_BODY": "_faults",
    "Fault": "_faults",
    "START_FAILURES": "_market",
    "SpecNotFoundError": "_spec",
    "spec_path": "_spec",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)


__all__ = [
    "LOCAL_URL",
    "RATE_LIMIT_BODY",
    "START_FAILURES",
    "Call",
    "FakeClock",
    "FakeVast",
    "Fault",
    "RawRequest",
    "Reply",
    "Served",
    "SpecNotFoundError",
    "spec_path",
]
