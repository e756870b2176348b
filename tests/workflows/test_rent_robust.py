"""launch when the market fights back, over loopback HTTP with Vast and AsyncVast: offers taken
between the search and the rent, machines that cannot start the image, answers lost after the
API acted, a price cap, spot bids, ports and env, count=N. After each: how many creates went
out and exactly which instances exist."""

from __future__ import annotations

import asyncio
import json
import math
import warnings
from collections.abc import Iterator
from typing import Any

import pytest

from vast_sdk import (
    APIConnectionError,
    AsyncVast,
    BidTooLowError,
    InstanceStartError,
    InternalServerError,
    InvalidRequestError,
    LaunchError,
    NotFoundError,
    OfferUnavailableError,
    PriceCapError,
    Vast,
    public_port,
)
from vast_sdk._workflows._marker import MARKER_ENV, MARKER_PREFIX
from vast_sdk._workflows._spend import default_bid, offer_search_body
from vast_sdk.models import Instance, Offer
from vast_sdk.testing import FakeVast

from .conftest import Api, run

GPU = {"gpu_name": {"eq": "RTX 4090"}}


def notes(exc: BaseException) -> str:
    return "\n".join(getattr(exc, "__notes__", []))


def offers_by_price(fake: FakeVast, *, spot: bool = False) -> list[Offer]:
    """The RTX 4090 offers launch would rent, in its order (searched in-process)."""
    with fake.client() as vast:
        found = vast.search_offers(body=offer_search_body(GPU, 10.0, spot=spot)).offers
    return sorted(found, key=lambda o: (o.dph_total, o.id))


def creates(fake: FakeVast) -> list[int]:
    """The offer id of every create_instance sent, in order."""
    return [int(c.path.rstrip("/").rsplit("/", 1)[-1]) for c in fake.calls_to("create_instance")]


@pytest.fixture
def captured(fake: FakeVast) -> Iterator[dict[str, list[Any]]]:
    """The JSON bodies of create_instance requests, as the fake received them."""
    seen: dict[str, list[Any]] = {"create_instance": [], "search_offers": []}
    dispatch = fake.dispatch

    def recording(request: Any) -> Any:
        for op in seen:
            if (op == "create_instance" and "/asks/" in request.path) or (
                op == "search_offers" and request.path == "/api/v0/bundles/"
            ):
                seen[op].append(json.loads(request.body or b"{}"))
        return dispatch(request)

    fake.dispatch = recording  # type: ignore[method-assign]
    yield seen


# ---------------------------------------------------------------- OfferUnavailableError


def test_any_call_raises_offer_unavailable(mode: str, fake: FakeVast) -> None:
    taken = offers_by_price(fake)[0].id
    fake.take_offer(taken)

    async def scenario(api: Api) -> list[BaseException]:
        found: list[BaseException] = []
        for offer_id in (taken, 999_999_999):  # 410 (taken), 404 (no such offer)
            try:
                await api.create_instance(id=offer_id, image="ubuntu")
            except NotFoundError as exc:  # still caught as before
                found.append(exc)
        return found

    errors, _ = run(mode, fake, scenario)
    assert [type(e) for e in errors] == [OfferUnavailableError, OfferUnavailableError]
    assert [e.status_code for e in errors] == [410, 404]
    assert [e.offer_id for e in errors] == [taken, 999_999_999]
    assert fake.state.instances == {}


# ---------------------------------------------------------------- the offer is gone


def test_an_offer_taken_since_the_search_rents_the_next_one(mode: str, fake: FakeVast) -> None:
    first, second = offers_by_price(fake)[:2]
    fake.race_next_rent()

    async def scenario(api: Api) -> Any:
        return await api.launch(GPU, image="ubuntu")

    instance, _ = run(mode, fake, scenario)
    assert creates(fake) == [first.id, second.id]
    assert list(fake.state.instances) == [instance.id]
    assert fake.state.instances[instance.id]["_offer"] == second.id


def test_when_the_attempts_run_out_the_last_error_lists_every_try(
    mode: str, fake: FakeVast
) -> None:
    fake.race_next_rent(times=3)

    async def scenario(api: Api) -> Any:
        return await api.launch(GPU, image="ubuntu", attempts=3)

    with pytest.raises(OfferUnavailableError) as caught:
        run(mode, fake, scenario)
    assert len(creates(fake)) == 3 and fake.state.instances == {}
    assert "3 offer(s) tried" in notes(caught.value)


# ---------------------------------------------------------------- machines that cannot boot


def test_a_machine_that_fails_to_boot_is_left_out_and_its_instance_destroyed_first(
    mode: str, fake: FakeVast
) -> None:
    bad = offers_by_price(fake)[0].machine_id
    assert bad is not None
    fake.fail_start(machine_id=bad, reason="image_pull")

    async def scenario(api: Api) -> Any:
        return await api.launch(GPU, image="private/image")

    instance, _ = run(mode, fake, scenario)
    assert instance.machine_id != bad and list(fake.state.instances) == [instance.id]
    order = [c.op for c in fake.calls if c.op in ("create_instance", "destroy_instance")]
    assert order == ["create_instance", "destroy_instance", "create_instance"]


def test_exclude_machines_are_never_rented(mode: str, fake: FakeVast) -> None:
    cheapest = offers_by_price(fake)
    skip = {o.machine_id for o in cheapest[:2] if o.machine_id is not None}

    async def scenario(api: Api) -> Any:
        return await api.launch(GPU, image="ubuntu", exclude_machines=skip)

    instance, _ = run(mode, fake, scenario)
    assert instance.machine_id not in skip and len(creates(fake)) == 1


def test_a_start_failure_on_every_machine_is_raised_with_its_message(
    mode: str, fake: FakeVast
) -> None:
    for offer in offers_by_price(fake):
        fake.fail_start(machine_id=offer.machine_id, reason="disk")

    async def scenario(api: Api) -> Any:
        return await api.launch(GPU, image="ubuntu", attempts=2)

    with pytest.raises(InstanceStartError) as caught:
        run(mode, fake, scenario)
    assert caught.value.category == "disk" and "no space left" in str(caught.value.status_msg)
    assert len(creates(fake)) == 2 and fake.state.instances == {}


# ---------------------------------------------------------------- the ambiguous create


def test_an_ambiguous_create_whose_launch_fails_leaves_nothing(mode: str, fake: FakeVast) -> None:
    """The answer is lost after the API rented, then the instance cannot start: exactly one
    instance was made, and it is destroyed."""
    fake.fail_next("create_instance", drop=True)
    for offer in offers_by_price(fake):
        fake.fail_start(machine_id=offer.machine_id, reason="gpu")

    async def scenario(api: Api) -> Any:
        return await api.launch(GPU, image="ubuntu", attempts=1)

    with pytest.raises(InstanceStartError) as caught:
        run(mode, fake, scenario)
    assert len(creates(fake)) == 1 and fake.state.instances == {}
    assert "destroyed instance" in notes(caught.value)


def test_a_lookup_that_fails_raises_naming_the_marker_and_rents_nothing_more(
    mode: str, fake: FakeVast
) -> None:
    fake.fail_next("create_instance", drop=True)
    fake.fail_next("show_instances", status=500, times=3)

    async def scenario(api: Api) -> Any:
        return await api.launch(GPU, image="ubuntu", label="job-7")

    with pytest.raises(APIConnectionError) as caught:
        run(mode, fake, scenario, max_retries=0)
    assert len(creates(fake)) == 1 and len(fake.state.instances) == 1  # the user can find it
    text = notes(caught.value)
    assert "the lookup failed" in text and "'job-7'" in text and f"{MARKER_ENV}=" in text


def test_the_marker_is_the_label_unless_the_caller_gave_one(
    mode: str, fake: FakeVast, captured: dict[str, list[Any]]
) -> None:
    async def scenario(api: Api) -> Any:
        return [
            await api.launch(GPU, image="ubuntu"),
            await api.launch(GPU, image="ubuntu", label="mine"),
        ]

    (unlabelled, labelled), _ = run(mode, fake, scenario)
    first, second = captured["create_instance"]
    assert first["label"].startswith(MARKER_PREFIX) and unlabelled.label == first["label"]
    assert first["env"][MARKER_ENV] == first["label"]
    assert second["label"] == "mine" == labelled.label
    assert second["env"][MARKER_ENV].startswith(MARKER_PREFIX)


def test_ctrl_c_after_the_api_rented_destroys_the_rental(fake: FakeVast) -> None:
    with fake.client(virtual_sleep=True) as vast:
        real = vast.create_instance

        def rented_then_interrupted(**kwargs: Any) -> Any:
            real(**kwargs)
            raise KeyboardInterrupt

        vast.create_instance = rented_then_interrupted  # type: ignore[method-assign]
        with pytest.raises(KeyboardInterrupt) as caught:
            vast.launch(GPU, image="ubuntu")
    assert "looked up its marker and destroyed it" in notes(caught.value)
    assert fake.state.instances == {} and len(fake.calls_to("destroy_instance")) == 1


def test_a_task_cancelled_after_the_api_rented_destroys_the_rental(fake: FakeVast) -> None:
    async def go() -> None:
        async with fake.async_client(virtual_sleep=True) as avast:
            real = avast.create_instance

            async def rented_then_cancelled(**kwargs: Any) -> Any:
                await real(**kwargs)
                raise asyncio.CancelledError

            avast.create_instance = rented_then_cancelled  # type: ignore[method-assign]
            await avast.launch(GPU, image="ubuntu")

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(go())
    assert fake.state.instances == {} and len(fake.calls_to("destroy_instance")) == 1


def test_a_5xx_create_that_made_nothing_tries_the_next_offer(mode: str, fake: FakeVast) -> None:
    fake.fail_next("create_instance", status=500)

    async def scenario(api: Api) -> Any:
        return await api.launch(GPU, image="ubuntu")

    instance, _ = run(mode, fake, scenario)
    assert len(creates(fake)) == 2 and list(fake.state.instances) == [instance.id]


def test_a_5xx_create_on_the_last_attempt_is_raised_with_what_to_look_for(
    mode: str, fake: FakeVast
) -> None:
    fake.fail_next("create_instance", status=500)

    async def scenario(api: Api) -> Any:
        return await api.launch(GPU, image="ubuntu", attempts=1)

    with pytest.raises(InternalServerError) as caught:
        run(mode, fake, scenario)
    assert len(creates(fake)) == 1 and fake.state.instances == {}
    assert "3 lookups found none" in notes(caught.value)


# ---------------------------------------------------------------- the spend cap


def test_max_dph_below_every_offer_rents_nothing(mode: str, fake: FakeVast) -> None:
    async def scenario(api: Api) -> Any:
        return await api.launch(GPU, image="ubuntu", max_dph=0.0001)

    with pytest.raises(PriceCapError) as caught:
        run(mode, fake, scenario)
    assert caught.value.max_dph == 0.0001 and caught.value.cheapest is not None
    assert creates(fake) == [] and fake.state.instances == {}


def test_a_price_raised_at_rent_time_is_destroyed_and_the_next_offer_rented(
    mode: str, fake: FakeVast
) -> None:
    cheap = offers_by_price(fake)
    assert cheap[1].dph_total is not None
    cap = cheap[1].dph_total + 0.001  # room for the two cheapest (storage included)
    fake.reprice_next_rent(3.0)

    async def scenario(api: Api) -> Any:
        return await api.launch(GPU, image="ubuntu", max_dph=cap)

    instance, _ = run(mode, fake, scenario)
    assert instance.dph_total is not None and instance.dph_total <= cap
    assert len(creates(fake)) == 2 and list(fake.state.instances) == [instance.id]
    assert len(fake.calls_to("destroy_instance")) == 1


# ---------------------------------------------------------------- spot


def test_spot_searches_bid_offers_and_bids_the_minimum_plus_the_margin(
    mode: str, fake: FakeVast, captured: dict[str, list[Any]]
) -> None:
    async def scenario(api: Api) -> Any:
        return await api.launch("gpu_name=RTX_4090", image="ubuntu", spot=True)

    instance, _ = run(mode, fake, scenario)
    search = captured["search_offers"][-1]
    assert search["type"] == "bid" and search["rented"] == {"eq": False}
    sent = captured["create_instance"][-1]
    offer = fake.state.offers[fake.state.instances[instance.id]["_offer"]]
    assert sent["price"] == default_bid(offer["min_bid"]) > offer["min_bid"]
    assert instance.is_bid is True


def test_a_bid_below_every_minimum_is_refused_before_any_rent(mode: str, fake: FakeVast) -> None:
    async def scenario(api: Api) -> Any:
        return await api.launch("gpu_name=RTX_4090", image="ubuntu", spot=True, price=0.001)

    with pytest.raises(BidTooLowError) as caught:
        run(mode, fake, scenario)
    lowest = min(o.min_bid or math.inf for o in offers_by_price(fake, spot=True))
    assert caught.value.minimum is not None and math.isclose(caught.value.minimum, lowest)
    assert f"{caught.value.minimum}" in str(caught.value) and creates(fake) == []


def test_an_outbid_start_is_retried_on_another_machine(mode: str, fake: FakeVast) -> None:
    outbid: list[int] = []

    def outbid_once(instance: Instance) -> None:
        if not outbid:
            outbid.append(instance.id)
            fake.outbid(instance.id)

    async def scenario(api: Api) -> Any:
        return await api.launch(GPU, image="ubuntu", spot=True, on_progress=outbid_once)

    instance, _ = run(mode, fake, scenario)
    assert instance.id != outbid[0] and list(fake.state.instances) == [instance.id]
    assert len(creates(fake)) == 2


# ---------------------------------------------------------------- ports and env


def test_ports_and_a_docker_style_env_string_reach_the_instance(
    mode: str, fake: FakeVast, captured: dict[str, list[Any]]
) -> None:
    async def scenario(api: Api) -> Any:
        return await api.launch(
            GPU, image="ubuntu", env="-e HF_HOME=/w/hf -e TOKEN='a b' -p 9000:9000", ports=(8080,)
        )

    instance, _ = run(mode, fake, scenario)
    env = captured["create_instance"][-1]["env"]
    assert {k: v for k, v in env.items() if k != MARKER_ENV} == {
        "HF_HOME": "/w/hf",
        "TOKEN": "a b",
        "-p 9000:9000": "1",
        "-p 8080:8080": "1",
    }  # what `vastai create instance --env "..."` sends, plus ports=
    for port in (8080, 9000, 22):
        host, number = public_port(instance, port)
        assert host == instance.public_ipaddr and 1 <= number <= 65535


# ---------------------------------------------------------------- count=N


def test_count_rents_them_all_and_returns_them_running(mode: str, fake: FakeVast) -> None:
    async def scenario(api: Api) -> Any:
        return await api.launch(GPU, image="ubuntu", count=3, label="sweep")

    instances, _ = run(mode, fake, scenario)
    assert isinstance(instances, list) and len(instances) == 3
    assert all(i.actual_status == "running" and i.label == "sweep" for i in instances)
    assert sorted(i.id for i in instances) == sorted(fake.state.instances)
    assert len(set(creates(fake))) == 3 and fake.calls_to("show_instance") == []  # listings


def test_count_replaces_an_instance_that_cannot_start(mode: str, fake: FakeVast) -> None:
    bad = offers_by_price(fake)[1].machine_id
    fake.fail_start(machine_id=bad, reason="oci_runtime")

    async def scenario(api: Api) -> Any:
        return await api.launch(GPU, image="ubuntu", count=3)

    instances, _ = run(mode, fake, scenario)
    assert len(instances) == 3 and all(i.machine_id != bad for i in instances)
    assert sorted(i.id for i in instances) == sorted(fake.state.instances)
    assert len(creates(fake)) == 4 and len(fake.calls_to("destroy_instance")) == 1


def test_count_that_cannot_be_met_destroys_all_and_says_what_happened_to_each(
    mode: str, fake: FakeVast
) -> None:
    """Only two machines can start the image; attempts=1 gives 3 failures in all (one per
    instance asked for): two replacements, then every instance is destroyed."""
    good = {o.machine_id for o in offers_by_price(fake)[:2]}
    for offer in offers_by_price(fake)[2:]:
        if offer.machine_id not in good:
            fake.fail_start(machine_id=offer.machine_id, reason="image_not_found")

    async def scenario(api: Api) -> Any:
        return await api.launch(GPU, image="ubuntu", count=3, attempts=1)

    with pytest.raises(LaunchError) as caught:
        run(mode, fake, scenario)
    err = caught.value
    assert isinstance(err.__cause__, InstanceStartError) and len(err.tries) == 3
    assert len(err.outcomes) == 3 and set(err.outcomes.values()) == {"destroyed"}
    assert fake.state.instances == {} and len(creates(fake)) == 5


def test_count_with_an_ambiguous_create_rents_exactly_n(mode: str, fake: FakeVast) -> None:
    fake.fail_next("create_instance", drop=True)

    async def scenario(api: Api) -> Any:
        return await api.launch(GPU, image="ubuntu", count=2)

    instances, _ = run(mode, fake, scenario)
    assert sorted(i.id for i in instances) == sorted(fake.state.instances)
    assert len(instances) == 2 and len(creates(fake)) == 2


def test_count_with_nothing_to_rent_raises_launch_error(mode: str, fake: FakeVast) -> None:
    async def scenario(api: Api) -> Any:
        return await api.launch({"num_gpus": {"gte": 1000}}, image="ubuntu", count=2)

    with pytest.raises(LaunchError, match="nothing was rented") as caught:
        run(mode, fake, scenario)
    assert caught.value.outcomes == {} and fake.state.instances == {}


# ---------------------------------------------------------------- the wait's timeout name


def test_timeout_still_works_with_a_deprecation_warning(fake: FakeVast) -> None:
    with fake.client(virtual_sleep=True) as vast:
        with pytest.warns(DeprecationWarning, match="wait_timeout"):
            instance = vast.launch(GPU, image="ubuntu", timeout=600)
        assert instance.actual_status == "running"
        with pytest.raises(InvalidRequestError, match="not both"):
            vast.launch(GPU, image="ubuntu", timeout=600, wait_timeout=60)
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # wait_timeout alone warns nothing
            vast.launch(GPU, image="ubuntu", wait_timeout=600)


@pytest.mark.parametrize("client", [Vast, AsyncVast])
def test_launch_has_the_issues_parameter_names(client: type[Vast | AsyncVast]) -> None:
    import inspect

    params = inspect.signature(client.launch).parameters
    for name in ("count", "max_dph", "spot", "price", "attempts", "exclude_machines", "ports"):
        assert params[name].kind is inspect.Parameter.KEYWORD_ONLY, name
    assert params["count"].default == 1 and params["attempts"].default == 3
    assert params["max_dph"].default is None and params["spot"].default is False
