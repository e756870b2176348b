"""Keyset pages for the v1 listings that page by ``next_token`` / ``after_token``."""

from __future__ import annotations

from .._base import Call
from .._query import keyset_after, keyset_mark, keyset_token
from .._state import Row


def keyset_page(
    c: Call, rows: list[Row], size: int, key: str = "id"
) -> tuple[list[Row], str | None]:
    """One page of ``rows`` ordered by ``key``: those after the request's ``after_token``, at
    most its ``limit`` (else ``size``), and the next page's token (None on the last page)."""
    order = [(key, False)]
    rows = sorted(rows, key=lambda r: r[key])
    if c.query.get("after_token"):
        mark = keyset_mark(c.query["after_token"], order)
        rows = [r for r in rows if keyset_after(r, mark, order) > 0]
    limit = c.query.get("limit")
    if isinstance(limit, int) and not isinstance(limit, bool) and limit > 0:
        size = limit
    page = rows[:size]
    return page, keyset_token(page[-1], order) if len(rows) > size and page else None
