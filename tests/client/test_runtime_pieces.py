"""The runtime pieces generated code imports: Request, sentinels, body and path helpers."""

from __future__ import annotations

import copy
import pickle
from collections.abc import Mapping
from typing import Any

import pytest

import vast_sdk
from vast_sdk import NOT_GIVEN, UNSET, InvalidRequestError, NotGiven, Unset
from vast_sdk._request import Request, body_json, check_path, json_param
from vast_sdk._requester import _CODE_STATUSES
from vast_sdk._retry import RETRY_STATUSES, status_retry_delay


def test_request_defaults_to_no_body() -> None:
    request = Request("/a/", {"q": 1})
    assert (request.path, request.params, request.json) == ("/a/", {"q": 1}, None)
    assert tuple(request) == ("/a/", {"q": 1}, None)
    assert Request("/b/", None, json={}).json == {}


def test_unset_is_not_given() -> None:
    assert UNSET is NOT_GIVEN and Unset is NotGiven
    assert vast_sdk.UNSET is NOT_GIVEN and vast_sdk.Unset is NotGiven
    assert NotGiven() is NOT_GIVEN
    assert not NOT_GIVEN
    assert pickle.loads(pickle.dumps(UNSET)) is NOT_GIVEN
    assert copy.copy(UNSET) is NOT_GIVEN and copy.deepcopy(UNSET) is NOT_GIVEN


class Thing:
    """A stand-in model: ``to_dict`` is all body_json needs from one."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = dict(data)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.data)


def test_body_json_drops_unset_fields_and_keeps_none() -> None:
    fields = {"image": "x", "disk": UNSET, "label": None}
    assert body_json("op", None, fields, required=(), optional=False) == {
        "image": "x",
        "label": None,
    }


def test_body_json_optional_with_nothing_given_sends_no_body() -> None:
    assert body_json("op", None, {"image": UNSET}, required=(), optional=True) is None
    assert body_json("op", None, {}, required=(), optional=False) == {}


def test_body_json_merges_model_mapping_and_fields() -> None:
    model = Thing({"image": "a", "disk": 5})
    fields = {"disk": 50, "nested": [Thing({"image": "n"})]}
    built = body_json("op", model, fields, required=("image",), optional=False)
    assert built == {"image": "a", "disk": 50, "nested": [{"image": "n"}]}
    assert model.data == {"image": "a", "disk": 5}
    mapped = body_json(
        "op", {"image": "m"}, {"env": {"k": Thing({"image": "e"})}}, required=(), optional=False
    )
    assert mapped == {"image": "m", "env": {"k": {"image": "e"}}}


@pytest.mark.parametrize(
    ("body", "fields", "match"),
    [
        (None, {"disk": 1}, "missing required body field.*image"),
        ("image=x", {}, "body must be a model or a mapping"),
    ],
)
def test_body_json_errors_are_invalid_requests(body: Any, fields: Any, match: str) -> None:
    with pytest.raises(InvalidRequestError, match=match):
        body_json("op", body, fields, required=("image",), optional=False)


@pytest.mark.parametrize("bad", [".", "..", "", " ", None, True, 1.5, b"1"])
def test_path_values_that_would_move_the_url_are_refused(bad: Any) -> None:
    with pytest.raises(InvalidRequestError, match="path parameter 'id'"):
        check_path("op", id=bad)


@pytest.mark.parametrize("good", [0, 7, "abc", "a/b", "...", ".a", "1/../2", " . "])
def test_path_values_that_encode_to_one_segment_pass(good: Any) -> None:
    check_path("op", id=good)


def testjson_param() -> None:
    assert json_param({"b": 1, "a": {"eq": 2}}) == '{"a":{"eq":2},"b":1}'
    assert json_param("text") == "text"
    with pytest.raises(InvalidRequestError):
        json_param({"a": object()})


@pytest.mark.parametrize("status", sorted(RETRY_STATUSES - _CODE_STATUSES))
@pytest.mark.parametrize("idempotent", [True, False])
def test_retry_policy_reads_the_error_code_only_where_the_client_decodes_it(
    status: int, idempotent: bool
) -> None:
    """The client skips decoding (passes None) outside _CODE_STATUSES: no code may matter there."""
    for code in ("search_quota_exceeded", "anything"):
        with_code = status_retry_delay(idempotent, status, code, "1", 0)
        without = status_retry_delay(idempotent, status, None, "1", 0)
        assert with_code == without


def test_the_quota_code_is_read_for_429() -> None:
    assert 429 in _CODE_STATUSES
    assert status_retry_delay(True, 429, "search_quota_exceeded", None, 0)[0] is None


# ------------------------------------------------------------ dates as vastai sends them (W20)


def test_epoch_sends_unix_seconds_as_vastai_does() -> None:
    import datetime as dt

    from vast_sdk import InvalidRequestError
    from vast_sdk import _request as r
    from vast_sdk._types import UNSET

    aware = dt.datetime(2030, 1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert r.epoch(aware) == 1893456000.0
    assert r.epoch(dt.datetime(2030, 1, 1)) == 1893456000.0  # naive: UTC, as vastai reads dates
    assert r.epoch(dt.date(2030, 1, 1)) == 1893456000.0
    assert r.epoch(1893456000) == 1893456000 and r.epoch(1.5) == 1.5
    assert r.epoch(UNSET) is UNSET and r.epoch(None) is None
    assert r.epoch_days(dt.date(2030, 1, 2)) == 21916.0 and r.epoch_days(21915) == 21915
    for bad in (True, "2030-01-01", [1]):
        with pytest.raises(InvalidRequestError, match=r"^sdate must be a datetime"):
            r.epoch(bad, "sdate")
