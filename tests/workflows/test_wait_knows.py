"""Waits that know: start-up failures end the wait at once with the message, outbid and frozen
are final, ssh=True waits for a port that accepts, and a fleet is one listing walk per poll.
Over loopback HTTP, with Vast and AsyncVast (virtual sleep)."""

from __future__ import annotations

import math
import warnings
from typing import Any

import pytest

from vast_sdk import (
    InstanceStartError,
    InstanceStateError,
    InstancesWaitError,
    InvalidRequestError,
    OutbidError,
    WaitTimeoutError,
)
from vast_sdk._workflows._wait import DEFAULT_POLL_INTERVAL
from vast_sdk.testing import START_FAILURES, FakeVast

from .conftest import Api, new_instance, run

CATEGORY = {
    "image_pull": "image_pull",
    "image_not_found": "image_pull",
    "oci_runtime": "gpu",  # Docker's OCI wrapper around an NVIDIA driver mismatch: the cause wins
    "disk": "disk",
    "gpu": "gpu",
}


def polls(fake: FakeVast, op: str = "show_instance") -> int:
    return len(fake.calls_to(op))


# ---------------------------------------------------------------- start-up failures


@pytest.mark.parametrize("reason", sorted(START_FAILURES))
def test_a_start_up_failure_ends_the_wait_with_its_message(
    mode: str, fake: FakeVast, reason: str
) -> None:
    iid = new_instance(fake, image="private/model:v2")
    fake.fail_start(iid, reason=reason)

    async def scenario(api: Api) -> Any:
        return await api.wait_for_instance(iid, poll_interval=10)

    with pytest.raises(InstanceStartError) as caught:
        run(mode, fake, scenario)
    err = caught.value
    status, message = START_FAILURES[reason]
    assert err.status_msg == message.replace("{image}", "private/model:v2")
    assert err.category == CATEGORY[reason] and "will not start" in str(err)
    assert err.machine_id == fake.state.instances[iid]["machine_id"]
    assert err.instance is not None and err.instance.actual_status == status
    # boot_seconds is 30: the first poll after the boot ends it, not the 900 s timeout
    assert polls(fake) == 1 + math.ceil(fake.state.boot_seconds / 10)


def test_a_retried_pull_message_does_not_end_the_wait(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake)
    fake.fail_start(
        iid,
        status_msg="Error response from daemon: Get https://registry-1.docker.io/v2/: net/http: "
        "TLS handshake timeout",
        actual_status="loading",
    )

    async def scenario(api: Api) -> Any:
        return await api.wait_for_instance(iid, wait_timeout=120, poll_interval=10)

    with pytest.raises(WaitTimeoutError):
        run(mode, fake, scenario)


def test_an_outbid_instance_is_final(mode: str, fake: FakeVast) -> None:
    with fake.client() as vast:
        offer = vast.search_offers(limit=1, type="bid").offers[0]
        assert offer.min_bid is not None
        iid = vast.create_instance(id=offer.id, image="ubuntu", price=offer.min_bid).new_contract
    fake.clock.advance(fake.state.boot_seconds)
    floor = fake.outbid(iid)

    async def scenario(api: Api) -> Any:
        return await api.wait_for_instance(iid)

    with pytest.raises(OutbidError, match="outbid") as caught:
        run(mode, fake, scenario)
    assert caught.value.min_bid == floor and polls(fake) == 1


def test_a_frozen_instance_is_final(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake, running=True)
    fake.fail_instance(iid, "frozen")

    async def scenario(api: Api) -> Any:
        return await api.wait_for_instance(iid)

    with pytest.raises(InstanceStateError, match="frozen"):
        run(mode, fake, scenario)
    assert polls(fake) == 1


# ---------------------------------------------------------------- ssh=True


def test_ssh_waits_until_the_port_accepts_a_connection(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake)
    port = fake.open_port(iid, 22, delay=100)  # published at once, accepting 100 s later

    async def scenario(api: Api) -> Any:
        await api.wait_for_instance(iid, poll_interval=10)
        polled = polls(fake)
        reachable = await api.wait_for_instance(iid, poll_interval=10, ssh=True)
        return polled, reachable

    (polled, instance), sleeps = run(mode, fake, scenario)
    assert instance.public_ipaddr == "127.0.0.1"
    assert instance.ports["22/tcp"][0].host_port == str(port)
    assert polls(fake) - polled >= 7  # about 70 s more of polls: the port refused until then
    assert sum(sleeps) >= 100


def test_ssh_that_never_answers_times_out_saying_so(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake, running=True)
    fake.open_port(iid, 22, delay=10_000)

    async def scenario(api: Api) -> Any:
        return await api.wait_for_instance(iid, ssh=True, wait_timeout=60, poll_interval=10)

    with pytest.raises(WaitTimeoutError, match="running, but SSH is not reachable"):
        run(mode, fake, scenario)


def test_ssh_needs_running(mode: str, fake: FakeVast) -> None:
    async def scenario(api: Api) -> Any:
        return await api.wait_for_instance(1, "stopped", ssh=True)

    with pytest.raises(InvalidRequestError, match="ssh=True waits for a running instance"):
        run(mode, fake, scenario)
    assert fake.calls == []


# ---------------------------------------------------------------- fleets


def make_fleet(fake: FakeVast, n: int) -> list[int]:
    with fake.client() as vast:
        offers = vast.search_offers(limit=n, order=[["dph_total", "asc"]]).offers
        return [vast.create_instance(id=o.id, image="ubuntu").new_contract for o in offers[:n]]


def test_a_fleet_is_one_listing_walk_per_poll(mode: str, fake: FakeVast) -> None:
    ids = make_fleet(fake, 30)
    seen: list[int] = []

    async def scenario(api: Api) -> Any:
        return await api.wait_for_instances(
            ids, poll_interval=10, on_progress=lambda i: seen.append(i.id)
        )

    instances, sleeps = run(mode, fake, scenario)
    assert [i.id for i in instances] == ids and all(i.actual_status == "running" for i in instances)
    walks = len(sleeps) + 1
    assert walks == 1 + math.ceil(fake.state.boot_seconds / 10)
    assert polls(fake) == 0  # no show_instance per instance
    assert polls(fake, "show_instances") == walks * math.ceil(30 / 25)  # 2 pages per walk
    assert set(seen) == set(ids)


def test_a_fleet_reports_each_failure_and_the_ready_ones(mode: str, fake: FakeVast) -> None:
    ids = make_fleet(fake, 4)
    fake.fail_start(ids[1], reason="image_pull")
    fake.fail_instance(ids[2], "offline")

    async def scenario(api: Api) -> Any:
        return await api.wait_for_instances(ids, poll_interval=10)

    with pytest.raises(InstancesWaitError) as caught:
        run(mode, fake, scenario)
    err = caught.value
    assert sorted(err.ready) == [ids[0], ids[3]]
    assert isinstance(err.failed[ids[1]], InstanceStartError)
    assert isinstance(err.failed[ids[2]], InstanceStateError) and "offline" in str(
        err.failed[ids[2]]
    )


def test_a_fleet_with_ssh_waits_for_each_port(mode: str, fake: FakeVast) -> None:
    ids = make_fleet(fake, 2)
    for n, iid in enumerate(ids):
        fake.open_port(iid, 22, delay=40 * n)

    async def scenario(api: Api) -> Any:
        return await api.wait_for_instances(ids, poll_interval=10, ssh=True)

    instances, sleeps = run(mode, fake, scenario)
    assert [i.public_ipaddr for i in instances] == ["127.0.0.1", "127.0.0.1"]
    assert sum(sleeps) >= 40


def test_fail_fast_stops_at_the_first_failure(mode: str, fake: FakeVast) -> None:
    ids = make_fleet(fake, 3)
    fake.fail_instance(ids[0], "frozen")

    async def scenario(api: Api) -> Any:
        return await api.wait_for_instances(ids, poll_interval=10, fail_fast=True)

    with pytest.raises(InstancesWaitError) as caught:
        run(mode, fake, scenario)
    assert list(caught.value.failed) == [ids[0]] and caught.value.ready == {}
    assert polls(fake, "show_instances") == 1


# ---------------------------------------------------------------- the knobs


def test_vast_poll_interval_sets_the_default(
    mode: str, fake: FakeVast, monkeypatch: pytest.MonkeyPatch
) -> None:
    iid = new_instance(fake)
    monkeypatch.setenv("VAST_POLL_INTERVAL", "7.5")

    async def scenario(api: Api) -> Any:
        return await api.wait_for_instance(iid)

    _, sleeps = run(mode, fake, scenario)
    assert set(sleeps) == {7.5}
    monkeypatch.delenv("VAST_POLL_INTERVAL")
    _, sleeps = run(mode, fake, scenario)
    assert set(sleeps) <= {DEFAULT_POLL_INTERVAL}


@pytest.mark.parametrize("value", ["fast", "0", "-1", "nan"])
def test_a_bad_vast_poll_interval_is_refused(
    mode: str, fake: FakeVast, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("VAST_POLL_INTERVAL", value)

    async def scenario(api: Api) -> Any:
        return await api.wait_for_instance(1)

    with pytest.raises(InvalidRequestError, match="VAST_POLL_INTERVAL must be a positive"):
        run(mode, fake, scenario)
    assert fake.calls == []


def test_the_old_timeout_name_warns_and_still_works(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake, running=True)

    async def scenario(api: Api) -> Any:
        with pytest.warns(DeprecationWarning, match=r"wait_for_instance\(timeout=...\)"):
            await api.wait_for_instance(iid, timeout=30)
        with pytest.warns(DeprecationWarning, match=r"wait_for_instances\(timeout=...\)"):
            await api.wait_for_instances([iid], timeout=30)
        with pytest.raises(InvalidRequestError, match="not both"):
            await api.wait_for_instance(iid, timeout=30, wait_timeout=40)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            return await api.wait_for_instance(iid, wait_timeout=30)

    instance, _ = run(mode, fake, scenario)
    assert instance.id == iid
