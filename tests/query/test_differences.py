"""Each deliberate difference from vastai 1.9.1: what the official code does, and what we do.

These are the inputs the official parser misreads, crashes on or silently ignores; for every
other input the bodies are equal (test_parity.py, test_properties.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from vast_sdk.query import QueryError, offers_body, parse_order, parse_query, volumes_body

from .official import Official, canon


def _official_error(official: Official, text: str, kind: str = "offers") -> str:
    try:
        official.parse(text, kind)
    except Exception as exc:
        return type(exc).__name__
    raise AssertionError(f"the official parser accepted {text!r}")


def test_unknown_field_official_warns_and_sends_we_raise(official: Official) -> None:
    got = official.cli(["search", "offers", "gpu_nmae=RTX_4090"])
    assert got.sent is not None and got.sent.payload["gpu_nmae"] == {"eq": "RTX 4090"}
    assert "Unrecognized field: gpu_nmae" in got.stderr
    with pytest.raises(QueryError, match="unknown field 'gpu_nmae'; did you mean 'gpu_name'"):
        parse_query("gpu_nmae=RTX_4090")


def test_allocated_storage_official_overwrites_we_raise(official: Official) -> None:
    got = official.cli(["search", "offers", "allocated_storage>=50"])
    assert got.sent is not None and got.sent.payload["allocated_storage"] == 5.0  # lost
    with pytest.raises(QueryError, match="unknown field 'allocated_storage'"):
        parse_query("allocated_storage>=50")


@pytest.mark.parametrize(
    ("kind", "text", "theirs", "ours"),
    [
        ("templates", 'name="my_template"', {"name": {"eq": "my template"}}, "my_template"),
        ("offers", 'gpu_name="true"', {"gpu_name": {"eq": True}}, "true"),
        ("offers", 'gpu_name="any"', {"gpu_name": {"eq": "any"}}, "any"),
    ],
)
def test_quoted_text_is_literal(
    official: Official, kind: Any, text: str, theirs: dict[str, Any], ours: str
) -> None:
    field = next(iter(theirs))
    assert official.parse(text, kind)[field] == theirs[field]
    assert parse_query(text, kind=kind).to_filters()[field] == {"eq": ours}


def test_a_comma_in_a_quoted_list_item_does_not_split_it(official: Official) -> None:
    text = 'gpu_name in ["A,B", C]'
    assert official.parse(text, "offers")["gpu_name"] == {"in": ["A", "B", "C"]}
    assert parse_query(text).to_filters()["gpu_name"] == {"in": ["A,B", "C"]}


def test_a_list_with_equals_official_joins_it_we_raise(official: Official) -> None:
    assert official.parse("geolocation=[US,CA]", "offers")["geolocation"] == {"eq": "US,CA"}
    with pytest.raises(QueryError, match="a \\[list\\] needs 'in' or 'notin'"):
        parse_query("geolocation=[US,CA]")


@pytest.mark.parametrize(
    ("kind", "text", "field", "ours"),
    [
        ("offers", "gpu_ram in [24,48]", "gpu_ram", {"in": [24000.0, 48000.0]}),
        ("offers", "duration notin [1]", "duration", {"notin": [86400.0]}),
        (
            "offers",
            "driver_version in [535.86.05,550.54.14]",
            "driver_version",
            {"in": [535086005, 550054014]},
        ),
        ("benchmarks", "last_update in [1700000000,01/02/2024]", "last_update", None),
    ],
)
def test_lists_of_converted_values_official_crashes_we_convert(
    official: Official, kind: Any, text: str, field: str, ours: dict[str, Any] | None
) -> None:
    assert _official_error(official, text, kind) in ("TypeError", "AttributeError")
    got = parse_query(text, kind=kind).to_filters()[field]
    if ours is None:
        ours = {"in": [1700000000.0, 1704153600.0]}
    assert canon(got) == canon(ours)


def test_a_bad_driver_version_both_refuse_we_name_the_field(official: Official) -> None:
    """Not a difference in outcome: the official error is "Value cannot be blank"."""
    assert _official_error(official, "driver_version>=535.86") == "ValueError"
    with pytest.raises(QueryError, match=r"driver_version takes X\.Y\.Z"):
        parse_query("driver_version>=535.86")


def test_driver_version_0_0_0(official: Official) -> None:
    """0.0.0 becomes the number 0, which the official parser then calls a blank value."""
    assert _official_error(official, "driver_version=000.00.00") == "ValueError"
    assert parse_query("driver_version=000.00.00").to_filters() == {"driver_version": {"eq": 0}}


def test_a_boolean_date_official_sends_1_we_raise(official: Official) -> None:
    assert official.parse("created_at=true", "templates")["created_at"] == {"eq": 1.0}
    with pytest.raises(QueryError, match="created_at takes a date"):
        parse_query("created_at=true", kind="templates")


def test_the_same_operator_twice_official_keeps_the_last_we_raise(official: Official) -> None:
    assert official.parse("num_gpus>=2 num_gpus>=4", "offers")["num_gpus"] == {"gte": "4"}
    with pytest.raises(QueryError, match="num_gpus has two 'gte' conditions"):
        parse_query("num_gpus>=2 num_gpus>=4")
    assert parse_query("num_gpus>=2 num_gpus>=2") == parse_query("num_gpus>=2")


def test_any_after_a_condition_official_drops_it_we_raise(official: Official) -> None:
    assert "num_gpus" not in official.parse("num_gpus>=2 num_gpus=any", "offers")
    with pytest.raises(QueryError, match="would drop that condition"):
        parse_query("num_gpus>=2 num_gpus=any")


def test_newlines_and_tabs_separate_conditions(official: Official) -> None:
    text = "num_gpus=2\ngpu_name=RTX_4090\treliability>0.9"
    theirs = official.parse(text, "offers")["num_gpus"]
    assert theirs == {"eq": "2\ngpu name=RTX 4090\treliability>0.9"}
    assert parse_query(text) == parse_query("num_gpus=2 gpu_name=RTX_4090 reliability>0.9")


def test_a_stray_quote_or_bracket_official_sends_it_we_raise(official: Official) -> None:
    assert official.parse('gpu_name=RTX"4090', "offers")["gpu_name"] == {"eq": 'RTX"4090'}
    with pytest.raises(QueryError, match="stray bracket or quote"):
        parse_query('gpu_name=RTX"4090')


def test_an_order_with_two_signs_official_misreads_we_raise(official: Official) -> None:
    got = official.cli(["search", "offers", "--order=-dph+"])
    assert got.sent is not None and got.sent.payload["order"] == [["-dph", "asc"]]
    with pytest.raises(QueryError, match="cannot read '-dph\\+'"):
        parse_order("-dph+")


def test_an_unknown_order_field_raises() -> None:
    with pytest.raises(QueryError, match="unknown offers field 'dhp'"):
        offers_body(order="dhp")


def test_limit_0_official_drops_it_we_raise(official: Official) -> None:
    got = official.cli(["search", "offers", "--limit=0"])
    assert got.sent is not None and "limit" not in got.sent.payload
    with pytest.raises(QueryError, match="limit must be a positive int"):
        offers_body(limit=0)


def test_an_unknown_type_official_sends_it_we_raise(official: Official) -> None:
    got = official.cli(["search", "offers", "--type=spot"])
    assert got.sent is not None and got.sent.payload["type"] == "spot"
    with pytest.raises(QueryError, match="type must be on-demand, reserved, bid or interruptible"):
        offers_body(type="spot")  # type: ignore[arg-type]


def test_no_query_follows_the_cli_not_the_sdk(official: Official) -> None:
    """The SDK's api layer adds rented=false when the query is a dict or None, not for text."""
    sdk = official.sdk("search_offers", None)
    assert sdk.sent is not None and sdk.sent.payload["rented"] == {"eq": False}
    cli = official.cli(["search", "offers"])
    assert cli.sent is not None
    assert canon(offers_body(None)) == canon(cli.sent.payload)
    assert "rented" not in offers_body(None)
    assert offers_body("rented=false")["rented"] == {"eq": False}


@pytest.mark.parametrize(
    ("text", "sdk_disk_space", "ours"),
    [
        ("disk_space>50", {"gt": "50"}, {"gte": 1, "gt": "50"}),
        ("disk_space=any", {"gte": 1}, None),
    ],
)
def test_volume_defaults_follow_the_cli_not_the_sdk(
    official: Official, text: str, sdk_disk_space: dict[str, Any], ours: dict[str, Any] | None
) -> None:
    """VastAI.search_volumes parses without the defaults, then the api layer replaces whole
    fields (dict.update), so ``disk_space=any`` cannot drop the default there."""
    sdk = official.sdk("search_volumes", text)
    assert sdk.sent is not None and sdk.sent.payload["disk_space"] == sdk_disk_space
    cli = official.cli(["search", "volumes", text])
    assert cli.sent is not None
    assert canon(volumes_body(text)) == canon(cli.sent.payload)
    assert volumes_body(text).get("disk_space") == ours


@pytest.mark.parametrize(
    ("text", "filters"),
    [
        (
            "gpu_name in [a,b], num_gpus=2",
            {"gpu_name": {"in": ["a", "b"]}, "num_gpus": {"eq": "2"}},
        ),
        (
            "geolocation in [US,CA],, num_gpus>=1",
            {"geolocation": {"in": ["US", "CA"]}, "num_gpus": {"gte": "1"}},
        ),
        ("gpu_name=A, num_gpus=2,", {"gpu_name": {"eq": "A"}, "num_gpus": {"eq": "2"}}),
    ],
)
def test_a_comma_after_a_value_official_refuses_we_read_a_separator(
    official: Official, text: str, filters: dict[str, Any]
) -> None:
    if "]" in text:
        assert _official_error(official, text) == "ValueError"  # "Unconsumed text"
    assert parse_query(text).to_filters() == filters


def test_a_comma_then_no_space_after_a_list_is_refused() -> None:
    with pytest.raises(QueryError, match="expected a space after the value at 'num_gpus=2'"):
        parse_query("gpu_name in [a,b],num_gpus=2")


@pytest.mark.parametrize(
    ("text", "field", "op", "value"),
    [
        ("gpu_name notin any", "gpu_name", "notin", ["any"]),
        ("gpu_name in any", "gpu_name", "in", ["any"]),
        ("geolocation notin *", "geolocation", "notin", ["*"]),
        ("cpu_arch nin ?", "cpu_arch", "notin", ["?"]),
    ],
)
def test_in_or_notin_any_is_the_text_any_not_a_wildcard(
    official: Official, text: str, field: str, op: str, value: list[str]
) -> None:
    """``any`` drops a default only with '='; after in/notin it is a value, as in the CLI."""
    assert official.parse(text, "offers")[field] == {op: value}
    query = parse_query(text)
    assert query.to_filters() == {field: {op: value}}
    assert query.dropped == frozenset()
    assert parse_query(str(query)) == query
