"""Instances in bulk (create, destroy, start/stop many) and the v1 listing with keyset paging.

Each bulk operation acts through the single-instance handler, so a bulk rent makes the same
instances ``show instance`` sees, and ``show_instances`` (the v1 listing) pages over them.
Bodies are what the official package sends (``ids`` / ``instance_ids``, plus the shared
create-instance fields); the upstream documents describe none for the bulk create and destroy.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from .._base import Call, Reply, fail, handles, ok, reject
from .._query import keyset_after, keyset_mark, keyset_token, matches
from .._state import Row, State
from .instances import actual_status, create_instance, destroy_instance, manage_instance, render

MAX_IDS = 64
"""Ids one bulk request may name."""

PAGE_SIZE = 25
"""show_instances' default (and largest) page; a limit <= 0 means 5."""

COMPUTED = frozenset(
    {
        "dph_total",
        "num_gpus",
        "duration",
        "uptime_mins",
        "credit_balance",
        "client_run_time",
        "status_msg",
        "cur_state",
        "next_state",
        "intended_status",
        "gpu_util",
        "cpu_util",
        "dlperf_per_dphtotal",
        "flops_per_dphtotal",
        "ports",
        "extra_env",
    }
)
"""Columns computed per request: the v1 listing cannot filter on them (400)."""

_FILTER_OPS = frozenset({"eq", "neq", "gt", "gte", "lt", "lte", "in", "notin"})


def _int(raw: Any) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and raw.strip().isdigit():
        return int(raw)
    return None


def _sub(c: Call, op: str, path: dict[str, Any], body: Any) -> Call:
    """The single-instance call a bulk request makes for one id."""
    return Call(op, path, {}, body, c.user_id, c.key)


# ---------------------------------------------------------------- bulk create


@handles("create_instances")
def create_instances(s: State, c: Call) -> Reply:
    if not isinstance(c.body, dict) or "ids" not in c.body:
        return fail(400, "invalid_args", "error missings offer 'ids' parameter")
    ids = c.body["ids"]
    if not isinstance(ids, list) or not ids:
        return fail(400, "invalid_args", "no ask ids provided")
    if len(ids) > MAX_IDS:
        return fail(400, "invalid_args", f"too many ask ids provided; max is {MAX_IDS}")
    shared = {k: v for k, v in c.body.items() if k != "ids"}
    if not shared.get("image") and not shared.get("template_hash_id"):
        return fail(400, "invalid_args", "image or template_hash_id is required")
    results: list[Row] = []
    created: list[int] = []
    failed: list[int] = []
    for raw in ids:
        ask_id = _int(raw)
        if ask_id is None:
            results.append({"success": False, "error": "invalid_args", "msg": f"bad id {raw!r}"})
            continue
        try:
            reply = create_instance(s, _sub(c, "create_instance", {"id": ask_id}, dict(shared)))
        except (TypeError, ValueError, AttributeError) as exc:  # no schema checked the fields
            reply = fail(400, "invalid_args", f"Invalid args: {exc}")
        if reply.status == 200:
            iid = int(reply.body["new_contract"])
            state = actual_status(s, s.instances[iid])
            results.append({"ask_id": ask_id, "success": True, "new_contract": iid, "state": state})
            created.append(iid)
        else:
            error = {k: reply.body.get(k) for k in ("error", "msg")}
            results.append({"ask_id": ask_id, "success": False, **error})
            failed.append(ask_id)
    if not created:
        first = results[0]
        return fail(400, str(first.get("error")), str(first.get("msg")), results=results)
    body = {
        "success": True,
        "results": results,
        "created": created,
        "failed": failed,
        "elapsed": round(0.05 * len(ids), 3),
    }
    return ok(body)


# ---------------------------------------------------------------- bulk destroy and manage


def _id_list(raw: Any, missing: str) -> list[int]:
    if not isinstance(raw, list) or not raw:
        raise reject(400, "invalid_args", missing)
    if len(raw) > MAX_IDS:
        raise reject(400, "invalid_args", f"chunk length of {len(raw)} > {MAX_IDS}")
    ids = [_int(i) for i in raw]
    return [i for i in ids if i is not None]


@handles("destroy_instances")
def destroy_instances(s: State, c: Call) -> Reply:
    raw = c.field("instance_ids", c.field("ids"))
    ids = _id_list(raw, "instance_ids array is required")
    found = [i for i in dict.fromkeys(ids) if i in s.instances]
    if not found:
        return fail(404, "instances_not_found", f"Instances {raw} not found.")
    for iid in found:
        destroy_instance(s, _sub(c, "destroy_instance", {"id": iid}, {}))
    return ok({"success": True})


@handles("manage_instances")
def manage_instances(s: State, c: Call) -> Reply:
    ids = _id_list(c.field("ids"), "ids list required")
    change = {k: c.field(k) for k in ("state", "label") if c.field(k) is not None}
    if not change:
        return fail(400, "invalid_args", "Nothing to change: give state and/or label.")
    found = [i for i in dict.fromkeys(ids) if i in s.instances]
    if not found:
        return fail(404, "invalid_args", "Invalid instance ID list ids.")
    starting = change.get("state") == "running"
    stopped = any(s.instances[i]["_intended"] != "running" for i in found)
    if starting and stopped and s.balance() <= 0:
        return fail(400, "insufficient_credit", "You lack credit.")
    for iid in found:
        manage_instance(s, _sub(c, "manage_instance", {"id": iid}, change))
    return ok({"success": True})


# ---------------------------------------------------------------- v1 listing


def _json_param(c: Call, name: str, kind: type, default: Any) -> Any:
    text = c.query.get(name)
    if text is None or text == "":
        return default
    try:
        value = json.loads(text)
    except ValueError:
        raise reject(400, "invalid_request", f"{name} is not valid JSON") from None
    if not isinstance(value, kind):
        raise reject(400, "invalid_request", f"{name} must be a JSON {kind.__name__}")
    return value


def _order(c: Call, columns: set[str]) -> list[tuple[str, bool]]:
    """(column, descending) pairs, ``id`` last as the tiebreaker."""
    pairs: list[tuple[str, bool]] = []
    for item in _json_param(c, "order_by", list, [{"col": "id", "dir": "asc"}]):
        col = item.get("col") if isinstance(item, dict) else None
        if not isinstance(col, str) or col not in columns:
            raise reject(400, "invalid_request", f"Invalid order_by column {col!r}")
        pairs.append((col, item.get("dir") == "desc"))
    if "id" not in [col for col, _ in pairs]:
        pairs.append(("id", False))
    return pairs


def _filters(c: Call, columns: set[str]) -> dict[str, dict[str, Any]]:
    filters: dict[str, dict[str, Any]] = _json_param(c, "select_filters", dict, {})
    for col, cond in filters.items():
        if col in COMPUTED or col not in columns:
            raise reject(400, "invalid_request", f"Cannot filter on column {col!r}")
        if not isinstance(cond, dict) or not cond or set(cond) - _FILTER_OPS:
            ops = ", ".join(sorted(_FILTER_OPS))
            raise reject(400, "invalid_request", f"{col}: use {{op: value}} with op one of {ops}")
    return filters


KEYS = ("id", "machine_id")
"""Columns every row carries whatever select_cols asks for (the spec requires them)."""


def _select(row: Row, cols: list[Any]) -> Row:
    if "*" in cols:
        return row
    return {str(col): row.get(str(col)) for col in [*KEYS, *cols]}


STORED = ("id", "label")
"""Columns an instance stores as the listing shows them."""


def _labels(s: State) -> dict[str, int]:
    """How many instances carry each label (the listing's ``label_counts``)."""
    labels: dict[str, int] = {}
    for inst in s.instances.values():
        if inst.get("label"):
            labels[inst["label"]] = labels.get(inst["label"], 0) + 1
    return labels


def _stored_page(s: State, c: Call) -> Reply | None:
    """The page, rendering only its rows, when the listing filters on STORED columns only in
    the default order (id): what a fleet's wait asks, 25 ids out of 1,000 instances. None: the
    full path (it renders every instance) answers, and reports bad parameters."""
    if c.query.get("order_by"):
        return None
    try:
        filters = json.loads(c.query.get("select_filters") or "{}")
    except ValueError:
        return None
    if not isinstance(filters, dict) or any(
        col not in STORED or not isinstance(cond, dict) or not cond or set(cond) - _FILTER_OPS
        for col, cond in filters.items()
    ):
        return None
    order = [("id", False)]
    pool: Any = s.instances.values()
    wanted = filters.get("id", {}).get("in")
    if isinstance(wanted, list) and all(type(i) is int for i in wanted):
        pool = [s.instances[i] for i in set(wanted) if i in s.instances]
    hits = sorted((inst for inst in pool if matches(inst, filters)), key=lambda i: i["id"])
    total = len(hits)
    if c.query.get("after_token"):
        mark = keyset_mark(c.query["after_token"], order)
        hits = [inst for inst in hits if keyset_after(inst, mark, order) > 0]
    limit = c.query.get("limit", PAGE_SIZE)
    limit = 5 if limit <= 0 else limit
    page = [render(s, inst) for inst in hits[:limit]]
    cols = _json_param(c, "select_cols", list, ["*"])
    return ok(
        {
            "success": True,
            "total_instances": total,
            "label_counts": _labels(s),
            "instances_found": len(page),
            "instances": [_select(r, cols) for r in page],
            "next_token": keyset_token(page[-1], order) if len(hits) > limit and page else None,
        }
    )


@handles("show_instances")
def show_instances(s: State, c: Call) -> Reply:
    fast = _stored_page(s, c)
    if fast is not None:
        return fast
    rows = [render(s, inst) for inst in s.instances.values()]
    columns = set(rows[0]) if rows else {"id", "label", "actual_status", "gpu_name"}
    columns |= {"id", "label", "actual_status", "gpu_name", "verification"}
    order = _order(c, columns)
    filters = _filters(c, columns)
    cols = _json_param(c, "select_cols", list, ["*"])
    limit = c.query.get("limit", PAGE_SIZE)
    limit = 5 if limit <= 0 else limit
    labels = _labels(s)

    def compare(a: Row, b: Row) -> int:
        return keyset_after(a, b, order)

    hits = sorted((r for r in rows if matches(r, filters)), key=functools.cmp_to_key(compare))
    total = len(hits)
    if c.query.get("after_token"):
        mark = keyset_mark(c.query["after_token"], order)
        hits = [r for r in hits if keyset_after(r, mark, order) > 0]
    page = hits[:limit]
    more = len(hits) > limit
    return ok(
        {
            "success": True,
            "total_instances": total,
            "label_counts": labels,
            "instances_found": len(page),
            "instances": [_select(r, cols) for r in page],
            "next_token": keyset_token(page[-1], order) if more and page else None,
        }
    )


@handles("show_instances_lite_v1")
def show_instances_lite_v1(s: State, c: Call) -> Reply:
    """Documented as disabled: it always answers 404 (its only documented answer)."""
    return fail(404, "not_found", "This endpoint is currently disabled.")
