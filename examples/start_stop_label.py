"""The CLI's instance commands by their CLI names: stop, label, start.

    python -m vast_sdk.testing --run examples/start_stop_label.py   # local FakeVast
    VAST_API_KEY=... python examples/start_stop_label.py            # the real API: rents a GPU!

``stop_instance``, ``label_instance`` and ``start_instance`` send the same bodies as ``vastai
stop/label/start instance`` (all three are ``manage_instance`` underneath); ``wait_for_instance``
waits for ``stopped`` and for ``running`` again. Rents the cheapest instance with ``launch`` and
destroys it at the end. Against the real API it asks before renting (``--yes`` skips it).
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
        instance = vast.launch(image="ubuntu:22.04", disk=10)
        iid = instance.id
        try:
            print(f"Instance {iid} is {instance.actual_status}")
            vast.stop_instance(iid)
            stopped = vast.wait_for_instance(iid, "stopped")
            print(f"stop instance:  {stopped.actual_status} (GPU freed, disk kept)")
            vast.label_instance(iid, "paused by vast-sdk example")
            vast.start_instance(iid)
            running = vast.wait_for_instance(iid)
            print(f"start instance: {running.actual_status}, label {running.label!r}")
        finally:
            vast.destroy_instance(id=iid)
            print(f"Destroyed instance {iid}.")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except VastError as exc:
        print(f"start/stop example failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)
