"""Timeouts: the defaults, per-client and per-call values, and the total deadline per attempt.

tests/package runs this module against the installed wheel at the lowest and the newest allowed
httpx/httpcore, so the trickled-headers tests prove the sync deadline hook at both ends.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from vast_sdk import DEFAULT_TIMEOUT, APITimeoutError, InvalidRequestError, Vast

from .conftest import SleepRecorder
from .server import MockServer, delayed, reply, trickle_body, trickle_headers

OK = {"success": True, "msg": "ok"}


def _hooked(make_client: Callable[..., Vast], **kwargs: Any) -> tuple[Vast, list[dict[str, Any]]]:
    """A client whose every request's httpx timeout settings are recorded."""
    seen: list[dict[str, Any]] = []

    def hook(request: httpx.Request) -> None:
        seen.append(dict(request.extensions["timeout"]))

    http = httpx.Client(event_hooks={"request": [hook]})
    client = make_client(http_client=http, **kwargs)
    return client, seen


def test_default_is_60s_total_with_5s_connect(
    make_client: Callable[..., Vast], server: MockServer
) -> None:
    client, seen = _hooked(make_client)
    assert client.timeout == DEFAULT_TIMEOUT == 60.0
    server.add(reply(200, OK))
    client.detach_ssh_key(id=1, ssh_key_id=2)
    assert seen == [{"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}]
    client.requester.http_client.close()


def test_client_and_call_timeouts_reach_httpx(
    make_client: Callable[..., Vast], server: MockServer
) -> None:
    client, seen = _hooked(make_client, timeout=2.0)
    server.default = reply(200, OK)
    client.detach_ssh_key(id=1, ssh_key_id=2)
    client.detach_ssh_key(id=1, ssh_key_id=2, timeout=30)
    client.with_options(timeout=7.5).detach_ssh_key(id=1, ssh_key_id=2)
    client.detach_ssh_key(id=1, ssh_key_id=2, timeout=httpx.Timeout(3.0, connect=1.0))
    client.detach_ssh_key(id=1, ssh_key_id=2, timeout=None)
    assert seen == [
        {"connect": 2.0, "read": 2.0, "write": 2.0, "pool": 2.0},
        {"connect": 5.0, "read": 30, "write": 30, "pool": 30},
        {"connect": 5.0, "read": 7.5, "write": 7.5, "pool": 7.5},
        {"connect": 1.0, "read": 3.0, "write": 3.0, "pool": 3.0},
        {"connect": None, "read": None, "write": None, "pool": None},
    ]
    assert client.timeout == 2.0  # with_options did not change it
    client.requester.http_client.close()


def test_client_timeout_is_honoured(make_client: Callable[..., Vast], server: MockServer) -> None:
    client = make_client(timeout=0.3, max_retries=0)
    server.default = delayed(2.0, then=reply(200, OK))
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        client.detach_ssh_key(id=1, ssh_key_id=2)
    assert 0.25 <= time.monotonic() - started < 1.0


def test_call_timeout_is_honoured(client: Vast, server: MockServer) -> None:
    server.default = delayed(2.0, then=reply(200, OK))
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        client.detach_ssh_key(id=1, ssh_key_id=2, timeout=0.3, max_retries=0)
    assert 0.25 <= time.monotonic() - started < 1.0


def test_call_timeout_can_be_longer_than_the_clients(
    make_client: Callable[..., Vast], server: MockServer
) -> None:
    client = make_client(timeout=0.2, max_retries=0)
    server.default = delayed(0.4, then=reply(200, OK))
    assert client.detach_ssh_key(id=1, ssh_key_id=2, timeout=3.0).msg == "ok"
    with pytest.raises(APITimeoutError):
        client.detach_ssh_key(id=1, ssh_key_id=2)


def test_with_options_timeout_is_honoured(client: Vast, server: MockServer) -> None:
    server.default = delayed(2.0, then=reply(200, OK))
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        client.with_options(timeout=0.3, max_retries=0).detach_ssh_key(id=1, ssh_key_id=2)
    assert time.monotonic() - started < 1.0


@pytest.mark.parametrize("bad", [0, -1, "5", True, float("nan")])
def test_invalid_timeouts_are_rejected(client: Vast, server: MockServer, bad: Any) -> None:
    with pytest.raises(InvalidRequestError):
        Vast(api_key="k", base_url=server.url, timeout=bad)
    with pytest.raises(InvalidRequestError):
        client.with_options(timeout=bad)
    with pytest.raises(InvalidRequestError):
        client.detach_ssh_key(id=1, ssh_key_id=2, timeout=bad)
    assert server.requests == []


@pytest.mark.parametrize("trickle", [trickle_body, trickle_headers], ids=["body", "headers"])
def test_total_deadline_beats_a_trickling_server(
    make_client: Callable[..., Vast], server: MockServer, trickle: Callable[..., Any]
) -> None:
    """Each byte arrives well within the read timeout; the total deadline still ends it."""
    client = make_client(timeout=1.0, max_retries=0)
    server.default = trickle(interval=0.2)
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        client.detach_ssh_key(id=1, ssh_key_id=2)
    elapsed = time.monotonic() - started
    assert 0.9 <= elapsed < 2.0
    assert len(server.requests) == 1


@pytest.mark.parametrize("trickle", [trickle_body, trickle_headers], ids=["body", "headers"])
def test_total_deadline_is_per_attempt(
    make_client: Callable[..., Vast], server: MockServer, trickle: Callable[..., Any]
) -> None:
    client = make_client(timeout=0.3)
    client.requester.sleep = SleepRecorder()
    server.default = trickle(interval=0.05)
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        client.detach_ssh_key(id=1, ssh_key_id=2)
    assert time.monotonic() - started < 2.0
    assert len(server.requests) == 3  # replay-safe: each attempt gets its own deadline


def test_trickle_on_a_money_call_is_not_replayed(
    make_client: Callable[..., Vast], server: MockServer
) -> None:
    client = make_client(timeout=0.5)
    server.default = trickle_body(interval=0.1)
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        client.create_instance(id=1, image="x")
    assert time.monotonic() - started < 1.5
    assert len(server.requests) == 1


def test_slow_but_complete_answer_within_the_deadline(
    make_client: Callable[..., Vast], server: MockServer
) -> None:
    client = make_client(timeout=2.0, max_retries=0)
    server.default = delayed(0.3, then=reply(200, OK))
    assert client.detach_ssh_key(id=1, ssh_key_id=2).msg == "ok"
