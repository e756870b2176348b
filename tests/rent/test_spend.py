"""Spot bids and the spend cap: the search body for spot=True, the default bid, BidTooLowError
before any rent, and max_dph counted with storage the way dph_total counts it."""

from __future__ import annotations

from typing import Any

import pytest

from vast_sdk import InvalidRequestError, NoOffersError
from vast_sdk._workflows._rent_errors import BidTooLowError, PriceCapError
from vast_sdk._workflows._spend import (
    DEFAULT_BID_MARGIN,
    check_spend,
    default_bid,
    instance_over_cap,
    offer_search_body,
    rank_offers,
    storage_per_hour,
)
from vast_sdk.models import Offer

BODY: dict[str, Any] = {"type": "bid"}
DISK = 20.0


def offer(oid: int, *, machine: int | None = None, **fields: Any) -> Offer:
    """A bid-search row: dph_base is the minimum bid, dph_total adds the storage for DISK."""
    min_bid = fields.pop("min_bid", 0.2)
    storage = fields.pop("storage", 0.01)
    row: dict[str, Any] = {
        "id": oid,
        "ask_contract_id": oid,
        "machine_id": machine if machine is not None else oid + 1000,
        "min_bid": min_bid,
        "dph_base": min_bid,
        "storage_cost": 0.15,
        "storage_total_cost": storage,
        "dph_total": None if min_bid is None else round(min_bid + storage, 6),
        "is_bid": True,
    }
    row.update(fields)
    return Offer.from_dict(row)


def on_demand(oid: int, dph_total: float, **fields: Any) -> Offer:
    row: dict[str, Any] = {
        "id": oid,
        "ask_contract_id": oid,
        "machine_id": oid + 1000,
        "dph_base": dph_total - 0.01,
        "storage_total_cost": 0.01,
        "dph_total": dph_total,
        "min_bid": dph_total / 2,
        "is_bid": False,
    }
    row.update(fields)
    return Offer.from_dict(row)


# ---------------------------------------------------------------- the search body


def test_spot_searches_bid_offers_with_the_same_query_text() -> None:
    text = 'gpu_name=RTX_4090 num_gpus>=1 geolocation in ["US","CA"]'
    spot = offer_search_body(text, 40.0, spot=True)
    plain = offer_search_body(text, 40.0, spot=False)
    assert spot["type"] == "bid" and plain["type"] == "on-demand"
    assert {k: v for k, v in spot.items() if k != "type"} == {
        k: v for k, v in plain.items() if k != "type"
    }
    assert spot["allocated_storage"] == 40.0 and spot["gpu_name"] == {"eq": "RTX 4090"}


def test_a_mapping_query_gets_the_bid_type_too() -> None:
    body = offer_search_body({"gpu_name": {"eq": "RTX 4090"}}, 10.0, spot=True)
    assert body["type"] == "bid" and body["gpu_name"] == {"eq": "RTX 4090"}
    assert offer_search_body({"type": "interruptible"}, 10.0, spot=True)["type"] == "bid"


@pytest.mark.parametrize(
    "query, spot",
    [({"type": "on-demand"}, True), ({"type": "reserved"}, True), ({"type": "bid"}, False)],
)
def test_a_query_type_that_contradicts_spot_is_refused(query: dict[str, Any], spot: bool) -> None:
    with pytest.raises(InvalidRequestError, match="spot=True"):
        offer_search_body(query, 10.0, spot=spot)


# ---------------------------------------------------------------- money arguments


def test_the_default_bid_is_the_minimum_plus_the_margin_rounded_up() -> None:
    assert DEFAULT_BID_MARGIN == 0.05
    assert default_bid(0.1889) == 0.1984  # 0.198345 rounded up to 0.0001
    assert default_bid(0.2) == 0.21
    assert default_bid(0.0) == 0.001  # the API's lowest bid
    for minimum in (0.0101, 0.1, 0.33333, 1.7, 12.3456):
        assert minimum * 1.05 - 1e-9 <= default_bid(minimum) < minimum * 1.05 + 0.0001 + 1e-9


@pytest.mark.parametrize(
    "spot, price, max_dph, why",
    [
        (False, 0.3, None, "Pass spot=True"),
        (True, 0.0, None, "positive"),
        (True, -1.0, None, "positive"),
        (True, float("nan"), None, "positive"),
        (True, 0.0005, None, "at least 0.001"),
        (True, 0.5, 0.4, "above max_dph"),
        (False, None, 0.0, "max_dph must be a positive"),
        (False, None, float("inf"), "max_dph must be a positive"),
        ("yes", None, None, "spot must be True or False"),
    ],
)
def test_money_arguments_are_checked_before_anything_is_sent(
    spot: Any, price: Any, max_dph: Any, why: str
) -> None:
    with pytest.raises(InvalidRequestError, match=why):
        check_spend(spot, price, max_dph)


def test_sensible_money_arguments_pass() -> None:
    check_spend(False, None, None)
    check_spend(False, None, 0.5)
    check_spend(True, None, 0.5)
    check_spend(True, 0.3, 0.5)
    check_spend(True, 0.5, 0.5)


# ---------------------------------------------------------------- storage, as dph_total counts it


def test_storage_per_hour_is_the_searchs_own_storage_price() -> None:
    assert storage_per_hour(offer(1, storage=0.0123), DISK) == 0.0123
    od = on_demand(2, 0.5, storage_total_cost=None)  # dph_total - dph_base
    assert storage_per_hour(od, DISK) == pytest.approx(0.01)
    bare = offer(3, storage_total_cost=None, dph_base=None)  # $/GB/month over 730 hours
    assert storage_per_hour(bare, DISK) == pytest.approx(0.15 * DISK / 730)
    assert storage_per_hour(offer(4, storage_total_cost=None, storage_cost=None), DISK) is None


# ---------------------------------------------------------------- ranking on-demand offers


def test_on_demand_offers_are_ranked_by_dph_total_and_capped() -> None:
    offers = [on_demand(1, 0.50), on_demand(2, 0.30), on_demand(3, 0.45)]
    ranked = rank_offers(offers, body=BODY, disk=DISK)
    assert [(c.offer.id, c.price, c.dph) for c in ranked] == [
        (2, None, 0.30),
        (3, None, 0.45),
        (1, None, 0.50),
    ]
    capped = rank_offers(offers, body=BODY, disk=DISK, max_dph=0.45)
    assert [c.offer.id for c in capped] == [2, 3]  # 0.45 is within the cap, 0.50 is not


def test_nothing_within_the_cap_is_a_price_cap_error_naming_the_cheapest() -> None:
    with pytest.raises(PriceCapError) as caught:
        rank_offers([on_demand(1, 0.50), on_demand(2, 0.31)], body=BODY, disk=DISK, max_dph=0.3)
    err = caught.value
    assert err.cheapest == 0.31 and err.offer_id == 2 and err.max_dph == 0.3
    assert isinstance(err, NoOffersError) and err.query is BODY
    assert "0.3100" in str(err)


def test_an_offer_without_a_price_is_never_rented_under_a_cap() -> None:
    unpriced = Offer.from_dict({"id": 1, "ask_contract_id": 1, "machine_id": 5})
    assert rank_offers([unpriced], body=BODY, disk=DISK)[0].offer.id == 1  # no cap: last resort
    with pytest.raises(PriceCapError, match="could be priced"):
        rank_offers([unpriced], body=BODY, disk=DISK, max_dph=1.0)


def test_excluded_offers_and_machines_are_left_out() -> None:
    offers = [on_demand(1, 0.3), on_demand(2, 0.4), on_demand(3, 0.5)]
    ranked = rank_offers(offers, body=BODY, disk=DISK, exclude_offers={1}, exclude_machines=[1002])
    assert [c.offer.id for c in ranked] == [3]
    with pytest.raises(NoOffersError) as caught:
        rank_offers(offers, body=BODY, disk=DISK, exclude_offers={1, 2, 3})
    assert type(caught.value) is NoOffersError and caught.value.query is BODY


def test_a_pick_key_orders_the_offers() -> None:
    offers = [on_demand(1, 0.3, reliability=0.9), on_demand(2, 0.4, reliability=0.99)]
    ranked = rank_offers(offers, body=BODY, disk=DISK, pick=lambda o: -(o.reliability or 0))
    assert [c.offer.id for c in ranked] == [2, 1]


# ---------------------------------------------------------------- ranking bid offers


def test_spot_bids_the_minimum_plus_the_margin_and_counts_storage() -> None:
    ranked = rank_offers([offer(1, min_bid=0.1889, storage=0.012)], body=BODY, disk=DISK, spot=True)
    choice = ranked[0]
    assert choice.price == 0.1984 and choice.dph == pytest.approx(0.1984 + 0.012)


def test_spot_never_bids_above_the_cap_but_still_at_least_the_minimum() -> None:
    # room under the cap: 0.205 - 0.01 = 0.195, between the minimum (0.19) and 0.1995
    ranked = rank_offers([offer(1, min_bid=0.19)], body=BODY, disk=DISK, spot=True, max_dph=0.205)
    assert ranked[0].price == 0.195 and ranked[0].dph <= 0.205
    with pytest.raises(PriceCapError) as caught:  # the minimum plus storage is over the cap
        rank_offers([offer(1, min_bid=0.2)], body=BODY, disk=DISK, spot=True, max_dph=0.2)
    assert caught.value.cheapest == pytest.approx(0.21)


def test_a_given_bid_is_sent_as_it_is_on_the_offers_it_meets() -> None:
    offers = [offer(1, min_bid=0.30), offer(2, min_bid=0.10), offer(3, min_bid=0.25)]
    ranked = rank_offers(offers, body=BODY, disk=DISK, spot=True, price=0.26)
    assert [(c.offer.id, c.price) for c in ranked] == [(2, 0.26), (3, 0.26)]


def test_a_bid_below_every_minimum_is_refused_before_any_rent_naming_the_minimum() -> None:
    offers = [offer(1, min_bid=0.30), offer(2, min_bid=0.1889)]
    with pytest.raises(BidTooLowError) as caught:
        rank_offers(offers, body=BODY, disk=DISK, spot=True, price=0.01)
    err = caught.value
    assert err.minimum == 0.1889 and err.offer_id == 2 and err.price == 0.01
    assert "0.1889" in str(err) and isinstance(err, InvalidRequestError)


def test_a_low_bid_whose_offers_are_over_the_cap_anyway_is_a_cap_error() -> None:
    offers = [offer(1, min_bid=0.30)]
    with pytest.raises(PriceCapError):
        rank_offers(offers, body=BODY, disk=DISK, spot=True, price=0.01, max_dph=0.2)


def test_bid_offers_without_a_minimum_are_not_bid_on() -> None:
    with pytest.raises(NoOffersError):
        rank_offers([offer(1, min_bid=None)], body=BODY, disk=DISK, spot=True)


# ---------------------------------------------------------------- after the rent


def test_an_instance_priced_above_the_cap_is_reported() -> None:
    assert instance_over_cap({"dph_total": 0.52}, 0.5) == 0.52
    assert instance_over_cap({"dph_total": 0.5}, 0.5) is None
    assert instance_over_cap({"dph_total": 0.9}, None) is None
    assert instance_over_cap({"dph_total": None}, 0.5) is None
