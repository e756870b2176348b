"""parse_order: every accepted form gives the body's ``[[field, "asc"|"desc"], ...]``.

Each row pins one rule (a sign before or after, ``+``, commas inside strings and inside list
items, empty items, ``[field, direction]`` pairs as lists or tuples, aliases, None and ""), so a
change to any of them fails a row here; the CLI agrees on the string forms (test_parity.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from vast_sdk.query import QueryError, parse_order

DPH = ["dph_total", "asc"]
DPH_DESC = ["dph_total", "desc"]
SCORE = ["score", "asc"]
SCORE_DESC = ["score", "desc"]


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        # the default and no order
        (None, [SCORE_DESC]),
        ("", []),
        ([], []),
        # one field: a sign before or after it; + or nothing is ascending
        ("dph_total", [DPH]),
        ("-dph_total", [DPH_DESC]),
        ("dph_total-", [DPH_DESC]),
        ("+dph_total", [DPH]),
        ("dph_total+", [DPH]),
        ("  dph_total  ", [DPH]),
        # aliases (offers_alias) apply
        ("dph", [DPH]),
        ("-dlperf_usd", [["dlperf_per_dphtotal", "desc"]]),
        # comma forms: in a string, in list items, empty items skipped, spaces around
        ("dph,-score", [DPH, SCORE_DESC]),
        ("dph, score-", [DPH, SCORE_DESC]),
        (",dph,,score-,", [DPH, SCORE_DESC]),
        (["dph,score-", "num_gpus"], [DPH, SCORE_DESC, ["num_gpus", "asc"]]),
        (["", "dph", " , "], [DPH]),
        # [field, direction] pairs, as lists or tuples, mixed with strings
        ([["dph", "asc"]], [DPH]),
        ([["dph_total", "desc"], ["score", "asc"]], [DPH_DESC, SCORE]),
        ([("score", "desc")], [SCORE_DESC]),
        ([["num_gpus", "desc"], "dph"], [["num_gpus", "desc"], DPH]),
        (("-score", ["dph", "desc"]), [SCORE_DESC, DPH_DESC]),
        # a pair's field takes no sign: it is the name as written
        ([["flops_usd", "asc"]], [["flops_per_dphtotal", "asc"]]),
        # the same field twice is kept (the server decides)
        ("dph,-dph", [DPH, DPH_DESC]),
    ],
)
def test_accepted_forms(order: Any, expected: list[list[str]]) -> None:
    assert parse_order(order) == expected


@pytest.mark.parametrize(
    ("order", "message"),
    [
        ([["dph", "ASC"]], "is not [field, 'asc'|'desc']"),
        ([["dph", "asc", "x"]], "is not [field, 'asc'|'desc']"),
        ([["-dph", "asc"]], "is not [field, 'asc'|'desc']"),
        ([[1, "asc"]], "is not [field, 'asc'|'desc']"),
        ([[]], "is not [field, 'asc'|'desc']"),
        ("-dph-", "cannot read '-dph-'"),
        ("+dph-", "cannot read '+dph-'"),
        ("dph desc", "cannot read 'dph desc'"),
        ("dph;score", "cannot read 'dph;score'"),
    ],
)
def test_refused_forms(order: Any, message: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse_order(order)
    assert message in str(caught.value)


@pytest.mark.parametrize("kind", ["volumes", "network_volumes"])
def test_volume_orders_are_checked_for_form_not_field(kind: Any) -> None:
    """Their sortable columns are not documented: any name passes, aliases apply, and the
    form is checked as for offers."""
    assert parse_order("-disk_space,dph", kind=kind) == [["disk_space", "desc"], DPH]
    assert parse_order([["anything", "asc"]], kind=kind) == [["anything", "asc"]]
    with pytest.raises(QueryError, match="is not"):
        parse_order([["disk_space", "down"]], kind=kind)
