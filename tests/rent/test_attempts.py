"""launch's attempts: the failures another offer can fix, the exclusions they leave, and the
note that lists every try when the attempts run out."""

from __future__ import annotations

from typing import Any

import pytest

from vast_sdk import (
    APIConnectionError,
    BadRequestError,
    InstanceStateError,
    InvalidRequestError,
    NotFoundError,
    OfferUnavailableError,
    PermissionDeniedError,
)
from vast_sdk._workflows._attempts import Attempts, bid_refusal_minimum, retry_reason
from vast_sdk._workflows._rent_errors import InstanceStartError, OutbidError


def answer(cls: type[Any], status: int, error: str | None, msg: str | None) -> Any:
    return cls(
        status_code=status,
        method="PUT",
        url="https://console.vast.ai/api/v0/asks/7/",
        body={"success": False, "error": error, "msg": msg},
        content=b"{}",
        error=error,
        msg=msg,
    )


GONE = answer(OfferUnavailableError, 410, "no_such_ask", "Instance type 7 is no longer available.")
BID = answer(
    BadRequestError,
    400,
    "invalid_args",
    "error 400/3468: Bid price 0.01 is below the minimum 0.1889.",
)


def start_error(cls: type[Any] = InstanceStartError) -> Any:
    return cls("no", instance_id=1, status="running", instance=None, elapsed=3.0)


@pytest.mark.parametrize(
    "exc, reason",
    [
        (GONE, "offer_gone"),
        (
            answer(NotFoundError, 404, "invalid_args", "no_such_ask Instance type by id 7"),
            "offer_gone",
        ),
        (start_error(), "start_failed"),
        (start_error(OutbidError), "outbid"),
        (BID, "bid_refused"),
        (answer(BadRequestError, 400, "invalid_args", "Invalid image name"), None),
        (answer(PermissionDeniedError, 403, "insufficient_credit", "no credit"), None),
        (APIConnectionError("dropped", method="PUT", url="u"), None),  # ambiguous: never retried
        (start_error(InstanceStateError), None),
        (ValueError("x"), None),
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, BaseException) else str(v),
)
def test_which_failures_another_offer_can_fix(exc: BaseException, reason: str | None) -> None:
    assert retry_reason(exc) == reason


@pytest.mark.parametrize(
    "msg, minimum",
    [
        ("error 400/3468: Bid price 0.01 is below the minimum 0.1889.", 0.1889),
        ("bid below minimum bid price of $0.25", 0.25),
        ("Your bid is below the min 2", 2.0),
        ("Invalid args", None),
        (None, None),
    ],
)
def test_the_minimum_a_bid_refusal_names(msg: str | None, minimum: float | None) -> None:
    assert bid_refusal_minimum(answer(BadRequestError, 400, None, msg)) == minimum
    assert bid_refusal_minimum(ValueError(msg)) is None


def test_tries_exclude_offers_and_machines_and_stop_at_the_limit() -> None:
    tries = Attempts.start(3, exclude_machines=[5])
    assert tries.failed(101, 9001, GONE) is True
    assert tries.exclude_offers == {101} and tries.exclude_machines == {5}  # the machine may do
    assert tries.failed(102, 9002, start_error()) is True
    assert tries.exclude_machines == {5, 9002}  # it failed to boot there: not again
    last = start_error(OutbidError)
    assert tries.failed(103, 9003, last) is False  # three tries: raise
    assert tries.exclude_machines == {5, 9002, 9003} and tries.left == 0
    assert last.__notes__ == [
        "launch: 3 offer(s) tried: offer 101 (machine 9001): offer_gone; offer 102 (machine "
        "9002): start_failed; offer 103 (machine 9003): outbid"
    ]


def test_a_failure_no_offer_can_fix_is_raised_at_once() -> None:
    tries = Attempts.start(3)
    bad = answer(BadRequestError, 400, "invalid_args", "Invalid image name")
    assert tries.failed(101, 9001, bad) is False
    assert not hasattr(bad, "__notes__")  # one try, nothing to add
    tries.failed(102, 9002, GONE)
    other = answer(BadRequestError, 400, "invalid_args", "Invalid image name")
    assert tries.failed(103, 9003, other) is False
    assert "offer 102 (machine 9002): offer_gone" in other.__notes__[0]


@pytest.mark.parametrize("attempts", [0, -1, True, 2.5, "3"])
def test_attempts_must_be_a_positive_int(attempts: Any) -> None:
    with pytest.raises(InvalidRequestError, match="attempts"):
        Attempts.start(attempts)


@pytest.mark.parametrize("machines", [5, "5", [5, "6"], [True]])
def test_exclude_machines_must_be_machine_ids(machines: Any) -> None:
    with pytest.raises(InvalidRequestError, match="exclude_machines"):
        Attempts.start(3, exclude_machines=machines)
