"""The account's machines one at a time, and the v1 listing (keyset-paged by id)."""

from __future__ import annotations

from .._base import Call, Reply, handles, ok
from .._state import Row, State
from .hosting import show_machines
from .paged import keyset_page


def _rows(s: State, c: Call) -> list[Row]:
    mine = Call("show_machines", {}, {"user_id": "me"}, None, c.user_id, c.key)
    rows: list[Row] = show_machines(s, mine).body["machines"]
    return rows


@handles("show_machine")
def show_machine(s: State, c: Call) -> Reply:
    """A list with the machine's row (empty for a machine that is not the account's)."""
    return ok([r for r in _rows(s, c) if r["id"] == str(c.path["id"])])


@handles("show_machines_v1")
def show_machines_v1(s: State, c: Call) -> Reply:
    rows = _rows(s, c)
    page, token = keyset_page(c, rows, PAGE)
    return ok(
        {
            "success": True,
            "total_machines": len(rows),
            "machines_found": len(page),
            "machines": page,
            "next_token": token,
        }
    )


PAGE = 25
"""Machines of a page when no limit is given."""
