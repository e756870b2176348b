"""Response models: the fast from_dict reads exactly what the plain one would, and stays fast.

from_dict fetches every documented value with one itemgetter (after filling in absent keys as
None, only when some are absent) and passes them positionally; lists of objects and of scalars
are checked in one C pass (as_objects, as_scalars), and a long list of objects is read with the
cyclic GC paused. These tests hold it to the obvious reading (``src.get`` per field, the
undocumented keys in additional_properties, in order), to typed ShapeErrors for bad shapes, and
to a fixed number of Python calls per row: a per-field helper call creeping back into the
generated code fails here, not only in ``make bench``.
"""

from __future__ import annotations

import gc
import random
import sys
from collections.abc import Iterator
from types import FrameType
from typing import Any

import pytest

import vast_sdk._generated.models as models
from vast_sdk._generated.api import search_offers
from vast_sdk._generated.models.offer import Offer
from vast_sdk._generated.models.search_offers_response import SearchOffersResponse
from vast_sdk._models import EMPTY, ResponseModel, ShapeError, as_objects, as_scalars
from vast_sdk.testing._catalogue import build_offers


def response_models() -> list[Any]:
    """Every response model class (typed Any: the base declares no from_dict)."""
    found = [getattr(models, name) for name in models.__all__]
    return [m for m in found if isinstance(m, type) and issubclass(m, ResponseModel)]


def converted(model: Any) -> set[str]:
    """Fields from_dict converts (models, lists, maps, dates): the ones a value kept as sent
    cannot stand in for. Found by feeding each one a value no converter accepts."""
    out: set[str] = set()
    for attr, key in model._FIELDS:
        try:
            value = getattr(model.from_dict({key: _Opaque()}), attr)
        except ShapeError:
            out.add(attr)
            continue
        if not isinstance(value, _Opaque):
            out.add(attr)
    return out


class _Opaque:
    """A value no converter recognises: kept as sent by a plain field."""


def catalogue_offers(count: int) -> list[dict[str, Any]]:
    rows = list(build_offers(random.Random(0), 1.7e9).values())
    return [{**rows[i % len(rows)], "id": i} for i in range(count)]


@pytest.mark.parametrize("model", response_models(), ids=lambda m: m.__name__)
def test_from_dict_reads_what_get_per_field_would(model: Any) -> None:
    """Every path through from_dict (all keys there, some absent, undocumented ones making up
    the count or not) gives the plain reading: src.get per field, extras in order."""
    skip = converted(model)
    keys = [key for attr, key in model._FIELDS if attr not in skip]
    rng = random.Random(model.__name__)
    for case in range(12):
        present = [k for k in keys if case == 0 or rng.random() < 0.7]
        extras = [f"undocumented_{i}" for i in range(rng.choice([0, 0, 1, 3, len(keys) or 1]))]
        order = present + extras
        rng.shuffle(order)
        src = {key: _Opaque() for key in order}
        got = model.from_dict(src)
        for attr, key in model._FIELDS:
            assert getattr(got, attr) is src.get(key), (model.__name__, attr, case)
        want = {k: src[k] for k in order if k in extras}
        assert got.additional_properties == want
        assert list(got.additional_properties) == [k for k in order if k in extras]
        if not extras:
            assert got.additional_properties is EMPTY


def test_offer_fields_all_present_and_all_absent() -> None:
    keys = [key for _, key in Offer._FIELDS]
    full = {key: None for key in keys} | {"id": 1, "gpu_ids": [0, 1], "search": {"a": 1}}
    offer = Offer.from_dict(full)
    assert (offer.id, offer.gpu_ids, offer.search) == (1, [0, 1], {"a": 1})
    assert offer.additional_properties is EMPTY
    offer = Offer.from_dict({**full, "new_field": 7})
    assert offer.additional_properties == {"new_field": 7}
    empty = Offer.from_dict({})
    assert all(getattr(empty, attr) is None for attr, _ in Offer._FIELDS)
    assert empty.additional_properties is EMPTY


def test_response_models_are_slotted() -> None:
    """Slots: a row costs its fields, not a dict (the RSS target holds 10,000 offers)."""
    offer = Offer.from_dict(catalogue_offers(1)[0])
    assert not hasattr(offer, "__dict__")


# ------------------------------------------------------------------ typed errors


@pytest.mark.parametrize(
    ("gpu_ids", "where", "expected"),
    [
        ({"0": 1}, "Offer.gpu_ids", "an array"),
        ("0,1", "Offer.gpu_ids", "an array"),
        ([0, None], "Offer.gpu_ids[]", "a value"),
        ([0, {"id": 1}], "Offer.gpu_ids[]", "a scalar"),
        ([[0]], "Offer.gpu_ids[]", "a scalar"),
    ],
)
def test_a_bad_scalar_list_is_a_shape_error(gpu_ids: Any, where: str, expected: str) -> None:
    with pytest.raises(ShapeError) as caught:
        Offer.from_dict({"id": 1, "gpu_ids": gpu_ids})
    assert (caught.value.where, caught.value.expected) == (where, expected)


def test_scalar_lists_are_kept_as_sent() -> None:
    value = [0, 1.5, "x", True]
    assert as_scalars(value, "w") is value
    assert as_scalars([], "w") == []
    assert as_scalars(None, "w") is None


@pytest.mark.parametrize(
    ("offers", "where", "expected"),
    [
        ({"id": 1}, "SearchOffersResponse.offers", "an array"),
        ([{"id": 1}, None], "SearchOffersResponse.offers[]", "a value"),
        ([{"id": 1}, "offer"], "SearchOffersResponse.offers[]", "an object"),
        ([{"id": 1}, [1]], "SearchOffersResponse.offers[]", "an object"),
    ],
)
def test_a_bad_list_of_objects_is_a_shape_error(offers: Any, where: str, expected: str) -> None:
    with pytest.raises(ShapeError) as caught:
        search_offers.parse({"offers": offers})
    assert (caught.value.where, caught.value.expected) == (where, expected)


def test_objects_lists_read_each_item_or_keep_them() -> None:
    rows = [{"a": 1}, {}]
    assert as_objects(rows, None, "w") is rows
    assert as_objects(rows, len, "w") == [1, 0]
    assert as_objects(None, len, "w") is None


# ------------------------------------------------------------------ the cyclic GC


@pytest.fixture
def gc_state() -> Iterator[None]:
    enabled = gc.isenabled()
    try:
        yield
    finally:
        (gc.enable if enabled else gc.disable)()


def test_a_long_list_is_read_with_the_gc_paused_and_restored(gc_state: None) -> None:
    seen: list[bool] = []

    def read(row: Any) -> Any:
        seen.append(gc.isenabled())
        return row

    gc.enable()
    as_objects([{}] * 5000, read, "w")
    assert seen and not any(seen)
    assert gc.isenabled()
    seen.clear()
    as_objects([{}] * 10, read, "w")  # short lists leave it alone
    assert all(seen)


def test_the_gc_comes_back_when_a_row_fails(gc_state: None) -> None:
    gc.enable()
    rows = catalogue_offers(3000)
    rows[2500] = {**rows[2500], "gpu_ids": {"bad": 1}}
    with pytest.raises(ShapeError, match=r"Offer\.gpu_ids"):
        search_offers.parse({"offers": rows})
    assert gc.isenabled()


def test_a_disabled_gc_stays_disabled(gc_state: None) -> None:
    gc.disable()
    search_offers.parse({"offers": catalogue_offers(3000)})
    assert not gc.isenabled()


# ------------------------------------------------------------------ the cost per row


def python_calls(fn: Any) -> dict[str, int]:
    """Python-level calls (by function name) made while ``fn()`` runs."""
    calls: dict[str, int] = {}

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        if event == "call":
            name = frame.f_code.co_name
            calls[name] = calls.get(name, 0) + 1

    sys.setprofile(profile)
    try:
        fn()
    finally:
        sys.setprofile(None)
    return calls


def test_an_offer_costs_a_fixed_few_python_calls() -> None:
    """Per offer: from_dict, attrs' __init__ and one as_scalars (gpu_ids); nothing per field.

    The catalogue's offers leave some documented fields out, so this is the path that fills
    them in; a row with undocumented fields adds one comprehension."""
    rows = catalogue_offers(200)
    assert all(row.get("gpu_ids") is not None for row in rows)
    calls = python_calls(lambda: search_offers.parse({"offers": rows}))
    per_row = {name: n for name, n in calls.items() if n >= len(rows)}
    assert per_row == {"from_dict": len(rows) + 1, "__init__": len(rows) + 1, "as_scalars": 200}
    rows = [{**row, "undocumented": 1} for row in rows]
    calls = python_calls(lambda: search_offers.parse({"offers": rows}))
    assert calls["<dictcomp>"] == len(rows)
    assert sum(calls.values()) <= 4 * len(rows) + 10


def test_parsed_offers_match_the_catalogue() -> None:
    rows = catalogue_offers(50)
    result = search_offers.parse({"offers": rows})
    assert isinstance(result, SearchOffersResponse)
    assert [o.id for o in result.offers] == list(range(50))
    for offer, row in zip(result.offers, rows, strict=True):
        assert offer.to_dict() == row
