"""start_instance / stop_instance / label_instance: the CLI's names for manage_instance bodies."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from vast_sdk import AsyncVast, InvalidRequestError, NotFoundError, Vast
from vast_sdk.testing import FakeVast

from .conftest import Api, new_instance, run


def test_stop_label_start(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake, running=True)

    async def scenario(api: Api) -> Any:
        stopped = await api.stop_instance(iid)
        after_stop = await api.wait_for_instance(iid, "stopped")
        labelled = await api.label_instance(iid, "nightly")
        started = await api.start_instance(iid)
        return stopped, after_stop, labelled, started, await api.wait_for_instance(iid)

    (stopped, after_stop, labelled, started, running), _ = run(mode, fake, scenario)
    assert stopped.success and labelled.success and started.success
    assert after_stop.intended_status == "stopped" and after_stop.actual_status == "exited"
    assert running.actual_status == "running" and running.label == "nightly"
    bodies = [c.path for c in fake.calls_to("manage_instance")]
    assert bodies == [f"/api/v0/instances/{iid}/"] * 3


def test_starting_clears_a_crash(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake, running=True)
    fake.fail_instance(iid, "exited")

    async def scenario(api: Api) -> Any:
        await api.start_instance(iid)
        return await api.wait_for_instance(iid)

    running, _ = run(mode, fake, scenario)
    assert running.actual_status == "running"


def test_errors(mode: str, fake: FakeVast) -> None:
    async def unknown(api: Api) -> Any:
        return await api.stop_instance(31337)

    with pytest.raises(NotFoundError):
        run(mode, fake, unknown)

    async def bad_label(api: Api) -> Any:
        return await api.label_instance(1, 42)

    with pytest.raises(InvalidRequestError, match="label must be a str"):
        run(mode, fake, bad_label)


@pytest.mark.parametrize("client", [Vast, AsyncVast])
@pytest.mark.parametrize("name", ["start_instance", "stop_instance", "label_instance"])
def test_documented_with_the_cli_command(client: type[Vast | AsyncVast], name: str) -> None:
    method = getattr(client, name)
    doc = inspect.getdoc(method) or ""
    assert f"vastai {name.replace('_', ' ')}" in doc and "Args:" in doc
    assert inspect.iscoroutinefunction(method) is (client is AsyncVast)
