"""``georegion=true``: the official SDK's directive, without its truncation bug (§4.1).

VastAI.search_offers pre-parses a query with a grammar whose values are letters, digits and
``_``. When a directive is present it rebuilds the query from what that grammar read, so
everything from the first ``.``, ``[`` or quote on is silently dropped. Ours reads the whole
query; the right body is the one the official CLI sends for the expanded query.
"""

from __future__ import annotations

import pytest

from vast_sdk.query import GEO_REGIONS, QueryError, offers_body, parse_query

from .official import Official, canon

EU = "[" + ",".join(GEO_REGIONS["EU"]) + "]"


@pytest.mark.parametrize(
    "query",
    [
        "georegion=true geolocation=EU num_gpus>=4",
        "georegion=true geolocation=NA",
        "geolocation=OC georegion=true gpu_name=RTX_4090",
        "georegion=true geolocation in AS",
        "georegion=true geolocation=US num_gpus=2",  # a country is left alone
    ],
)
def test_untruncated_queries_match_the_sdk(official: Official, query: str) -> None:
    got = official.sdk("search_offers", query)
    assert got.sent is not None, got.error
    assert canon(offers_body(query)) == canon(got.sent.payload)


@pytest.mark.parametrize(
    ("query", "expanded"),
    [
        (
            "georegion=true geolocation=EU reliability>0.99 num_gpus>=4",
            f"geolocation in {EU} reliability>0.99 num_gpus>=4",
        ),
        (
            "georegion=true geolocation=EU gpu_name in [RTX_4090,RTX_3090] num_gpus=2",
            f"geolocation in {EU} gpu_name in [RTX_4090,RTX_3090] num_gpus=2",
        ),
        (
            'georegion=true geolocation=EU gpu_name="RTX 4090" num_gpus=1',
            f'geolocation in {EU} gpu_name="RTX 4090" num_gpus=1',
        ),
        (
            "georegion=true geolocation=EU driver_version>=535.86.05 cuda_vers>=12.1",
            f"geolocation in {EU} driver_version>=535.86.05 cuda_vers>=12.1",
        ),
    ],
)
def test_the_sdk_truncates_and_we_do_not(official: Official, query: str, expanded: str) -> None:
    sdk = official.sdk("search_offers", query)
    right = official.cli(["search", "offers", expanded])
    assert sdk.sent is not None and right.sent is not None
    assert canon(sdk.sent.payload) != canon(right.sent.payload)  # the bug, still there in 1.9.1
    assert canon(offers_body(query)) == canon(right.sent.payload)


def test_a_directive_after_a_dot_is_not_even_seen_by_the_sdk(official: Official) -> None:
    query = "reliability>0.99 georegion=true geolocation=EU"
    sdk = official.sdk("search_offers", query)
    assert sdk.sent is not None
    assert sdk.sent.payload["georegion"] == {"eq": True}  # sent to the server as a filter
    assert sdk.sent.payload["geolocation"] == {"eq": "EU"}
    body = offers_body(query)
    assert "georegion" not in body
    assert body["geolocation"] == {"in": list(GEO_REGIONS["EU"])}


def test_not_equal_a_region_means_not_in_it(official: Official) -> None:
    sdk = official.sdk("search_offers", "georegion=true geolocation!=EU")
    assert sdk.sent is not None
    assert sdk.sent.payload["geolocation"] == {"in": list(GEO_REGIONS["EU"])}  # inverted
    assert offers_body("georegion=true geolocation!=EU")["geolocation"] == {
        "notin": list(GEO_REGIONS["EU"])
    }


def test_regions_in_lists_expand_and_deduplicate() -> None:
    q = parse_query("georegion=true geolocation in [NA,EU,US]")
    assert q.to_filters()["geolocation"] == {"in": ["CA", "US", *GEO_REGIONS["EU"]]}


def test_georegion_false_is_not_sent(official: Official) -> None:
    sdk = official.sdk("search_offers", "georegion=false geolocation=EU")
    assert sdk.sent is not None and sdk.sent.payload["georegion"] == {"eq": False}
    assert parse_query("georegion=false geolocation=EU").to_filters() == {
        "geolocation": {"eq": "EU"}
    }


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("georegion=yes", "georegion takes =true or =false"),
        ("georegion>true", "georegion takes =true or =false"),
        ("chunked=true", "'chunked' is the official SDK's filter of results"),
    ],
)
def test_bad_directives_raise(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_query(query)


def test_directives_are_offers_only() -> None:
    with pytest.raises(QueryError, match="unknown field 'georegion'"):
        parse_query("georegion=true geolocation=EU", kind="volumes")
