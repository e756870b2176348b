"""lease: an instance for the length of a ``with`` block, destroyed however the block ends.

    python -m vast_sdk.testing --run examples/lease.py      # a local FakeVast: no key, no cost
    VAST_API_KEY=... python examples/lease.py               # the real API: rents a GPU!

``with vast.lease(query, image=...) as instance:`` launches (with launch's retries and money
rules), gives the running Instance, and when the block ends (done, an exception, Ctrl-C) it
destroys the instance and checks the listing until it is gone. Here the block runs a command
and reads the logs. Against the real API it asks before renting (``--yes`` skips it).
"""

from __future__ import annotations

import sys

from vast_sdk import DEFAULT_BASE_URL, Vast, VastError


def confirm(question: str) -> bool:
    if "--yes" in sys.argv[1:]:
        return True
    if not sys.stdin.isatty():
        print("This would rent a real GPU; re-run with --yes to go ahead.")
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def main() -> int:
    with Vast() as vast:
        if vast.base_url == DEFAULT_BASE_URL and not confirm("Rent a GPU on the real API?"):
            return 2
        with vast.lease(
            "gpu_name=RTX_4090 num_gpus=1",
            image="ubuntu:22.04",
            max_dph=1.0,
            onstart="echo job started",
        ) as instance:
            print(f"Leased instance {instance.id}: {instance.actual_status}")
            print("Files in /workspace:")
            print(vast.execute_text(instance.id, "ls -l /workspace"))
            print(vast.logs(instance.id, tail=3))
        # Here the instance is destroyed, and the listing no longer shows it.
        gone = [i.id for i in vast.show_instances() if i.id == instance.id] == []
        print(f"After the block: instance {instance.id} gone: {gone}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except VastError as exc:
        print(f"lease example failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)
