"""The preview document's autojobs routes (the same workergroups as ``/workergroups/``) and one
endpoint by id (get, update).

An autojob is a workergroup: ``create_autojob`` makes one ``show_workergroups`` lists, and
``show_autojobs`` lists the ones ``create_workergroup`` made, in the preview's shape (epoch
``created_at``, ``search_query`` as an object).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from .._base import Call, Reject, Reply, fail, handles, ok
from .._query import parse_query
from .._state import Row, State, public
from .serverless import create_endpoint, create_workergroup, delete_workergroup, update_workergroup

_ENDPOINT_FIELDS = {
    "min_load": float,
    "min_cold_load": float,
    "target_util": float,
    "cold_mult": float,
    "cold_workers": int,
    "max_workers": int,
    "max_queue_time": float,
    "target_queue_time": float,
    "endpoint_name": str,
}
"""What update_endpoint may change, and the type each is stored as."""


def epoch(iso: str) -> float:
    """An ISO-8601 UTC timestamp the fake wrote (``FakeClock.iso``) as epoch seconds."""
    when = dt.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    return when.timestamp()


def _search_object(text: Any) -> dict[str, Any]:
    """A workergroup's search_params as the object the autojobs listing shows."""
    if isinstance(text, dict):
        return text
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        value = None
    if isinstance(value, dict):
        return value
    try:
        return parse_query(str(text or ""))
    except Reject:
        return {"query": str(text)}


def _autojob(s: State, group: Row) -> Row:
    endpoint = s.endpoints.get(group["endpoint_id"]) or {}
    row = public(group)
    row.update(
        created_at=epoch(group["created_at"]),
        search_query=_search_object(group["search_query"]),
        cold_workers=endpoint.get("cold_workers"),
    )
    return row


@handles("show_autojobs")
def show_autojobs(s: State, c: Call) -> Reply:
    return ok({"success": True, "results": [_autojob(s, g) for g in s.workergroups.values()]})


@handles("create_autojob")
def create_autojob(s: State, c: Call) -> Reply:
    """A workergroup; an ``endpoint_name`` no endpoint has yet creates that endpoint first."""
    name, ident = c.field("endpoint_name"), c.field("endpoint_id")
    if ident is None and name and all(e["endpoint_name"] != name for e in s.endpoints.values()):
        settings = ("min_load", "target_util", "cold_mult", "cold_workers", "max_workers")
        body = {
            "endpoint_name": name,
            **{k: c.field(k) for k in settings if c.field(k) is not None},
        }
        create_endpoint(s, Call("create_endpoint", {}, {}, body, c.user_id, c.key))
    return create_workergroup(s, c)


@handles("update_autojob")
def update_autojob(s: State, c: Call) -> Reply:
    if c.field("endpoint_id") is None:
        return fail(400, "invalid_args", "endpoint_id is required")
    if c.field("endpoint_id") not in s.endpoints:
        return fail(400, "invalid_args", f"Endpoint {c.field('endpoint_id')} not found")
    return update_workergroup(s, c)


@handles("delete_autojob")
def delete_autojob(s: State, c: Call) -> Reply:
    if c.path["id"] not in s.workergroups:
        return fail(404, "no_such_autojob", "No autojob by that id is available.")
    delete_workergroup(s, c)
    return ok({"success": True})


# ---------------------------------------------------------------- one endpoint


def _endpoint_or_reject(s: State, c: Call, status: int) -> Row:
    endpoint = s.endpoints.get(c.path["id"])
    if endpoint is None:
        msg = f"Endpoint job {c.path['id']} not found"
        raise Reject(fail(status, "not_found", msg))
    return endpoint


@handles("get_endpoint")
def get_endpoint(s: State, c: Call) -> Reply:
    endpoint = _endpoint_or_reject(s, c, 404)
    row = public(endpoint)
    row.setdefault("min_cold_load", 0.0)
    row.setdefault("max_queue_time", 30.0)
    row.setdefault("target_queue_time", 10.0)
    row.update(
        created_at=epoch(endpoint["created_at"]),
        inactivity_timeout=None,
        auto_delete_in_seconds=None,
        auto_delete_due_24h=False,
    )
    return ok({"success": True, "result": row})


@handles("update_endpoint")
def update_endpoint(s: State, c: Call) -> Reply:
    endpoint = _endpoint_or_reject(s, c, 400)
    changes: dict[str, Any] = {
        k: kind(c.field(k)) for k, kind in _ENDPOINT_FIELDS.items() if c.field(k) is not None
    }
    name = changes.get("endpoint_name")
    if name is not None and any(
        e["endpoint_name"] == name and e is not endpoint for e in s.endpoints.values()
    ):
        return fail(400, "invalid_args", f"An endpoint named {name!r} already exists")
    if float(changes.get("target_util") or 0.0) > 1.0:
        return fail(400, "invalid_args", "target_util must be at most 1.0")
    after = {**endpoint, **changes}
    if int(after["cold_workers"]) > int(after["max_workers"]):
        return fail(400, "invalid_args", "cold_workers must be <= max_workers")
    endpoint.update(changes)
    if name is not None:  # its workergroups follow the rename
        for group in s.workergroups.values():
            if group["endpoint_id"] == endpoint["id"]:
                group["endpoint_name"] = name
    return ok({"success": True})
