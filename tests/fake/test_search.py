"""search_offers: the catalogue, the documented filter operators, defaults, order and limit."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from vast_sdk import BadRequestError, Vast
from vast_sdk.testing import FakeVast


def search(vast: Vast, **filters: Any) -> list[dict[str, Any]]:
    """Offer rows for a search body (keyword names are body fields: ``type`` not ``type_``)."""
    filters.setdefault("limit", 1000)
    return [o.to_dict() for o in vast.search_offers(body=filters).offers]


def test_catalogue_is_realistic_and_deterministic() -> None:
    a, b, other = FakeVast(seed=0), FakeVast(seed=0), FakeVast(seed=1)
    offers = list(a.state.offers.values())
    assert len(offers) >= 50
    models = Counter(o["gpu_name"] for o in offers)
    assert {"RTX 4090", "RTX 3090", "A100 SXM4", "H100 SXM", "RTX A6000"} <= set(models)
    assert len({o["geolocation"] for o in offers}) >= 10
    assert {o["verification"] for o in offers} >= {"verified", "unverified"}
    assert min(o["reliability"] for o in offers) < 0.9 < max(o["reliability"] for o in offers)
    h100 = min(o["dph_base"] / o["num_gpus"] for o in offers if o["gpu_name"] == "H100 SXM")
    r3090 = max(o["dph_base"] / o["num_gpus"] for o in offers if o["gpu_name"] == "RTX 3090")
    assert h100 > r3090  # prices follow the market, per GPU
    assert a.state.offers == b.state.offers and a.api_key == b.api_key
    assert a.state.offers != other.state.offers


def test_default_filters_hide_unverified_unrentable_and_rented(vast: Vast, fake: FakeVast) -> None:
    rows = search(vast)
    assert rows and all(r["verification"] == "verified" and r["rentable"] for r in rows)
    assert not any(r["rented"] for r in rows)
    expected = [
        o
        for o in fake.state.offers.values()
        if o["verification"] == "verified" and o["rentable"] and not o["rented"]
    ]
    assert len(rows) == len(expected)
    unverified = search(vast, verified={"eq": False})
    assert unverified and all(r["verification"] != "verified" for r in unverified)
    rented = search(vast, rented={"eq": True})
    assert rented and all(r["rented"] for r in rented)


def test_eq_neq_and_gpu_name_underscores(vast: Vast) -> None:
    spaced = search(vast, gpu_name={"eq": "RTX 4090"})
    assert spaced and {r["gpu_name"] for r in spaced} == {"RTX 4090"}
    assert search(vast, gpu_name={"eq": "RTX_4090"}) == spaced  # the CLI's spelling
    others = search(vast, gpu_name={"neq": "RTX 4090"})
    assert others and "RTX 4090" not in {r["gpu_name"] for r in others}
    assert len(spaced) + len(others) == len(search(vast))


def test_numeric_comparisons(vast: Vast) -> None:
    rows = search(vast, num_gpus={"gte": 4}, dph_total={"lt": 5.0})
    assert rows and all(r["num_gpus"] >= 4 and r["dph_total"] < 5.0 for r in rows)
    strict = search(vast, num_gpus={"gt": 4})
    assert all(r["num_gpus"] > 4 for r in strict)
    between = search(vast, reliability={"gte": 0.95, "lte": 0.99})
    assert between and all(0.95 <= r["reliability"] <= 0.99 for r in between)
    assert search(vast, gpu_ram={"gt": 1e9}) == []


def test_in_and_nin_with_country_codes(vast: Vast) -> None:
    north = search(vast, geolocation={"in": ["US", "CA"]})
    assert north and {r["geolocation"][-2:] for r in north} <= {"US", "CA"}
    rest = search(vast, geolocation={"nin": ["US", "CA"]})
    assert rest and not {r["geolocation"][-2:] for r in rest} & {"US", "CA"}
    assert search(vast, geolocation={"notin": ["US", "CA"]}) == rest
    assert len(north) + len(rest) == len(search(vast))
    models = search(vast, gpu_name={"in": ["H100 SXM", "A100_SXM4"]})
    assert {r["gpu_name"] for r in models} == {"H100 SXM", "A100 SXM4"}


def test_order_and_limit(vast: Vast) -> None:
    cheap = search(vast, order=[["dph_total", "asc"]], limit=5)
    assert len(cheap) == 5
    assert [r["dph_total"] for r in cheap] == sorted(r["dph_total"] for r in search(vast))[:5]
    two_keys = search(vast, order=[["num_gpus", "desc"], ["dph_total", "asc"]])
    keys = [(-r["num_gpus"], r["dph_total"]) for r in two_keys]
    assert keys == sorted(keys)
    default = search(vast)
    assert [r["score"] for r in default] == sorted((r["score"] for r in default), reverse=True)


def test_allocated_storage_and_bid_prices(vast: Vast) -> None:
    small = {r["id"]: r for r in search(vast, allocated_storage=8)}
    big = {r["id"]: r for r in search(vast, allocated_storage=800)}
    some = next(iter(small))
    assert big[some]["dph_total"] > small[some]["dph_total"]
    assert big[some]["dph_base"] == small[some]["dph_base"]
    bids = {r["id"]: r for r in search(vast, type="bid")}
    assert bids[some]["is_bid"] is True and bids[some]["dph_base"] < small[some]["dph_base"]


def test_renting_hides_the_offer_and_destroying_returns_it(vast: Vast, fake: FakeVast) -> None:
    offer_id = search(vast, gpu_name={"eq": "RTX 4090"})[0]["id"]
    iid = vast.create_instance(id=offer_id, image="ubuntu:22.04").new_contract
    assert offer_id not in {r["id"] for r in search(vast)}
    rented = search(vast, rented={"eq": True}, rentable={"eq": False})
    assert offer_id in {r["id"] for r in rented}
    vast.destroy_instance(id=iid)
    assert offer_id in {r["id"] for r in search(vast)}


@pytest.mark.parametrize(
    ("filters", "fragment"),
    [
        ({"num_gpus": {"between": [1, 2]}}, "unknown operator 'between'"),
        ({"geolocation": {"in": "US"}}, "'in' needs a list"),
        ({"num_gpus": {"gt": "four"}}, "cannot compare"),
        ({"order": [["dph_total", "up"]]}, "order"),
        ({"limit": 0}, "limit"),
    ],
)
def test_bad_filters_are_400_invalid_request(
    vast: Vast, filters: dict[str, Any], fragment: str
) -> None:
    with pytest.raises(BadRequestError) as caught:
        vast.search_offers(body=filters)
    assert caught.value.error == "invalid_request" and fragment in str(caught.value.msg)


@pytest.mark.usefixtures("no_key_anywhere")
def test_search_needs_no_key(fake: FakeVast) -> None:
    with Vast(api_key=None, base_url=fake.url) as anonymous:
        assert anonymous.search_offers(limit=3).offers
    assert "authorization" not in fake.calls_to("search_offers")[0].headers


def test_each_search_with_the_clis_defaults_finds_results(vast: Vast, fake: FakeVast) -> None:
    """The query layer adds the official CLI's default filters (verified, external=false,
    rentable / disk_space>=1): every record carries the fields they read (issue 18)."""
    offers = vast.search_offers(query="gpu_name=RTX_4090 num_gpus>=1").offers
    assert offers and all(o.gpu_name == "RTX 4090" for o in offers)
    volumes = vast.search_volumes(query="disk_space>=50").offers
    assert volumes and all(v.disk_space is not None and v.disk_space >= 50 for v in volumes)
    network = vast.search_network_volumes(query="disk_space>=1000").offers
    assert network and all(n.disk_space is not None and n.disk_space >= 1000 for n in network)
    for kind in (fake.state.offers, fake.state.volume_offers, fake.state.network_offers):
        assert all(row["external"] is False for row in kind.values())
