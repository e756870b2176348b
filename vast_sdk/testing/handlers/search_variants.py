"""Offer search on the routes the official package uses besides ``POST /api/v0/bundles/``:
``PUT /api/v0/search/asks/`` (the query in ``q``) and ``GET /api/v0/bundles`` (the query as
JSON in ``?q=``). Both search the same market as search_offers (search.py), with the same
filters, order, limit and pricing, and keep only ``select_cols`` when given."""

from __future__ import annotations

import json
from typing import Any

from .._base import Call, Reply, fail, handles
from .._query import json_object
from .._state import Row, State
from .search import search_offers


def _search(s: State, c: Call, query: dict[str, Any], cols: Any) -> Reply:
    for key in ("limit", "allocated_storage"):
        value = query.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            return fail(400, "invalid_request", f"Invalid query: {key} must be a number")
    if cols is not None and not (isinstance(cols, list) and all(isinstance(x, str) for x in cols)):
        return fail(400, "invalid_request", "select_cols must be a list of column names")
    reply = search_offers(s, Call("search_offers", {}, {}, query, c.user_id, c.key))
    if reply.status == 200 and cols and "*" not in cols:
        rows: list[Row] = reply.body["offers"]
        reply.body["offers"] = [{k: row.get(k) for k in cols} for row in rows]
    return reply


@handles("search_offers_new")
def search_offers_new(s: State, c: Call) -> Reply:
    return _search(s, c, dict(c.field("q") or {}), c.field("select_cols"))


@handles("search_offers_get")
def search_offers_get(s: State, c: Call) -> Reply:
    query = json_object(c.query["q"], "q") if c.query.get("q") else {}
    cols = None
    if c.query.get("select_cols"):
        try:
            cols = json.loads(c.query["select_cols"])
        except ValueError:
            return fail(400, "invalid_request", "select_cols is not valid JSON")
    return _search(s, c, query, cols)
