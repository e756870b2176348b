"""A fleet: rent several instances in one call, wait for them with one listing per poll, and
clean them up by label from any process.

    python -m vast_sdk.testing --run examples/fleet.py     # a local FakeVast: no key, no cost
    VAST_API_KEY=... python examples/fleet.py [N]          # the real API: rents N GPUs!

``launch(count=N, label=...)`` rents N instances (each offer taken or failing to start is
replaced) and returns them running; if it cannot, it destroys what it rented and raises
LaunchError saying what happened to each. Then the fleet is stopped and started again:
``wait_for_instances`` waits for all of them with one walk of the v1 listing per poll (25 rows a
page) instead of one request per instance. At the end ``destroy_labelled`` destroys every
instance with the fleet's label and confirms it through the listing. Against the real API it
asks before renting (``--yes`` skips it).
"""

from __future__ import annotations

import sys

from vast_sdk import DEFAULT_BASE_URL, LaunchError, Vast, VastError

LABEL = "vast-sdk-fleet-example"


def confirm(question: str) -> bool:
    if "--yes" in sys.argv[1:]:
        return True
    if not sys.stdin.isatty():
        print("This would rent real GPUs; re-run with --yes to go ahead.")
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def main() -> int:
    count = next((int(a) for a in sys.argv[1:] if a.isdigit()), 3)
    with Vast() as vast:
        if vast.base_url == DEFAULT_BASE_URL and not confirm(f"Rent {count} GPUs?"):
            return 2
        try:
            fleet = vast.launch("num_gpus=1", image="ubuntu:22.04", count=count, label=LABEL)
        except LaunchError as exc:
            print(f"No fleet: {exc.__cause__}")
            for iid, what in exc.outcomes.items():
                print(f"  instance {iid}: {what}")
            return 1
        try:
            ids = [instance.id for instance in fleet]
            print(f"Fleet of {len(ids)} running: {ids}")
            for iid in ids:
                vast.stop_instance(iid)
            stopped = vast.wait_for_instances(ids, "stopped")
            print(f"Stopped all: {[i.actual_status for i in stopped]}")
            for iid in ids:
                vast.start_instance(iid)
            running = vast.wait_for_instances(ids)
            print(f"Running again: {[i.actual_status for i in running]}")
        finally:
            destroyed = vast.destroy_labelled(LABEL)
            print(f"destroy_labelled({LABEL!r}): destroyed {destroyed}, confirmed gone")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except VastError as exc:
        print(f"fleet example failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)
