"""The typed builder (``Q.num_gpus >= 2``) and Query's own behaviour."""

from __future__ import annotations

import pickle
import re
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

import vast_sdk.query as query_module
from vast_sdk.query import (
    DEFAULTS,
    FIELDS,
    Condition,
    Field,
    Q,
    Query,
    QueryBuilder,
    QueryError,
    offers_body,
    parse_query,
    select_params,
)


def test_the_issue_example_as_code_and_as_text() -> None:
    text = "gpu_name=RTX_4090 num_gpus>=2 reliability>0.99 disk_space>=100 geolocation in [US,CA]"
    built = (
        (Q.gpu_name == "RTX 4090")
        & (Q.num_gpus >= 2)
        & (Q.reliability > 0.99)
        & (Q.disk_space >= 100)
        & Q.geolocation.in_(["US", "CA"])
    )
    assert built == parse_query(text)
    assert str(built) == text
    assert built.to_filters() == {
        "gpu_name": {"eq": "RTX 4090"},
        "num_gpus": {"gte": "2"},
        "reliability": {"gt": "0.99"},
        "disk_space": {"gte": "100"},
        "geolocation": {"in": ["US", "CA"]},
    }
    assert offers_body(built, order="dph_total", limit=5) == offers_body(
        text, order="dph_total", limit=5
    )


def test_every_operator() -> None:
    conds = [
        (Q.num_gpus == 1, "eq"),
        (Q.num_gpus != 1, "neq"),
        (Q.num_gpus < 1, "lt"),
        (Q.num_gpus <= 1, "lte"),
        (Q.num_gpus > 1, "gt"),
        (Q.num_gpus >= 1, "gte"),
        (Q.num_gpus.in_([1]), "in"),
        (Q.num_gpus.notin_([1]), "notin"),
    ]
    for q, op in conds:
        (cond,) = q.conditions
        assert cond.field == "num_gpus" and cond.op == op
        assert parse_query(str(q)) == q


def test_reversed_comparisons_work_too() -> None:
    assert (2 <= Q.num_gpus) == (Q.num_gpus >= 2)  # noqa: SIM300
    assert (1.5 > Q.dph) == (Q.dph_total < 1.5)  # noqa: SIM300


def test_aliases_resolve_to_the_api_field() -> None:
    assert Q.dph.name == "dph_total"
    assert (Q.cuda_vers >= 12.1) == parse_query("cuda_max_good>=12.1")
    assert str(Q.flops_usd > 3) == "flops_per_dphtotal>3"


def test_units_apply_to_builder_values() -> None:
    q = (Q.gpu_ram >= 24) & (Q.duration > 7) & (Q.cpu_ram.in_([32, 64.5]))
    assert q.to_filters() == {
        "gpu_ram": {"gte": 24000.0},
        "duration": {"gt": 604800.0},
        "cpu_ram": {"in": [32000.0, 64500.0]},
    }
    assert str(q) == "gpu_ram>=24 duration>7 cpu_ram in [32,64.5]"
    assert (Q.driver_version >= "535.86.05").to_filters() == {"driver_version": {"gte": 535086005}}


def test_text_is_sent_as_given() -> None:
    q = Q.gpu_name == "RTX_4090"  # an underscore in Python text is an underscore
    assert q.to_filters() == {"gpu_name": {"eq": "RTX_4090"}}
    assert str(q) == 'gpu_name="RTX_4090"'
    assert parse_query(str(q)) == q


@pytest.mark.parametrize(
    "value",
    ["any", "true", "null", "*", "", " ", "a,b", "[x]", "=x", "tab\there", "line\nbreak", "é ü"],
)
def test_awkward_text_round_trips(value: str) -> None:
    q = Q.gpu_name == value
    assert parse_query(str(q)) == q
    assert q.to_filters() == {"gpu_name": {"eq": value}}


def test_booleans_and_null() -> None:
    q = (Q.verified == False) & (Q.mobo_name == None)  # noqa: E711, E712
    assert q.to_filters() == {"verified": {"eq": False}, "mobo_name": {"eq": None}}
    assert str(q) == "verified=false mobo_name=null"


def test_any_drops_a_default() -> None:
    q = Q.verified.any() & (Q.num_gpus >= 1)
    assert q.dropped == {"verified"}
    assert str(q) == "verified=any num_gpus>=1"
    assert q.to_filters() == {"num_gpus": {"gte": "1"}}
    assert q.to_filters(defaults=True) == {
        "external": {"eq": False},
        "rentable": {"eq": True},
        "num_gpus": {"gte": "1"},
    }
    both = (Q.verified == False) & Q.verified.any()  # noqa: E712
    assert str(both) == "verified=any verified=false"
    assert both.to_filters(defaults=True)["verified"] == {"eq": False}


def test_defaults_merge_per_operator_as_the_cli_does() -> None:
    v = QueryBuilder("volumes")
    assert (v.disk_space > 50).to_filters(defaults=True)["disk_space"] == {"gte": 1, "gt": "50"}
    assert (v.disk_space >= 50).to_filters(defaults=True)["disk_space"] == {"gte": "50"}
    replaced = v.disk_space.any() & (v.disk_space > 50)
    assert replaced.to_filters(defaults=True)["disk_space"] == {"gt": "50"}


def test_combining() -> None:
    a = (Q.num_gpus >= 2) & (Q.gpu_name == "A100")
    b = (Q.gpu_name == "A100") & (Q.num_gpus >= 2)
    assert a == b and hash(a) == hash(b)  # order does not matter
    assert (a & a) == a
    assert ((Q.num_gpus >= 2) & (Q.num_gpus <= 8)).to_filters() == {
        "num_gpus": {"gte": "2", "lte": "8"}
    }
    with pytest.raises(QueryError, match="num_gpus has two 'gte' conditions"):
        _ = (Q.num_gpus >= 2) & (Q.num_gpus >= 4)
    with pytest.raises(QueryError, match="cannot combine it with a query for volumes"):
        _ = (Q.num_gpus >= 2) & (QueryBuilder("volumes").disk_space > 1)
    with pytest.raises(TypeError):
        _ = (Q.num_gpus >= 2) & "gpu_name=A100"  # type: ignore[operator]


def test_a_query_has_no_truth_value() -> None:
    with pytest.raises(TypeError, match="combine queries with &"):
        _ = (Q.num_gpus >= 2) and (Q.num_gpus <= 8)
    with pytest.raises(TypeError):
        _ = 2 <= Q.num_gpus <= 8
    with pytest.raises(TypeError):
        bool(Query())


def test_precedence_mistakes_fail_loudly() -> None:
    with pytest.raises(TypeError):
        _ = Q.num_gpus >= 2 & Q.gpu_name == "A100"  # type: ignore[operator,comparison-overlap]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Q.gpu_nmae, "unknown field 'gpu_nmae'; did you mean 'gpu_name'"),
        (lambda: Q["allocated_storage"], "unknown field 'allocated_storage'"),
        (lambda: Q.gpu_name == 'say "hi"', "cannot express a double quote"),
        (lambda: Q.geolocation.in_(['U"S']), "cannot express a double quote"),
        (lambda: Q.geolocation.in_("US"), "takes a list of values, got 'US'"),
        (lambda: Q.geolocation.in_([]), "needs at least one value"),
        (lambda: Q.geolocation.in_([True]), "a list takes text or numbers"),
        (lambda: Q.geolocation.in_(5), "takes a list of values, got 5"),  # type: ignore[arg-type]
        (lambda: Q.reliability > float("nan"), "is not a finite number"),
        (lambda: Q.gpu_ram >= "lots", "gpu_ram takes a number (float), got 'lots'"),
        (lambda: Q.gpu_ram >= True, "gpu_ram takes a number (float), got True"),
        (lambda: Q.gpu_ram >= 1e306, "gpu_ram takes a number"),
        (lambda: Q.num_gpus == date(2024, 1, 1), "num_gpus is not a date field"),
        (lambda: Q.num_gpus == object(), "unsupported value"),
        (lambda: Q.driver_version >= "535.86", "driver_version takes X.Y.Z"),
    ],
)
def test_builder_errors(make: object, message: str) -> None:
    assert callable(make)
    with pytest.raises(QueryError, match=re.escape(message)):
        make()


def test_private_attributes_are_attribute_errors() -> None:
    with pytest.raises(AttributeError):
        _ = Q._nope
    assert not hasattr(Q, "__array__")


def test_queries_and_builders_pickle() -> None:
    q = parse_query("verified=any gpu_ram>=24 geolocation in [US,CA]")
    assert pickle.loads(pickle.dumps(q)) == q
    assert pickle.loads(pickle.dumps(QueryBuilder("volumes"))).kind == "volumes"


def test_date_fields_take_dates_datetimes_and_epochs() -> None:
    inv = QueryBuilder("invoices")
    q = (
        (inv.when >= date(2025, 1, 1))
        & (inv.paid_on < datetime(2025, 1, 2, tzinfo=UTC))
        & (inv.payment_expected > 1735689600)
    )
    assert str(q) == "when>=01/01/2025 paid_on<1735776000.0 payment_expected>1735689600"
    assert q.to_filters() == {
        "when": {"gte": 1735689600.0},
        "paid_on": {"lt": 1735776000.0},
        "payment_expected": {"gt": 1735689600.0},
    }
    plus_one = timezone(timedelta(hours=1))
    assert (inv.when == datetime(2025, 1, 1, 1, tzinfo=plus_one)).to_filters() == {
        "when": {"eq": 1735689600.0}
    }
    with pytest.raises(QueryError, match="timezone-aware"):
        _ = inv.when >= datetime(2025, 1, 1)
    assert (inv.when == None).to_filters() == {"when": {"eq": None}}  # noqa: E711
    with pytest.raises(QueryError, match="when takes a date"):
        _ = inv.when == True  # noqa: E712


def test_other_kinds() -> None:
    t = QueryBuilder("templates")
    q = (t.name == "pytorch") & (t.count_created > 100)
    assert q.kind == "templates"
    assert select_params(q, kind="templates") == {
        "select_cols": ["*"],
        "select_filters": {"name": {"eq": "pytorch"}, "count_created": {"gt": "100"}},
    }
    assert str(QueryBuilder("benchmarks")["type"] == "llm") == "type=llm"
    with pytest.raises(QueryError, match="unknown field 'dph'"):
        _ = QueryBuilder("volumes").dph
    assert "disk_space" in dir(QueryBuilder("volumes"))
    assert repr(QueryBuilder("volumes")) == "QueryBuilder('volumes')"


def test_query_introspection_and_repr() -> None:
    q = parse_query("verified=any num_gpus>=2 gpu_name=RTX_4090")
    assert q.kind == "offers"
    assert q.conditions == (
        Condition("num_gpus", "gte", "2"),
        Condition("gpu_name", "eq", "RTX 4090"),
    )
    assert q.dropped == frozenset({"verified"})
    assert repr(q) == "parse_query('verified=any num_gpus>=2 gpu_name=RTX_4090', kind='offers')"
    assert eval(repr(q), {"parse_query": parse_query}) == q
    assert repr(Q.dph) == "Field('dph_total', kind='offers')"
    assert Field("dph").name == "dph_total"
    assert Query() == parse_query("") and str(Query("invoices")) == ""
    assert parse_query("id=1") != parse_query("id=1", kind="volumes")
    assert (q == "text") is False
    assert len({q, parse_query(str(q))}) == 1


def test_a_query_is_immutable() -> None:
    q = Q.num_gpus >= 2
    q.to_filters()["num_gpus"]["gte"] = "99"
    assert q.to_filters() == {"num_gpus": {"gte": "2"}}
    with pytest.raises(AttributeError):
        q.extra = 1  # type: ignore[attr-defined]
    defaults = q.to_filters(defaults=True)
    defaults["verified"]["eq"] = False
    assert DEFAULTS["offers"]["verified"] == {"eq": True}


def test_the_public_names() -> None:
    assert set(query_module.__all__) >= {
        "Q",
        "Query",
        "QueryBuilder",
        "QueryError",
        "parse_query",
        "parse_order",
        "offers_body",
        "volumes_body",
        "network_volumes_body",
        "select_params",
        "FIELDS",
    }
    assert "gpu_name" in FIELDS["offers"]
