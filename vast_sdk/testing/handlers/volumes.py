"""Volumes: local volume offers and rentals, network disks, network volume offers and rentals."""

from __future__ import annotations

from typing import Any

from .._base import Call, Reject, Reply, fail, handles, ok, reject
from .._query import check_filters, json_object, matches, order_rows, split_filters
from .._state import Row, State, public


def _search(rows: list[Row], q: dict[str, Any], default_limit: int = 64) -> list[Row]:
    filters = split_filters(q)
    check_filters(filters)
    hits = [r for r in rows if matches(r, filters)]
    hits = order_rows(hits, q.get("order") or [["storage_cost", "asc"]])
    limit = q.get("limit", default_limit)
    if not isinstance(limit, int) or limit < 1:
        raise reject(400, "invalid_args", "limit must be a positive integer")
    return hits[:limit]


def _top_level(body: Any) -> dict[str, Any]:
    """Filters and options posted at the top level of a search body (vastai's form)."""
    if not isinstance(body, dict):
        return {}
    return {k: v for k, v in body.items() if k not in ("allocated_storage", "q")}


# ---------------------------------------------------------------- local volumes


@handles("search_volumes")
def search_volumes(s: State, c: Call) -> Reply:
    # vastai 1.9.1 posts the filters at the top level of the body (docs/wire.md W13); the
    # documents' ?q= is still read.
    q = json_object(c.query.get("q") or "{}", "q") if c.query.get("q") else {}
    q.update(_top_level(c.body))
    rows = [public(v) for v in s.volume_offers.values() if v["disk_space"] > 0]
    return ok({"offers": _search(rows, q)})


def _volume_row(s: State, vid: int, size: int, source: Row, network: bool) -> Row:
    offer = next((o for o in s.offers.values() if o["machine_id"] == source.get("machine_id")), {})
    return {
        "id": vid,
        "status": "created",
        "disk_space": float(size),
        "instances": [],
        "machine_id": source.get("machine_id"),
        "host_id": source.get("host_id"),
        "cpu_name": source.get("cpu_name"),
        "cpu_arch": source.get("cpu_arch", "amd64"),
        "mobo_name": source.get("mobo_name"),
        "disk_name": source.get("disk_name", "network disk" if network else None),
        "driver_version": source.get("driver_version"),
        "cuda_max_good": source.get("cuda_max_good"),
        "public_ipaddr": offer.get("public_ipaddr"),
        "os_version": offer.get("os_version"),
        "reliability2": source.get("reliability2"),
        "inet_up": source.get("inet_up"),
        "inet_down": source.get("inet_down"),
        "storage_total_cost": round(source.get("storage_cost", 0.1) * size / 730, 6),
        "verification": source.get("verification", "verified"),
        "static_ip": source.get("static_ip", True),
        "start_date": s.now(),
        "_offer": source.get("ask_contract_id"),
        "_network": network,
        "_name": f"{'NV' if network else 'V'}.{vid}",
    }


@handles("rent_volume")
def rent_volume(s: State, c: Call) -> Reply:
    offer = s.volume_offers.get(c.field("id"))
    size = int(c.field("size") or 15)
    if offer is None:
        return fail(404, "no_such_ask", f"Volume offer {c.field('id')} is not available.")
    if not 1 <= size <= offer["disk_space"]:
        return fail(400, "invalid_args", f"size must be between 1 and {offer['disk_space']} GB")
    offer["disk_space"] -= size
    vid = s.next_id("volumes", 20_110_000)
    s.volumes[vid] = _volume_row(s, vid, size, offer, network=False)
    return ok({"success": True, "volume_name": s.volumes[vid]["_name"]})


@handles("show_volumes")
def show_volumes(s: State, c: Call) -> Reply:
    return ok({"volumes": [public(v) for v in s.volumes.values()]})


@handles("delete_volume")
def delete_volume(s: State, c: Call) -> Reply:
    if c.field("id") <= 0:
        return fail(400, "invalid_args", "id must refer to a valid volume id")
    volume = s.volumes.pop(c.field("id"), None)
    if volume is None:
        return fail(404, "no_such_volume", "Volume with that ID does not exist.")
    offers = s.network_offers if volume["_network"] else s.volume_offers
    offer = offers.get(volume["_offer"])
    if offer is not None:
        offer["disk_space"] += volume["disk_space"]
    return ok()


@handles("unlist_volume")
def unlist_volume(s: State, c: Call) -> Reply:
    vid = c.field("id")
    offer = s.volume_offers.get(vid)
    if offer is None or offer.get("_owner") != s.user["id"]:
        return Reply(400, {"success": False, "msg": f"You have no listed volume {vid}."})
    del s.volume_offers[vid]
    return ok({"success": True, "msg": f"Unlisted Volume {vid}."})


# ---------------------------------------------------------------- network volumes


@handles("search_network_volumes")
def search_network_volumes(s: State, c: Call) -> Reply:
    # vastai 1.9.1 posts the filters unwrapped (docs/wire.md W14); the seed's {"q": ...} too.
    q = c.field("q") if isinstance(c.field("q"), dict) else _top_level(c.body)
    rows = [public(o) for o in s.network_offers.values() if o["disk_space"] > 0]
    return ok({"success": True, "offers": _search(rows, q)})


@handles("create_network_volume")
def create_network_volume(s: State, c: Call) -> Reply:
    offer = s.network_offers.get(c.field("id"))
    size = int(c.field("size"))
    if offer is None:
        return Reply(400, {"error": "invalid_args", "msg": "No such network volume offer"})
    if not 1 <= size <= offer["disk_space"]:
        msg = f"size must be between 1 and {offer['disk_space']} GB"
        return Reply(400, {"error": "invalid_args", "msg": msg})
    offer["disk_space"] -= size
    vid = s.next_id("volumes", 20_110_000)
    s.volumes[vid] = _volume_row(s, vid, size, offer, network=True)
    if c.field("name"):
        s.volumes[vid]["_name"] = str(c.field("name"))
    return ok({"success": True, "volume_name": s.volumes[vid]["_name"], "volume_size": size})


def _bad(msg: str) -> Reject:
    """The 400 the network-volume operations answer (no ``success`` field)."""
    return Reject(Reply(400, {"error": "invalid_args", "msg": msg}))


def _own_machines(s: State, ids: list[Any]) -> list[int]:
    if not ids or any(not isinstance(i, int) for i in ids):
        raise _bad("Invalid machine id")
    if any(i not in s.machines for i in ids):
        raise reject(403, "not_authorized", "Only machine owner can add network disk")
    return [int(i) for i in ids]


@handles("add_network_disk")
def add_network_disk(s: State, c: Call) -> Reply:
    ids = list(c.field("machines") or c.field("machine_ids") or [])  # vastai: machines (W18)
    if c.field("machine_id") is not None:
        ids.append(c.field("machine_id"))
    machines = _own_machines(s, ids)
    disk_id = c.field("disk_id")
    if disk_id is not None and disk_id not in s.network_disks:
        raise _bad(f"Invalid disk_id {disk_id}")
    if disk_id is None:
        disk_id = s.next_id("network_disks", 60)
        s.network_disks[disk_id] = {"id": disk_id, "machines": [], "mount_point": ""}
    disk = s.network_disks[disk_id]
    disk["mount_point"] = c.field("mount_point")
    disk["machines"] = sorted(set(disk["machines"]) | set(machines))
    return ok({"success": True, "disk_id": disk_id})


@handles("list_network_volume")
def list_network_volume(s: State, c: Call) -> Reply:
    disk_id = c.field("disk_id")
    if disk_id not in s.network_disks:
        msg = f"Could not find network disk with id {disk_id} associated with user"
        # 403 where documented (the seed's singular route); the plural route documents 400
        status = 403 if c.op == "create_network_volume_listing" else 400
        return Reply(status, {"error": "not_authorized", "msg": msg})
    size, price = c.field("size", 1000), c.field("price_disk", 0.1)
    if size < 1 or price < 0:
        raise _bad("size must be >= 1 and price_disk >= 0")
    oid = s.next_id("network_offers", 8_000_000)
    now = s.now()
    s.network_offers[oid] = {
        "ask_contract_id": oid,
        "disk_space": float(size),
        "inet_up": 1000.0,
        "inet_down": 1000.0,
        "reliability2": 0.99,
        "verified": True,
        "geolocation": "Ontario, CA",
        "nw_disk_avg_bw": 1200,
        "nw_disk_max_bw": 2500,
        "nw_disk_min_bw": 400,
        "start_date": now,
        "end_date": float(c.field("end_date") or now + 86400 * 90),
        "storage_cost": float(price),
        "storage_cost_total": 0.0,
        "external": False,
        "_owner": s.user["id"],
        "_disk": disk_id,
    }
    return ok({"success": True, "msg": f"Listed network volume offer {oid} for disk {disk_id}"})


@handles("unlist_network_volume")
def unlist_network_volume(s: State, c: Call) -> Reply:
    oid = c.field("id")
    if oid <= 0:
        raise _bad("Invalid network volume offer id")
    offer = s.network_offers.get(oid)
    if offer is None or offer["_owner"] != s.user["id"]:
        msg = "Authorization Error. Check that you have proper privileges to perform this action."
        return Reply(403, {"error": "not_authorized", "msg": msg})
    del s.network_offers[oid]
    return ok({"success": True, "id": oid, "msg": f"Unlisted network volume offer {oid}"})
