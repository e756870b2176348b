"""Search: offers (the filter language), benchmarks and templates (search and create)."""

from __future__ import annotations

from typing import Any

from .._base import Call, Reply, fail, handles, ok, reject
from .._query import check_filters, json_object, matches, order_rows, parse_query, split_filters
from .._state import Row, State, hex_token, public
from .paged import keyset_page

DEFAULT_FILTERS = {"verified": {"eq": True}, "rentable": {"eq": True}, "rented": {"eq": False}}
DEFAULT_ORDER = [["score", "desc"]]
DEFAULT_LIMIT = 64
DEFAULT_STORAGE_GB = 8.0
RESERVED_DISCOUNT = 0.25


def priced(s: State, offer: Row, storage_gb: float, kind: str) -> Row:
    """An offer row as a search returns it: prices for the storage asked for, and the kind."""
    row = public(offer)
    bid = kind == "bid"
    base = offer["min_bid"] if bid else offer["dph_base"]
    storage = round(offer["storage_cost"] * storage_gb / 730, 6)
    total = round(base + storage, 6)
    discount = RESERVED_DISCOUNT if kind == "reserved" else 0.0
    row.update(
        is_bid=bid,
        dph_base=base,
        storage_total_cost=storage,
        dph_total=total,
        dph_total_adj=total,
        discount_rate=discount,
        discounted_dph_total=round(total * (1 - discount), 6),
        discounted_hourly=round(total * discount, 6),
        duration=offer["end_date"] - s.now(),
        dlperf_per_dphtotal=round(offer["dlperf"] / total, 3),
        flops_per_dphtotal=round(offer["total_flops"] / total, 3),
        score=round(offer["dlperf"] / total * offer["reliability"], 3),
    )
    return row


@handles("search_offers")
def search_offers(s: State, c: Call) -> Reply:
    body: dict[str, Any] = {**DEFAULT_FILTERS, **(c.body or {})}
    limit = body.get("limit", DEFAULT_LIMIT)
    storage = body.get("allocated_storage", DEFAULT_STORAGE_GB)
    numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (limit, storage))
    if not numbers or limit < 1 or storage <= 0:
        return fail(400, "invalid_request", "limit and allocated_storage must be positive")
    filters = split_filters(body)
    check_filters(filters)
    kind = body.get("type", "on-demand")
    rows = [priced(s, o, storage, kind) for o in s.offers.values()]
    rows = [r for r in rows if matches(r, filters)]
    rows = order_rows(rows, body.get("order") or DEFAULT_ORDER)
    return ok({"offers": rows[:limit]})


@handles("search_benchmarks")
def search_benchmarks(s: State, c: Call) -> Reply:
    rows = [
        {
            "id": n + 1,
            "contract_id": o["id"],
            "machine_id": o["machine_id"],
            "model": o["gpu_name"],
            "name": "dlperf",
            "image": "vastai/benchmark:latest",
            "num_gpus": o["num_gpus"],
            "score": o["dlperf"],
            "last_update": s.clock.start - 3600.0 * (n % 48),
        }
        for n, o in enumerate(s.offers.values())
    ]
    filters = parse_query(c.query.get("query") or "")
    if c.query.get("select_filters"):  # vastai 1.9.1's form (docs/wire.md W29)
        more = split_filters(json_object(c.query["select_filters"], "select_filters"))
        check_filters(more)
        filters = {**filters, **more}
    hits = [r for r in rows if matches(r, filters)]
    page, token = keyset_page(c, hits, BENCHMARK_PAGE)  # the server caps a page at 200
    # An object, as vastai reads it (api/offers.py:search_benchmarks_v1; docs/wire.md W33).
    return ok({"benchmarks": page, "next_token": token, "benchmarks_found": len(page)})


BENCHMARK_PAGE = 200


def visible_templates(s: State, user_id: int | None) -> list[Row]:
    """Public templates and the caller's own."""
    return [t for t in s.templates.values() if t["_public"] or t["creator_id"] == user_id]


@handles("search_templates")
def search_templates(s: State, c: Call) -> Reply:
    rows = [public(t) for t in visible_templates(s, c.user_id)]
    text = (c.query.get("query") or "").strip().lower()
    if text:
        rows = [r for r in rows if text in r["name"].lower() or text in r["image"].lower()]
    if c.query.get("select_filters"):
        filters = split_filters(json_object(c.query["select_filters"], "select_filters"))
        check_filters(filters)
        rows = [r for r in rows if matches(r, filters)]
    order_by = (c.query.get("order_by") or "").strip()
    if order_by:
        desc = order_by.startswith("-")
        rows = order_rows(rows, [[order_by.lstrip("-"), "desc" if desc else "asc"]])
    return ok({"success": True, "templates_found": len(rows), "templates": rows})


@handles("create_template")
def create_template(s: State, c: Call) -> Reply:
    name, image = str(c.field("name", "")).strip(), str(c.field("image", "")).strip()
    if not name:
        raise reject(400, "invalid_args", "Template name is required")
    if not image:
        raise reject(400, "invalid_args", "Template image is required")
    tid = s.next_id("templates", 200_000)
    s.templates[tid] = {
        **{k: v for k, v in (c.body or {}).items() if not k.startswith("docker_login")},
        "id": tid,
        "hash_id": hex_token(s.rng, 128),
        "name": name,
        "image": image,
        "tag": c.field("tag") or (image.rsplit(":", 1)[-1] if ":" in image else "latest"),
        "runtype": c.field("runtype", "ssh"),
        "creator_id": c.user_id,
        "_public": False,
    }
    t = s.templates[tid]
    return ok(
        {
            "success": True,
            "msg": f"Template Created Successfully! New Template ID: {tid}",
            "template": {"name": name, "id": tid, "hash_id": t["hash_id"]},
        }
    )
