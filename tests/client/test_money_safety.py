"""Calls that rent or pay are never replayed once the server may have acted on them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from vast_sdk import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
    Vast,
)

from .conftest import SleepRecorder
from .server import MockServer, drop, reply, stall

CALLS: dict[str, tuple[str, str, Callable[..., Any]]] = {
    "create_instance": (
        "PUT",
        "/api/v0/asks/4242/",
        lambda c, **kw: c.create_instance(id=4242, image="pytorch/pytorch", disk=20, **kw),
    ),
    "transfer_credit": (
        "PUT",
        "/api/v0/commands/transfer_credit/",
        lambda c, **kw: c.transfer_credit(recipient="a@b.c", amount=10.0, **kw),
    ),
}
MONEY = sorted(CALLS)


@pytest.fixture
def fast_client(make_client: Callable[..., Vast]) -> tuple[Vast, SleepRecorder]:
    # 1 s: long enough that a busy host still connects within it (a deadline that ends the
    # attempt while connecting is retried: nothing was sent), short enough for a stall
    client = make_client(timeout=1.0)
    recorder = SleepRecorder()
    client.requester.sleep = recorder
    return client, recorder


@pytest.mark.parametrize("name", MONEY)
def test_stalled_money_call_is_sent_exactly_once(
    fast_client: tuple[Vast, SleepRecorder], server: MockServer, name: str
) -> None:
    client, sleeps = fast_client
    method, path, call = CALLS[name]
    server.default = stall()

    with pytest.raises(APITimeoutError) as info:
        call(client)

    assert len(server.requests) == 1
    assert (server.last.method, server.last.path) == (method, path)
    assert server.last.body  # the server did read the whole request
    assert sleeps.delays == []
    assert info.value.method == method


@pytest.mark.parametrize("name", MONEY)
def test_dropped_money_call_is_sent_exactly_once(
    fast_client: tuple[Vast, SleepRecorder], server: MockServer, name: str
) -> None:
    client, sleeps = fast_client
    server.default = drop()

    with pytest.raises(APIConnectionError):
        CALLS[name][2](client)

    assert len(server.requests) == 1
    assert server.connections == 1
    assert sleeps.delays == []


def test_stalled_replay_safe_call_is_retried(
    fast_client: tuple[Vast, SleepRecorder], server: MockServer
) -> None:
    client, sleeps = fast_client
    server.default = stall()

    with pytest.raises(APITimeoutError):
        client.detach_ssh_key(id=1, ssh_key_id=2)

    assert len(server.requests) == 3
    assert len(sleeps.delays) == 2


def test_dropped_replay_safe_call_is_retried(
    fast_client: tuple[Vast, SleepRecorder], server: MockServer
) -> None:
    client, _ = fast_client
    server.add(drop(), drop(), reply(200, {"success": True, "msg": "ok"}))

    assert client.detach_ssh_key(id=1, ssh_key_id=2).msg == "ok"
    assert len(server.requests) == 3


def test_per_call_max_retries_zero_stops_replays_of_safe_calls(
    fast_client: tuple[Vast, SleepRecorder], server: MockServer
) -> None:
    client, _ = fast_client
    server.default = stall()
    with pytest.raises(APITimeoutError):
        client.detach_ssh_key(id=1, ssh_key_id=2, max_retries=0)
    assert len(server.requests) == 1


@pytest.mark.parametrize("name", MONEY)
@pytest.mark.parametrize("status", [408, 500, 502, 504])
def test_statuses_that_may_have_acted_are_not_retried(
    fast_client: tuple[Vast, SleepRecorder], server: MockServer, name: str, status: int
) -> None:
    client, sleeps = fast_client
    server.add(reply(status, {"error": "gateway"}), reply(200, {"success": True}))
    with pytest.raises(APIStatusError) as info:
        CALLS[name][2](client)
    assert info.value.status_code == status
    if status >= 500:
        assert isinstance(info.value, InternalServerError)
    assert len(server.requests) == 1
    assert sleeps.delays == []


@pytest.mark.parametrize("name", MONEY)
@pytest.mark.parametrize("status", [429, 503])
def test_statuses_that_say_not_acted_on_are_retried(
    fast_client: tuple[Vast, SleepRecorder], server: MockServer, name: str, status: int
) -> None:
    client, sleeps = fast_client
    server.add(reply(status, {}), reply(200, {"success": True}))
    CALLS[name][2](client)
    assert len(server.requests) == 2
    assert server.requests[0].body == server.requests[1].body
    assert len(sleeps.delays) == 1


@pytest.mark.parametrize("name", MONEY)
def test_not_acted_on_statuses_still_stop_after_max_retries(
    fast_client: tuple[Vast, SleepRecorder], server: MockServer, name: str
) -> None:
    client, _ = fast_client
    server.default = reply(429, {"detail": "slow down"})
    with pytest.raises(RateLimitError):
        CALLS[name][2](client)
    assert len(server.requests) == 3


@pytest.mark.parametrize("name", MONEY)
def test_per_call_max_retries_zero_on_a_money_call(
    fast_client: tuple[Vast, SleepRecorder], server: MockServer, name: str
) -> None:
    client, _ = fast_client
    server.default = reply(503, {})
    with pytest.raises(InternalServerError):
        CALLS[name][2](client, max_retries=0)
    assert len(server.requests) == 1
    with pytest.raises(InternalServerError):
        CALLS[name][2](client.with_options(max_retries=0))
    assert len(server.requests) == 2
