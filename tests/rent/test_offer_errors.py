"""OfferUnavailableError: which answers mean "the offer cannot be rented", from the documents'
examples and what integrators match, and that the class keeps existing except clauses working."""

from __future__ import annotations

import pickle
from typing import Any

import pytest

from vast_sdk import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    OperationFailedError,
    RateLimitError,
)
from vast_sdk._errors import (
    OfferUnavailableError,
    is_offer_unavailable,
    offer_unavailable,
    status_error_class,
)

GONE = [
    # createInstance 410, every document
    (
        410,
        "no_such_ask",
        "error 410/3907: no_such_ask Instance type 1234567 is no longer available.",
    ),
    # createInstance 404, seed and next documents: the code only in msg
    (
        404,
        "invalid_args",
        "error 404/3603: no_such_ask Instance type by id 1234567 is not available.",
    ),
    # createInstanceFromOffer 404, preview document
    (404, "no_such_ask", "No ask by id 1234567 is available."),
    # getBundleBidPrice / acceptBundleOffer 404, preview document (the second without a code)
    (404, "no_such_ask", "Offer 1234567 does not exist or is not available."),
    (404, None, "Offer 1234567 does not exist or is not available."),
    # other statuses carrying the same news (recognised, not refined)
    (400, None, "no_such_ask"),
    (200, "no_such_ask", None),
    (409, None, "Offer 77 is already rented"),
]

NOT_GONE = [
    (404, "no_such_instance", "Instance not found."),
    (404, "auth_error", "no_such_ask"),  # the API's answer to a bad key wins
    (401, None, "no_such_ask"),
    (403, "invalid_args", "error 403/3586: Offer 1234567 is not your own."),
    (429, None, "API requests too frequent endpoint threshold=4.5"),
    (500, "no_such_ask", "no_such_ask"),
    (400, "invalid_args", "error 400/3467: Invalid args: 'id' is required"),
    (400, "invalid_args", "error 400/3468: Bid price 0.01 is below the minimum 0.1889."),
    (404, None, None),
    (404, "not_found", "Template is not available"),
]


@pytest.mark.parametrize("status, error, msg", GONE)
def test_offer_gone_answers_are_recognised(status: int, error: str | None, msg: str | None) -> None:
    assert offer_unavailable(status, error, msg)


@pytest.mark.parametrize("status, error, msg", NOT_GONE)
def test_other_answers_are_not(status: int, error: str | None, msg: str | None) -> None:
    assert not offer_unavailable(status, error, msg)


def built(status: int, error: str | None, msg: str | None, body: Any = None) -> APIStatusError:
    """The error the core raises for such an answer."""
    cls = status_error_class(status, error, msg)
    return cls(
        status_code=status,
        method="PUT",
        url="https://console.vast.ai/api/v0/asks/1234567/",
        body=body if body is not None else {"success": False, "error": error, "msg": msg},
        content=b"{}",
        error=error,
        msg=msg,
    )


@pytest.mark.parametrize("status, error, msg", [g for g in GONE if g[0] in (404, 410)])
def test_404_and_410_become_offer_unavailable_caught_as_before(
    status: int, error: str | None, msg: str | None
) -> None:
    err = built(status, error, msg, {"success": False, "error": error, "msg": msg, "ask_id": 7})
    assert type(err) is OfferUnavailableError and err.offer_id == 7
    assert isinstance(err, NotFoundError) and isinstance(err, APIStatusError)
    assert is_offer_unavailable(err)
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is OfferUnavailableError and back.offer_id == 7 and str(back) == str(err)


def test_other_statuses_keep_their_class_and_are_still_recognised() -> None:
    bad = built(400, None, "no_such_ask")
    assert type(bad) is BadRequestError and is_offer_unavailable(bad)
    failed = built(200, "no_such_ask", None)
    assert type(failed) is OperationFailedError and is_offer_unavailable(failed)
    assert type(built(404, "no_such_instance", "Instance not found.")) is NotFoundError
    assert type(built(404, "auth_error", "no_such_ask")) is AuthenticationError
    assert type(built(429, None, "slow down")) is RateLimitError
    assert not is_offer_unavailable(ValueError("no_such_ask"))


def test_offer_id_is_none_when_the_body_names_none() -> None:
    assert built(410, "no_such_ask", "gone", {"ask_id": "7"}).offer_id is None  # type: ignore[attr-defined]
    assert built(410, "no_such_ask", "gone", ["x"]).offer_id is None  # type: ignore[attr-defined]
