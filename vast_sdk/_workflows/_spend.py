"""Spot bids and the spend cap: which offers launch may rent, at what price, in what order.

Prices are dollars per hour for the whole machine rental, as the API gives them:

- an on-demand rental costs the offer's ``dph_total``, which the search prices for the disk
  asked for (``allocated_storage``): the GPU rent (``dph_base``) plus the storage
  (``storage_total_cost``);
- a bid (interruptible, spot) rental costs the bid (``create_instance(price=...)``, per
  machine) plus the same storage. The bid must be at least the offer's ``min_bid``; the API
  refuses a lower one ("Bid price ... is below the minimum ...").

``max_dph`` caps that total: launch never rents an offer, nor bids, above it. Bandwidth is
billed per GB on top (``inet_up_cost``/``inet_down_cost``) and is not part of it.

Without ``price``, a spot rental bids the offer's ``min_bid`` plus ``DEFAULT_BID_MARGIN`` (5 %),
rounded up to ``BID_STEP``, and never above what ``max_dph`` leaves after storage. Bidding the
minimum exactly would lose the machine to the next bid a cent higher; 5 % is the margin the
SDK picks so that a small rise of the minimum does not stop the instance, at a cost small next
to the discount a bid gets over on-demand. Pass ``price`` to choose it yourself.

All pure: ``rank_offers`` takes the offers a search returned and raises the typed errors a
launch raises before anything is rented.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .._errors import InvalidRequestError
from ._errors import NoOffersError
from ._read import get
from ._rent_errors import BidTooLowError, PriceCapError

if TYPE_CHECKING:
    from _typeshed import SupportsRichComparison

    from ..models import Offer
    from ..query import Query
    from ._read import InstanceLike

__all__ = [
    "BID_STEP",
    "DEFAULT_BID_MARGIN",
    "DEFAULT_FILTERS",
    "HOURS_PER_MONTH",
    "MIN_BID_PRICE",
    "RentChoice",
    "check_spend",
    "default_bid",
    "instance_over_cap",
    "offer_search_body",
    "rank_offers",
    "search_body",
    "storage_per_hour",
]

DEFAULT_BID_MARGIN = 0.05
"""The default bid is the offer's ``min_bid`` times 1.05 (see the module doc)."""
BID_STEP = 0.0001
"""Bids are rounded to this many dollars per hour (up for the default, down under a cap)."""
MIN_BID_PRICE = 0.001
"""The lowest bid the API takes (create_instance ``price``: minimum 0.001)."""
HOURS_PER_MONTH = 730.0
"""Hours in an average month: ``storage_cost`` is $/GB/month, storage per hour divides by it
(only when the offer has no ``storage_total_cost``)."""

_EPSILON = 1e-9

SEARCH_LIMIT = 64
"""Offers a launch search asks for (the best ones; launch searches again when they run out)."""
DEFAULT_FILTERS: dict[str, Any] = {
    "verified": {"eq": True},
    "external": {"eq": False},
    "rentable": {"eq": True},
    "rented": {"eq": False},
}
"""launch's default offer filters: verified, on the marketplace, rentable, not rented (what the
official SDK's ``search_offers`` adds to a dict query, OFFICIAL-VASTAI-PACKAGE.md 4.1)."""


def _number(value: object) -> float | None:
    """A finite, non-negative float from a number the API sent, else None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    number = float(value)
    return number if math.isfinite(number) and number >= 0 else None


def _round_up(value: float) -> float:
    return round(math.ceil(round(value / BID_STEP, 6)) * BID_STEP, 4)


def _round_down(value: float) -> float:
    return round(math.floor(round(value / BID_STEP, 6)) * BID_STEP, 4)


def default_bid(min_bid: float, margin: float = DEFAULT_BID_MARGIN) -> float:
    """``min_bid`` plus ``margin`` (a fraction), rounded up to BID_STEP, at least MIN_BID_PRICE."""
    return max(MIN_BID_PRICE, _round_up(min_bid * (1.0 + margin)))


def _price(name: str, value: object) -> float:
    number = _number(value)
    if number is None or number <= 0:
        raise InvalidRequestError(f"{name} must be a positive number of $/hour, got {value!r}")
    return number


def check_spend(spot: bool, price: float | None, max_dph: float | None) -> None:
    """Check launch's money arguments before anything is searched or rented.

    Raises:
        InvalidRequestError: ``price`` without ``spot=True`` (a price is a bid: it makes the
            rental interruptible), a price or cap that is not a positive number, a price below
            MIN_BID_PRICE, or a bid above ``max_dph``.
    """
    if not isinstance(spot, bool):
        raise InvalidRequestError(f"spot must be True or False, got {spot!r}")
    if max_dph is not None:
        max_dph = _price("max_dph", max_dph)
    if price is None:
        return
    if not spot:
        raise InvalidRequestError(
            "price is a bid: it makes the rental interruptible. Pass spot=True with it "
            "(or leave price out for an on-demand rental at the offer's price)"
        )
    price = _price("price", price)
    if price < MIN_BID_PRICE:
        raise InvalidRequestError(f"price must be at least {MIN_BID_PRICE} $/hour, got {price}")
    if max_dph is not None and price > max_dph:
        raise InvalidRequestError(f"price {price} $/hour is above max_dph {max_dph} $/hour")


def search_body(query: Mapping[str, Any] | str | Query | None, disk: float) -> dict[str, Any]:
    """The search_offers body for a launch: the default filters (DEFAULT_FILTERS), offers with
    room for ``disk`` GB priced with it, cheapest first; then the caller's query: CLI text or a
    ``vast_sdk.query.Query`` (``field=any`` drops a default), or a mapping of filters whose
    keys win (a ``None`` value drops a default).

    Query text gets the official CLI's defaults (verified, external=false, rentable) and, as
    for a mapping, ``rented=false``: the CLI's text path leaves that one out, so a search would
    list offers another renter holds, which can never be rented (``rented=any`` keeps them).
    """
    from ..query import Query, offers_body, parse_query  # loads only when used

    extra: dict[str, Any] = {"disk_space": {"gte": disk}}
    if isinstance(query, (str, Query)):
        parsed = parse_query(query, kind="offers") if isinstance(query, str) else query
        filters = offers_body(parsed, type="on-demand", order="dph_total", limit=SEARCH_LIMIT)
        filters["allocated_storage"] = disk
        if "disk_space" not in filters:
            filters.update(extra)
        if "rented" not in parsed.dropped:
            filters.setdefault("rented", {"eq": False})
        return filters
    if query is not None and not isinstance(query, Mapping):
        raise InvalidRequestError(
            f"launch: query must be CLI query text, a Query or a mapping of filters, "
            f"not {type(query).__name__}"
        )
    body: dict[str, Any] = {
        **DEFAULT_FILTERS,
        **extra,
        "type": "on-demand",
        "order": [["dph_total", "asc"]],
        "limit": SEARCH_LIMIT,
        "allocated_storage": disk,
    }
    body.update(query or {})
    return {k: v for k, v in body.items() if v is not None}


def offer_search_body(
    query: Mapping[str, Any] | str | Query | None, disk: float, *, spot: bool
) -> dict[str, Any]:
    """The search_offers body for a launch: on-demand offers, or bid offers for ``spot=True``,
    from the same query (CLI text, a Query, or a mapping of filters).

    Raises:
        InvalidRequestError: a mapping's own ``type`` contradicts ``spot`` (a ``bid`` search
            without ``spot=True`` would rent on-demand; ``spot=True`` with another type would
            bid on offers that take no bids).
    """
    body = search_body(query, disk)
    given = query.get("type") if isinstance(query, Mapping) else None
    bid_types = ("bid", "interruptible")
    if spot:
        if given is not None and given not in bid_types:
            raise InvalidRequestError(
                f"spot=True searches bid offers; the query asks for {given!r}"
            )
        body["type"] = "bid"
    elif given in bid_types:
        raise InvalidRequestError(
            f"the query searches {given!r} offers: pass spot=True to rent one by bidding"
        )
    return body


def storage_per_hour(offer: Offer, disk: float) -> float | None:
    """What ``disk`` GB of the offer's storage cost per hour, the way ``dph_total`` counts it.

    The search's own ``storage_total_cost`` (priced for ``allocated_storage``, the launch's
    disk); else ``dph_total - dph_base`` (on-demand); else ``storage_cost`` ($/GB/month) times
    ``disk`` over HOURS_PER_MONTH; None when the offer gives none of them.
    """
    total = _number(offer.storage_total_cost)
    if total is not None:
        return total
    dph_total, base = _number(offer.dph_total), _number(offer.dph_base)
    if dph_total is not None and base is not None and not offer.is_bid and dph_total >= base:
        return dph_total - base
    per_gb_month = _number(offer.storage_cost)
    if per_gb_month is not None:
        return per_gb_month * disk / HOURS_PER_MONTH
    return None


@dataclass(frozen=True)
class RentChoice:
    """One offer launch may rent: ``offer``, ``price`` (the bid to send as
    ``create_instance(price=...)``, None for on-demand), and ``dph``, the expected total
    $/hour (GPU and storage) that ``max_dph`` is compared with."""

    offer: Offer
    price: float | None
    dph: float


def _on_demand(offer: Offer, max_dph: float | None) -> tuple[RentChoice | None, float | None]:
    """(the choice, or None; the offer's cost when the cap excluded it)."""
    cost = _number(offer.dph_total)
    if max_dph is None:
        return RentChoice(offer, None, math.inf if cost is None else cost), None
    if cost is None:
        return None, None  # an offer without a price cannot be shown to be within the cap
    if cost > max_dph + _EPSILON:
        return None, cost
    return RentChoice(offer, None, cost), None


def rank_offers(
    offers: Sequence[Offer],
    *,
    body: dict[str, Any],
    disk: float,
    spot: bool = False,
    price: float | None = None,
    max_dph: float | None = None,
    pick: Callable[[Offer], SupportsRichComparison] | None = None,
    exclude_offers: Collection[int] = (),
    exclude_machines: Collection[int] = (),
) -> list[RentChoice]:
    """The offers launch may rent, best first, each with the bid to send and its hourly cost.

    Left out: excluded offers and machines (tried already, failed to boot, or the caller's
    ``exclude_machines``); for a spot rental, offers without a ``min_bid`` or whose minimum is
    above ``price``; with ``max_dph``, offers whose cost (the bid or ``dph_total``, plus storage)
    is above it, or cannot be established. Ordered by ``pick`` (smallest first) or by cost.

    Args:
        offers: What search_offers returned for ``body``.
        body: The search body (for the errors' ``query``).
        disk: The disk asked for, in GB (prices storage when the offer does not).
        spot: Bid (interruptible) rental.
        price: The bid; None bids each offer's ``min_bid`` plus DEFAULT_BID_MARGIN.
        max_dph: The most $/hour to pay (storage included), or None.
        pick: A key over offers; the smallest is rented first (default: the cost).
        exclude_offers: Offer ids not to rent.
        exclude_machines: Machine ids not to rent on.

    Raises:
        BidTooLowError: ``price`` is below the minimum bid of every offer that passed the other
            checks (it names the lowest minimum).
        PriceCapError: offers matched, but none within ``max_dph``.
        NoOffersError: nothing left to rent.
    """
    chosen: list[RentChoice] = []
    too_low: list[tuple[float, Offer]] = []
    too_dear: list[tuple[float, Offer]] = []
    for offer in offers:
        if offer.id in exclude_offers or offer.machine_id in exclude_machines:
            continue
        if not spot:
            choice, dear = _on_demand(offer, max_dph)
        else:
            choice, dear, minimum = _bid(offer, disk, price, max_dph)
            if minimum is not None:  # a bid at its minimum would rent it
                too_low.append((minimum, offer))
        if choice is not None:
            chosen.append(choice)
        elif dear is not None:
            too_dear.append((dear, offer))
    if pick is not None:
        key = pick
        chosen.sort(key=lambda c: key(c.offer))
    else:
        chosen.sort(key=lambda c: (c.dph, c.offer.id))
    if chosen:
        return chosen
    if too_low and price is not None:
        minimum, offer = min(too_low, key=lambda m: (m[0], m[1].id))
        raise BidTooLowError(
            f"launch: bid {price} $/hour is below the minimum bid of every matching offer; the "
            f"lowest is {minimum} $/hour (offer {offer.id}): bid at least that, or leave price "
            f"out to bid the minimum plus {DEFAULT_BID_MARGIN:.0%}",
            price=price,
            minimum=minimum,
            offer_id=offer.id,
        )
    if too_dear and max_dph is not None:
        cheapest, offer = min(too_dear, key=lambda m: (m[0], m[1].id))
        raise PriceCapError(
            f"launch: no matching offer within max_dph {max_dph} $/hour (storage included); "
            f"the cheapest costs {cheapest:.4f} $/hour (offer {offer.id})",
            query=body,
            max_dph=max_dph,
            cheapest=cheapest,
            offer_id=offer.id,
        )
    if max_dph is not None and offers:
        raise PriceCapError(
            f"launch: no matching offer could be priced within max_dph {max_dph} $/hour",
            query=body,
            max_dph=max_dph,
            cheapest=None,
            offer_id=None,
        )
    raise NoOffersError(f"launch: no offer to rent matches {body}", query=body)


def _bid(
    offer: Offer, disk: float, price: float | None, max_dph: float | None
) -> tuple[RentChoice | None, float | None, float | None]:
    """(the choice, or None; the lowest cost it could have when the cap excluded it; its min_bid
    when ``price`` is below it)."""
    min_bid = _number(offer.min_bid)
    if min_bid is None:
        return None, None, None  # an offer that shows no minimum cannot be bid on safely
    storage = storage_per_hour(offer, disk)
    floor_cost = None if storage is None else round(max(min_bid, MIN_BID_PRICE) + storage, 6)
    if price is not None and price < min_bid - _EPSILON:
        if max_dph is not None and (floor_cost is None or floor_cost > max_dph + _EPSILON):
            return None, floor_cost, None  # even its minimum is over the cap
        return None, None, min_bid
    if price is not None:
        bid = price
    else:
        bid = default_bid(min_bid)
        if max_dph is not None and storage is not None:
            room = _round_down(max_dph - storage)
            if min_bid - _EPSILON <= room < bid:
                bid = room  # the most the cap allows, still at least the minimum
    if max_dph is None:
        return RentChoice(offer, bid, round(bid + (storage or 0.0), 6)), None, None
    if storage is None:
        return None, None, None  # storage unknown: the cap cannot be shown to hold
    cost = round(bid + storage, 6)
    if cost > max_dph + _EPSILON:
        return None, floor_cost, None
    return RentChoice(offer, bid, cost), None, None


def instance_over_cap(instance: InstanceLike, max_dph: float | None) -> float | None:
    """The instance's ``dph_total`` when it is above ``max_dph`` (the host raised its price
    between the search and the rent), else None. launch destroys such an instance at once."""
    if max_dph is None:
        return None
    cost = _number(get(instance, "dph_total"))
    if cost is not None and cost > max_dph + _EPSILON:
        return cost
    return None
