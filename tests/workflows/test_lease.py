"""lease and destroy_labelled: nothing left running, confirmed through the listing; over
loopback HTTP with Vast and AsyncVast."""

from __future__ import annotations

import asyncio
from typing import Any

import anyio
import pytest

from vast_sdk import DestroyError, InvalidRequestError, NoOffersError
from vast_sdk.testing import FakeVast

from .conftest import Api, run

GPU = {"gpu_name": {"eq": "RTX 4090"}}


def notes(exc: BaseException) -> str:
    return "\n".join(getattr(exc, "__notes__", []))


class Boom(Exception):
    pass


# ---------------------------------------------------------------- lease, sync


def test_a_lease_destroys_on_exit_and_confirms(fake: FakeVast) -> None:
    with fake.client(virtual_sleep=True) as vast:
        lease = vast.lease(GPU, image="ubuntu", label="job")
        assert fake.calls == []  # making it sends nothing
        with lease as instance:
            assert instance.actual_status == "running" and instance.label == "job"
            assert list(fake.state.instances) == [instance.id]
    assert fake.state.instances == {}
    ops = [c.op for c in fake.calls]
    assert ops[-2:] == ["destroy_instance", "show_instances"]  # destroyed, then confirmed


@pytest.mark.parametrize("exc_type", [Boom, KeyboardInterrupt])
def test_an_exception_or_ctrl_c_in_the_block_still_destroys(
    fake: FakeVast, exc_type: type[BaseException]
) -> None:
    with (
        fake.client(virtual_sleep=True) as vast,
        pytest.raises(exc_type),
        vast.lease(GPU, image="ubuntu"),
    ):
        raise exc_type()
    assert fake.state.instances == {} and len(fake.calls_to("destroy_instance")) == 1


def test_a_destroy_that_cannot_be_confirmed_is_an_error(fake: FakeVast) -> None:
    with fake.client(virtual_sleep=True) as vast:
        with pytest.raises(DestroyError) as caught, vast.lease(GPU, image="ubuntu") as inst:
            fake.fail_next("destroy_instance", status=403, times=10)
        assert caught.value.instance_ids == (inst.id,) and list(fake.state.instances) == [inst.id]
        with pytest.raises(Boom) as boom, vast.lease(GPU, image="ubuntu") as other:
            fake.fail_next("destroy_instance", status=403, times=10)
            raise Boom
        assert f"instance {other.id}" in notes(boom.value) and "NOT" in notes(boom.value)


def test_an_instance_destroyed_inside_the_block_is_fine(fake: FakeVast) -> None:
    with fake.client(virtual_sleep=True) as vast, vast.lease(GPU, image="ubuntu") as instance:
        vast.destroy_instance(id=instance.id)
    assert fake.state.instances == {}


def test_a_lease_that_cannot_launch_leaves_nothing(fake: FakeVast) -> None:
    with (
        fake.client(virtual_sleep=True) as vast,
        pytest.raises(NoOffersError),
        vast.lease({"num_gpus": {"gte": 1000}}, image="ubuntu"),
    ):
        pytest.fail("the block must not run")
    assert fake.state.instances == {} and fake.calls_to("destroy_instance") == []


def test_a_lease_refuses_count(fake: FakeVast) -> None:
    with fake.client(virtual_sleep=True) as vast, pytest.raises(InvalidRequestError, match="count"):
        vast.lease(image="ubuntu", count=2)  # type: ignore[call-arg]
    assert fake.calls == []


# ---------------------------------------------------------------- lease, async


def test_an_async_lease_destroys_on_exit(fake: FakeVast) -> None:
    async def go() -> int:
        async with (
            fake.async_client(virtual_sleep=True) as avast,
            avast.lease(GPU, image="ubuntu", ports=(8080,)) as instance,
        ):
            host, port = avast.public_port(instance, 8080)
            assert host == instance.public_ipaddr and port > 0
            return instance.id

    asyncio.run(go())
    assert fake.state.instances == {}


def test_a_cancelled_task_in_an_async_lease_still_destroys(fake: FakeVast) -> None:
    async def go() -> None:
        async with fake.async_client(virtual_sleep=True) as avast:
            with anyio.CancelScope() as scope:
                async with avast.lease(GPU, image="ubuntu"):
                    scope.cancel()
                    await anyio.sleep(1)  # cancelled here
            assert scope.cancelled_caught

    anyio.run(go)
    assert fake.state.instances == {} and len(fake.calls_to("destroy_instance")) == 1


def test_an_asyncio_cancellation_in_an_async_lease_still_destroys(fake: FakeVast) -> None:
    async def go() -> None:
        async with (
            fake.async_client(virtual_sleep=True) as avast,
            avast.lease(GPU, image="ubuntu"),
        ):
            task = asyncio.current_task()
            assert task is not None
            task.cancel()
            await asyncio.sleep(1)

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(go())
    assert fake.state.instances == {}


# ---------------------------------------------------------------- destroy_labelled


def test_destroy_labelled_destroys_every_one_and_only_those(mode: str, fake: FakeVast) -> None:
    async def scenario(api: Api) -> Any:
        fleet = await api.launch(GPU, image="ubuntu", count=3, label="sweep-3")
        other = await api.launch(GPU, image="ubuntu", label="keep-me")
        gone = await api.destroy_labelled("sweep-3")
        again = await api.destroy_labelled("sweep-3")
        return fleet, other, gone, again

    (fleet, other, gone, again), _ = run(mode, fake, scenario)
    assert gone == sorted(i.id for i in fleet) and again == []
    assert list(fake.state.instances) == [other.id]
    assert len(fake.calls_to("destroy_instances")) == 1  # one bulk call for the three


def test_destroy_labelled_outlasts_a_failing_listing_and_retries_the_destroy(
    mode: str, fake: FakeVast
) -> None:
    async def scenario(api: Api) -> Any:
        instance = await api.launch(GPU, image="ubuntu", label="solo")
        fake.fail_next("destroy_instance", status=503)  # not acted on: sent again next round
        return instance, await api.destroy_labelled("solo")

    (instance, gone), _ = run(mode, fake, scenario, max_retries=0)
    assert gone == [instance.id] and fake.state.instances == {}
    assert len(fake.calls_to("destroy_instance")) == 2


def test_destroy_labelled_names_what_it_could_not_destroy(mode: str, fake: FakeVast) -> None:
    async def scenario(api: Api) -> Any:
        instance = await api.launch(GPU, image="ubuntu", label="stuck")
        fake.fail_next("destroy_instance", status=503, times=1000)
        try:
            await api.destroy_labelled("stuck", wait_timeout=20)
        except DestroyError as exc:
            return instance, exc
        raise AssertionError("no DestroyError")

    (instance, err), _ = run(mode, fake, scenario, max_retries=0)
    assert err.instance_ids == (instance.id,) and "may still be billing" in str(err)
    assert "InternalServerError" in err.errors[instance.id]


@pytest.mark.parametrize("label", ["", "  ", None, 7])
def test_destroy_labelled_refuses_an_empty_label(mode: str, fake: FakeVast, label: Any) -> None:
    async def scenario(api: Api) -> Any:
        return await api.destroy_labelled(label)

    with pytest.raises(InvalidRequestError, match="label must be non-empty"):
        run(mode, fake, scenario)
    assert fake.calls == []
