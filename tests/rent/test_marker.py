"""The create marker: on every instance the SDK creates, found again in listing pages, and the
rules that resolve an ambiguous create to exactly one instance (kept or destroyed)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from vast_sdk import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    InvalidRequestError,
    OfferUnavailableError,
    OperationFailedError,
    RateLimitError,
    ResponseParseError,
)
from vast_sdk._workflows._marker import (
    MARKER_ENV,
    MARKER_PREFIX,
    Marker,
    contract_from_failure,
    create_outcome,
    find_marked,
    instance_env,
    resolve_ambiguous,
)
from vast_sdk.models import Instance


def test_each_marker_is_new_and_shaped() -> None:
    tokens = {Marker.new().token for _ in range(200)}
    assert len(tokens) == 200
    assert all(t.startswith(MARKER_PREFIX) and len(t) == len(MARKER_PREFIX) + 24 for t in tokens)


def test_the_marker_is_the_label_when_the_caller_chose_none_and_always_in_env() -> None:
    m = Marker("vast-sdk-0123456789abcdef01234567")
    assert m.apply(None, None) == (m.token, {MARKER_ENV: m.token})
    assert m.apply("", {"A": "b"}) == (m.token, {"A": "b", MARKER_ENV: m.token})
    label, env = m.apply("train-1", {"A": "b", MARKER_ENV: "mine"})
    assert label == "train-1" and env == {"A": "b", MARKER_ENV: m.token}
    assert m.listing_filters(None) == {"label": {"eq": m.token}}
    assert m.listing_filters("train-1") == {"label": {"eq": "train-1"}}


def listed(iid: int, label: str | None, env: Any) -> Instance:
    """An instance row of the v1 listing (extra_env as [name, value] pairs)."""
    return Instance.from_dict({"id": iid, "machine_id": 7, "label": label, "extra_env": env})


def test_instances_are_found_by_label_or_by_env_across_pages() -> None:
    m = Marker("vast-sdk-aaaaaaaaaaaaaaaaaaaaaaaa")
    other = Marker("vast-sdk-bbbbbbbbbbbbbbbbbbbbbbbb")
    pages = [
        [
            listed(12, m.token, []),
            listed(11, "train-1", [["A", "b"], [MARKER_ENV, other.token]]),
        ],
        [
            listed(10, "train-1", [["-p 8080:8080", "1"], [MARKER_ENV, m.token]]),
            listed(12, m.token, None),  # the same instance again on a later page
            listed(13, None, None),
        ],
    ]
    assert [i.id for i in find_marked(pages, m)] == [10, 12]
    assert [i.id for i in find_marked(pages, other)] == [11]
    assert find_marked([], m) == []


@pytest.mark.parametrize(
    "raw, expected",
    [
        ([["A", "b"], ["N", 5]], {"A": "b", "N": "5"}),
        (["A=b", "C=d=e"], {"A": "b", "C": "d=e"}),
        ({"A": "b", "X": None}, {"A": "b"}),
        ([["A"], ["B", "c", "d"], None, 7, ["E", {"x": 1}]], {}),
        (None, {}),
        ("A=b", {}),
    ],
)
def test_the_listings_env_is_read_whatever_its_shape(raw: Any, expected: dict[str, str]) -> None:
    assert instance_env({"extra_env": raw}) == expected


def test_an_ambiguous_create_resolves_to_one_instance_or_none() -> None:
    assert resolve_ambiguous([]).keep is None and not resolve_ambiguous([]).created
    one = resolve_ambiguous([{"id": 41}])
    assert one.keep == 41 and one.destroy == () and one.created
    replayed = resolve_ambiguous([{"id": 44}, {"id": 41}, {"id": 43}, {"id": 41}, {"id": None}])
    assert replayed.keep == 41 and replayed.destroy == (43, 44)


def status_error(cls: type[Any], status: int, body: Any) -> Any:
    return cls(
        status_code=status,
        method="PUT",
        url="https://console.vast.ai/api/v0/asks/7/",
        body=body,
        content=b"{}",
        error=body.get("error") if isinstance(body, dict) else None,
        msg=body.get("msg") if isinstance(body, dict) else None,
    )


def test_a_created_but_stopped_answer_names_the_instance() -> None:
    # createInstanceFromOffer's 200: success false when the instance starts stopped
    err = status_error(OperationFailedError, 200, {"success": False, "new_contract": 24000017})
    assert contract_from_failure(err) == 24000017
    assert create_outcome(err) == "created"
    refused = status_error(OperationFailedError, 200, {"success": False, "msg": "no"})
    assert contract_from_failure(refused) is None and create_outcome(refused) == "not_created"
    assert contract_from_failure(ValueError("x")) is None


@pytest.mark.parametrize(
    "exc, outcome",
    [
        (status_error(BadRequestError, 400, {"error": "invalid_args"}), "not_created"),
        (status_error(OfferUnavailableError, 410, {"error": "no_such_ask"}), "not_created"),
        (status_error(RateLimitError, 429, {}), "not_created"),
        (status_error(InternalServerError, 503, {}), "not_created"),
        (status_error(InternalServerError, 502, {}), "ambiguous"),
        (status_error(InternalServerError, 500, {}), "ambiguous"),
        (APITimeoutError("t", method="PUT", url="u"), "ambiguous"),
        (APIConnectionError("reset", method="PUT", url="u"), "ambiguous"),
        (
            ResponseParseError(
                "bad", status_code=200, method="PUT", url="u", body=None, content=b"<"
            ),
            "ambiguous",
        ),
        (KeyboardInterrupt(), "ambiguous"),
        (InvalidRequestError("bad image"), "not_created"),
        (httpx.ReadError("x"), "ambiguous"),
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, BaseException) else str(v),
)
def test_what_a_failed_create_left_behind(exc: BaseException, outcome: str) -> None:
    assert create_outcome(exc) == outcome
