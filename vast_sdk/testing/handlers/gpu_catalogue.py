"""The GPU catalogue the official CLI reads (its ``-g`` choices, benchmark GPU names): the
market's GPU models, from the fake's offer catalogue; answered without a key, as production."""

from __future__ import annotations

from .._base import Call, Reply, handles, ok
from .._state import State


@handles("show_gpu_names")
def show_gpu_names(s: State, c: Call) -> Reply:
    return ok({"gpu_names": sorted({o["gpu_name"] for o in s.offers.values()})})


@handles("show_gpu_types")
def show_gpu_types(s: State, c: Call) -> Reply:
    memory: dict[str, int] = {}
    for offer in s.offers.values():
        memory.setdefault(offer["gpu_name"], int(offer["gpu_ram"]))
    return ok(
        {"gpu_types": [{"canonical_name": n, "gpu_ram_mb": mb} for n, mb in sorted(memory.items())]}
    )
