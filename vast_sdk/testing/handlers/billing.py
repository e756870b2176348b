"""Billing: invoices and charges (from the ledger and live instances) and hosting earnings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .._base import Call, Reply, fail, handles, ok, reject
from .._query import (
    check_filters,
    json_object,
    keyset_after,
    keyset_mark,
    keyset_token,
    matches,
    split_filters,
)
from .._state import Row, State
from .paged import keyset_page


def _charge_lines(s: State) -> list[Row]:
    """Every charge: destroyed instances (ledger) and what live instances have cost so far."""
    lines = [e for e in s.ledger if e["type"] == "charge"]
    for inst in s.instances.values():
        cost = s.accrue(inst)
        lines.append(
            {
                "type": "charge",
                "amount": round(cost, 6),
                "timestamp": int(s.now()),
                "start": int(inst["start_date"]),
                "instance_id": inst["id"],
                "quantity": round((s.now() - inst["start_date"]) / 3600, 3),
                "rate": inst["dph_total"],
                "description": f"Instance {inst['id']} GPU charge: hours * $/hr (running)",
            }
        )
    return lines


@handles("search_invoices")
def search_invoices(s: State, c: Call) -> Reply:
    rows = []
    for e in [e for e in s.ledger if e["type"] != "charge"] + _charge_lines(s):
        rows.append(
            {
                "type": e["type"],
                "description": e.get("description", e["type"].replace("_", " ")),
                "timestamp": int(e.get("timestamp", s.now())),
                "quantity": f"{e.get('quantity', 1):.3f}",
                "rate": f"{e.get('rate', e['amount']):.4f}",
                "amount": f"{e['amount']:.3f}",
                "instance_id": e.get("instance_id"),
            }
        )
    if c.field("type"):
        rows = [r for r in rows if r["type"] == c.field("type")]
    filters = split_filters(json_object(c.field("select_filters") or {}, "select_filters"))
    check_filters(filters)
    return ok([r for r in rows if matches(r, filters)])


def _me(s: State, user_id: Any) -> None:
    if str(user_id) not in ("me", str(s.user["id"])):
        raise reject(403, "auth_error", "You may only read your own invoices.")


def _when(text: str | None, default: float) -> float:
    if not text:
        return default
    try:
        return float(text)
    except ValueError:
        pass
    try:
        day = dt.datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=dt.UTC)
    except ValueError:
        msg = f"Invalid date {text!r}: use epoch seconds or YYYY-MM-DD"
        raise reject(400, "invalid_args", msg) from None
    return day.timestamp()


@handles("show_invoices_v0")
def show_invoices(s: State, c: Call) -> Reply:
    _me(s, c.path["user_id"])
    start = _when(c.query.get("sdate"), 0.0)
    end = _when(c.query.get("edate"), float("inf"))
    kinds = {"payment", "transfer"}
    if c.query.get("inc_charges"):
        kinds.add("charge")
    if c.query.get("only_payouts"):
        kinds = {"transfer"}
    if c.query.get("no_payouts"):
        kinds.discard("transfer")
    entries = [e for e in s.ledger if e["type"] != "charge"] + _charge_lines(s)
    invoices = [
        {
            "id": e.get("id", 0),
            "type": "payout" if e["type"] == "transfer" else e["type"],
            "service": e.get("service", "vast"),
            "amount": round(e["amount"], 6),
            "timestamp": int(e.get("timestamp", s.now())),
        }
        for e in entries
        if e["type"] in kinds and start <= e.get("timestamp", s.now()) <= end
    ]
    charges = round(s.charges(), 6)
    u = s.user
    return ok(
        {
            "invoices": invoices,
            "username": u["username"],
            "email": u["email"],
            "fullname": u["fullname"],
            "bill_to": f"{u['fullname']}\n{u['address1']}\n{u['city']}, {u['zip']}\n{u['country']}",
            "address1": u["address1"],
            "address2": "",
            "city": u["city"],
            "zip": u["zip"],
            "country": u["country"],
            "taxinfo": "",
            "current": {
                "charges": charges,
                "service_fee": 0.0,
                "total": charges,
                "credit": s.balance(),
            },
        }
    )


INVOICE_PAGE = 60
"""show_invoices' page when no limit is given (the API's default)."""

CHARGE_PAGE = 100
"""show_charges' page when no limit is given (the API's default)."""

_INVOICE_TYPES = {"payment": "credit", "transfer": "transfer", "transfer_in": "transfer"}
_INVOICE_TYPES["prepay"] = "reserved"
"""Ledger entry type -> the v1 invoice type."""


def _keyset_page(c: Call, rows: list[Row], date_col: str, limit: int) -> Reply:
    """Filter by the required ``{date_col: {gte, lte}}`` range, order by start, page by token.

    A missing or malformed range is answered 200 ``success: false``, as the API documents.
    """
    filters = split_filters(json_object(c.query.get("select_filters") or "{}", "select_filters"))
    window = filters.pop(date_col, None)
    bounds = [window.get(op) if isinstance(window, dict) else None for op in ("gte", "lte")]
    if not all(isinstance(b, int | float) and not isinstance(b, bool) for b in bounds):
        msg = f"select_filters needs a {date_col!r} range: {{{date_col!r}: {{'gte': t, 'lte': t}}}}"
        return Reply(200, {"success": False, "error": "invalid_args", "msg": msg})
    check_filters(filters)
    start, end = bounds
    hits = [r for r in rows if start <= r["start"] <= end and matches(r, filters)]
    latest = c.query.get("latest_first", True)
    order = [("start", latest), ("_key", latest)]
    hits.sort(key=lambda r: (r["start"], r["_key"]), reverse=latest)
    total = len(hits)
    if c.query.get("after_token"):
        mark = keyset_mark(c.query["after_token"], order)
        hits = [r for r in hits if keyset_after(r, mark, order) > 0]
    size = c.query.get("limit") or limit
    page, more = hits[:size], len(hits) > size
    token = keyset_token(page[-1], order) if more and page else None
    results = [{k: v for k, v in r.items() if k != "_key"} for r in page]
    body = {"success": True, "count": len(page), "total": total, "next_token": token}
    return ok({**body, "results": results})


@handles("show_invoices")
def show_invoices_v1(s: State, c: Call) -> Reply:
    """v1 invoices: payments, transfers and prepayments from the ledger, keyset-paged."""
    rows = [
        {
            "_key": e["id"],
            "start": float(e.get("timestamp", 0)),
            "end": float(e.get("timestamp", 0)),
            "type": _INVOICE_TYPES[e["type"]],
            "source": e.get("service", e.get("recipient", "vast")),
            "description": e.get("description", e["type"].replace("_", " ")),
            "amount": round(
                e["amount"] * (1 if e["type"] in ("payment", "transfer_in") else -1), 6
            ),
            "metadata": {"invoice_id": e["id"], "service": e.get("service", "vast")},
            "items": [],
        }
        for e in s.ledger
        if e["type"] in _INVOICE_TYPES
    ]
    return _keyset_page(c, rows, "when", INVOICE_PAGE)


@handles("show_charges")
def show_charges(s: State, c: Call) -> Reply:
    """Per-contract charges: destroyed instances (ledger) and live ones so far, keyset-paged."""
    rows = []
    for e in _charge_lines(s):
        iid = e.get("instance_id", 0)
        rows.append(
            {
                "_key": int(e.get("id") or iid),
                "start": int(e.get("start") or e.get("timestamp") or 0),
                "end": int(e.get("timestamp", 0)),
                "type": "instance",
                "source": f"instance-{iid}",
                "description": e.get("description", "charge"),
                "amount": round(e["amount"], 3),
                "metadata": {"label": None},
                "items": [],
            }
        )
    return _keyset_page(c, rows, "day", CHARGE_PAGE)


@handles("show_earnings")
def show_earnings(s: State, c: Call) -> Reply:
    if str(c.path["user_id"]) not in ("me", str(s.user["id"])):
        return fail(400, "invalid_args", "You may only read your own earnings.")
    days = c.query.get("last_days") or 7
    if not 1 <= days <= MAX_DAYS:
        return fail(400, "invalid_args", f"last_days must be between 1 and {MAX_DAYS}")
    machines = [m for m in s.machines.values() if c.query.get("machid") in (None, m["id"])]
    today = int(s.now() // 86400)
    per_machine = [
        {
            "machine_id": m["id"],
            "gpu_earn": round(m["_earned"] * 0.9, 4),
            "sto_earn": round(m["_earned"] * 0.07, 4),
            "bwu_earn": round(m["_earned"] * 0.02, 4),
            "bwd_earn": round(m["_earned"] * 0.01, 4),
        }
        for m in machines
    ]
    share = 1.0 / max(days, 1)
    per_day = [
        {
            "day": today - n,
            **{k: round(sum(p[k] for p in per_machine) * share, 4) for k in _EARN},
        }
        for n in range(days)
    ]
    summary = {
        "total_gpu": round(sum(p["gpu_earn"] for p in per_machine), 4),
        "total_stor": round(sum(p["sto_earn"] for p in per_machine), 4),
        "total_bwu": round(sum(p["bwu_earn"] for p in per_machine), 4),
        "total_bwd": round(sum(p["bwd_earn"] for p in per_machine), 4),
    }
    total = round(sum(summary.values()), 4)
    u = s.user
    return ok(
        {
            "summary": summary,
            **{k: u[k] for k in ("username", "email", "fullname", "address1", "city", "zip")},
            "address2": "",
            "country": u["country"],
            "taxinfo": "",
            "current": {
                "balance": total,
                "service_fee": 0.0,
                "total": total,
                "credit": s.balance(),
            },
            "per_machine": per_machine,
            "per_day": per_day,
        }
    )


@handles("show_earnings_v1")
def show_earnings_v1(s: State, c: Call) -> Reply:
    """One row per machine of the account (what it earned), keyset-paged, with the total."""
    rows = [
        {
            "machine_id": m["id"],
            "gpu_earn": round(m["_earned"] * 0.9, 4),
            "sto_earn": round(m["_earned"] * 0.07, 4),
            "bwu_earn": round(m["_earned"] * 0.02, 4),
            "bwd_earn": round(m["_earned"] * 0.01, 4),
            "total_earn": round(m["_earned"], 4),
        }
        for m in s.machines.values()
    ]
    page, token = keyset_page(c, rows, EARNINGS_PAGE, key="machine_id")
    total = {k: round(sum(r[k] for r in rows), 4) for k in (*_EARN, "total_earn")}
    body = {"success": True, "total_rows": len(rows), "rows_found": len(page), "rows": page}
    return ok({**body, "next_token": token, "total": total})


EARNINGS_PAGE = 25

_EARN = ("gpu_earn", "sto_earn", "bwu_earn", "bwd_earn")
MAX_DAYS = 3660
