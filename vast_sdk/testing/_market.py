"""The market's and the instances' faults: what ``FakeVast.take_offer``, ``fail_start``,
``outbid``... do to the state (the public methods in _core.py hold the lock and call these).
"""

from __future__ import annotations

from ._container import allowed, write_output
from ._state import Row, State
from .handlers.instances import take

START_FAILURES: dict[str, tuple[str, str]] = {
    "image_pull": (
        "loading",
        "Error response from daemon: pull access denied for {image}, repository does not exist "
        "or may require 'docker login': denied: requested access to the resource is denied",
    ),
    "image_not_found": (
        "loading",
        "Error response from daemon: manifest for {image} not found: manifest unknown: "
        "manifest unknown",
    ),
    "oci_runtime": (
        "created",
        "Error response from daemon: failed to create task for container: failed to create shim "
        "task: OCI runtime create failed: runc create failed: unable to start container process: "
        "error during container init: error running hook #0: error running hook: exit status 1, "
        "stdout: , stderr: nvidia-container-cli: initialization error: nvml error: "
        "driver/library version mismatch: unknown",
    ),
    "disk": (
        "loading",
        "Error response from daemon: failed to register layer: write /usr/lib/x86_64-linux-gnu/"
        "libcudnn.so.9: no space left on device",
    ),
    "gpu": (
        "created",
        "Error response from daemon: failed to create task for container: failed to create shim "
        "task: OCI runtime create failed: runc create failed: unable to start container process: "
        "error during container init: error running hook #0: error running hook: exit status 1, "
        "stdout: , stderr: nvidia-container-cli: device error: GPU-3f9a7c21: unknown device: "
        "unknown",
    ),
}
"""reason -> (actual_status, status_msg) a failed start shows (``{image}`` is the image).
Docker's and the NVIDIA container toolkit's wording, as hosts report it: an image that cannot
be pulled keeps the instance ``loading``; a container that cannot start leaves it ``created``
(dstack fails fast on ``": OCI runtime create failed:"`` with ``created``)."""

FORCED_MESSAGES = {
    "exited": "Container exited with status 1.",
    "offline": "Host is offline: the machine stopped reporting.",
    "unknown": "Instance state unknown: the host has not reported recently.",
    "frozen": "Instance frozen: its container is paused on the host.",
}
"""status_msg for ``FakeVast.fail_instance`` when none is given."""


def take_offer(s: State, offer_id: int) -> None:
    offer = s.offers.get(offer_id)
    if offer is None:
        raise ValueError(f"no offer {offer_id} in the fake's market")
    if offer.get("rented") and not offer.get("rentable"):
        raise ValueError(f"offer {offer_id} is already rented")
    take(s, offer)


def failure(
    reason: str | None, status_msg: str | None, actual_status: str | None
) -> tuple[str, str] | None:
    """(actual_status, status_msg) for a start failure, from a preset and overrides."""
    if reason is None and status_msg is None:
        return None
    if reason is not None and reason not in START_FAILURES:
        raise ValueError(f"unknown reason {reason!r}; use one of {sorted(START_FAILURES)}")
    preset = START_FAILURES[reason or "oci_runtime"]
    return (actual_status or preset[0], status_msg or preset[1])


def fail_start(
    s: State,
    instance_id: int | None,
    machine_id: int | None,
    found: tuple[str, str] | None,
) -> None:
    if (instance_id is None) == (machine_id is None):
        raise ValueError("give an instance_id or a machine_id")
    if machine_id is not None:
        known = {o["machine_id"] for o in s.offers.values()} | set(s.machines)
        if machine_id not in known:
            raise ValueError(f"no machine {machine_id} in the fake's market")
        if found is None:
            s.failing_machines.pop(machine_id, None)
        else:
            s.failing_machines[machine_id] = found
        for inst in s.instances.values():  # instances booting there now fail too
            if inst["machine_id"] == machine_id and s.now() < inst["_ready_at"]:
                inst["_boot_failure"] = found
        return
    assert instance_id is not None
    inst = instance(s, instance_id)
    if found is None:
        inst.pop("_start_failure", None)
        inst["_boot_failure"] = None
        return
    inst["_start_failure"] = found
    # This boot if it is still going on, else the next one (start, reboot, recycle).
    inst["_fails_from_boot"] = inst["_boot"] if s.now() < inst["_ready_at"] else inst["_boot"] + 1


def outbid(s: State, instance_id: int, min_bid: float | None) -> float:
    inst = instance(s, instance_id)
    if not inst["is_bid"]:
        raise ValueError(f"instance {instance_id} is on-demand: only a bid instance is outbid")
    floor = round(inst["dph_base"] * 1.25 + 0.01, 4) if min_bid is None else float(min_bid)
    if floor <= inst["dph_base"]:
        raise ValueError(f"min_bid {floor} does not outbid the instance's bid {inst['dph_base']}")
    offer = s.offers.get(inst["_offer"])
    if offer is not None:
        offer["min_bid"] = floor
    inst["min_bid"] = floor
    s.accrue(inst)
    inst["_outbid"] = True
    return floor


def output(s: State, instance_id: int, text: str, command: str | None) -> None:
    inst = instance(s, instance_id)
    if command is None:
        write_output(s, inst, text)
        return
    if not allowed(command):
        raise ValueError(
            f"execute runs only ls, rm and du (production answers 'Invalid command given.' to "
            f"{command!r})"
        )
    scripted: dict[str, str] = inst.setdefault("_command_output", {})
    scripted[command.strip()] = text


def instance(s: State, instance_id: int) -> Row:
    inst = s.instances.get(instance_id)
    if inst is None:
        raise ValueError(f"no instance {instance_id} on the fake's account")
    return inst
