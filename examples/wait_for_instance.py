"""wait_for_instance: create an instance yourself, then wait for it without a polling loop.

    python -m vast_sdk.testing --run examples/wait_for_instance.py   # local FakeVast
    VAST_API_KEY=... python examples/wait_for_instance.py            # the real API: rents a GPU!

The wait returns the running Instance, or raises a typed error as soon as waiting cannot help:
WaitTimeoutError, InstanceStateError (exited, offline, unknown, stopped), InstanceGoneError (a
wrong id). The instance is destroyed in a ``finally`` either way. Against the real API it asks
before renting (``--yes`` skips the question). VAST_POLL_INTERVAL: seconds between status checks
(default 5; the SDK reads it); VAST_WAIT_LIMIT: seconds to wait (default 900).
"""

from __future__ import annotations

import os
import sys

from vast_sdk import DEFAULT_BASE_URL, Vast, VastError, WaitError

LIMIT = float(os.environ.get("VAST_WAIT_LIMIT", "900"))


def confirm(question: str) -> bool:
    if "--yes" in sys.argv[1:]:
        return True
    if not sys.stdin.isatty():
        print("This would rent a real GPU; re-run with --yes to go ahead.")
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def main() -> int:
    with Vast() as vast:
        offer = vast.search_offers(
            verified={"eq": True},
            rentable={"eq": True},
            rented={"eq": False},
            order=[["dph_total", "asc"]],
            limit=1,
        ).offers[0]
        print(f"Cheapest offer: {offer.id}, {offer.num_gpus}x {offer.gpu_name}")
        if vast.base_url == DEFAULT_BASE_URL and not confirm("Rent it on the real API?"):
            return 2
        instance_id = vast.create_instance(id=offer.id, image="ubuntu:22.04", disk=10).new_contract
        print(f"Created instance {instance_id}; waiting for it to run ...")
        try:
            instance = vast.wait_for_instance(
                instance_id,
                wait_timeout=LIMIT,
                on_progress=lambda i: print(f"  {i.actual_status}: {i.status_msg}"),
            )
            print(f"Running since {instance.uptime_mins} min; SSH: {vast.ssh_url(instance)}")
        except WaitError as exc:
            print(f"It did not start: {type(exc).__name__}: {exc}")
            return 1
        finally:
            vast.destroy_instance(id=instance_id)
            print(f"Destroyed instance {instance_id}.")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except VastError as exc:
        print(f"wait example failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)
