"""Destroy every instance with a label, and confirm it through the listing.

    python -m vast_sdk.testing --run examples/destroy_labelled.py   # a local FakeVast
    VAST_API_KEY=... python examples/destroy_labelled.py LABEL      # the real API

``destroy_labelled(label)`` lists the account's instances with exactly that label (every page),
destroys them in bulk, and lists again until none is left; it returns the ids destroyed, and
raises DestroyError naming any it could not confirm gone. Use it to clean up after a crashed
script or a fleet (``launch(..., label=...)``), from any process. On the local fake, with no
LABEL, it first rents two labelled instances to clean up. Against the real API it shows what
it would destroy and asks first (``--yes`` skips it).
"""

from __future__ import annotations

import sys

from vast_sdk import DEFAULT_BASE_URL, DestroyError, Vast, VastError


def confirm(question: str) -> bool:
    if "--yes" in sys.argv[1:]:
        return True
    if not sys.stdin.isatty():
        print("This would destroy instances; re-run with --yes to go ahead.")
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def main() -> int:
    label = next((a for a in sys.argv[1:] if not a.startswith("--")), None)
    with Vast() as vast:
        real = vast.base_url == DEFAULT_BASE_URL
        if label is None:
            if real:
                print("usage: destroy_labelled.py LABEL [--yes]")
                return 2
            label = "leftover-job"
            made = vast.launch(image="ubuntu:22.04", count=2, label=label)
            print(f"(demo) rented {[i.id for i in made]} labelled {label!r}")
        found = [i.id for i in vast.show_instances(select_filters={"label": {"eq": label}})]
        print(f"Instances labelled {label!r}: {found}")
        if real and found and not confirm(f"Destroy these {len(found)} instances?"):
            return 2
        try:
            destroyed = vast.destroy_labelled(label)
        except DestroyError as exc:
            print(f"Could not confirm these gone: {exc.instance_ids}")
            return 1
        print(f"Destroyed and confirmed gone: {destroyed}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except VastError as exc:
        print(f"destroy_labelled example failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)
