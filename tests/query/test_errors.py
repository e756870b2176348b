"""Errors: whatever the official CLI refuses we refuse too, with the text and the field named."""

from __future__ import annotations

import pickle
from typing import Any

import pytest

from vast_sdk import InvalidRequestError, VastError
from vast_sdk.query import (
    Q,
    Query,
    QueryBuilder,
    QueryError,
    offers_body,
    parse_order,
    parse_query,
    select_params,
    volumes_body,
)

from .official import Official

# (kind, query, field named or None, a piece of our message)
REFUSED_BY_BOTH: list[tuple[str, str, str | None, str]] = [
    ("offers", "num_gpus", "num_gpus", "expected an operator"),
    ("offers", "num_gpus 2", "num_gpus", "expected an operator"),
    ("offers", "num_gpus=>2", "num_gpus", "unknown operator '=>'"),
    ("offers", "num_gpus=<2", "num_gpus", "unknown operator '=<'"),
    ("offers", "num_gpus!2", "num_gpus", "unknown operator '!'"),
    ("offers", "num_gpus>=", "num_gpus", "needs a value"),
    ("offers", "num_gpus>=2 & gpu_name=X", None, "expected a field name at '& gpu_name=X'"),
    ("offers", "(num_gpus=2)", None, "expected a field name at '(num_gpus=2)'"),
    ("offers", "num_gpus=2 -gpu_name=X", None, "expected a field name at '-gpu_name=X'"),
    ("offers", "verified!=any", "verified", "'any' only works with '='"),
    ("offers", "verified>*", "verified", "'any' only works with '='"),
    ("offers", "gpu_ram>=abc", "gpu_ram", "gpu_ram takes a number (float), got 'abc'"),
    ("offers", "duration>=true", "duration", "duration takes a number (float), got True"),
    ("offers", "duration>=1_000", "duration", "duration takes a number (float), got '1 000'"),
    ("offers", "geolocation in [,]", "geolocation", "needs at least one value"),
    ("offers", "driver_version>=1.2.3.4", "driver_version", "driver_version takes X.Y.Z"),
    ("templates", "created_at>yesterday", "created_at", "created_at takes a date"),
    ("invoices", "when<13/45/2024", "when", "when takes a date"),
    ("benchmarks", "last_update>=2024-01-01", "last_update", "last_update takes a date"),
]


@pytest.mark.parametrize(("kind", "text", "field", "message"), REFUSED_BY_BOTH)
def test_refused_by_both(
    official: Official, kind: Any, text: str, field: str | None, message: str
) -> None:
    with pytest.raises(ValueError):
        official.parse(text, kind)
    with pytest.raises(QueryError) as caught:
        parse_query(text, kind=kind)
    err = caught.value
    assert message in str(err)
    assert repr(text) in str(err)  # the whole query, quoted
    assert err.text == text and err.field == field
    if field is not None:
        assert field in str(err)


# Accepted (with a warning, a misreading or a crash) by the official parser; refused by ours.
REFUSED_BY_US: list[tuple[str, str, str | None, str]] = [
    ("offers", "gpu_nmae=RTX_4090", "gpu_nmae", "unknown field 'gpu_nmae'"),
    ("offers", "gpu_name in [A", "gpu_name", "unclosed '['"),
    ("offers", 'gpu_name="RTX 4090', "gpu_name", "unclosed '\"'"),
    ("offers", 'gpu_name="RTX"4090', "gpu_name", "expected a space after the value"),
    ("offers", "geolocation in [US]num_gpus=2", "geolocation", "expected a space after"),
    ("offers", 'gpu_name in ["A" B]', None, "stray quote in list item"),
    ("offers", "gpu_name=[A]", "gpu_name", "a [list] needs 'in' or 'notin'"),
    ("offers", "num_gpus>=2 num_gpus>=3", "num_gpus", "two 'gte' conditions"),
    ("volumes", "gpu_ram>=24", "gpu_ram", "unknown field 'gpu_ram'"),
    ("templates", "dph<1", "dph", "unknown field 'dph'"),
    ("offers", "cpu_ram>1e400", "cpu_ram", "cpu_ram takes a number"),
    ("offers", "gpu_ram>nan", "gpu_ram", "gpu_ram takes a number"),
]


@pytest.mark.parametrize(("kind", "text", "field", "message"), REFUSED_BY_US)
def test_refused_by_us(kind: Any, text: str, field: str | None, message: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse_query(text, kind=kind)
    assert message in str(caught.value)
    assert repr(text) in str(caught.value)
    assert caught.value.field == field


def test_the_error_is_an_invalid_request_error_a_vast_error_and_a_value_error() -> None:
    with pytest.raises(QueryError) as caught:
        parse_query("num_gpus>=2 & x=1")
    err = caught.value
    assert isinstance(err, InvalidRequestError)
    assert isinstance(err, VastError)
    assert isinstance(err, ValueError)
    assert err.position == 12
    assert str(err) == (
        "offers query 'num_gpus>=2 & x=1': expected a field name at '& x=1' (position 12)"
    )


def test_the_error_pickles_with_its_attributes() -> None:
    with pytest.raises(QueryError) as caught:
        parse_query("gpu_nmae=1")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert type(copy) is QueryError
    assert (str(copy), copy.text, copy.field, copy.position) == (
        str(caught.value),
        "gpu_nmae=1",
        "gpu_nmae",
        None,
    )


def test_a_long_query_is_quoted_and_the_failing_spot_shortened() -> None:
    text = "num_gpus=1 " + "x" * 200 + " & y=2"
    with pytest.raises(QueryError, match=r"expected an operator .* at ' & y=2' \(position 211\)"):
        parse_query(text)
    text = "num_gpus=1 ^" + "x" * 200
    with pytest.raises(QueryError, match=r"at '\^x{59}\.\.\.' \(position 11\)"):
        parse_query(text)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: parse_query("x=1", kind="machines"), "unknown query kind 'machines'"),  # type: ignore[arg-type]
        (lambda: parse_query(["num_gpus=1"]), "must be a string, got list"),  # type: ignore[arg-type]
        (lambda: offers_body({"num_gpus": {"eq": 1}}), "must be a string or a Query, got dict"),  # type: ignore[arg-type]
        (
            lambda: offers_body(parse_query("", kind="volumes")),
            "this query is for volumes, not offers",
        ),
        (lambda: volumes_body(Q.num_gpus == 1), "this query is for offers, not volumes"),
        (lambda: offers_body(limit=-1), "limit must be a positive int"),
        (lambda: offers_body(limit=True), "limit must be a positive int"),
        (lambda: offers_body(storage=0), "storage must be a positive number"),
        (lambda: offers_body(storage=float("inf")), "storage must be a positive number"),
        (lambda: select_params("x=1", kind="offers"), "select_params is for templates"),  # type: ignore[arg-type]
        (lambda: parse_order("dph", kind="templates"), "'templates' searches take no order"),  # type: ignore[arg-type]
        (lambda: parse_order([["dph", "up"]]), "is not [field, 'asc'|'desc']"),
        (lambda: parse_order([["dph"]]), "is not [field, 'asc'|'desc']"),
        (lambda: parse_order(["dph total"]), "cannot read 'dph total'"),
        (lambda: parse_order("--dph"), "cannot read '--dph'"),
        (lambda: Query("machines"), "unknown query kind"),  # type: ignore[arg-type]
        (lambda: QueryBuilder("machines"), "unknown query kind"),  # type: ignore[arg-type]
    ],
)
def test_bad_arguments(call: Any, message: str) -> None:
    with pytest.raises(QueryError) as caught:
        call()
    assert message in str(caught.value)
