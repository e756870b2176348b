"""Request bodies for the searches, built as ``vastai search ...`` builds them.

``offers_body("num_gpus>=2", order="dph", type="bid", limit=5)`` is the JSON the official CLI
posts to ``/api/v0/bundles/`` for ``vastai search offers 'num_gpus>=2' -o dph -b --limit 5``
(vastai/cli/commands/offers.py:134-166); likewise for the volume searches
(vastai/cli/commands/storage.py:385-430, :479-524) and the select_filters searches.
"""

from __future__ import annotations

import math
from typing import Any, Literal

from ._core import Query, QueryError, check_kind
from ._parse import OrderSpec, parse_order, parse_query
from ._tables import QueryKind

__all__ = ["OfferType", "network_volumes_body", "offers_body", "select_params", "volumes_body"]

OfferType = Literal["on-demand", "reserved", "bid", "interruptible"]
"""Pricing to search: on-demand, reserved, or bid (interruptible is another name for bid)."""


def to_query(query: str | Query | None, kind: QueryKind) -> Query:
    """``query`` as a Query of ``kind``: parsed if text, empty if None."""
    if query is None:
        return Query(kind)
    if isinstance(query, str):
        return parse_query(query, kind=kind)
    if isinstance(query, Query):
        if query.kind != kind:
            raise QueryError(f"this query is for {query.kind}, not {kind}: {query!r}")
        return query
    raise QueryError(f"query must be a string or a Query, got {type(query).__name__}")


def _limit(limit: int | None) -> dict[str, int]:
    if limit is None:
        return {}
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise QueryError(f"limit must be a positive int or None, got {limit!r}")
    return {"limit": limit}


def _storage(storage: float) -> float:
    ok = isinstance(storage, int | float) and not isinstance(storage, bool)
    if not ok or not math.isfinite(storage) or storage <= 0:
        raise QueryError(f"storage must be a positive number of GiB, got {storage!r}")
    return float(storage)


def offers_body(
    query: str | Query | None = None,
    *,
    order: OrderSpec | None = None,
    type: OfferType = "on-demand",
    limit: int | None = None,
    storage: float = 5.0,
    no_default: bool = False,
) -> dict[str, Any]:
    """The ``POST /api/v0/bundles/`` body for an offer search, as the official CLI builds it.

    query: the filters, as text in the CLI's grammar or a Query (None: defaults only).
    order: sort order (see :func:`parse_order`); None is the CLI's ``score-``.
    type: on-demand, reserved, or bid; interruptible is sent as bid.
    limit: the most offers to return; None leaves it to the server.
    storage: GiB of disk to price the offers with (the CLI's ``--storage``, 5.0).
    no_default: leave out the CLI's default filters (``-n``): verified, external=false,
        rentable. ``field=any`` drops one of them.

    The official SDK adds ``rented=false`` as well, but only when given a dict or no query;
    this follows the CLI, which never adds it (write ``rented=false`` to get it).
    """
    if type not in ("on-demand", "reserved", "bid", "interruptible"):
        raise QueryError(f"type must be on-demand, reserved, bid or interruptible, got {type!r}")
    body: dict[str, Any] = to_query(query, "offers").to_filters(defaults=not no_default)
    body["order"] = parse_order(order, kind="offers")
    body["type"] = "bid" if type == "interruptible" else type
    body.update(_limit(limit))
    body["allocated_storage"] = _storage(storage)
    return body


def _volumes(
    kind: Literal["volumes", "network_volumes"],
    query: str | Query | None,
    order: OrderSpec | None,
    limit: int | None,
    storage: float,
    no_default: bool,
) -> dict[str, Any]:
    body: dict[str, Any] = to_query(query, kind).to_filters(defaults=not no_default)
    body["order"] = parse_order(order, kind=kind)
    body.update(_limit(limit))
    body["allocated_storage"] = _storage(storage)
    return body


def volumes_body(
    query: str | Query | None = None,
    *,
    order: OrderSpec | None = None,
    limit: int | None = None,
    storage: float = 1.0,
    no_default: bool = False,
) -> dict[str, Any]:
    """The ``POST /api/v0/volumes/search/`` body, as ``vastai search volumes`` builds it.

    query: the filters, as text in the CLI's grammar or a volumes Query (None: defaults only).
    order: sort order (see :func:`parse_order`); None is the CLI's ``score-``.
    limit: the most offers to return; None leaves it to the server.
    storage: GiB to price the volumes with (the CLI's ``--storage``, 1.0).
    no_default: leave out the default filters verified, external=false, disk_space>=1.
    """
    return _volumes("volumes", query, order, limit, storage, no_default)


def network_volumes_body(
    query: str | Query | None = None,
    *,
    order: OrderSpec | None = None,
    limit: int | None = None,
    storage: float = 1.0,
    no_default: bool = False,
) -> dict[str, Any]:
    """The ``POST /api/v0/network_volumes/search/`` body, as ``vastai search network volumes``
    builds it.

    query: the filters, as text in the CLI's grammar or a network_volumes Query.
    order: sort order (see :func:`parse_order`); None is the CLI's ``score-``.
    limit: the most offers to return; None leaves it to the server.
    storage: GiB to price the volumes with (the CLI's ``--storage``, 1.0).
    no_default: leave out the default filters verified, external=false, disk_space>=1.
    """
    return _volumes("network_volumes", query, order, limit, storage, no_default)


def select_params(
    query: str | Query | None = None,
    *,
    kind: Literal["templates", "benchmarks", "invoices"],
) -> dict[str, Any]:
    """``{"select_cols": ["*"], "select_filters": {...}}``: the query parameters of
    ``vastai search templates|benchmarks|invoices`` (vastai/api/offers.py:117, :126, :266).

    query: the filters, as text in the CLI's grammar or a Query of ``kind``.
    kind: templates, benchmarks or invoices; none of them has default filters.

    The caller JSON-encodes each value into the query string, and adds the benchmarks
    paging parameters (limit, after_token, order_by) itself.
    """
    if check_kind(kind) not in ("templates", "benchmarks", "invoices"):
        raise QueryError(f"select_params is for templates, benchmarks or invoices, not {kind!r}")
    return {"select_cols": ["*"], "select_filters": to_query(query, kind).to_filters()}
