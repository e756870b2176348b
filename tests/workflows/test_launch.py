"""launch: search, pick, create once, wait; whatever goes wrong after the create, the instance
is destroyed (unless kept on purpose) and the error says so."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import anyio
import pytest

from vast_sdk import (
    AsyncVast,
    BadRequestError,
    InstanceGoneError,
    InstanceStateError,
    InvalidRequestError,
    LaunchOptions,
    NoOffersError,
    Vast,
    WaitTimeoutError,
)
from vast_sdk._workflows._spend import DEFAULT_FILTERS, search_body
from vast_sdk.models import Instance, Offer
from vast_sdk.testing import FakeVast

from .conftest import Api, make_fake, run

GPU = {"gpu_name": {"eq": "RTX 4090"}}


def notes(exc: BaseException) -> str:
    return "\n".join(getattr(exc, "__notes__", []))


def test_rents_the_cheapest_match_and_returns_it_running(mode: str, fake: FakeVast) -> None:
    async def scenario(api: Api) -> Any:
        found = await api.search_offers(
            body={**DEFAULT_FILTERS, **GPU, "disk_space": {"gte": 20}, "allocated_storage": 20}
        )
        cheapest = min(found.offers, key=lambda o: o.dph_total)
        launched = await api.launch(GPU, image="pytorch/pytorch", disk=20, label="job-1")
        return cheapest, launched

    (cheapest, instance), _ = run(mode, fake, scenario)
    assert isinstance(instance, Instance) and instance.actual_status == "running"
    assert fake.state.instances[instance.id]["_offer"] == cheapest.id
    assert instance.gpu_name == "RTX 4090" and instance.disk_space == 20
    assert instance.label == "job-1" and instance.ssh_host and instance.ports
    assert len(fake.calls_to("create_instance")) == 1


def test_env_onstart_and_create_options_reach_the_instance(mode: str, fake: FakeVast) -> None:
    async def scenario(api: Api) -> Any:
        return await api.launch(
            image="vllm/vllm-openai",
            env={"HF_HOME": "/workspace/hf"},
            onstart="echo ready",
            runtype="args",
            args=["--model", "m"],
        )

    instance, _ = run(mode, fake, scenario)
    assert ["HF_HOME", "/workspace/hf"] in instance.extra_env
    assert instance.onstart == "echo ready" and instance.image_args == ["--model", "m"]
    assert instance.image_runtype == "args"


def test_a_key_function_picks_the_offer(mode: str, fake: FakeVast) -> None:
    def most_reliable(offer: Offer) -> float:
        return -(offer.reliability or 0.0)

    async def scenario(api: Api) -> Any:
        found = await api.search_offers(body={**DEFAULT_FILTERS, "disk_space": {"gte": 10}})
        best = max(found.offers, key=lambda o: o.reliability or 0.0)
        return best, await api.launch(image="ubuntu", pick=most_reliable)

    (best, instance), _ = run(mode, fake, scenario)
    assert fake.state.instances[instance.id]["_offer"] == best.id


def test_no_match_rents_nothing(mode: str, fake: FakeVast) -> None:
    async def scenario(api: Api) -> Any:
        return await api.launch({"num_gpus": {"gte": 1000}}, image="ubuntu")

    with pytest.raises(NoOffersError, match="no offer to rent matches") as caught:
        run(mode, fake, scenario)
    assert caught.value.query["num_gpus"] == {"gte": 1000}
    assert fake.calls_to("create_instance") == [] and fake.state.instances == {}


def test_a_wait_that_times_out_destroys_the_instance(mode: str) -> None:
    slow = make_fake(boot_seconds=10_000)
    with slow.serve():

        async def scenario(api: Api) -> Any:
            return await api.launch(GPU, image="ubuntu", wait_timeout=60)

        with pytest.raises(WaitTimeoutError) as caught:
            run(mode, slow, scenario)
    iid = caught.value.instance_id
    assert f"destroyed instance {iid}" in notes(caught.value)
    assert slow.state.instances == {}
    assert len(slow.calls_to("create_instance")) == 1
    assert [c.path for c in slow.calls_to("destroy_instance")] == [f"/api/v0/instances/{iid}/"]


def test_a_container_that_dies_is_destroyed(mode: str, fake: FakeVast) -> None:
    """A start-up failure ends each try at once; every instance is destroyed, on 3 machines."""

    def crash(instance: Instance) -> None:
        fake.fail_instance(instance.id, "exited", "exec format error")

    async def scenario(api: Api) -> Any:
        return await api.launch(GPU, image="ubuntu", on_progress=crash)

    with pytest.raises(InstanceStateError, match="exec format error") as caught:
        run(mode, fake, scenario)
    assert "destroyed instance" in notes(caught.value) and "3 offer(s) tried" in notes(caught.value)
    assert fake.state.instances == {} and len(fake.calls_to("create_instance")) == 3


class Boom(Exception):
    pass


@pytest.mark.parametrize("exc_type", [Boom, KeyboardInterrupt])
def test_an_interrupted_wait_destroys_the_instance(
    fake: FakeVast, exc_type: type[BaseException]
) -> None:
    """Ctrl-C (or any exception) while waiting: destroyed, and the same exception goes on."""

    def interrupt(instance: Instance) -> None:
        raise exc_type()

    with fake.client(virtual_sleep=True) as vast, pytest.raises(exc_type) as caught:
        vast.launch(GPU, image="ubuntu", on_progress=interrupt)
    assert "destroyed instance" in notes(caught.value)
    assert fake.state.instances == {} and len(fake.calls_to("create_instance")) == 1


def test_a_cancelled_async_launch_destroys_the_instance(fake: FakeVast) -> None:
    async def go() -> None:
        async with fake.async_client(virtual_sleep=True) as avast:

            def cancel(instance: Instance) -> None:
                task = asyncio.current_task()
                assert task is not None
                task.cancel()

            await avast.launch(GPU, image="ubuntu", on_progress=cancel)

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(go())
    assert fake.state.instances == {} and len(fake.calls_to("destroy_instance")) == 1


def test_an_anyio_cancel_scope_cannot_skip_the_destroy(fake: FakeVast) -> None:
    async def go() -> None:
        async with fake.async_client(virtual_sleep=True) as avast:
            with anyio.CancelScope() as scope:
                await avast.launch(GPU, image="ubuntu", on_progress=lambda i: scope.cancel())
            assert scope.cancelled_caught

    anyio.run(go)
    assert fake.state.instances == {} and len(fake.calls_to("destroy_instance")) == 1


def test_keep_on_failure_keeps_it(mode: str) -> None:
    slow = make_fake(boot_seconds=10_000)
    with slow.serve():

        async def scenario(api: Api) -> Any:
            return await api.launch(GPU, image="ubuntu", wait_timeout=30, keep_on_failure=True)

        with pytest.raises(WaitTimeoutError) as caught:
            run(mode, slow, scenario)
    iid = caught.value.instance_id
    assert list(slow.state.instances) == [iid] and slow.calls_to("destroy_instance") == []
    assert f"instance {iid} was kept" in notes(caught.value)


def test_a_failed_destroy_is_reported_loudly(mode: str) -> None:
    slow = make_fake(boot_seconds=10_000)
    with slow.serve():
        slow.fail_next("destroy_instance", status=400)

        async def scenario(api: Api) -> Any:
            return await api.launch(GPU, image="ubuntu", wait_timeout=10)

        with pytest.raises(WaitTimeoutError) as caught:
            run(mode, slow, scenario)
    iid = caught.value.instance_id
    assert f"could NOT destroy instance {iid}" in notes(caught.value)
    assert "destroy it yourself" in notes(caught.value) and list(slow.state.instances) == [iid]


def test_a_create_that_may_have_happened_is_looked_up_before_the_next_offer(
    mode: str, fake: FakeVast
) -> None:
    """502 after sending: the API may have rented. The client does not replay it; launch looks
    its marker up (3 listings), finds nothing, and rents the next offer: one instance."""
    fake.fail_next("create_instance", status=502)

    async def scenario(api: Api) -> Any:
        return await api.launch(GPU, image="ubuntu")

    instance, _ = run(mode, fake, scenario)
    creates = fake.calls_to("create_instance")
    assert len(creates) == 2 and creates[0].path != creates[1].path  # another offer
    assert list(fake.state.instances) == [instance.id]
    assert len(fake.calls_to("show_instances")) >= 3  # the lookups, then the last check


def test_a_dropped_create_response_is_resolved_by_the_marker(mode: str, fake: FakeVast) -> None:
    fake.fail_next("create_instance", drop=True)  # it rents, then the answer is lost

    async def scenario(api: Api) -> Any:
        return await api.launch(GPU, image="ubuntu")

    instance, _ = run(mode, fake, scenario)
    assert len(fake.calls_to("create_instance")) == 1
    assert list(fake.state.instances) == [instance.id] and instance.actual_status == "running"


def test_a_refused_create_is_not_flagged(mode: str, fake: FakeVast) -> None:
    async def too_big(api: Api) -> Any:  # the offer filter lets it through; the API says no
        return await api.launch({**GPU, "disk_space": None}, image="ubuntu", disk=100_000)

    with pytest.raises(BadRequestError) as caught:
        run(mode, fake, too_big)
    assert "may have created" not in notes(caught.value) and fake.state.instances == {}


def test_a_rate_limited_create_is_retried_by_the_client_and_rents_once(
    mode: str, fake: FakeVast
) -> None:
    fake.fail_next("create_instance", status=429)  # refused before acting: safe to resend

    async def scenario(api: Api) -> Any:
        return await api.launch(GPU, image="ubuntu")

    instance, _ = run(mode, fake, scenario)
    assert len(fake.calls_to("create_instance")) == 2 and list(fake.state.instances) == [
        instance.id
    ]


def test_a_query_string_launches_the_cheapest_match(mode: str, fake: FakeVast) -> None:
    """launch takes the CLI's query language: its defaults, then the caller's filters."""

    async def scenario(api: Api) -> Any:
        return await api.launch("gpu_name=RTX_4090 num_gpus>=2", image="ubuntu", disk=20)

    instance, _ = run(mode, fake, scenario)
    body = fake.calls_to("search_offers")[-1]
    assert body.status == 200
    rented = fake.state.instances[instance.id]
    assert rented["gpu_name"] == "RTX 4090" and rented["num_gpus"] >= 2


@pytest.mark.parametrize(
    ("query", "kwargs", "message"),
    [
        ("gpu_name=RTX_4090 bogus_field>1", {}, "bogus_field"),
        (["gpu_name"], {}, "query must be CLI query text, a Query or a mapping"),
        (None, {"image": " "}, "image must be a non-empty str"),
        (None, {"target_state": "stopped"}, "unexpected create_instance argument"),
        (None, {"wait_timeout": -1}, "wait_timeout must be a positive"),
        (None, {"price": 0.5}, "price is a bid"),
        (None, {"count": 0}, "count must be an int from 1 to 64"),
        (None, {"env": ["A=b"]}, "env must be a mapping"),
        (None, {"env": "-e A=b stray"}, "follows no flag"),
        (None, {"ports": (70000,)}, "port must be 1-65535"),
        (None, {"ssh": "yes"}, "ssh must be True or False"),
        (None, {"attempts": 0}, "attempts must be an int >= 1"),
        (None, {"spot": True, "price": 0.5, "max_dph": 0.1}, "above max_dph"),
        ("gpu_name=RTX_4090", {"spot": True, "type": "on-demand"}, "unexpected create_instance"),
        ({"type": "bid"}, {}, "pass spot=True"),
        (None, {"disk": 0}, "disk must be a positive"),
    ],
)
def test_bad_arguments_are_refused_before_searching(
    mode: str, fake: FakeVast, query: Any, kwargs: dict[str, Any], message: str
) -> None:
    async def scenario(api: Api) -> Any:
        return await api.launch(query, **{"image": "ubuntu", **kwargs})

    with pytest.raises(InvalidRequestError, match=message):
        run(mode, fake, scenario)
    assert fake.calls == []


def test_the_search_body() -> None:
    body = search_body({"num_gpus": {"gte": 2}, "verified": None, "order": [["score", "desc"]]}, 40)
    assert body == {
        "external": {"eq": False},
        "rentable": {"eq": True},
        "rented": {"eq": False},
        "disk_space": {"gte": 40},
        "type": "on-demand",
        "order": [["score", "desc"]],
        "limit": 64,
        "allocated_storage": 40,
        "num_gpus": {"gte": 2},
    }
    assert search_body(None, 10)["verified"] == {"eq": True}


@pytest.mark.parametrize("client", [Vast, AsyncVast])
def test_launch_options_are_create_instance_arguments(client: type[Vast | AsyncVast]) -> None:
    """Every pass-through option is a create_instance keyword (checked by name and kind)."""
    params = inspect.signature(client.create_instance).parameters
    assert set(LaunchOptions.__optional_keys__) <= set(params)
    launch = inspect.signature(client.launch).parameters
    assert {"image", "disk", "env", "onstart"} <= set(params) & set(launch)


def test_an_instance_that_vanished_is_not_reported_as_left_running(mode: str) -> None:
    slow = make_fake(boot_seconds=10_000)
    with slow.serve():

        def destroy_it(instance: Instance) -> None:
            with slow.client() as vast:
                vast.destroy_instance(id=instance.id)

        async def scenario(api: Api) -> Any:
            return await api.launch(GPU, image="ubuntu", on_progress=destroy_it)

        with pytest.raises(InstanceGoneError) as caught:
            run(mode, slow, scenario)
    assert "no longer exists; nothing to destroy" in notes(caught.value)
    assert "could NOT destroy" not in notes(caught.value)


def test_ctrl_c_during_the_create_looks_the_marker_up(
    fake: FakeVast, monkeypatch: pytest.MonkeyPatch
) -> None:
    with fake.client(virtual_sleep=True) as vast:

        def interrupted(**kwargs: Any) -> Any:
            raise KeyboardInterrupt

        monkeypatch.setattr(vast, "create_instance", interrupted)
        with pytest.raises(KeyboardInterrupt) as caught:
            vast.launch(GPU, image="ubuntu")
    assert "interrupted while renting; looked up its marker and found none" in notes(caught.value)
    assert fake.calls_to("destroy_instance") == [] and fake.state.instances == {}
