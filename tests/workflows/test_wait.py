"""wait_for_instance: returns on the status, gives up early when it cannot come, backs off on
errors, never sleeps for real."""

from __future__ import annotations

import pickle
import time
from typing import Any

import pytest

from vast_sdk import (
    AuthenticationError,
    InstanceGoneError,
    InstanceStartError,
    InstanceStateError,
    InternalServerError,
    InvalidRequestError,
    NotFoundError,
    VastError,
    WaitError,
    WaitTimeoutError,
)
from vast_sdk._workflows._wait import EXITED_GRACE, Waiter
from vast_sdk.models import Instance
from vast_sdk.testing import FakeVast

from .conftest import Api, make_fake, new_instance, run


def polls(fake: FakeVast) -> int:
    return len(fake.calls_to("show_instance"))


def test_returns_the_running_instance(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake)
    seen: list[str | None] = []

    async def scenario(api: Api) -> Any:
        return await api.wait_for_instance(iid, on_progress=lambda i: seen.append(i.actual_status))

    started = time.monotonic()
    instance, sleeps = run(mode, fake, scenario)
    assert isinstance(instance, Instance) and instance.id == iid
    assert instance.actual_status == "running" and instance.ssh_host
    assert seen == ["loading"] * 6 + ["running"]  # boots in 30 fake seconds, polled every 5
    assert sleeps == [5.0] * 6 and polls(fake) == 7
    assert time.monotonic() - started < 5  # nobody slept for real


def test_async_progress_callbacks_are_awaited(fake: FakeVast) -> None:
    iid = new_instance(fake, running=True)
    seen: list[int] = []

    async def note(instance: Instance) -> None:
        seen.append(instance.id)

    async def scenario(api: Api) -> Any:
        return await api.wait_for_instance(iid, on_progress=note)

    run("async", fake, scenario)
    assert seen == [iid]


def test_times_out_with_the_last_instance_seen(mode: str) -> None:
    slow = make_fake(boot_seconds=10_000)
    with slow.serve():
        iid = new_instance(slow)

        async def scenario(api: Api) -> Any:
            return await api.wait_for_instance(iid, wait_timeout=60, poll_interval=7)

        with pytest.raises(WaitTimeoutError) as caught:
            run(mode, slow, scenario)
    err = caught.value
    assert isinstance(err, WaitError)
    assert err.instance_id == iid and err.status == "running" and err.elapsed >= 60
    assert err.instance is not None and err.instance.actual_status == "loading"
    assert "did not get there in 60s" in str(err) and "'loading'" in str(err)
    assert polls(slow) == 10  # at 0, 7, ... 56, and one last poll at 60


@pytest.mark.parametrize("status", ["offline", "unknown"])
def test_a_host_that_dropped_off_ends_the_wait_at_once(
    mode: str, fake: FakeVast, status: str
) -> None:
    iid = new_instance(fake)
    fake.fail_instance(iid, status, "host lost")

    async def scenario(api: Api) -> Any:
        return await api.wait_for_instance(iid)

    with pytest.raises(InstanceStateError, match=f"is {status}") as caught:
        run(mode, fake, scenario)
    assert polls(fake) == 1 and caught.value.instance is not None
    assert caught.value.instance.status_msg == "host lost"


def test_a_container_that_exits_while_starting_ends_the_wait(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake)

    def crash(instance: Instance) -> None:  # it was loading; now the container dies
        fake.fail_instance(iid, "exited", "Error response from daemon: OCI runtime create failed")

    async def scenario(api: Api) -> Any:
        return await api.wait_for_instance(iid, on_progress=crash)

    with pytest.raises(InstanceStateError, match="will not start: the container runtime") as caught:
        run(mode, fake, scenario)
    assert polls(fake) == 2 and "OCI runtime" in str(caught.value)
    assert isinstance(caught.value, InstanceStartError) and caught.value.category == "container"


def test_exited_from_the_start_gets_a_grace_period(mode: str, fake: FakeVast) -> None:
    """Just after start_instance a stopped instance still reads exited: not a failure yet."""
    iid = new_instance(fake, running=True)
    fake.fail_instance(iid, "exited")

    async def scenario(api: Api) -> Any:
        return await api.wait_for_instance(iid, poll_interval=10)

    with pytest.raises(InstanceStateError, match=f"still exited after {EXITED_GRACE:.0f}s"):
        run(mode, fake, scenario)
    assert polls(fake) == 7  # at 0, 10, ... 60


def test_exited_that_then_starts_is_waited_for(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake, running=True)
    fake.fail_instance(iid, "exited")
    seen: list[str | None] = []

    def progress(instance: Instance) -> None:
        seen.append(instance.actual_status)
        if len(seen) == 3:
            fake.fail_instance(iid, None)  # the container comes up

    async def scenario(api: Api) -> Any:
        return await api.wait_for_instance(iid, on_progress=progress)

    instance, _ = run(mode, fake, scenario)
    assert instance.actual_status == "running" and seen == ["exited"] * 3 + ["running"]


def test_a_stopped_instance_is_not_waited_for(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake, running=True)

    async def scenario(api: Api) -> Any:
        await api.stop_instance(iid)
        return await api.wait_for_instance(iid)

    with pytest.raises(InstanceStateError, match="start it with start_instance first"):
        run(mode, fake, scenario)


def test_a_wrong_id_is_gone_after_one_poll(mode: str, fake: FakeVast) -> None:
    async def scenario(api: Api) -> Any:
        return await api.wait_for_instance(123456)

    with pytest.raises(InstanceGoneError, match="does not exist") as caught:
        run(mode, fake, scenario)
    assert polls(fake) == 1 and caught.value.instance is None


def test_an_instance_destroyed_meanwhile_is_gone(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake)

    def destroy(instance: Instance) -> None:
        with fake.client() as vast:
            vast.destroy_instance(id=iid)

    async def scenario(api: Api) -> Any:
        return await api.wait_for_instance(iid, on_progress=destroy)

    with pytest.raises(InstanceGoneError) as caught:
        run(mode, fake, scenario)
    assert caught.value.instance is not None and caught.value.instance.id == iid


def test_a_404_is_gone_too(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake)
    body = {"success": False, "error": "no_such_instance", "msg": "Instance not found."}
    fake.fail_next("show_instance", status=404, body=body)

    async def scenario(api: Api) -> Any:
        return await api.wait_for_instance(iid)

    with pytest.raises(InstanceGoneError, match="no_such_instance") as caught:
        run(mode, fake, scenario)
    assert isinstance(caught.value.__cause__, NotFoundError)


def test_rate_limits_and_server_errors_are_outlasted_with_back_off(
    mode: str, fake: FakeVast
) -> None:
    iid = new_instance(fake, running=True)
    fake.fail_next("show_instance", status=429, times=3)
    fake.fail_next("show_instance", status=502)

    async def scenario(api: Api) -> Any:
        return await api.wait_for_instance(iid, poll_interval=2)

    instance, sleeps = run(mode, fake, scenario, max_retries=0)
    assert instance.actual_status == "running"
    assert sleeps == [2.0, 4.0, 8.0, 16.0]  # doubling per failed poll


def test_retry_after_is_honoured_between_polls(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake, running=True)
    fake.fail_next("show_instance", status=429, retry_after=30)

    async def scenario(api: Api) -> Any:
        return await api.wait_for_instance(iid, poll_interval=2)

    _, sleeps = run(mode, fake, scenario, max_retries=0)
    assert sleeps == [30.0]


def test_an_api_that_stays_down_times_out_with_the_cause(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake)
    fake.fail_next("show_instance", status=500, times=100)

    async def scenario(api: Api) -> Any:
        return await api.wait_for_instance(iid, wait_timeout=30, poll_interval=5)

    with pytest.raises(WaitTimeoutError) as caught:
        run(mode, fake, scenario, max_retries=0)
    assert isinstance(caught.value.__cause__, InternalServerError)
    assert caught.value.instance is None


def test_a_bad_key_is_raised_at_once(mode: str, fake: FakeVast) -> None:
    async def scenario(api: Api) -> Any:
        return await api.wait_for_instance(1)

    with pytest.raises(AuthenticationError):
        run(mode, fake, scenario, api_key="not-a-key")
    assert polls(fake) == 1


def test_waits_for_stopped_and_for_exited(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake, running=True)

    async def scenario(api: Api) -> Any:
        await api.stop_instance(iid)
        stopped = await api.wait_for_instance(iid, "stopped")
        exited = await api.wait_for_instance(iid, "exited")
        return stopped, exited

    (stopped, exited), _ = run(mode, fake, scenario)
    assert stopped.intended_status == "stopped" and exited.actual_status == "exited"


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        (("3",), {}, "instance id must be an int"),
        ((3, "paused"), {}, "status must be one of"),
        ((3,), {"wait_timeout": 0}, "wait_timeout must be a positive"),
        ((3,), {"poll_interval": float("nan")}, "poll_interval must be a positive"),
    ],
)
def test_bad_arguments_are_refused_before_any_request(
    mode: str, fake: FakeVast, args: tuple[Any, ...], kwargs: dict[str, Any], message: str
) -> None:
    async def scenario(api: Api) -> Any:
        return await api.wait_for_instance(*args, **kwargs)

    with pytest.raises(InvalidRequestError, match=message):
        run(mode, fake, scenario)
    assert fake.calls == []


def _instance(**fields: Any) -> Instance:
    return Instance.from_dict({"id": 7, "machine_id": 9, **fields})


@pytest.mark.parametrize(
    ("status", "fields", "reached"),
    [
        ("running", {"actual_status": "running"}, True),  # no intended_status sent
        ("running", {"actual_status": "running", "intended_status": "stopped"}, False),
        ("stopped", {"actual_status": "exited", "intended_status": "stopped"}, True),
        ("stopped", {"actual_status": None, "intended_status": "stopped"}, True),
        ("stopped", {"actual_status": "running", "intended_status": "stopped"}, False),
        ("exited", {"actual_status": "exited", "intended_status": "running"}, True),
    ],
)
def test_what_counts_as_reached(status: str, fields: dict[str, Any], reached: bool) -> None:
    waiter = Waiter.start(7, status, 60, 5)
    instance = _instance(**fields)
    try:
        step = waiter.observe(instance, 0.0)
    except VastError:
        step = None
    assert (step is instance) is reached


def test_errors_pickle_with_their_instance() -> None:
    inst = _instance(actual_status="offline", ports={"22/tcp": [{"HostPort": "4000"}]})
    for cls in (WaitTimeoutError, InstanceStateError, InstanceGoneError):
        err = cls("why", instance_id=7, status="running", instance=inst, elapsed=12.5)
        back = pickle.loads(pickle.dumps(err))
        assert type(back) is cls and str(back) == "why" and back.elapsed == 12.5
        assert back.instance == inst and back.instance_id == 7
    gone = InstanceGoneError("x", instance_id=1, status="running", instance=None, elapsed=0)
    assert pickle.loads(pickle.dumps(gone)).instance is None


def test_a_retry_after_date_is_read_as_the_core_reads_it() -> None:
    """Retry-After as an HTTP date (not only seconds): the wait's own reading once ignored it."""
    import email.utils

    import httpx

    from vast_sdk import VastError

    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    exc = VastError("rate limited")
    exc.headers = httpx.Headers({"Retry-After": when})  # type: ignore[attr-defined]
    delay = Waiter.start(1, "running", 900, 2).failed(exc, 0.0)
    assert 15.0 <= delay <= 20.0
