"""Teardown (destroy, then confirm through the listing), without I/O: what it sends, what
counts as gone, and the error naming what is not."""

from __future__ import annotations

import httpx
import pytest

from vast_sdk import APIConnectionError, DestroyError, PermissionDeniedError
from vast_sdk._workflows._destroy import BULK_IDS
from vast_sdk._workflows._teardown import Teardown


def refused() -> PermissionDeniedError:
    return PermissionDeniedError(
        status_code=403,
        method="DELETE",
        url="https://console.vast.ai/api/v0/instances/1/",
        body=None,
        content=b"",
        error="forbidden",
        msg="not yours",
        headers=httpx.Headers(),
    )


def test_one_id_is_one_destroy_and_many_go_in_bulk_chunks() -> None:
    assert Teardown.start([7], 60, 2).to_destroy() == [[7]]
    many = Teardown.start(range(1, 150), 60, 2).to_destroy()
    assert [len(c) for c in many] == [BULK_IDS, BULK_IDS, 149 - 2 * BULK_IDS]


def test_gone_is_what_the_walk_did_not_show_or_the_api_did_not_know() -> None:
    work = Teardown.start([1, 2, 3], 60, 2)
    work.not_found([1])
    work.listing_filters()
    work.listed([{"id": 3}])
    work.walked()
    assert work.gone == {1, 2} and work.absent == {1} and work.pending == [3]
    assert work.next_round(10.0) == 2.0
    assert work.next_round(60.0) is None  # the timeout: over, with a survivor
    err = work.error("lease")
    assert isinstance(err, DestroyError) and err.instance_ids == (3,)
    assert "3 (still listed)" in str(err) and "may still be billing" in str(err)


def test_a_refused_destroy_is_final_a_transient_one_is_retried() -> None:
    work = Teardown.start([1, 2], 60, 2)
    work.failed([1], refused())
    work.failed([2], APIConnectionError("reset", method="DELETE", url="u"))
    assert work.pending == [2] and work.refused.keys() == {1}
    assert work.outcome(1).startswith("could NOT be destroyed (PermissionDeniedError")
    work.listing_filters()
    work.walked()  # 2 is not listed any more: its destroy got through after all
    assert work.pending == [] and work.next_round(1.0) is None
    assert work.survivors() == [1]


@pytest.mark.parametrize("bad", [0, -1.0])
def test_the_numbers_are_checked(bad: float) -> None:
    with pytest.raises(ValueError):
        Teardown.start([1], bad, 2)
