"""public_port and the SSH helpers take an Instance (no request) or its id (one show_instance);
on AsyncVast an id gives an awaitable. And the search body launch sends for query text."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import pytest

from vast_sdk import (
    AsyncVast,
    InvalidRequestError,
    PortNotMappedError,
    SSHUnavailableError,
    Vast,
    public_port,
)
from vast_sdk._workflows._spend import search_body
from vast_sdk.testing import FakeVast

from .conftest import new_instance


def running(fake: FakeVast) -> int:
    with fake.client(virtual_sleep=True) as vast:
        return vast.launch(image="ubuntu", ports=(8080,)).id


def test_sync_helpers_take_an_instance_or_its_id(fake: FakeVast) -> None:
    iid = running(fake)
    with fake.client() as vast:
        instance = vast.show_instance(id=iid).instances
        assert instance is not None
        before = len(fake.calls)
        by_instance = (
            vast.public_port(instance, 8080),
            vast.ssh_url(instance),
            vast.scp_url(instance),
            vast.ssh_command(instance),
        )
        assert len(fake.calls) == before  # no request for an Instance
        by_id = (
            vast.public_port(iid, 8080),
            vast.ssh_url(iid),
            vast.scp_url(iid),
            vast.ssh_command(iid),
        )
        assert len(fake.calls) == before + 4  # one show_instance each
    assert by_id == by_instance
    assert by_id[0] == public_port(instance, 8080) == public_port(instance.to_dict(), 8080)
    assert by_id[1].startswith("ssh://root@") and by_id[2].startswith("scp://root@")


def test_async_helpers_answer_at_once_for_an_instance_and_await_for_an_id(fake: FakeVast) -> None:
    iid = running(fake)

    async def go() -> tuple[Any, Any]:
        async with fake.async_client() as avast:
            instance = (await avast.show_instance(id=iid)).instances
            assert instance is not None
            url = avast.ssh_url(instance)
            assert isinstance(url, str)  # not a coroutine
            now = (
                url,
                avast.scp_url(instance),
                avast.ssh_command(instance),
                avast.public_port(instance, 8080),
            )
            pending = avast.ssh_url(iid)
            assert inspect.isawaitable(pending)
            later = (
                await pending,
                await avast.scp_url(iid),
                await avast.ssh_command(iid),
                await avast.public_port(iid, 8080),
            )
            return now, later

    now, later = asyncio.run(go())
    assert now == later


@pytest.mark.parametrize("client", [Vast, AsyncVast])
def test_an_unknown_id_is_a_typed_error(fake: FakeVast, client: type[Vast | AsyncVast]) -> None:
    async def go() -> list[BaseException]:
        caught: list[BaseException] = []
        made = fake.client() if client is Vast else fake.async_client()
        calls: list[Any] = [
            lambda: made.ssh_url(12345),
            lambda: made.ssh_command(12345),
            lambda: made.public_port(12345, 22),
        ]
        for call in calls:
            try:
                result = call()
                if inspect.isawaitable(result):
                    await result
            except (SSHUnavailableError, PortNotMappedError) as exc:
                caught.append(exc)
        return caught

    errors = asyncio.run(go())
    assert [type(e) for e in errors] == [
        SSHUnavailableError,
        SSHUnavailableError,
        PortNotMappedError,
    ]
    assert all("instance 12345 does not exist" in str(e) for e in errors)


def test_a_port_not_published_names_the_ones_that_are(fake: FakeVast) -> None:
    iid = running(fake)
    with fake.client() as vast, pytest.raises(PortNotMappedError) as caught:
        vast.public_port(iid, 6006)
    assert caught.value.mapped == ("22/tcp", "8080/tcp") and "ports=(6006,)" in str(caught.value)


def test_something_else_than_an_instance_or_an_id_is_refused(fake: FakeVast) -> None:
    iid = new_instance(fake, running=True)
    with fake.client() as vast, pytest.raises(InvalidRequestError, match="Instance or an"):
        vast.ssh_url({"id": iid})  # type: ignore[arg-type]


def test_query_text_excludes_rented_offers_like_a_mapping() -> None:
    """The official CLI's text path sends no ``rented`` filter; launch adds rented=false to
    text as the official SDK does for a mapping, unless the text says rented=any."""
    text = search_body("gpu_name=RTX_4090", 10)
    assert text["rented"] == {"eq": False} == search_body({}, 10)["rented"]
    assert text["verified"] == {"eq": True} and text["rentable"] == {"eq": True}
    assert "rented" not in search_body("gpu_name=RTX_4090 rented=any", 10)
    assert search_body("rented=true", 10)["rented"] == {"eq": True}
