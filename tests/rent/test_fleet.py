"""Fleet waits: one listing walk per poll decides every instance, with the single wait's rules;
an instance missing from the listing is gone only after complete walks, never after a cut one."""

from __future__ import annotations

import pickle
from typing import Any

import httpx
import pytest

from vast_sdk import (
    InstanceGoneError,
    InstanceStateError,
    InvalidRequestError,
    RateLimitError,
    WaitTimeoutError,
)
from vast_sdk._workflows._fleet import GONE_AFTER_MISSES, IDS_PER_FILTER, FleetResult, FleetWait
from vast_sdk._workflows._ports import ssh_address
from vast_sdk._workflows._rent_errors import InstanceStartError, InstancesWaitError
from vast_sdk.models import Instance

OCI = "OCI runtime create failed: runc create failed: unable to start container process"


def row(iid: int, status: str | None = "loading", **fields: Any) -> Instance:
    data: dict[str, Any] = {
        "id": iid,
        "machine_id": 9000 + iid,
        "actual_status": status,
        "intended_status": "running",
        "status_msg": "Pulling image",
    }
    data.update(fields)
    return Instance.from_dict(data)


def fleet(ids: Any = (1, 2, 3), **options: Any) -> FleetWait:
    return FleetWait.start(ids, "running", options.pop("timeout", 100.0), 5.0, **options)


def poll(f: FleetWait, elapsed: float, *pages: list[Instance], complete: bool = True) -> Any:
    """One poll: the pages of one walk (its last page covering every id asked for)."""
    asked = [i for flt in f.listing_filters() for i in flt["id"]["in"]]
    for n, page in enumerate(pages):
        last = n == len(pages) - 1
        f.page(page, elapsed, covered=asked if (last and complete) else ())
    return f.end_poll(elapsed)


def test_one_walk_per_poll_decides_every_instance() -> None:
    f = fleet()
    assert f.listing_filters() == [{"id": {"in": [1, 2, 3]}}]
    assert poll(f, 0.0, [row(1, "running"), row(2)], [row(3)]) == 5.0
    assert f.pending == (2, 3) and f.listing_filters() == [{"id": {"in": [2, 3]}}]
    result = poll(f, 5.0, [row(3, "running"), row(2, "running")])
    assert isinstance(result, FleetResult) and result.error() is None
    assert [i.id for i in result.instances] == [1, 2, 3]  # in the order given


def test_a_start_up_failure_fails_that_instance_and_the_rest_go_on() -> None:
    f = fleet()
    assert poll(f, 0.0, [row(1, "created", status_msg=OCI), row(2), row(3, "running")]) == 5.0
    assert isinstance(f.failed[1], InstanceStartError) and f.pending == (2,)
    result = poll(f, 5.0, [row(2, "running")])
    assert isinstance(result, FleetResult) and set(result.ready) == {2, 3}
    err = result.error()
    assert isinstance(err, InstancesWaitError) and list(err.failed) == [1]
    assert "1 of 3" in str(err) and "InstanceStartError" in str(err)
    back = pickle.loads(pickle.dumps(err))
    assert set(back.ready) == {2, 3} and back.ready[2].actual_status == "running"
    assert isinstance(back.failed[1], InstanceStartError) and back.failed[1].status_msg == OCI


def test_fail_fast_ends_at_the_first_failure() -> None:
    f = fleet(fail_fast=True)
    result = poll(f, 0.0, [row(1, "offline"), row(2), row(3)])
    assert isinstance(result, FleetResult) and set(result.failed) == {1}
    assert isinstance(result.failed[1], InstanceStateError)


def test_missing_from_complete_walks_is_gone_after_two() -> None:
    assert GONE_AFTER_MISSES == 2
    f = fleet((1, 2))
    assert poll(f, 0.0, [row(1)]) == 5.0 and 2 not in f.failed  # once: maybe not listed yet
    assert poll(f, 5.0, [row(1)]) == 5.0
    assert isinstance(f.failed[2], InstanceGoneError) and list(f.pending) == [1]


def test_seen_again_resets_the_count() -> None:
    f = fleet((1, 2))
    poll(f, 0.0, [row(1)])
    poll(f, 5.0, [row(1), row(2)])
    poll(f, 10.0, [row(1)])
    assert 2 not in f.failed


def test_a_walk_cut_short_proves_nothing() -> None:
    f = fleet((1, 2), timeout=20.0)
    for t in (0.0, 5.0, 10.0, 15.0):
        assert poll(f, t, [row(1)], complete=False) == 5.0
    result = poll(f, 20.0, [row(1)], complete=False)
    assert isinstance(result, FleetResult)
    assert isinstance(result.failed[2], WaitTimeoutError)
    assert isinstance(result.failed[1], WaitTimeoutError)
    assert "missing from the last listing" not in str(result.failed[2])


def test_rows_of_other_instances_and_repeats_are_ignored() -> None:
    f = fleet((1,))
    f.page([row(99, "running"), row(1), row(1, "running")], 0.0, covered=[1])
    assert f.end_poll(0.0) == 5.0 and f.pending == (1,)  # the first row of 1 counted


def test_many_ids_are_asked_for_in_chunks_that_fit_a_url() -> None:
    f = fleet(range(1, 451))
    chunks = f.listing_filters()
    assert [len(c["id"]["in"]) for c in chunks] == [IDS_PER_FILTER, IDS_PER_FILTER, 50]
    assert [i for c in chunks for i in c["id"]["in"]] == list(range(1, 451))


def test_a_failed_listing_backs_off_and_honours_retry_after() -> None:
    f = fleet((1,), timeout=100.0)
    limited = RateLimitError(
        status_code=429, method="GET", url="u", body=None, content=b"", error=None, msg=None
    )
    assert f.failed_poll(limited, 0.0) == 5.0
    assert f.failed_poll(limited, 5.0) == 10.0
    assert f.failed_poll(limited, 15.0) == 20.0
    hinted = RateLimitError(
        status_code=429,
        method="GET",
        url="u",
        body=None,
        content=b"",
        error=None,
        msg=None,
        headers=httpx.Headers({"Retry-After": "45"}),
    )
    assert f.failed_poll(hinted, 20.0) == 45.0  # longer than the 40 s doubling
    assert poll(f, 70.0, [row(1)]) == 5.0 and f.errors == 0  # a good poll resets the back-off
    result = f.failed_poll(limited, 100.0)
    assert isinstance(result, FleetResult)
    assert isinstance(result.failed[1], WaitTimeoutError) and result.failed[1].__cause__ is limited


def test_a_ready_check_waits_for_ssh_too() -> None:
    f = fleet((1,), ready_check=lambda i: ssh_address(i) is not None)
    assert poll(f, 0.0, [row(1, "running")]) == 5.0  # running, no SSH address yet
    published = row(
        1, "running", public_ipaddr="203.0.113.7", ports={"22/tcp": [{"HostPort": "4022"}]}
    )
    result = poll(f, 5.0, [published])
    assert isinstance(result, FleetResult) and result.ready[1] is published


@pytest.mark.parametrize(
    "ids, status, timeout, why",
    [
        ((), "running", 10.0, "empty"),
        ("12", "running", 10.0, "sequence"),
        (5, "running", 10.0, "sequence"),
        ((1, "2"), "running", 10.0, "instance id must be an int"),
        ((1,), "up", 10.0, "status must be one of"),
        ((1,), "running", 0.0, "timeout"),
    ],
)
def test_bad_arguments_are_refused_before_any_request(
    ids: Any, status: str, timeout: float, why: str
) -> None:
    with pytest.raises(InvalidRequestError, match=why):
        FleetWait.start(ids, status, timeout, 5.0)


def test_duplicate_ids_are_waited_on_once() -> None:
    f = fleet((3, 1, 3))
    assert f.ids == (3, 1)
