"""The instance lifecycle on the fake clock: no sleeps, exact transitions, consistent billing."""

from __future__ import annotations

import pytest

from vast_sdk import NotFoundError, Vast
from vast_sdk.models import Instance
from vast_sdk.testing import FakeClock, FakeVast

from .conftest import make_fake, sync_client


def new_instance(vast: Vast, **options: object) -> int:
    offer = vast.search_offers(gpu_name={"eq": "RTX 4090"}, limit=1).offers[0]
    return int(vast.create_instance(id=offer.id, image="ubuntu:22.04", **options).new_contract)  # type: ignore[arg-type]


def shown(vast: Vast, iid: int) -> Instance:
    instance = vast.show_instance(id=iid).instances
    assert instance is not None, f"instance {iid} is gone"
    return instance


def status(vast: Vast, iid: int) -> str:
    return str(shown(vast, iid).actual_status)


def test_loading_until_boot_seconds_then_running(vast: Vast, fake: FakeVast) -> None:
    iid = new_instance(vast)
    assert status(vast, iid) == "loading"
    fake.clock.advance(29.9)
    assert status(vast, iid) == "loading"
    fake.clock.advance(0.1)
    assert status(vast, iid) == "running"
    instance = shown(vast, iid)
    assert instance.intended_status == "running" and instance.cur_state == "running"
    fake.clock.advance(120)
    assert shown(vast, iid).uptime_mins == 2.0


def test_stop_start_reboot_label(vast: Vast, fake: FakeVast) -> None:
    iid = new_instance(vast, label="first")
    fake.clock.advance(30)
    vast.manage_instance(id=iid, state="stopped")
    assert status(vast, iid) == "exited"
    fake.clock.advance(3600)
    assert status(vast, iid) == "exited"  # stays stopped until started
    vast.manage_instance(id=iid, state="running", label="second")
    assert status(vast, iid) == "loading"
    fake.clock.advance(10)
    assert status(vast, iid) == "running"
    assert shown(vast, iid).label == "second"
    vast.reboot_instance(id=iid)
    assert status(vast, iid) == "loading"
    fake.clock.advance(10)
    assert status(vast, iid) == "running"


def test_target_state_stopped_and_boot_seconds_option() -> None:
    fake = make_fake(boot_seconds=5)
    with fake.serve(), sync_client(fake) as vast:
        iid = new_instance(vast, target_state="stopped")
        assert status(vast, iid) == "exited"
        vast.manage_instance(id=iid, state="running")
        other = new_instance(vast)
        fake.clock.advance(5)
        assert status(vast, other) == "running"


def test_destroy_is_final(vast: Vast, fake: FakeVast) -> None:
    iid = new_instance(vast)
    vast.destroy_instance(id=iid)
    with pytest.raises(NotFoundError) as gone:  # the API's 200 {"instances": null}
        vast.show_instance(id=iid)
    assert gone.value.error == "no_such_instance" and gone.value.status_code == 200
    with pytest.raises(NotFoundError) as caught:
        vast.destroy_instance(id=iid)
    assert caught.value.error == "no_such_instance"  # what dstack treats as "already gone"
    with pytest.raises(NotFoundError):
        vast.manage_instance(id=iid, state="stopped")


def test_billing_follows_the_clock(vast: Vast, fake: FakeVast) -> None:
    iid = new_instance(vast, disk=10)
    price = shown(vast, iid).dph_total
    assert price is not None
    fake.clock.advance(3600)
    assert vast.show_user().balance == pytest.approx(50.0 - price, abs=1e-6)
    vast.manage_instance(id=iid, state="stopped")
    storage = shown(vast, iid).storage_total_cost
    assert storage is not None
    fake.clock.advance(3600)
    assert vast.show_user().balance == pytest.approx(50.0 - price - storage, abs=1e-6)
    vast.destroy_instance(id=iid)
    fake.clock.advance(3600)  # nothing accrues after destroy
    assert vast.show_user().balance == pytest.approx(50.0 - price - storage, abs=1e-6)
    charged = vast.search_invoices(type="charge")
    assert charged[0].amount is not None
    assert float(charged[0].amount) == pytest.approx(price + storage, abs=1e-3)


def test_auto_advance_lets_a_polling_loop_finish() -> None:
    fake = FakeVast(auto_advance=1.0)  # the default: every request moves the clock 1 s
    with fake.client() as vast:
        iid = new_instance(vast)
        polls = 0
        while status(vast, iid) != "running":
            polls += 1
            assert polls < 40
    assert 20 <= polls <= 30


def test_clock_basics() -> None:
    clock = FakeClock(start=1000.0, auto_advance=2.0)
    assert clock.tick() == 1002.0 and clock.advance(8) == 1010.0 and clock.now() == 1010.0
    assert clock.iso(0) == "1970-01-01T00:00:00Z"
    with pytest.raises(ValueError):
        clock.advance(-1)
    with pytest.raises(ValueError):
        FakeClock(auto_advance=-1)
