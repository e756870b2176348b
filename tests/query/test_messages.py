"""What a mistyped query says, and that it is refused before anything is sent.

- a value written with spaces (``gpu_name=RTX 4090``) gets the ``_`` spelling to use, and the
  spelling suggested parses to the value meant;
- every field the CLI's help types as int, float or bool refuses a value of another type,
  naming the field and the type (``QueryError.expected``), in text and in the builder;
- ``order=`` is checked on its own, with or without ``query=``, with "did you mean";
- a search made through the client with any of these mistakes sends nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from vast_sdk import Vast
from vast_sdk.query import (
    DATE_FIELDS,
    FIELD_TYPES,
    KINDS,
    MULTIPLIERS,
    QueryBuilder,
    QueryError,
    QueryKind,
    parse_order,
    parse_query,
)
from vast_sdk.testing import FakeVast


def _case(
    kind: QueryKind, text: str, written: str, suggested: str, quoted: str | None, meant: Any
) -> Any:
    return pytest.param(kind, text, written, suggested, quoted, meant, id=f"{kind}:{text}")


# kind, text, the part the suggestion replaces, the suggestion, its quoted form, the value meant
SPACED = [
    _case(
        "offers",
        "gpu_name=RTX 4090",
        "gpu_name=RTX 4090",
        "gpu_name=RTX_4090",
        'gpu_name="RTX 4090"',
        "RTX 4090",
    ),
    _case(
        "offers",
        "gpu_name = RTX 4090 num_gpus>=2",
        "gpu_name = RTX 4090",
        "gpu_name = RTX_4090",
        'gpu_name = "RTX 4090"',
        "RTX 4090",
    ),
    _case(
        "offers",
        "num_gpus=1 gpu_name=Tesla V100 SXM2 reliability>0.9",
        "gpu_name=Tesla V100 SXM2",
        "gpu_name=Tesla_V100_SXM2",
        'gpu_name="Tesla V100 SXM2"',
        "Tesla V100 SXM2",
    ),
    _case(
        "offers",
        "gpu_name=RTX_A 6000",
        "gpu_name=RTX_A 6000",
        "gpu_name=RTX_A_6000",
        'gpu_name="RTX A 6000"',
        "RTX A 6000",
    ),
    _case(
        "offers",
        "gpu_name=A100 SXM4-80GB",
        "gpu_name=A100 SXM4-80GB",
        "gpu_name=A100_SXM4-80GB",
        'gpu_name="A100 SXM4-80GB"',
        "A100 SXM4-80GB",
    ),
    _case(
        "offers",
        "gpu_name=RTX 4090, num_gpus=2",
        "gpu_name=RTX 4090",
        "gpu_name=RTX_4090",
        'gpu_name="RTX 4090"',
        "RTX 4090",
    ),
    _case(
        "offers",
        "gpu_name in RTX 4090,A100",
        "gpu_name in RTX 4090,A100",
        "gpu_name in RTX_4090,A100",
        None,
        ("RTX 4090", "A100"),
    ),
    _case(
        "offers",
        "gpu_name=RTX 4090 & x",
        "gpu_name=RTX 4090",
        "gpu_name=RTX_4090",
        'gpu_name="RTX 4090"',
        None,
    ),
    _case(
        "volumes",
        "gpu_name!=RTX 3090",
        "gpu_name!=RTX 3090",
        "gpu_name!=RTX_3090",
        'gpu_name!="RTX 3090"',
        "RTX 3090",
    ),
    _case(
        "benchmarks",
        "gpu_name=RTX 5090",
        "gpu_name=RTX 5090",
        "gpu_name=RTX_5090",
        'gpu_name="RTX 5090"',
        "RTX 5090",
    ),
    _case(
        "templates",
        "name=My Template",
        "name=My Template",
        "name=My_Template",
        'name="My Template"',
        "My Template",
    ),
]


@pytest.mark.parametrize(("kind", "text", "written", "suggested", "quoted", "meant"), SPACED)
def test_a_value_with_spaces_gets_the_underscore_spelling(
    kind: QueryKind,
    text: str,
    written: str,
    suggested: str,
    quoted: str | None,
    meant: str | tuple[str, ...] | None,
) -> None:
    with pytest.raises(QueryError) as caught:
        parse_query(text, kind=kind)
    message = str(caught.value)
    assert "expected an operator" in message
    assert f"; did you mean {suggested}? Write each space in a value as _" in message
    if quoted is None:
        assert "quote the value" not in message
    else:
        assert message.endswith(f"(or quote the value: {quoted})")
    # Each spelling suggested, put in place of what was written, reads as the value meant.
    for spelling in [suggested] + ([quoted] if quoted else []):
        if meant is None:  # the rest of the text is wrong too
            break
        query = parse_query(text.replace(written, spelling), kind=kind)
        assert meant in {c.value for c in query.conditions}, spelling


@pytest.mark.parametrize(
    "text",
    [
        "gpu_name in [A,B] 4090",  # after a list
        'gpu_name="RTX" 4090',  # after a quoted value
        "gpu_name=RTX, 4090",  # after a comma
        "verified=any x",  # after a wildcard
        "verified=true x",  # after true/false
        "num_gpus 2",  # no clause before
    ],
)
def test_no_spelling_is_suggested_where_the_words_are_not_one_value(text: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse_query(text)
    assert "expected an operator" in str(caught.value)
    assert "did you mean" not in str(caught.value)


# -- value types -------------------------------------------------------------------------------

_SPECIAL = {"driver_version"}


def _typed_fields(kind: QueryKind) -> Iterator[tuple[QueryKind, str, str]]:
    for field, typed in sorted(FIELD_TYPES[kind].items()):
        special = field in MULTIPLIERS[kind] or field in DATE_FIELDS[kind] or field in _SPECIAL
        if typed in ("int", "float", "bool") and not special:
            yield kind, field, typed


TYPED = [case for kind in KINDS for case in _typed_fields(kind)]
BAD = {
    "int": ["two", "2.5", "true", "[1,x]"],
    "float": ["high", "1,5", "false"],
    "bool": ["maybe", "1", "yes"],
}
GOOD = {
    "int": ["2", "-3", "2.0", "null"],
    "float": ["0.5", ".9", "1e3", "7", "null"],
    "bool": ["true", "False", "null"],
}
WORDS = {"int": "a whole number (int)", "float": "a number (float)", "bool": "true or false (bool)"}


def test_every_kind_has_typed_fields_to_check() -> None:
    assert {kind for kind, _, _ in TYPED} == set(KINDS)
    assert {typed for _, _, typed in TYPED} == {"int", "float", "bool"}
    assert len(TYPED) > 80


@pytest.mark.parametrize(("kind", "field", "typed"), TYPED)
def test_a_value_of_the_wrong_type_is_refused_naming_field_and_type(
    kind: QueryKind, field: str, typed: str
) -> None:
    for bad in BAD[typed]:
        op = " in " if bad.startswith("[") else ">=" if typed != "bool" else "="
        text = f"num_gpus_typo=1 {field}{op}{bad}"[len("num_gpus_typo=1 ") :]
        with pytest.raises(QueryError) as caught:
            parse_query(text, kind=kind)
        err = caught.value
        assert (err.field, err.expected, err.text) == (field, typed, text), bad
        assert f"{field} takes {WORDS[typed]}, got " in str(err), str(err)
    for good in GOOD[typed]:
        op = "=" if typed == "bool" or good == "null" else ">="
        assert parse_query(f"{field}{op}{good}", kind=kind).conditions


def test_a_bool_field_refuses_a_list() -> None:
    with pytest.raises(QueryError, match=r"verified takes true or false \(bool\), not a list"):
        parse_query("verified in [true,false]")


def test_the_builder_checks_types_too() -> None:
    Q = QueryBuilder("offers")
    with pytest.raises(QueryError, match=r"num_gpus takes a whole number \(int\), got 'two'") as e:
        _ = Q.num_gpus >= "two"
    assert (e.value.field, e.value.expected) == ("num_gpus", "int")
    with pytest.raises(QueryError, match=r"num_gpus takes a whole number \(int\), got True"):
        _ = Q.num_gpus == True  # noqa: E712
    with pytest.raises(QueryError, match=r"verified takes true or false \(bool\), got '1'"):
        _ = Q.verified == 1
    with pytest.raises(QueryError, match=r"machine_id takes a whole number \(int\), got '1.5'"):
        Q.machine_id.in_([1, 1.5])
    assert str((Q.num_gpus >= 2.0) & (Q.reliability > 0.9) & (Q.verified == False)) == (  # noqa: E712
        "num_gpus>=2.0 reliability>0.9 verified=false"
    )
    invoices = QueryBuilder("invoices")
    with pytest.raises(QueryError, match=r"is_credit takes true or false \(bool\)"):
        _ = invoices.is_credit == "yes"


# -- order -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("order", "message"),
    [
        ("dhp", "order: unknown offers field 'dhp'; did you mean 'dph'?"),
        ("-reliabilty", "unknown offers field 'reliabilty'; did you mean 'reliability'"),
        ([["num_gpu", "desc"]], "unknown offers field 'num_gpu'; did you mean 'num_gpus'?"),
        (["score-", "dph_totl"], "unknown offers field 'dph_totl'; did you mean 'dph_total'"),
        ("zzzzzz", "order: unknown offers field 'zzzzzz'"),
    ],
)
def test_an_unknown_order_field_suggests_the_closest(order: Any, message: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse_order(order)
    assert message in str(caught.value)
    assert caught.value.field == message.split("'")[1]
    if order == "zzzzzz":
        assert "did you mean" not in str(caught.value)


# -- through the client: nothing is sent -------------------------------------------------------


@pytest.fixture(scope="module")
def vast() -> Iterator[tuple[FakeVast, Vast]]:
    fake = FakeVast()
    with fake.serve(), Vast(api_key=fake.api_key, base_url=fake.url, max_retries=0) as client:
        yield fake, client


MISTAKES: list[tuple[str, dict[str, Any], str]] = [
    ("search_offers", {"query": "gpu_name=RTX 4090"}, "did you mean gpu_name=RTX_4090?"),
    ("search_offers", {"query": "num_gpus>=two"}, "num_gpus takes a whole number (int)"),
    ("search_offers", {"order": "dhp"}, "did you mean 'dph'?"),
    ("search_offers", {"order": [["dhp", "asc"]]}, "did you mean 'dph'?"),
    ("search_offers", {"order": [["dph", "up"]]}, "is not [field, 'asc'|'desc']"),
    ("search_offers", {"query": "num_gpus>=1", "order": "dhp"}, "did you mean 'dph'?"),
    ("search_volumes", {"query": "reliability>high"}, "reliability takes a number (float)"),
    ("search_volumes", {"order": [["disk_space", "up"]]}, "is not [field, 'asc'|'desc']"),
    ("search_volumes", {"order": "--disk_space"}, "cannot read '--disk_space'"),
    ("search_network_volumes", {"query": "verified=maybe"}, "verified takes true or false"),
    ("search_network_volumes", {"order": [["x"]]}, "is not [field, 'asc'|'desc']"),
]


@pytest.mark.parametrize(("operation", "kwargs", "message"), MISTAKES)
def test_a_mistake_is_refused_before_anything_is_sent(
    vast: tuple[FakeVast, Vast], operation: str, kwargs: dict[str, Any], message: str
) -> None:
    fake, client = vast
    before = len(fake.calls_to(operation))
    with pytest.raises(QueryError) as caught:
        getattr(client, operation)(**kwargs)
    assert message in str(caught.value)
    assert len(fake.calls_to(operation)) == before


def test_a_valid_order_alone_is_sent_in_the_api_form(vast: tuple[FakeVast, Vast]) -> None:
    _, client = vast
    raw = client.with_raw_response
    sent = [
        json.loads(raw.search_offers(order="-dph,num_gpus").http_response.request.content),
        json.loads(raw.search_offers(order=[["dph", "asc"]]).http_response.request.content),
        json.loads(
            raw.search_volumes(order=[["disk_space", "desc"]]).http_response.request.content
        ),
    ]
    assert [body["order"] for body in sent] == [
        [["dph_total", "desc"], ["num_gpus", "asc"]],
        [["dph_total", "asc"]],
        [["disk_space", "desc"]],
    ]
