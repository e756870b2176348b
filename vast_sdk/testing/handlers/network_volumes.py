"""Network volumes on the seed's singular routes, and the account's network disks.

``rent_network_volume`` (``PUT /api/v0/network_volume/``) and ``create_network_volume_listing``
(``POST /api/v0/network_volume/``) are the seed document's names for what production now serves
on the plural routes (``create_network_volume`` and ``list_network_volume``, volumes.py): both
act on the same offers and volumes.
"""

from __future__ import annotations

from .._base import Call, Reply, handles, ok
from .._state import Row, State
from .volumes import create_network_volume, list_network_volume


@handles("rent_network_volume")
def rent_network_volume(s: State, c: Call) -> Reply:
    return create_network_volume(s, c)


@handles("create_network_volume_listing")
def create_network_volume_listing(s: State, c: Call) -> Reply:
    return list_network_volume(s, c)


def cluster_of(s: State, machine_id: int) -> int | None:
    """The id of the cluster a machine is in, if any."""
    return next((k for k, v in s.clusters.items() if machine_id in v["_machines"]), None)


@handles("show_network_disks")
def show_network_disks(s: State, c: Call) -> Reply:
    groups: dict[int, Row] = {}
    for disk in s.network_disks.values():
        machines = list(disk["machines"])
        clusters = [cluster_of(s, m) for m in machines]
        cluster_id = next((k for k in clusters if k is not None), 0)  # 0: in no cluster
        group = groups.setdefault(
            cluster_id,
            {"cluster_id": cluster_id, "network_disks": [], "machine_ids": [], "mounts": {}},
        )
        offers = [o for o in s.network_offers.values() if o.get("_disk") == disk["id"]]
        free = sum(o["disk_space"] for o in offers)
        rented = sum(
            v["disk_space"]
            for v in s.volumes.values()
            if v["_network"] and v["_offer"] in {o["ask_contract_id"] for o in offers}
        )
        group["network_disks"].append(
            {"network_disk_id": disk["id"], "free_space": free, "total_space": free + rented}
        )
        for machine in machines:
            if machine not in group["machine_ids"]:
                group["machine_ids"].append(machine)
            group["mounts"][str(machine)] = str(disk["mount_point"] or "")
    return ok({"data": list(groups.values())})
