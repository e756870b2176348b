"""launch, made robust: retries on the next offer, a spending cap, spot bids, ports and env.

    python -m vast_sdk.testing --run examples/launch_robust.py       # a local FakeVast
    VAST_API_KEY=... python examples/launch_robust.py [--spot]       # the real API: rents a GPU!

One call rents the cheapest RTX 4090 within $0.60/hour (storage included) that can start the
image: an offer taken by another renter since the search, or a machine that cannot start the
image, is replaced by the next offer (up to ``attempts``), and the machine is not tried again;
a rent that gets no answer is looked up by its marker before anything else, so nothing is ever
rented twice. ``--spot`` bids for an interruptible instance (the offer's minimum bid plus 5 %).
The container publishes ports 8080 and 6006, asked for with ``ports=`` and the official CLI's
docker-style ``env`` string; ``public_port`` says where each is reached. The instance is
destroyed in a ``finally``. Against the real API it asks before renting (``--yes`` skips it).
"""

from __future__ import annotations

import sys

from vast_sdk import (
    DEFAULT_BASE_URL,
    BidTooLowError,
    NoOffersError,
    PriceCapError,
    Vast,
    VastError,
    public_port,
)

QUERY = "gpu_name=RTX_4090 num_gpus=1 reliability>0.95"
MAX_DPH = 0.60


def confirm(question: str) -> bool:
    if "--yes" in sys.argv[1:]:
        return True
    if not sys.stdin.isatty():
        print("This would rent a real GPU; re-run with --yes to go ahead.")
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def main() -> int:
    spot = "--spot" in sys.argv[1:]
    with Vast() as vast:
        if vast.base_url == DEFAULT_BASE_URL and not confirm("Rent a GPU on the real API?"):
            return 2
        kind = "a spot (bid) instance" if spot else "an on-demand instance"
        print(f"Launching {kind}: {QUERY}, at most ${MAX_DPH}/h ...")
        try:
            instance = vast.launch(
                QUERY,
                image="nvidia/cuda:12.4.1-base-ubuntu22.04",
                disk=20,
                env="-e HF_HOME=/workspace/hf -p 8080:8080",  # as `vastai --env` takes it
                ports=(6006,),  # TensorBoard, on top of the env's 8080
                max_dph=MAX_DPH,
                spot=spot,
                attempts=3,
                label="vast-sdk launch_robust example",
            )
        except (PriceCapError, BidTooLowError) as exc:  # nothing was rented
            print(f"Nothing rented: {exc}")
            return 1
        except NoOffersError as exc:
            print(f"No offer matches: {exc}")
            return 1
        try:
            price = "?" if instance.dph_total is None else f"{instance.dph_total:.3f}"
            bid = " (bid)" if instance.is_bid else ""
            print(
                f"Running: instance {instance.id} on machine {instance.machine_id}, ${price}/h{bid}"
            )
            for port in (8080, 6006, 22):
                host, number = public_port(instance, port)
                print(f"  port {port}: {host}:{number}")
        finally:
            vast.destroy_instance(id=instance.id)
            print(f"Destroyed instance {instance.id}.")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except VastError as exc:
        print(f"launch_robust example failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)
