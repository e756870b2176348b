"""Hosting: the account's own machines, their listings (offers), default jobs and maintenance."""

from __future__ import annotations

import datetime as dt

from .._base import Call, Reply, fail, handles, ok, reject
from .._state import Row, State


def _machine(s: State, machine_id: int, status: int = 404) -> Row:
    machine = s.machines.get(machine_id)
    if machine is None:
        raise reject(status, "no_such_machine", f"No such machine id {machine_id} on your account")
    return machine


def _ids(s: State, machine: Row) -> dict[str, int]:
    return {"machine_id": machine["id"], "user_id": s.user["id"]}


@handles("show_machines")
def show_machines(s: State, c: Call) -> Reply:
    if str(c.query.get("user_id", "me")) not in ("me", str(s.user["id"])):
        return ok({"machines": []})
    rows = []
    for m in s.machines.values():
        offer = m["_offer"]
        rows.append(
            {
                "id": str(m["id"]),
                "name": m["hostname"],
                "hostname": m["hostname"],
                "listed": m["_listed"],
                "gpu_name": offer["gpu_name"],
                "num_gpus": offer["num_gpus"],
                "listed_gpu_cost": round(offer["dph_base"] / offer["num_gpus"], 4),
                "min_bid_price": m["_min_bid"],
                "reliability2": offer["reliability2"],
                "current_rentals_running": sum(
                    1 for i in s.instances.values() if i["machine_id"] == m["id"]
                ),
            }
        )
    return ok({"machines": rows})


@handles("list_machine")
def list_machine(s: State, c: Call) -> Reply:
    machine = s.machines.get(c.field("machine"))
    if machine is None:
        msg = "Only machine owner can create ask contracts"
        return Reply(403, {"error": "not_authorized", "msg": msg})
    prices = {k: v for k, v in (c.body or {}).items() if k.startswith("price_")}
    if any(v < 0 for v in prices.values()):
        return Reply(400, {"error": "invalid_args", "msg": "Invalid machine id or parameters"})
    offer = machine["_offer"]
    if "price_gpu" in prices:
        offer["dph_base"] = round(prices["price_gpu"] * offer["num_gpus"], 6)
    if "price_disk" in prices:
        offer["storage_cost"] = prices["price_disk"]
    if "price_inetu" in prices:
        offer["inet_up_cost"] = prices["price_inetu"]
    if "price_inetd" in prices:
        offer["inet_down_cost"] = prices["price_inetd"]
    if "price_min_bid" in prices:
        offer["min_bid"] = machine["_min_bid"] = prices["price_min_bid"]
    if c.field("end_date") is not None:
        offer["end_date"] = float(c.field("end_date"))
    extended = 1 if machine["_listed"] else 0
    machine["_listed"] = True
    s.offers[offer["id"]] = offer
    msg = f"{'updated' if extended else 'created'} ask contract for machine {machine['id']}"
    return ok({"success": True, "extended": extended, "msg": msg})


@handles("unlist_machine")
def unlist_machine(s: State, c: Call) -> Reply:
    machine = _machine(s, c.path["machine_id"])
    machine["_listed"] = False
    s.offers.pop(machine["_offer"]["id"], None)
    return ok({"success": True, **_ids(s, machine)})


@handles("set_defjob")
def set_defjob(s: State, c: Call) -> Reply:
    machine = _machine(s, c.field("machine"), 403)
    machine["_defjob"] = dict(c.body)
    return ok({"success": True, **_ids(s, machine), "you_sent": dict(c.body)})


@handles("remove_defjob")
def remove_defjob(s: State, c: Call) -> Reply:
    machine = _machine(s, c.path["machine_id"])
    machine["_defjob"] = None
    return ok({"success": True, **_ids(s, machine)})


@handles("set_min_bid")
def set_min_bid(s: State, c: Call) -> Reply:
    machine = _machine(s, c.path["machine_id"], 403)
    price = float(c.field("price"))
    if price < 0:
        return fail(422, "invalid_args", "price must be >= 0")
    machine["_min_bid"] = machine["_offer"]["min_bid"] = price
    return ok({"success": True, "you_sent": dict(c.body)})


@handles("schedule_maint")
def schedule_maint(s: State, c: Call) -> Reply:
    machine = _machine(s, c.path["machine_id"])
    sdate = c.field("sdate")  # Unix seconds, as vastai sends it (docs/wire.md W20)
    if isinstance(sdate, str):  # the documents' ISO text
        try:
            sdate = dt.datetime.fromisoformat(sdate.replace("Z", "+00:00")).timestamp()
        except ValueError:
            return fail(422, "invalid_args", "sdate must be Unix seconds or an ISO-8601 date-time")
    if c.field("duration") <= 0:
        return fail(400, "invalid_args", "duration must be a positive number of hours")
    machine["_maint"].append({"start": float(sdate), "hours": c.field("duration")})
    renters = {i["id"] for i in s.instances.values() if i["machine_id"] == machine["id"]}
    return ok({"success": True, "you_sent": f"{len(renters)} notifications sent"})


@handles("cancel_maint")
def cancel_maint(s: State, c: Call) -> Reply:
    machine = s.machines.get(c.path["machine_id"])
    if machine is None:
        body = {"success": False, "msg": "No such machine id", "machine_id": c.path["machine_id"]}
        return Reply(404, {**body, "user_id": s.user["id"]})
    count = len(machine["_maint"])
    machine["_maint"] = []
    msg = f"deleted {count} scheduled maintenance window(s) on machine {machine['id']}"
    return ok({"success": True, "ctime": s.now(), "machine_id": machine["id"], "msg": msg})


@handles("cleanup_machine")
def cleanup_machine(s: State, c: Call) -> Reply:
    machine = _machine(s, c.path["machine_id"], 403)
    msg = f"deleted 0 expired contracts on machine {machine['id']}"
    body = {"success": True, "ctime": s.now(), **_ids(s, machine), "num_deleted": 0, "msg": msg}
    return ok(body)


@handles("show_reports")
def show_reports(s: State, c: Call) -> Reply:
    machine = _machine(s, c.path["machine_id"])
    if machine["id"] != min(s.machines):
        return ok([])
    report = {
        "problem": "gpu",
        "message": "Renter reported: nvidia-smi showed GPU 1 at 87C under load.",
        "created_at": s.clock.iso(s.clock.start - 86400 * 3),
    }
    return ok([report])
