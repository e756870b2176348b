"""The faults a renting helper must survive, simulated on demand (issue 17), over loopback:
offers taken by another renter, the race between search and rent, starts that fail, bids,
outbid and frozen instances, creates whose answer is lost after they acted, rate limits per
endpoint, and the label or env marker an SDK looks its instances up by."""

from __future__ import annotations

import socket
import threading
from typing import Any

import httpx
import pytest

from vast_sdk import APIConnectionError, APIStatusError, RateLimitError, Vast
from vast_sdk.testing import FakeVast
from vast_sdk.testing._market import START_FAILURES


def cheapest(vast: Vast, **filters: Any) -> Any:
    found = vast.search_offers(gpu_name={"eq": "RTX 4090"}, order=[["dph_total", "asc"]], **filters)
    return found.offers[0]


def visible(vast: Vast) -> set[int]:
    return {int(o.id) for o in vast.search_offers(limit=500).offers}


def shown(vast: Vast, iid: int) -> Any:
    return vast.show_instance(id=iid).instances


# ---------------------------------------------------------------- offers that go away


def test_an_offer_taken_by_another_renter_leaves_the_market_and_answers_410(
    vast: Vast, fake: FakeVast
) -> None:
    offer = cheapest(vast)
    fake.take_offer(offer.id)
    assert offer.id not in visible(vast)
    with pytest.raises(APIStatusError) as gone:
        vast.create_instance(id=offer.id, image="ubuntu:22.04")
    err = gone.value
    assert (err.status_code, err.error) == (410, "no_such_ask")
    assert "no longer available" in str(err.msg)
    assert fake.state.instances == {}
    with pytest.raises(ValueError, match="already rented"):
        fake.take_offer(offer.id)
    with pytest.raises(ValueError, match="no offer"):
        fake.take_offer(1)


def test_the_race_between_search_and_rent(vast: Vast, fake: FakeVast) -> None:
    first, second, third = vast.search_offers(
        gpu_name={"eq": "RTX 4090"}, order=[["dph_total", "asc"]], limit=3
    ).offers
    fake.race_next_rent(times=2)
    for lost in (first, second):
        with pytest.raises(APIStatusError) as raced:
            vast.create_instance(id=lost.id, image="ubuntu:22.04")
        assert (raced.value.status_code, raced.value.error) == (410, "no_such_ask")
        assert lost.id not in visible(vast)  # taken, as a fresh search now shows
    won = vast.create_instance(id=third.id, image="ubuntu:22.04")
    assert list(fake.state.instances) == [won.new_contract]


def test_the_race_reaches_bulk_creates_and_launch(vast: Vast, fake: FakeVast) -> None:
    ids = [int(o.id) for o in vast.search_offers(limit=2, order=[["dph_total", "asc"]]).offers]
    fake.race_next_rent()
    bulk = vast.create_instances(ids=ids, image="ubuntu:22.04")
    assert bulk.failed == [ids[0]] and bulk.created is not None and len(bulk.created) == 1
    fake.race_next_rent()
    with pytest.raises(APIStatusError) as lost:  # 200 {"success": false, ...}
        vast.launch_instance(q={"gpu_name": {"eq": "RTX_4090"}}, image="ubuntu:22.04")
    assert lost.value.error == "offer_not_found"
    assert len(fake.state.instances) == 1


# ---------------------------------------------------------------- starts that fail


@pytest.mark.parametrize("reason", sorted(START_FAILURES))
def test_a_start_fails_with_the_status_production_shows(
    vast: Vast, fake: FakeVast, reason: str
) -> None:
    iid = int(
        vast.create_instance(id=cheapest(vast).id, image="ghcr.io/acme/missing:1").new_contract
    )
    fake.fail_start(iid, reason=reason)
    assert shown(vast, iid).actual_status == "loading"  # the boot takes its time first
    fake.clock.advance(fake.state.boot_seconds)
    status, msg = START_FAILURES[reason]
    inst = shown(vast, iid)
    assert (inst.actual_status, inst.intended_status) == (status, "running")
    assert inst.status_msg == msg.replace("{image}", "ghcr.io/acme/missing:1")
    assert inst.ports == {}  # nothing published
    with fake.client(virtual_sleep=True) as waiting:  # result URLs wait on the fake clock
        assert "Container failed to start: " in waiting.logs(iid)
    fake.clock.advance(3600)
    assert shown(vast, iid).actual_status == status  # it never becomes running


def test_start_failure_messages_match_what_clients_check() -> None:
    """dstack fails fast on created + ': OCI runtime create failed:'; the official self-test
    classifies pull errors by 'pull|manifest|denied' and start errors by 'oci runtime'."""
    status, msg = START_FAILURES["oci_runtime"]
    assert status == "created" and ": OCI runtime create failed:" in msg
    for reason in ("image_pull", "image_not_found"):
        assert any(w in START_FAILURES[reason][1].lower() for w in ("pull", "manifest", "denied"))
    assert "no space left on device" in START_FAILURES["disk"][1]
    assert "nvidia-container-cli: device error" in START_FAILURES["gpu"][1]


def test_a_failing_machine_fails_every_start_there(vast: Vast, fake: FakeVast) -> None:
    bad, good = vast.search_offers(
        gpu_name={"eq": "RTX 4090"}, order=[["dph_total", "asc"]], limit=2
    ).offers
    fake.fail_start(machine_id=bad.machine_id, status_msg="Error response from daemon: boom")
    failing = int(vast.create_instance(id=bad.id, image="ubuntu:22.04").new_contract)
    working = int(vast.create_instance(id=good.id, image="ubuntu:22.04").new_contract)
    fake.clock.advance(fake.state.boot_seconds)
    assert (shown(vast, failing).actual_status, shown(vast, failing).status_msg) == (
        "created",
        "Error response from daemon: boom",
    )
    assert shown(vast, working).actual_status == "running"
    vast.destroy_instance(id=failing)  # the renter excludes the machine and rents again
    again = int(vast.create_instance(id=bad.id, image="ubuntu:22.04").new_contract)
    fake.clock.advance(fake.state.boot_seconds)
    assert shown(vast, again).actual_status == "created"
    fake.fail_start(machine_id=bad.machine_id, reason=None)  # the host is fixed
    vast.reboot_instance(id=again)
    fake.clock.advance(fake.state.boot_seconds)
    assert shown(vast, again).actual_status == "running"
    with pytest.raises(ValueError, match="instance_id or a machine_id"):
        fake.fail_start()
    with pytest.raises(ValueError, match="unknown reason"):
        fake.fail_start(again, reason="cosmic_rays")


def test_a_running_instance_fails_at_its_next_start(vast: Vast, fake: FakeVast) -> None:
    iid = int(vast.create_instance(id=cheapest(vast).id, image="ubuntu:22.04").new_contract)
    fake.clock.advance(fake.state.boot_seconds)
    fake.fail_start(iid, reason="gpu")
    assert shown(vast, iid).actual_status == "running"  # this boot already succeeded
    vast.reboot_instance(id=iid)
    fake.clock.advance(fake.state.boot_seconds)
    assert shown(vast, iid).actual_status == "created"
    fake.fail_start(iid, reason=None)
    assert shown(vast, iid).actual_status == "running"


def test_frozen_offline_and_exited_instances(vast: Vast, fake: FakeVast) -> None:
    iid = int(vast.create_instance(id=cheapest(vast).id, image="ubuntu:22.04").new_contract)
    fake.clock.advance(fake.state.boot_seconds)
    for status in ("frozen", "offline", "exited"):
        fake.fail_instance(iid, status)
        inst = shown(vast, iid)
        assert inst.actual_status == status and inst.intended_status == "running"
        assert inst.status_msg and "Simulated" not in inst.status_msg
    vast.manage_instance(id=iid, state="running")  # a start clears it
    fake.clock.advance(60)
    assert shown(vast, iid).actual_status == "running"


# ---------------------------------------------------------------- bids


def test_a_bid_below_the_minimum_is_refused_as_production_does(vast: Vast, fake: FakeVast) -> None:
    offer = vast.search_offers(
        gpu_name={"eq": "RTX 4090"}, type="bid", order=[["dph_total", "asc"]]
    ).offers[0]
    assert offer.is_bid is True and offer.min_bid and offer.dph_base == offer.min_bid
    with pytest.raises(APIStatusError) as low:
        vast.create_instance(id=offer.id, image="ubuntu:22.04", price=0.01)
    err = low.value
    assert (err.status_code, err.error) == (400, "invalid_price")
    assert err.msg == f"Bid price 0.01 is below the minimum {offer.min_bid:g}."
    assert fake.state.instances == {}


def test_outbid_stops_the_instance_and_a_higher_bid_restarts_it(vast: Vast, fake: FakeVast) -> None:
    offer = cheapest(vast, type="bid")
    iid = int(
        vast.create_instance(id=offer.id, image="ubuntu:22.04", price=offer.min_bid).new_contract
    )
    fake.clock.advance(fake.state.boot_seconds)
    assert shown(vast, iid).is_bid is True
    floor = fake.outbid(iid)
    assert floor > offer.min_bid
    inst = shown(vast, iid)
    assert (inst.actual_status, inst.cur_state, inst.intended_status) == (
        "exited",
        "stopped",
        "running",
    )
    assert "outbid" in inst.status_msg and inst.min_bid == floor
    vast.change_bid(id=iid, price=floor - 0.01)  # still too low: stays stopped
    assert shown(vast, iid).actual_status == "exited"
    vast.change_bid(id=iid, price=floor)
    assert shown(vast, iid).actual_status == "loading"
    fake.clock.advance(60)
    assert shown(vast, iid).actual_status == "running"
    on_demand = int(vast.create_instance(id=cheapest(vast).id, image="ubuntu:22.04").new_contract)
    with pytest.raises(ValueError, match="on-demand"):
        fake.outbid(on_demand)
    with pytest.raises(APIStatusError, match="on-demand contract"):
        vast.change_bid(id=on_demand, price=1.0)


# ---------------------------------------------------------------- answers lost after acting


def test_creates_act_then_lose_their_answer(vast: Vast, fake: FakeVast) -> None:
    """The ambiguous create: the instance exists, the client sees a dropped connection, and
    the marker it set (label and env) finds it in the v1 listing."""
    marker = {"VAST_SDK_LAUNCH": "7c1e"}
    offers = vast.search_offers(limit=4, order=[["dph_total", "asc"]]).offers
    fake.fail_next("create_instance", drop=True)
    with pytest.raises(APIConnectionError):
        vast.create_instance(id=offers[0].id, image="ubuntu:22.04", label="lease-1", env=marker)
    fake.fail_next("create_instances", drop=True)
    with pytest.raises(APIConnectionError):
        vast.create_instances(ids=[offers[1].id, offers[2].id], image="u", label="lease-2")
    fake.fail_next("launch_instance", drop=True)
    with pytest.raises(APIConnectionError):
        vast.launch_instance(q={"gpu_name": {"eq": "RTX_4090"}}, image="u", label="lease-3")
    assert len(fake.state.instances) == 4  # each acted once; nothing was sent twice
    assert [c.dropped for c in fake.calls if c.op in ("create_instance", "create_instances")] == [
        True,
        True,
    ]
    mine = list(vast.show_instances(select_filters={"label": {"eq": "lease-1"}}))
    assert len(mine) == 1 and ["VAST_SDK_LAUNCH", "7c1e"] in (mine[0].extra_env or [])
    labels = list(vast.show_instances(select_filters={"label": {"in": ["lease-2", "lease-3"]}}))
    assert sorted(str(i.label) for i in labels) == ["lease-2", "lease-2", "lease-3"]


# ---------------------------------------------------------------- rate limits


def test_rate_limits_answer_with_each_routes_documented_body(vast: Vast, fake: FakeVast) -> None:
    fake.rate_limit("show_user", requests=2, per=60)
    fake.rate_limit("destroy_instance", requests=1, per=60)
    quick = vast.with_options(max_retries=0)
    quick.show_user()
    quick.show_user()
    with pytest.raises(RateLimitError) as limited:
        quick.show_user()
    assert limited.value.body == {"detail": "API requests too frequent endpoint threshold=0.0"}
    assert 59 < float(limited.value.headers["Retry-After"]) <= 60
    with pytest.raises(APIStatusError):
        quick.destroy_instance(id=999)  # 404: counts against the limit
    with pytest.raises(RateLimitError) as destroy:
        quick.destroy_instance(id=999)
    assert destroy.value.body == {
        "success": False,
        "error": "rate_limit_exceeded",
        "msg": "API requests too frequent endpoint threshold=0.0",
    }
    assert quick.show_ssh_keys() == []  # other endpoints are not limited
    with pytest.raises(ValueError):
        fake.rate_limit("show_user", requests=0)


def test_rate_limits_count_concurrent_calls_exactly(fake: FakeVast) -> None:
    fake.rate_limit("show_user", requests=5, per=60)
    statuses: list[int] = []
    lock = threading.Lock()
    auth = {"Authorization": f"Bearer {fake.api_key}"}
    limits = httpx.Limits(max_connections=20)
    with httpx.Client(base_url=fake.url, headers=auth, limits=limits) as http:

        def call() -> None:
            answer = http.get("/api/v0/users/current/")
            with lock:
                statuses.append(answer.status_code)

        threads = [threading.Thread(target=call) for _ in range(20)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert sorted(statuses) == [200] * 5 + [429] * 15


def test_a_rate_limit_on_the_fake_clock(fake: FakeVast) -> None:
    fake.rate_limit("show_user", requests=1, per=10, clock="fake")
    with fake.client(max_retries=0, pacing=False) as vast:  # the fake's answers, not the pacer's
        vast.show_user()
        with pytest.raises(RateLimitError) as limited:
            vast.show_user()
        assert float(limited.value.headers["Retry-After"]) == pytest.approx(10, abs=0.01)
        fake.clock.advance(10)
        vast.show_user()


# ---------------------------------------------------------------- reachable addresses


def test_open_port_publishes_a_real_listener(vast: Vast, fake: FakeVast) -> None:
    iid = int(vast.create_instance(id=cheapest(vast).id, image="ubuntu:22.04").new_contract)
    port = fake.open_port(iid, 22)
    assert shown(vast, iid).ports == {}  # published once running
    fake.clock.advance(fake.state.boot_seconds)
    inst = shown(vast, iid)
    assert inst.public_ipaddr == "127.0.0.1" and inst.ports["22/tcp"][0].host_port == str(port)
    with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
        assert conn.recv(64).startswith(b"SSH-2.0-")
    proxy = fake.open_port(iid, proxy=True)
    inst = shown(vast, iid)
    assert (inst.ssh_host, inst.ssh_port) == ("127.0.0.1", proxy)
    fake.stop()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1)


def test_open_port_with_a_delay_refuses_until_then(vast: Vast, fake: FakeVast) -> None:
    iid = int(vast.create_instance(id=cheapest(vast).id, image="ubuntu:22.04").new_contract)
    port = fake.open_port(iid, 22, delay=60)
    fake.clock.advance(fake.state.boot_seconds)
    assert shown(vast, iid).ports["22/tcp"][0].host_port == str(port)  # published already
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=5)
    fake.clock.advance(60)
    shown(vast, iid)  # the fake opens it at the first request it serves after that time
    with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
        assert conn.recv(64).startswith(b"SSH-2.0-")
    with pytest.raises(ValueError, match="delay"):
        fake.open_port(iid, 22, delay=-1)


# ---------------------------------------------------------------- prices and fleets


def test_a_repriced_rent_costs_more_than_the_search_showed(vast: Vast, fake: FakeVast) -> None:
    offer = cheapest(vast)
    fake.reprice_next_rent(2.0)
    iid = int(vast.create_instance(id=offer.id, image="ubuntu:22.04").new_contract)
    charged = fake.state.instances[iid]
    assert charged["dph_base"] == pytest.approx(2 * fake.state.offers[offer.id]["dph_base"])
    again = int(vast.create_instance(id=cheapest(vast).id, image="ubuntu:22.04").new_contract)
    assert (
        fake.state.instances[again]["dph_base"]
        == fake.state.offers[fake.state.instances[again]["_offer"]]["dph_base"]
    )  # once only
    with pytest.raises(ValueError):
        fake.reprice_next_rent(0)


def test_add_machines_makes_a_market_for_a_fleet(vast: Vast, fake: FakeVast) -> None:
    before = len(vast.search_offers(gpu_name={"eq": "A100 SXM4"}, limit=64).offers)
    new = fake.add_machines(30, gpu_name="A100 SXM4")
    found = vast.search_offers(gpu_name={"eq": "A100 SXM4"}, limit=64).offers
    assert len(new) == 30 and len(found) == before + 30
    assert {o.id for o in found} >= set(new) and len({o.machine_id for o in found}) == len(found)
    with pytest.raises(ValueError, match="unknown gpu_name"):
        fake.add_machines(1, gpu_name="Voodoo 2")


def test_show_endpoints_without_endpoints_is_the_documented_400(vast: Vast) -> None:
    with pytest.raises(APIStatusError) as caught:
        vast.show_endpoints()
    assert (caught.value.status_code, caught.value.msg) == (400, "No endpoints for user found")
    vast.create_endpoint(endpoint_name="one")
    assert [e.endpoint_name for e in vast.show_endpoints().results or []] == ["one"]
