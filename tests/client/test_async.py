"""AsyncVast: the key scenarios of the sync suite, as coroutines."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from vast_sdk import (
    APIConnectionError,
    APIResponse,
    APITimeoutError,
    AsyncVast,
    InternalServerError,
    MissingAPIKeyError,
    NotFoundError,
    RateLimitError,
)
from vast_sdk.models import DetachSshKeyResponse

from .conftest import KEY, AsyncSleepRecorder
from .server import MockServer, drop, free_port, reply, stall, trickle_body, trickle_headers

pytestmark = pytest.mark.anyio

PATH = "/api/v0/instances/99999/ssh/12345/"
OK = {"success": True, "msg": "SSH key removed from instance."}

MakeAsync = Callable[..., AsyncVast]


def _closed(client: AsyncVast) -> bool:
    """Whether the client's pool is closed, read afresh (a call, so mypy does not narrow it)."""
    return client.requester.http_client.is_closed


def _recorded(client: AsyncVast) -> AsyncSleepRecorder:
    recorder = AsyncSleepRecorder()
    client.requester.sleep = recorder
    return recorder


async def test_seed_200(make_async_client: MakeAsync, server: MockServer) -> None:
    server.add(reply(200, OK))
    async with make_async_client() as client:
        result = await client.detach_ssh_key(id=99999, ssh_key_id=12345)
    assert isinstance(result, DetachSshKeyResponse)
    assert (result.success, result.msg) == (True, OK["msg"])
    assert (server.last.method, server.last.path) == ("DELETE", PATH)
    assert server.last.headers["authorization"] == f"Bearer {KEY}"


@pytest.mark.parametrize("error", ["no_such_instance", "no_such_ssh_key"])
async def test_seed_404(make_async_client: MakeAsync, server: MockServer, error: str) -> None:
    body = {"success": False, "error": error, "msg": "not found"}
    server.add(reply(404, body))
    async with make_async_client() as client:
        with pytest.raises(NotFoundError) as info:
            await client.detach_ssh_key(id=99999, ssh_key_id=12345)
    exc = info.value
    assert (exc.status_code, exc.error, exc.msg, exc.body) == (404, error, "not found", body)
    assert (exc.method, exc.url) == ("DELETE", server.url + PATH)
    assert len(server.requests) == 1


async def test_seed_500_is_not_retried(make_async_client: MakeAsync, server: MockServer) -> None:
    server.default = reply(500, {"error": "delete_ssh_from_instance"})
    async with make_async_client() as client:
        sleeps = _recorded(client)
        with pytest.raises(InternalServerError):
            await client.detach_ssh_key(id=1, ssh_key_id=2)
    assert len(server.requests) == 1
    assert sleeps.delays == []


async def test_429_then_success_is_retried(
    make_async_client: MakeAsync, server: MockServer
) -> None:
    server.add(reply(429, {"detail": "API requests too frequent"}), reply(200, OK))
    async with make_async_client() as client:
        sleeps = _recorded(client)
        result = await client.detach_ssh_key(id=1, ssh_key_id=2)
    assert result.success is True
    assert len(server.requests) == 2
    assert len(sleeps.delays) == 1
    assert 0.25 <= sleeps.delays[0] <= 0.5


async def test_retryable_status_is_tried_three_times(
    make_async_client: MakeAsync, server: MockServer
) -> None:
    server.default = reply(429, {"detail": "slow down"})
    async with make_async_client() as client:
        sleeps = _recorded(client)
        with pytest.raises(RateLimitError):
            await client.detach_ssh_key(id=1, ssh_key_id=2)
    assert len(server.requests) == 3
    assert len(sleeps.delays) == 2
    assert 0.25 <= sleeps.delays[0] <= 0.5 <= sleeps.delays[1] <= 1.0


async def test_retry_after_is_honoured(make_async_client: MakeAsync, server: MockServer) -> None:
    server.add(reply(503, {}, headers={"Retry-After": "0.3"}), reply(200, OK))
    async with make_async_client() as client:
        await client.detach_ssh_key(id=1, ssh_key_id=2)
    first, second = server.requests
    assert 0.3 <= second.time - first.time < 1.0


async def test_connection_refused_is_retried(make_async_client: MakeAsync) -> None:
    attempts: list[httpx.Request] = []

    async def hook(request: httpx.Request) -> None:
        attempts.append(request)

    http = httpx.AsyncClient(event_hooks={"request": [hook]})
    url = f"http://127.0.0.1:{free_port()}"
    async with make_async_client(base_url=url, http_client=http) as client:
        sleeps = _recorded(client)
        with pytest.raises(APIConnectionError) as info:
            await client.create_instance(id=1, image="x")
    assert not isinstance(info.value, APITimeoutError)
    assert len(attempts) == 3
    assert len(sleeps.delays) == 2
    await http.aclose()


MONEY: dict[str, Callable[[AsyncVast], Any]] = {
    "create_instance": lambda c: c.create_instance(id=4242, image="x", disk=10),
    "transfer_credit": lambda c: c.transfer_credit(recipient="a@b.c", amount=5.0),
}


@pytest.mark.parametrize("name", sorted(MONEY))
async def test_stalled_money_call_is_sent_once(
    make_async_client: MakeAsync, server: MockServer, name: str
) -> None:
    server.default = stall()
    async with make_async_client(timeout=1.0) as client:  # a busy host connects within it
        sleeps = _recorded(client)
        with pytest.raises(APITimeoutError):
            await MONEY[name](client)
    assert len(server.requests) == 1
    assert sleeps.delays == []


@pytest.mark.parametrize("name", sorted(MONEY))
async def test_dropped_money_call_is_sent_once(
    make_async_client: MakeAsync, server: MockServer, name: str
) -> None:
    server.default = drop()
    # the drop answers at once; a short deadline would only fail a slow connect on a busy host
    async with make_async_client(timeout=10) as client:
        with pytest.raises(APIConnectionError):
            await MONEY[name](client)
    assert len(server.requests) == 1


@pytest.mark.parametrize("name", sorted(MONEY))
@pytest.mark.parametrize(("status", "requests"), [(502, 1), (504, 1), (429, 2), (503, 2)])
async def test_money_call_statuses(
    make_async_client: MakeAsync, server: MockServer, name: str, status: int, requests: int
) -> None:
    server.add(reply(status, {}), reply(200, {"success": True}))
    async with make_async_client() as client:
        _recorded(client)
        try:
            await MONEY[name](client)
        except InternalServerError:
            assert requests == 1
    assert len(server.requests) == requests


async def test_stalled_replay_safe_call_is_retried(
    make_async_client: MakeAsync, server: MockServer
) -> None:
    server.default = stall()
    async with make_async_client(timeout=0.3) as client:
        sleeps = _recorded(client)
        with pytest.raises(APITimeoutError):
            await client.detach_ssh_key(id=1, ssh_key_id=2)
        assert len(server.requests) == 3
        assert len(sleeps.delays) == 2
        with pytest.raises(APITimeoutError):
            await client.detach_ssh_key(id=1, ssh_key_id=2, max_retries=0)
    assert len(server.requests) == 4


@pytest.mark.parametrize("trickle", [trickle_body, trickle_headers], ids=["body", "headers"])
async def test_total_deadline_beats_a_trickling_server(
    make_async_client: MakeAsync, server: MockServer, trickle: Callable[..., Any]
) -> None:
    server.default = trickle(interval=0.2)
    async with make_async_client(timeout=1.0, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await client.detach_ssh_key(id=1, ssh_key_id=2)
        elapsed = time.monotonic() - started
    assert 0.9 <= elapsed < 2.0


async def test_call_timeout_is_honoured(make_async_client: MakeAsync, server: MockServer) -> None:
    server.default = stall()
    async with make_async_client() as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await client.detach_ssh_key(id=1, ssh_key_id=2, timeout=0.3, max_retries=0)
    assert time.monotonic() - started < 1.0


async def test_raw_response(make_async_client: MakeAsync, server: MockServer) -> None:
    body = b'{"success": true, "msg": "done"}'
    server.add(reply(200, body=body, headers={"Content-Type": "application/json", "X-Req": "a"}))
    async with make_async_client() as client:
        raw = await client.with_raw_response.detach_ssh_key(id=1, ssh_key_id=2)
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.headers["x-req"] == "a"
    assert raw.content == body
    assert isinstance(raw.parsed, DetachSshKeyResponse)
    assert raw.parsed.msg == "done"


async def test_missing_key_raises_before_any_io(
    make_async_client: MakeAsync, server: MockServer
) -> None:
    async with AsyncVast(base_url=server.url) as client:
        with pytest.raises(MissingAPIKeyError):
            await client.detach_ssh_key(id=1, ssh_key_id=2)
        server.add(reply(200, {"offers": []}))
        assert (await client.search_offers()).offers == []
    assert len(server.requests) == 1
    assert "authorization" not in server.last.headers


async def test_context_manager_closes_and_copies_share_the_pool(
    make_async_client: MakeAsync, server: MockServer
) -> None:
    server.default = reply(200, OK)
    async with make_async_client() as client:
        copy = client.with_options(max_retries=0, default_headers={"X-C": "1"})
        assert copy.requester.http_client is client.requester.http_client
        await copy.detach_ssh_key(id=1, ssh_key_id=2)
        await copy.close()
        assert not _closed(client)
        for _ in range(3):
            await client.detach_ssh_key(id=1, ssh_key_id=2)
        assert client.max_retries == 2
    assert _closed(client)
    assert server.connections == 1
    assert server.requests[0].headers["x-c"] == "1"
    assert "x-c" not in server.last.headers
