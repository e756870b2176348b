"""launch: from an offer query to a running instance in one call, and give it back.

    python -m vast_sdk.testing --run examples/launch.py     # a local FakeVast: no key, no cost
    VAST_API_KEY=... python examples/launch.py              # the real API: rents a GPU!

``vast.launch`` searches offers (with the CLI's default filters), rents the cheapest, waits until
it runs and returns it; if the wait fails it destroys the instance itself. This script then
prints how to SSH in and destroys the instance (always, in a ``finally``). Against the real API
it asks before renting (``--yes`` skips the question). VAST_POLL_INTERVAL: seconds between
status checks (default 5; the SDK reads it).
"""

from __future__ import annotations

import shlex
import sys

from vast_sdk import DEFAULT_BASE_URL, Vast, VastError
from vast_sdk.models import Instance

QUERY = {"gpu_name": {"eq": "RTX 4090"}, "num_gpus": {"eq": 1}, "reliability": {"gte": 0.95}}


def confirm(question: str) -> bool:
    if "--yes" in sys.argv[1:]:
        return True
    if not sys.stdin.isatty():
        print("This would rent a real GPU; re-run with --yes to go ahead.")
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def progress(instance: Instance) -> None:
    print(f"  instance {instance.id}: {instance.actual_status} ({instance.status_msg})")


def main() -> int:
    with Vast() as vast:
        if vast.base_url == DEFAULT_BASE_URL and not confirm("Rent a GPU on the real API?"):
            return 2
        print(f"Launching the cheapest match for {QUERY} ...")
        instance = vast.launch(
            QUERY,
            image="nvidia/cuda:12.4.1-base-ubuntu22.04",
            disk=10,
            label="vast-sdk launch example",
            on_progress=progress,
        )
        try:
            price = "?" if instance.dph_total is None else f"{instance.dph_total:.3f}"
            print(f"Running: {instance.gpu_name} at ${price}/h")
            print(f"  ssh:   {shlex.join(vast.ssh_command(instance))}")
            print(f"  proxy: {vast.ssh_url(instance, direct=False)}")
        finally:
            vast.destroy_instance(id=instance.id)
            print(f"Destroyed instance {instance.id}.")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except VastError as exc:
        print(f"launch example failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)
