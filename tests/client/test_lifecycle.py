"""with_options, context managers, connection reuse, raw responses, headers, repr."""

from __future__ import annotations

import platform
import re
from collections.abc import Callable

import httpx
import pytest

from vast_sdk import APIResponse, NotFoundError, Vast, __version__
from vast_sdk.models import DetachSshKeyResponse

from .conftest import KEY
from .server import MockServer, reply

OK = {"success": True, "msg": "ok"}


def test_with_options_returns_a_configured_copy(client: Vast, server: MockServer) -> None:
    server.default = reply(200, OK)
    copy = client.with_options(
        timeout=5.0, max_retries=0, default_headers={"X-Team": "blue"}, api_key="other-key"
    )

    assert copy is not client
    assert (copy.timeout, copy.max_retries) == (5.0, 0)
    assert (client.timeout, client.max_retries) == (60.0, 2)
    assert copy.base_url == client.base_url
    assert copy.requester.http_client is client.requester.http_client  # one pool

    copy.detach_ssh_key(id=1, ssh_key_id=2)
    client.detach_ssh_key(id=1, ssh_key_id=2)
    first, second = server.requests
    assert first.headers["x-team"] == "blue"
    assert first.headers["authorization"] == "Bearer other-key"
    assert "x-team" not in second.headers
    assert second.headers["authorization"] == f"Bearer {KEY}"
    assert server.connections == 1  # the copy and the original share one connection


def test_with_options_merges_default_headers(
    make_client: Callable[..., Vast], server: MockServer
) -> None:
    client = make_client(default_headers={"X-A": "1", "X-B": "1"})
    server.default = reply(200, OK)
    client.with_options(default_headers={"X-B": "2"}).detach_ssh_key(id=1, ssh_key_id=2)
    assert (server.last.headers["x-a"], server.last.headers["x-b"]) == ("1", "2")
    client.detach_ssh_key(id=1, ssh_key_id=2, extra_headers={"X-A": "call"})
    assert (server.last.headers["x-a"], server.last.headers["x-b"]) == ("call", "1")


def test_closing_the_copy_leaves_the_original_open(client: Vast, server: MockServer) -> None:
    server.default = reply(200, OK)
    copy = client.with_options(max_retries=1)
    with copy:
        copy.detach_ssh_key(id=1, ssh_key_id=2)
    copy.close()
    assert not client.requester.http_client.is_closed
    assert client.detach_ssh_key(id=1, ssh_key_id=2).msg == "ok"
    assert server.connections == 1


def test_context_manager_closes_the_pool(server: MockServer) -> None:
    server.default = reply(200, OK)
    with Vast(api_key=KEY, base_url=server.url) as client:
        client.detach_ssh_key(id=1, ssh_key_id=2)
        assert not client.requester.http_client.is_closed
    assert client.requester.http_client.is_closed


def test_close_leaves_a_caller_supplied_pool_open(server: MockServer) -> None:
    server.default = reply(200, OK)
    http = httpx.Client()
    with Vast(api_key=KEY, base_url=server.url, http_client=http) as client:
        client.detach_ssh_key(id=1, ssh_key_id=2)
    assert not http.is_closed
    http.close()


def test_calls_reuse_one_connection(client: Vast, server: MockServer) -> None:
    server.default = reply(200, OK)
    for _ in range(5):
        client.detach_ssh_key(id=1, ssh_key_id=2)
    client.show_user()
    assert len(server.requests) == 6
    assert server.connections == 1
    assert {r.connection for r in server.requests} == {1}


def test_error_responses_keep_the_connection(client: Vast, server: MockServer) -> None:
    server.add(reply(404, {"error": "no_such_instance"}), reply(200, OK))
    with pytest.raises(NotFoundError):
        client.detach_ssh_key(id=1, ssh_key_id=2)
    client.detach_ssh_key(id=1, ssh_key_id=2)
    assert server.connections == 1


def test_raw_response(client: Vast, server: MockServer) -> None:
    body = b'{"success": true, "msg": "SSH key removed from instance.", "extra": 1}'
    server.add(reply(200, body=body, headers={"Content-Type": "application/json", "X-Req": "r1"}))

    raw = client.with_raw_response.detach_ssh_key(id=99999, ssh_key_id=12345)

    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.headers["x-req"] == "r1"
    assert raw.headers["content-type"] == "application/json"
    assert raw.content == body
    assert raw.text == body.decode()
    assert raw.json()["extra"] == 1
    assert isinstance(raw.parsed, DetachSshKeyResponse)
    assert raw.parsed.msg == "SSH key removed from instance."
    assert raw.parse() is raw.parsed
    assert raw.retries_taken == 0
    assert raw.elapsed >= 0
    assert "200" in repr(raw)


def test_raw_response_still_raises_typed_errors(client: Vast, server: MockServer) -> None:
    server.add(reply(404, {"error": "no_such_ssh_key", "msg": "nope"}))
    with pytest.raises(NotFoundError):
        client.with_raw_response.detach_ssh_key(id=1, ssh_key_id=2)


def test_user_agent(client: Vast, server: MockServer) -> None:
    server.add(reply(200, OK))
    client.detach_ssh_key(id=1, ssh_key_id=2)
    agent = server.last.headers["user-agent"]
    assert agent == (
        f"vast-sdk/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
    )
    assert re.fullmatch(r"vast-sdk/\S+ python/\d+\.\d+\.\d+\S* httpx/\d+\.\d+\S*", agent)


def test_json_body_has_content_type(client: Vast, server: MockServer) -> None:
    server.add(reply(200, {}))
    client.create_instance(id=1, image="x")
    assert server.last.headers["content-type"] == "application/json"


def test_repr_shows_at_most_the_last_four_characters(client: Vast) -> None:
    text = repr(client)
    assert KEY not in text
    assert "abcd" in text
    assert "0123456789" not in text
    assert client.api_key_hint == "'...abcd'"
    short = Vast(api_key="short", base_url="https://x.y")
    assert "short" not in repr(short)
    short.close()
