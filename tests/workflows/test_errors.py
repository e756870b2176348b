"""The workflow errors: VastErrors, declared in vast_sdk, and they pickle with their fields."""

from __future__ import annotations

import pickle
from typing import Any

import pytest

import vast_sdk
from vast_sdk import (
    EndpointError,
    EndpointNotFoundError,
    NoOffersError,
    NoWorkerError,
    ResultError,
    ResultTimeoutError,
    SSHUnavailableError,
    VastError,
    WorkerError,
)
from vast_sdk._workflows import _errors

CASES: list[tuple[VastError, dict[str, Any]]] = [
    (NoOffersError("none", query={"num_gpus": {"gte": 9}}), {"query": {"num_gpus": {"gte": 9}}}),
    (SSHUnavailableError("no ssh"), {}),
    (ResultError("bad", url="https://s3/x.log", status_code=500), {"status_code": 500}),
    (
        ResultTimeoutError("slow", url="https://s3/x.log", status_code=None),
        {"url": "https://s3/x.log"},
    ),
    (EndpointNotFoundError("nope", endpoint="e"), {"endpoint": "e"}),
    (NoWorkerError("cold", endpoint="e", last_status="Loading"), {"last_status": "Loading"}),
    (
        WorkerError("500", endpoint="e", status_code=500, url="u", body={"a": 1}, content=b"{}"),
        {"status_code": 500, "body": {"a": 1}, "content": b"{}"},
    ),
]


@pytest.mark.parametrize("err, fields", CASES, ids=[type(e).__name__ for e, _ in CASES])
def test_pickles_with_its_fields(err: VastError, fields: dict[str, Any]) -> None:
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is type(err) and str(back) == str(err)
    for name, value in fields.items():
        assert getattr(back, name) == value


def test_every_error_is_a_vast_error_exported_from_vast_sdk() -> None:
    for name in _errors.__all__:
        cls = getattr(_errors, name)
        assert issubclass(cls, VastError) and getattr(vast_sdk, name) is cls
        assert name in vast_sdk.__all__
    assert issubclass(EndpointNotFoundError, LookupError)
    assert issubclass(NoWorkerError, EndpointError) and issubclass(WorkerError, EndpointError)
