"""The workflow errors: VastErrors, declared in vast_sdk, and they pickle with their fields."""

from __future__ import annotations

import pickle
from typing import Any

import pytest

import vast_sdk
from vast_sdk import (
    BidTooLowError,
    DestroyError,
    EndpointError,
    EndpointNotFoundError,
    EnvError,
    LaunchError,
    NoOffersError,
    NoWorkerError,
    OfferUnavailableError,
    PortNotMappedError,
    PriceCapError,
    ResultError,
    ResultTimeoutError,
    SSHUnavailableError,
    VastError,
    WorkerError,
)
from vast_sdk._workflows import _errors, _rent_errors

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
    (
        BidTooLowError("low", price=0.1, minimum=0.2, offer_id=7),
        {"price": 0.1, "minimum": 0.2, "offer_id": 7},
    ),
    (
        PriceCapError("dear", query={}, max_dph=0.5, cheapest=0.6, offer_id=8),
        {"max_dph": 0.5, "cheapest": 0.6, "offer_id": 8},
    ),
    (EnvError("bad env", token="-x", env="-x y"), {"token": "-x", "env": "-x y"}),
    (
        PortNotMappedError("no port", instance_id=1, port="8080/tcp", mapped=["22/tcp"]),
        {"port": "8080/tcp", "mapped": ("22/tcp",)},
    ),
    (
        LaunchError("no fleet", outcomes={1: "destroyed"}, tries=["offer 2: offer_gone"]),
        {"outcomes": {1: "destroyed"}, "tries": ["offer 2: offer_gone"]},
    ),
    (
        DestroyError("left", instance_ids=[3], errors={3: "PermissionDeniedError: no"}),
        {"instance_ids": (3,), "errors": {3: "PermissionDeniedError: no"}},
    ),
    (
        OfferUnavailableError(
            status_code=410,
            method="PUT",
            url="https://console.vast.ai/api/v0/asks/9/",
            body={"error": "no_such_ask", "ask_id": 9},
            content=b"{}",
            error="no_such_ask",
            msg="gone",
        ),
        {"offer_id": 9, "status_code": 410},
    ),
]


@pytest.mark.parametrize("err, fields", CASES, ids=[type(e).__name__ for e, _ in CASES])
def test_pickles_with_its_fields(err: VastError, fields: dict[str, Any]) -> None:
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is type(err) and str(back) == str(err)
    for name, value in fields.items():
        assert getattr(back, name) == value


def test_every_error_is_a_vast_error_exported_from_vast_sdk() -> None:
    for module, name in [(m, n) for m in (_errors, _rent_errors) for n in m.__all__]:
        cls = getattr(module, name)
        assert issubclass(cls, VastError) and getattr(vast_sdk, name) is cls
        assert name in vast_sdk.__all__
    assert issubclass(EndpointNotFoundError, LookupError)
    assert issubclass(NoWorkerError, EndpointError) and issubclass(WorkerError, EndpointError)
