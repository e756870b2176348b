"""Base URL and serverless URL selection, the http:// guard, and redirects."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from vast_sdk import DEFAULT_BASE_URL, DEFAULT_SERVERLESS_URL, InsecureURLError, Vast

from .conftest import KEY
from .server import MockServer, redirect, reply

OK_DETACH = {"success": True, "msg": "ok"}

# name -> (path, call with a minimal valid body)
SERVERLESS: dict[str, tuple[str, Callable[[Vast], Any]]] = {
    "route": ("/route/", lambda c: c.route(endpoint="ep", cost=1.0)),
    "get_endpoint_logs": ("/get_endpoint_logs/", lambda c: c.get_endpoint_logs(endpoint="ep")),
    "get_endpoint_workers": ("/get_endpoint_workers/", lambda c: c.get_endpoint_workers(id=1)),
    "get_workergroup_logs": ("/get_workergroup_logs/", lambda c: c.get_workergroup_logs(id=1)),
    "get_workergroup_workers": (
        "/get_workergroup_workers/",
        lambda c: c.get_workergroup_workers(id=1),
    ),
    "get_wrkgrp_logs": ("/get_autogroup_logs/", lambda c: c.get_wrkgrp_logs(id=1)),
    "update_workers": ("/update_workers/", lambda c: c.update_workers(workergroup_id=1)),
}
ROUTE_OK = {"url": "http://worker", "reqnum": 1, "signature": "s", "endpoint": "ep", "cost": 1.0}


def _serverless_reply(name: str) -> Any:
    return reply(200, ROUTE_OK if name == "route" else {})


def test_defaults_are_the_production_hosts() -> None:
    client = Vast(api_key=KEY)
    assert client.base_url == DEFAULT_BASE_URL == "https://console.vast.ai"
    assert client.serverless_url == DEFAULT_SERVERLESS_URL == "https://run.vast.ai"
    client.close()


def test_vast_url_env_is_used(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VAST_URL", server.url)
    server.add(reply(200, OK_DETACH))
    with Vast(api_key=KEY) as client:
        assert client.base_url == server.url
        assert client.serverless_url == server.url
        client.detach_ssh_key(id=1, ssh_key_id=2)
    assert len(server.requests) == 1


def test_base_url_beats_vast_url_env(
    server: MockServer, server2: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VAST_URL", server2.url)
    server.add(reply(200, OK_DETACH))
    with Vast(api_key=KEY, base_url=server.url + "/") as client:
        assert client.base_url == server.url
        client.detach_ssh_key(id=1, ssh_key_id=2)
    assert len(server.requests) == 1
    assert server2.requests == []


@pytest.mark.parametrize("name", sorted(SERVERLESS))
def test_serverless_ops_follow_an_overridden_base_url(server: MockServer, name: str) -> None:
    path, call = SERVERLESS[name]
    server.add(_serverless_reply(name))
    with Vast(api_key=KEY, base_url=server.url) as client:
        assert client.serverless_url == server.url
        call(client)
    assert [(r.method, r.path) for r in server.requests] == [("POST", path)]


@pytest.mark.parametrize("name", sorted(SERVERLESS))
def test_serverless_ops_go_to_their_own_server_when_both_are_overridden(
    server: MockServer, server2: MockServer, name: str
) -> None:
    path, call = SERVERLESS[name]
    server.add(reply(200, OK_DETACH))
    server2.add(_serverless_reply(name))
    with Vast(api_key=KEY, base_url=server.url, serverless_url=server2.url) as client:
        call(client)
        client.detach_ssh_key(id=1, ssh_key_id=2)
    assert [r.path for r in server2.requests] == [path]
    assert server2.last.headers["authorization"] == f"Bearer {KEY}"
    assert [r.path for r in server.requests] == ["/api/v0/instances/1/ssh/2/"]


def test_serverless_url_alone_keeps_the_default_base_url(server: MockServer) -> None:
    with Vast(api_key=KEY, serverless_url=server.url) as client:
        assert client.base_url == "https://console.vast.ai"
        assert client.serverless_url == server.url


def test_serverless_ops_are_all_flagged() -> None:
    from vast_sdk import OPERATIONS

    assert {n for n, op in OPERATIONS.items() if op.host == "serverless"} == set(SERVERLESS)


# ------------------------------------------------------------------ http:// guard


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9",
        "http://localhost:9",
        "http://[::1]:9",
        "http://127.0.0.2",
        "https://x.y",
    ],
)
def test_http_to_loopback_and_https_are_accepted(url: str) -> None:
    Vast(api_key=KEY, base_url=url).close()
    Vast(api_key=KEY, base_url="https://x.y", serverless_url=url).close()


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com",
        "http://10.0.0.1:8080",
        "http://localhost.evil.com",
        "http://127.0.0.1.evil.com",
    ],
)
def test_http_to_other_hosts_is_refused(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InsecureURLError):
        Vast(api_key=KEY, base_url=url)
    with pytest.raises(InsecureURLError):
        Vast(api_key=KEY, serverless_url=url)
    monkeypatch.setenv("VAST_URL", url)
    with pytest.raises(InsecureURLError):
        Vast(api_key=KEY)
    Vast(api_key=KEY, allow_insecure_http=True).close()
    Vast(api_key=KEY, base_url=url, serverless_url=url, allow_insecure_http=True).close()


def test_insecure_url_error_does_not_leak_the_key() -> None:
    with pytest.raises(InsecureURLError) as info:
        Vast(api_key=KEY, base_url="http://example.com")
    assert KEY not in str(info.value)


# ------------------------------------------------------------------ redirects


@pytest.mark.parametrize("status", [302, 307])
def test_cross_origin_redirect_drops_the_authorization_header(
    server: MockServer, server2: MockServer, status: int
) -> None:
    server.add(redirect(status, server2.url + "/api/v0/instances/1/ssh/2/"))
    server2.add(reply(200, OK_DETACH))
    with Vast(api_key=KEY, base_url=server.url) as client:
        result = client.detach_ssh_key(id=1, ssh_key_id=2)
    assert result.msg == "ok"
    assert server.last.headers["authorization"] == f"Bearer {KEY}"
    assert len(server2.requests) == 1
    assert "authorization" not in server2.last.headers
    assert KEY not in repr(server2.last)


@pytest.mark.parametrize("status", [302, 307])
def test_same_origin_redirect_keeps_working(server: MockServer, status: int) -> None:
    server.add(redirect(status, "/api/v0/moved/"), reply(200, OK_DETACH))
    with Vast(api_key=KEY, base_url=server.url) as client:
        result = client.detach_ssh_key(id=1, ssh_key_id=2)
    assert result.msg == "ok"
    assert [r.path for r in server.requests] == ["/api/v0/instances/1/ssh/2/", "/api/v0/moved/"]
    assert all(r.headers["authorization"] == f"Bearer {KEY}" for r in server.requests)
