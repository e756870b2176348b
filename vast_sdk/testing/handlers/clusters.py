"""Clusters of the account's machines and the overlay networks instances join on them."""

from __future__ import annotations

import ipaddress
from typing import Any

from .._base import Call, Reject, Reply, handles, ok
from .._state import Row, State
from .network_volumes import cluster_of


def _no(status: int, msg: str) -> Reject:
    return Reject(Reply(status, {"success": False, "msg": msg}))


def _cluster(s: State, c: Call) -> Row:
    cluster = s.clusters.get(c.field("cluster_id"))
    if cluster is None:
        raise _no(404, f"No cluster with id {c.field('cluster_id')}.")
    return cluster


def _free_machine(s: State, machine_id: Any) -> int:
    if machine_id not in s.machines:
        raise _no(400, f"Machine {machine_id} is not one of your machines.")
    if cluster_of(s, machine_id) is not None:
        raise _no(400, f"Machine {machine_id} is already in a cluster.")
    return int(machine_id)


def _nodes(cluster: Row) -> list[Row]:
    hosts = ipaddress.ip_network(cluster["subnet"], strict=False).hosts()
    return [
        {
            "machine_id": machine,
            "is_cluster_manager": machine == cluster["manager_id"],
            "local_ip": str(next(hosts)),
        }
        for machine in cluster["_machines"]
    ]


@handles("show_clusters")
def show_clusters(s: State, c: Call) -> Reply:
    shown = {str(k): {"subnet": v["subnet"], "nodes": _nodes(v)} for k, v in s.clusters.items()}
    return ok({"clusters": shown})


@handles("create_cluster")
def create_cluster(s: State, c: Call) -> Reply:
    subnet = str(c.field("subnet"))
    try:
        network = ipaddress.ip_network(subnet, strict=False)
    except ValueError:
        raise _no(400, f"Invalid subnet {subnet!r}: give one like 10.0.0.0/24.") from None
    if network.num_addresses < 4:
        raise _no(400, f"Subnet {subnet} is too small.")
    manager = _free_machine(s, c.field("manager_id"))
    cid = s.next_id("clusters", 30)
    s.clusters[cid] = {
        "id": cid,
        "subnet": str(network),
        "manager_id": manager,
        "_machines": [manager],
    }
    return ok({"success": True, "msg": f"Created cluster {cid} with manager machine {manager}."})


@handles("join_cluster")
def join_cluster(s: State, c: Call) -> Reply:
    cluster = _cluster(s, c)
    ids = list(c.field("machine_ids") or [])
    if not ids:
        raise _no(400, "machine_ids is empty.")
    machines = [_free_machine(s, m) for m in dict.fromkeys(ids)]
    room = ipaddress.ip_network(cluster["subnet"]).num_addresses - 2
    if len(cluster["_machines"]) + len(machines) > room:
        raise _no(400, f"Subnet {cluster['subnet']} has no room for {len(machines)} more machines.")
    cluster["_machines"].extend(machines)
    return ok({"success": True, "msg": f"Added machines {machines} to cluster {cluster['id']}."})


def _drop_overlays(s: State, cluster_id: int) -> None:
    for oid in [k for k, v in s.overlays.items() if v["cluster_id"] == cluster_id]:
        del s.overlays[oid]


@handles("delete_cluster")
def delete_cluster(s: State, c: Call) -> Reply:
    cluster = _cluster(s, c)
    _drop_overlays(s, cluster["id"])
    del s.clusters[cluster["id"]]
    return ok({"success": True, "msg": f"Deleted cluster {cluster['id']}."})


@handles("remove_machine_from_cluster")
def remove_machine_from_cluster(s: State, c: Call) -> Reply:
    cluster = _cluster(s, c)
    machine, new_manager = c.field("machine_id"), c.field("new_manager_id")
    if machine not in cluster["_machines"]:
        raise _no(400, f"Machine {machine} is not in cluster {cluster['id']}.")
    rest = [m for m in cluster["_machines"] if m != machine]
    if machine == cluster["manager_id"] and rest:
        if new_manager not in rest:
            raise _no(400, "Removing the manager needs new_manager_id, another machine of it.")
        cluster["manager_id"] = new_manager
    cluster["_machines"] = rest
    if not rest:  # the last machine takes the cluster with it
        _drop_overlays(s, cluster["id"])
        del s.clusters[cluster["id"]]
    return ok({"success": True, "msg": f"Removed machine {machine} from cluster {cluster['id']}."})


# ---------------------------------------------------------------- overlays


def _overlay(s: State, name: Any = None, overlay_id: Any = None) -> Row:
    found = next(
        (o for o in s.overlays.values() if o["name"] == name or o["overlay_id"] == overlay_id),
        None,
    )
    if found is None:
        raise _no(404, f"No overlay {name if name is not None else overlay_id}.")
    return found


@handles("show_overlays")
def show_overlays(s: State, c: Call) -> Reply:
    rows = [  # a destroyed instance has left its overlays
        {**o, "instances": [i for i in o["instances"] if i in s.instances]}
        for o in s.overlays.values()
    ]
    return ok(rows)


@handles("create_overlay")
def create_overlay(s: State, c: Call) -> Reply:
    cluster = _cluster(s, c)
    name = str(c.field("name", "")).strip()
    if not name:
        raise _no(400, "An overlay needs a name.")
    if any(o["name"] == name for o in s.overlays.values()):
        raise _no(400, f"An overlay named {name!r} already exists.")
    oid = s.next_id("overlays", 1)
    s.overlays[oid] = {
        "overlay_id": oid,
        "name": name,
        "internal_subnet": f"10.{100 + oid % 100}.0.0/16",
        "cluster_id": cluster["id"],
        "instances": [],
    }
    return ok({"success": True, "msg": f"Created overlay {name!r} on cluster {cluster['id']}."})


@handles("join_overlay")
def join_overlay(s: State, c: Call) -> Reply:
    overlay = _overlay(s, name=c.field("name"))
    instance_id = c.field("instance_id")
    if instance_id not in s.instances:
        raise _no(404, f"No instance {instance_id}.")
    if instance_id not in overlay["instances"]:
        overlay["instances"].append(instance_id)
    return ok(
        {"success": True, "msg": f"Instance {instance_id} joined overlay {overlay['name']!r}."}
    )


@handles("delete_overlay")
def delete_overlay(s: State, c: Call) -> Reply:
    name, oid = c.field("overlay_name"), c.field("overlay_id")
    if name is None and oid is None:
        raise _no(400, "Give overlay_id or overlay_name.")
    overlay = _overlay(s, name=name, overlay_id=oid)
    del s.overlays[overlay["overlay_id"]]
    return ok({"success": True, "msg": f"Deleted overlay {overlay['name']!r}."})
