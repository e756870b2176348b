"""Serverless: endpoints, workergroups and their workers, and the run.vast.ai routes."""

from __future__ import annotations

import uuid
from typing import Any

from .._base import Call, Reply, fail, handles, ok, reject
from .._state import Row, State, hex_token, public
from .._workers import worker_url

DEFAULT_SEARCH = "verified=true rentable=true rented=false"
MAX_WORKERS = 16
"""Workers a workergroup starts at most (whatever test_workers and max_workers say)."""


def _endpoint(s: State, c: Call) -> Row | None:
    ident, name = c.field("endpoint_id"), c.field("endpoint_name")
    return next(
        (e for e in s.endpoints.values() if e["id"] == ident or e["endpoint_name"] == name), None
    )


def _worker_status(s: State, worker: Row) -> str:
    return "running" if s.now() >= worker["_ready_at"] else "loading"


def _workers(s: State, groups: list[Row]) -> list[Row]:
    return [
        {**public(w), "url": worker_url(s, w["id"]), "status": _worker_status(s, w)}
        for g in groups
        for w in g["_workers"]
    ]


def _log(s: State, lines: list[str], text: str) -> None:
    lines.append(f"{s.clock.iso().replace('T', ' ').rstrip('Z')} - {text}")


@handles("create_endpoint")
def create_endpoint(s: State, c: Call) -> Reply:
    eid = s.next_id("endpoints", 4000)
    name = str(c.field("endpoint_name") or f"endpoint-{eid}")
    if any(e["endpoint_name"] == name for e in s.endpoints.values()):
        return fail(400, "invalid_args", f"An endpoint named {name!r} already exists")
    s.endpoints[eid] = {
        "id": eid,
        "endpoint_name": name,
        "min_load": float(c.field("min_load", 0.0)),
        "target_util": float(c.field("target_util", 0.9)),
        "cold_mult": float(c.field("cold_mult", 2.5)),
        "cold_workers": int(c.field("cold_workers", 5)),
        "max_workers": int(c.field("max_workers", 20)),
        "api_key": s.new_key(),
        "user_id": s.user["id"],
        "created_at": s.clock.iso(),
        "endpoint_state": "active",
        "_log": [],
        "_reqnum": 0,
    }
    _log(s, s.endpoints[eid]["_log"], f"Endpoint {name} created")
    return ok({"success": True, "result": eid})


@handles("show_endpoints")
def show_endpoints(s: State, c: Call) -> Reply:
    # The documents (seed, next, preview) agree: an account without endpoints is answered
    # 400 "No endpoints for user found", not an empty list.
    if not s.endpoints:
        return fail(400, "invalid_args", "No endpoints for user found")
    return ok({"success": True, "results": [public(e) for e in s.endpoints.values()]})


@handles("delete_endpoint")
def delete_endpoint(s: State, c: Call) -> Reply:
    endpoint = s.endpoints.pop(c.path["id"], None)
    if endpoint is None:
        return fail(400, "invalid_args", "Routegroup not found for user")
    groups = [g for g in s.workergroups.values() if g["endpoint_id"] == endpoint["id"]]
    workers = [w["id"] for g in groups for w in g["_workers"]]
    for g in groups:
        del s.workergroups[g["id"]]
    msg = f"Deleted endpoint job and {len(workers)} workers"
    return ok({"success": True, "deleted_workers": workers, "failed_workers": [], "msg": msg})


def _spawn(s: State, group: Row, count: int) -> None:
    for _ in range(count):
        wid = s.next_id("workers", 25_000_000)
        group["_workers"].append(
            {
                "id": wid,
                "created_at": s.clock.iso(),
                "_ready_at": s.now() + s.boot_seconds,
            }
        )
        _log(s, group["_log"], f"Worker {wid} started")


@handles("create_workergroup")
def create_workergroup(s: State, c: Call) -> Reply:
    endpoint = _endpoint(s, c)
    if endpoint is None:
        msg = "Please assign your workergroup to a valid endpoint identifier"
        return fail(400, "invalid_args", msg)
    gid = s.next_id("workergroups", 6000)
    group: Row = {
        "id": gid,
        "min_load": float(c.field("min_load", endpoint["min_load"])),
        "target_util": float(c.field("target_util", endpoint["target_util"])),
        "cold_mult": float(c.field("cold_mult", endpoint["cold_mult"])),
        "test_workers": int(c.field("test_workers", 3)),
        "template_hash": c.field("template_hash"),
        "template_id": c.field("template_id"),
        "search_query": c.field("search_params") or DEFAULT_SEARCH,
        "launch_args": c.field("launch_args", ""),
        "gpu_ram": float(c.field("gpu_ram", 24)),
        "endpoint_name": endpoint["endpoint_name"],
        "endpoint_id": endpoint["id"],
        "api_key": endpoint["api_key"],
        "created_at": s.clock.iso(),
        "user_id": s.user["id"],
        "_workers": [],
        "_log": [],
    }
    s.workergroups[gid] = group
    _log(s, group["_log"], "Workergroup started")
    _spawn(s, group, max(1, min(group["test_workers"], endpoint["max_workers"], MAX_WORKERS)))
    _log(s, endpoint["_log"], f"Workergroup {gid} attached")
    return ok({"success": True, "id": gid})


@handles("show_workergroups")
def show_workergroups(s: State, c: Call) -> Reply:
    return ok({"success": True, "results": [public(g) for g in s.workergroups.values()]})


_GROUP_FIELDS = (
    "min_load",
    "target_util",
    "cold_mult",
    "test_workers",
    "template_hash",
    "template_id",
    "launch_args",
    "gpu_ram",
)


@handles("update_workergroup")
def update_workergroup(s: State, c: Call) -> Reply:
    group = s.workergroups.get(c.path["id"])
    if group is None:
        return fail(400, "invalid_args", "Workgroup not found for user")
    changes: dict[str, Any] = {k: c.field(k) for k in _GROUP_FIELDS if c.field(k) is not None}
    if c.field("search_params") is not None:
        changes["search_query"] = c.field("search_params")
    if c.field("endpoint_name") is not None or c.field("endpoint_id") is not None:
        endpoint = _endpoint(s, c)
        if endpoint is None:
            return fail(400, "invalid_args", "No such endpoint")
        changes.update(endpoint_id=endpoint["id"], endpoint_name=endpoint["endpoint_name"])
    group.update(changes)
    _log(s, group["_log"], f"Workergroup updated: {', '.join(sorted(changes)) or 'nothing'}")
    return ok()


@handles("delete_workergroup")
def delete_workergroup(s: State, c: Call) -> Reply:
    if c.path["id"] <= 0:
        return fail(400, "invalid_args", "Invalid autojob ID")
    group = s.workergroups.pop(c.path["id"], None)
    if group is None:
        msg = "No workergroup by that id is available."
        return fail(404, "no_such_workergroup", msg, id=c.path["id"])
    workers = [w["id"] for w in group["_workers"]]
    msg = f"Deleted workergroup and {len(workers)} workers"
    return ok({"success": True, "deleted_workers": workers, "failed_workers": [], "msg": msg})


# ---------------------------------------------------------------- run.vast.ai routes


def _named_endpoint(s: State, name: Any) -> Row:
    endpoint = next((e for e in s.endpoints.values() if e["endpoint_name"] == name), None)
    if endpoint is None:
        raise reject(400, "invalid_args", f"No endpoint named {name!r}")
    return endpoint


def _groups(s: State, endpoint_id: int) -> list[Row]:
    return [g for g in s.workergroups.values() if g["endpoint_id"] == endpoint_id]


@handles("route")
def route(s: State, c: Call) -> Reply:
    endpoint = next(
        (e for e in s.endpoints.values() if e["endpoint_name"] == c.field("endpoint")), None
    )
    if endpoint is None:
        return Reply(400, {"error": "Invalid endpoint or missing required parameters"})
    request_id = str(uuid.UUID(int=s.rng.getrandbits(128)))
    # a place in the queue: kept when the caller sends it back while no worker is ready
    request_idx = c.field("request_idx") or s.next_id("route_requests", 1)
    ready = [w for w in _workers(s, _groups(s, endpoint["id"])) if w["status"] == "running"]
    if not ready:
        status = "Loading" if _groups(s, endpoint["id"]) else "Stopped"
        return ok(
            {
                "endpoint": endpoint["endpoint_name"],
                "status": status,
                "request_idx": request_idx,
                "__request_id": request_id,
            }
        )
    endpoint["_reqnum"] += 1
    worker = ready[endpoint["_reqnum"] % len(ready)]
    signature = hex_token(s.rng, 256)
    s.routes[signature] = {
        "worker_id": worker["id"],
        "url": worker["url"],
        "reqnum": endpoint["_reqnum"],
    }
    return ok(
        {
            "endpoint": endpoint["endpoint_name"],
            "url": worker["url"],
            "cost": c.field("cost"),
            "reqnum": endpoint["_reqnum"],
            "request_idx": request_idx,
            "signature": signature,
            "__request_id": request_id,
        }
    )


def _tail(lines: list[str], tail: Any) -> str:
    return "\n".join(lines[-tail:] if isinstance(tail, int) and tail > 0 else lines)


@handles("get_endpoint_logs")
def get_endpoint_logs(s: State, c: Call) -> Reply:
    # vastai 1.9.1 sends {id, api_key, tail} (docs/wire.md W19); the seed's {endpoint: name} too.
    if c.field("id") is not None:
        endpoint = s.endpoints.get(c.field("id"))
        if endpoint is None:
            raise reject(400, "invalid_args", f"No endpoint with id {c.field('id')}")
    else:
        endpoint = _named_endpoint(s, c.field("endpoint"))
    key = c.field("api_key")  # the account's key or the endpoint's own (per-endpoint keys, W7)
    if key is not None and key != endpoint["api_key"] and s.key_for(str(key)) is None:
        raise reject(400, "invalid_args", "Invalid api_key for this endpoint")
    lines = list(endpoint["_log"])
    for g in _groups(s, endpoint["id"]):
        lines += g["_log"]
    return ok({"logs": _tail(sorted(lines), c.field("tail"))})


@handles("get_endpoint_workers")
def get_endpoint_workers(s: State, c: Call) -> Reply:
    if c.field("id") not in s.endpoints:
        raise reject(400, "invalid_args", f"No endpoint with id {c.field('id')}")
    return ok({"workers": _workers(s, _groups(s, c.field("id")))})


def _group(s: State, c: Call) -> Row:
    group = s.workergroups.get(c.field("id"))
    if group is None:
        raise reject(400, "invalid_args", f"No workergroup with id {c.field('id')}")
    return group


@handles("get_workergroup_logs")
def get_workergroup_logs(s: State, c: Call) -> Reply:
    return ok({"logs": _tail(_group(s, c)["_log"], c.field("tail"))})


@handles("get_workergroup_workers")
def get_workergroup_workers(s: State, c: Call) -> Reply:
    return ok({"workers": _workers(s, [_group(s, c)])})
