"""List every instance, and every invoice and charge so far, across pages (reads only).

    python -m vast_sdk.testing --run examples/list_instances.py   # local FakeVast
    VAST_API_KEY=... python examples/list_instances.py            # the real API: rents nothing

``show_instances`` is the v1 listing production serves (the v0 one answers 410 Gone); it
fetches the first page when called and the next ones as you iterate, following the API's
``next_token``. ``show_invoices`` (v1) and ``show_charges`` page the same way over a date
range. Nothing here rents, pays or changes anything.
"""

from __future__ import annotations

import sys
import time

from vast_sdk import Vast, VastError


def main() -> int:
    with Vast() as vast:
        listing = vast.show_instances(order_by=[{"col": "id", "dir": "desc"}])
        print(
            f"instances: {listing.page.total_instances} in all, labels {listing.page.label_counts}"
        )
        for instance in listing:  # every page, fetched as the loop needs it
            print(f"  {instance.id}: {instance.actual_status} {instance.gpu_name} {instance.label}")
        so_far = {"gte": 0, "lte": int(time.time())}  # epoch seconds
        kinds: dict[str, float] = {}
        for invoice in vast.show_invoices(select_filters={"when": so_far}):
            kind = invoice.type or "?"
            kinds[kind] = kinds.get(kind, 0.0) + (invoice.amount or 0.0)
        print(f"invoices so far, by type: {dict(kinds)}")
        charged = sum(c.amount or 0.0 for c in vast.show_charges(select_filters={"day": so_far}))
        print(f"charges so far: ${charged:.2f}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except VastError as exc:
        print(f"listing example failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)
