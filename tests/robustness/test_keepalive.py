"""Stale keep-alive connections: calls that are not replay-safe succeed, and are never replayed.

The race: a server closes an idle keep-alive connection just as the client writes its next
request on it. The request fails before any response byte, exactly as when the server read the
request and then dropped the connection, so the client cannot tell a safe replay from a
double rent. The SDK's rule (take_idle_connections): a call that is not replay-safe is always
sent on a new connection, where the server has no idle timer to race with. Replay-safe calls
keep reusing connections, and are retried when the race hits them.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import anyio
import pytest

from vast_sdk import APIConnectionError, AsyncVast, Vast

from .hostile import (
    HostileServer,
    answer,
    close_at_next_request,
    close_when_idle,
    read_then_drop,
    reset_after_reading,
)

CREATED = {"success": True, "new_contract": 7}
USER = {"id": 1, "email": "a@b.c"}


def _create(client: Vast, **kw: object) -> int:
    return client.create_instance(id=4242, image="pytorch/pytorch", **kw).new_contract  # type: ignore[arg-type]


async def _acreate(client: AsyncVast, **kw: object) -> int:
    result = await client.create_instance(id=4242, image="pytorch/pytorch", **kw)  # type: ignore[arg-type]
    return result.new_contract


# ------------------------------------------------------------------ (a) the race, survived


def test_money_call_after_the_server_closed_the_idle_connection(
    vast: Callable[..., Vast], server: HostileServer
) -> None:
    server.add(answer(200, USER, then=close_when_idle(0.05)), answer(200, CREATED))
    client = vast()
    client.show_user()
    time.sleep(0.15)  # the server's idle timer has fired
    assert _create(client) == 7
    assert [r.connection for r in server.requests] == [1, 2]
    assert client.requester.sleep.delays == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("money_first", [False, True])
def test_money_call_when_the_server_closes_at_the_moment_of_the_next_request(
    vast: Callable[..., Vast], server: HostileServer, money_first: bool
) -> None:
    # Every connection is closed by the server as soon as a second request arrives on it.
    first = _create if money_first else Vast.show_user
    server.add(answer(200, CREATED if money_first else USER, then=close_at_next_request))
    server.add(answer(200, CREATED, then=close_at_next_request))
    client = vast()
    first(client)
    assert _create(client) == 7
    assert [(r.path, r.connection) for r in server.requests][1] == ("/api/v0/asks/4242/", 2)
    assert len(server.requests) == 2  # the stale connection never delivered a request
    assert client.requester.sleep.delays == []  # type: ignore[attr-defined]


def test_many_money_calls_in_a_row_each_get_a_new_connection(
    vast: Callable[..., Vast], server: HostileServer
) -> None:
    server.default = answer(200, CREATED, then=close_at_next_request)
    client = vast(max_retries=0)
    for _ in range(20):
        assert _create(client) == 7
    assert [r.connection for r in server.requests] == list(range(1, 21))


def test_a_replay_safe_call_reuses_the_connection_and_is_retried_when_the_race_hits(
    vast: Callable[..., Vast], server: HostileServer
) -> None:
    server.add(answer(200, USER), answer(200, USER, then=close_at_next_request), answer(200, USER))
    client = vast()
    client.show_user()
    client.show_user()  # reused: connection 1
    client.show_user()  # connection 1 is closed under it: retried on connection 2
    assert [r.connection for r in server.requests] == [1, 1, 2]
    assert len(client.requester.sleep.delays) == 1  # type: ignore[attr-defined]


# ------------------------------------------------------------ (b) what the server read: no replay


@pytest.mark.parametrize("drop", [read_then_drop, reset_after_reading], ids=["fin", "rst"])
def test_a_money_call_the_server_read_is_never_replayed(
    vast: Callable[..., Vast], server: HostileServer, drop: Callable[..., object]
) -> None:
    # A kept-alive connection exists (as in the race), then the server reads the money call
    # in full and drops the connection without a byte of answer.
    server.add(answer(200, USER), drop)
    server.default = answer(200, CREATED)
    client = vast(max_retries=5)
    client.show_user()
    with pytest.raises(APIConnectionError):
        _create(client)
    money = [r for r in server.requests if r.path == "/api/v0/asks/4242/"]
    assert len(money) == 1
    assert money[0].json()["image"] == "pytorch/pytorch"  # the server had the whole request
    assert client.requester.sleep.delays == []  # type: ignore[attr-defined]


# ------------------------------------------------------------------ the same, async


@pytest.mark.anyio
async def test_async_money_call_after_the_server_closed_the_idle_connection(
    async_vast: Callable[..., AsyncVast], server: HostileServer
) -> None:
    server.add(answer(200, USER, then=close_when_idle(0.05)), answer(200, CREATED))
    async with async_vast() as client:
        await client.show_user()
        await anyio.sleep(0.15)
        assert await _acreate(client) == 7
    assert [r.connection for r in server.requests] == [1, 2]


@pytest.mark.anyio
async def test_async_money_call_when_the_server_closes_at_the_moment_of_the_next_request(
    async_vast: Callable[..., AsyncVast], server: HostileServer
) -> None:
    server.default = answer(200, CREATED, then=close_at_next_request)
    async with async_vast(max_retries=0) as client:
        await client.show_user()
        for _ in range(10):
            assert await _acreate(client) == 7
    assert [r.connection for r in server.requests] == list(range(1, 12))


@pytest.mark.anyio
async def test_async_replay_safe_call_is_retried_when_the_race_hits(
    async_vast: Callable[..., AsyncVast], server: HostileServer
) -> None:
    server.add(answer(200, USER, then=close_at_next_request), answer(200, USER))
    async with async_vast() as client:
        await client.show_user()
        await client.show_user()
        assert len(client.requester.sleep.delays) == 1  # type: ignore[attr-defined]
    assert [r.connection for r in server.requests] == [1, 2]


@pytest.mark.anyio
@pytest.mark.parametrize("drop", [read_then_drop, reset_after_reading], ids=["fin", "rst"])
async def test_async_money_call_the_server_read_is_never_replayed(
    async_vast: Callable[..., AsyncVast], server: HostileServer, drop: Callable[..., object]
) -> None:
    server.add(answer(200, USER), drop)
    server.default = answer(200, CREATED)
    async with async_vast(max_retries=5) as client:
        await client.show_user()
        with pytest.raises(APIConnectionError):
            await _acreate(client)
        assert client.requester.sleep.delays == []  # type: ignore[attr-defined]
    assert len([r for r in server.requests if r.path == "/api/v0/asks/4242/"]) == 1


def test_a_custom_transport_is_left_alone() -> None:
    """Without httpx's own pool (a MockTransport), calls go through it unchanged."""
    import httpx

    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(200, json=CREATED)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with Vast(api_key="k" * 16, base_url="http://127.0.0.1:1", http_client=http) as client:
        assert _create(client) == 7
    assert seen == ["/api/v0/asks/4242/"]
