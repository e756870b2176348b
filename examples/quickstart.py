"""vast-sdk quickstart: rent the cheapest verified RTX 4090, use it, and give it back.

    make demo                            # against a local FakeVast: no key, no network, no cost
    VAST_API_KEY=... python examples/quickstart.py      # against the real API: rents a GPU!

Steps: search offers -> create an instance -> wait until it is running -> create an SSH key
and attach it -> detach it -> destroy the instance (always, in a ``finally``) and delete the key.

Against the real API the script shows the price and asks before renting (``--yes`` skips the
question). The SSH key is a fresh throwaway public key (nobody holds its private half).
Settings: VAST_URL (API base URL), VAST_POLL_INTERVAL (seconds between status checks, default
5), VAST_WAIT_LIMIT (seconds to wait for "running", default 900).
"""

from __future__ import annotations

import base64
import os
import secrets
import struct
import sys
import time
from typing import Any

from vast_sdk import DEFAULT_BASE_URL, MissingAPIKeyError, Vast, VastError

GPU = "RTX 4090"
IMAGE = "nvidia/cuda:12.4.1-base-ubuntu22.04"
DISK_GB = 10.0
POLL_SECONDS = float(os.environ.get("VAST_POLL_INTERVAL", "5"))
WAIT_LIMIT = float(os.environ.get("VAST_WAIT_LIMIT", "900"))
STEPS = 7


def step(n: int, text: str) -> None:
    print(f"[{n}/{STEPS}] {text}", flush=True)


def detail(text: str) -> None:
    print(f"      {text}", flush=True)


def shown(value: Any, fmt: str = "") -> str:
    """A field for printing: '?' when the API left it out."""
    return "?" if value is None else format(value, fmt)


def throwaway_ssh_key() -> str:
    """A well-formed ed25519 public key line that no private key matches."""
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + secrets.token_bytes(32)
    return f"ssh-ed25519 {base64.b64encode(blob).decode()} vast-sdk-quickstart"


def confirm(price: str) -> bool:
    if "--yes" in sys.argv[1:]:
        return True
    if not sys.stdin.isatty():
        print("This would rent a real GPU; re-run with --yes to go ahead.")
        return False
    answer = input(f"      Rent it on the real Vast.ai API for about ${price}/h? [y/N] ")
    return answer.strip().lower() in ("y", "yes")


def wait_until_running(vast: Vast, instance_id: int) -> None:
    deadline = time.monotonic() + WAIT_LIMIT
    last = None
    while True:
        instance = vast.show_instance(id=instance_id).instances
        status = instance.actual_status
        if status != last:
            message = shown(instance.status_msg)
            detail(f"status: {shown(status)}  {message}")
            last = status
        if status == "running":
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"instance {instance_id} not running after {WAIT_LIMIT:.0f}s")
        time.sleep(POLL_SECONDS)


def main() -> int:
    with Vast() as vast:
        real = vast.base_url == DEFAULT_BASE_URL
        print(f"vast-sdk quickstart against {vast.base_url}{'' if real else ' (local fake)'}")

        step(1, f"Searching for the cheapest verified {GPU} offer")
        found = vast.search_offers(
            gpu_name={"eq": GPU},
            verified={"eq": True},
            rentable={"eq": True},
            rented={"eq": False},
            order=[["dph_total", "asc"]],
            allocated_storage=DISK_GB,
            limit=5,
        )
        offers = found.offers
        if not offers:
            print(f"No verified {GPU} offer is available right now.")
            return 1
        offer = offers[0]
        price = shown(offer.dph_total, ".3f")
        detail(
            f"offer {offer.id}: {shown(offer.num_gpus)}x {shown(offer.gpu_name)} in "
            f"{shown(offer.geolocation)}, ${price}/h, reliability {shown(offer.reliability, '.3f')}"
        )
        if real and not confirm(price):
            return 2

        step(2, f"Creating an instance from offer {offer.id} ({IMAGE})")
        try:
            created = vast.create_instance(
                id=offer.id,
                image=IMAGE,
                disk=DISK_GB,
                runtype="ssh",
                label="vast-sdk quickstart",
            )
        except MissingAPIKeyError as exc:
            print(f"{exc}\nTip: `make demo` runs this script against a local fake instead.")
            return 1
        instance_id = created.new_contract
        detail(f"instance {instance_id} created")
        key_id: int | None = None
        try:
            step(3, "Waiting until it is running")
            wait_until_running(vast, instance_id)

            step(4, "Creating an SSH key on the account")
            public_key = throwaway_ssh_key()
            key_id = vast.create_ssh_key(ssh_key=public_key).key.id
            detail(f"ssh key {key_id}: {public_key[:40]}...")

            step(5, f"Attaching ssh key {key_id} to instance {instance_id}")
            detail(shown(vast.attach_ssh_key(id=instance_id, ssh_key=public_key).msg))

            step(6, f"Detaching ssh key {key_id} from instance {instance_id}")
            detail(shown(vast.detach_ssh_key(id=instance_id, ssh_key_id=key_id).msg))
        finally:
            step(7, f"Destroying instance {instance_id}")
            try:
                detail(shown(vast.destroy_instance(id=instance_id).msg))
            except VastError as exc:
                print(f"      could not destroy instance {instance_id}: {exc}", file=sys.stderr)
                print("      destroy it in the console to stop charges!", file=sys.stderr)
            if key_id is not None:
                try:
                    vast.delete_ssh_key(id=key_id)
                    detail(f"ssh key {key_id} deleted")
                except VastError as exc:
                    print(f"      could not delete ssh key {key_id}: {exc}", file=sys.stderr)
    print("Done.")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except VastError as exc:  # a typed SDK error: say what failed, without a traceback
        print(f"quickstart failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)
