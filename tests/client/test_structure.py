"""What keeps the SDK fast (issue 12), checked by structure rather than by timing.

- ``import vast_sdk`` loads no generated model or endpoint module, and making a client loads
  none of httpcore, h11, anyio or certifi and builds no SSL context: the connection pool is
  built (once, thread-safely) at the first call;
- sequential calls reuse one keep-alive connection;
- the pool a client builds hands its cookie jar only the responses that set a cookie.

benchmarks/run.py measures the speed itself; these tests fail when a change undoes one of the
structural reasons for it.
"""

from __future__ import annotations

import asyncio
import http.cookiejar
import json
import logging
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from vast_sdk import AsyncVast, Vast

from .conftest import KEY
from .server import MockServer, reply

OK = {"success": True, "msg": "ok"}

ROOT = Path(__file__).resolve().parents[2]

DEFERRED = ("httpcore", "h11", "anyio", "certifi")
"""Loaded with the first pool, not with vast_sdk (httpx 0.28 itself imports none of them at
import; httpx 0.27 imports httpcore and certifi: the SDK must add nothing to what httpx loads)."""

PROBE = """
import json, ssl, sys

contexts = []
new = ssl.SSLContext.__new__

def counting(cls, *args, **kwargs):
    contexts.append(cls.__name__)
    return new(cls, *args, **kwargs)

ssl.SSLContext.__new__ = counting

def loaded(prefix):
    return sorted(m for m in sys.modules if m == prefix or m.startswith(prefix + "."))

def deferred():
    return {name: loaded(name) for name in %(deferred)r}

import httpx
by_httpx = deferred()
import vast_sdk
after_import = {
    "models": loaded("vast_sdk._generated.models"),
    "api": loaded("vast_sdk._generated.api"),
}
vast = vast_sdk.Vast(api_key="k")
avast = vast_sdk.AsyncVast(api_key="k")
wrappers = [n for n in vast_sdk.OPERATIONS if callable(vars(vast_sdk.Vast)[n])]
made = {"deferred": deferred(), "contexts": list(contexts), "wrappers": len(wrappers)}
# the pools, as a first call builds them: the probe can see them
vast.requester.http_client, avast.requester.http_client
built = {"deferred": deferred(), "contexts": contexts}
print(json.dumps({"by_httpx": by_httpx, "after_import": after_import, "made": made,
                  "built": built}))
"""


@pytest.fixture(scope="module")
def probe() -> dict[str, Any]:
    code = PROBE % {"deferred": DEFERRED}
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert run.returncode == 0, run.stderr
    result: dict[str, Any] = json.loads(run.stdout)
    return result


def test_import_loads_no_generated_model_or_endpoint_module(probe: dict[str, Any]) -> None:
    assert probe["after_import"] == {"models": [], "api": []}


def test_making_clients_makes_no_operation_wrapper(probe: dict[str, Any]) -> None:
    """Vast's 432 methods are wrapped under its name at their first lookup (_surface._Lazy)."""
    assert probe["made"]["wrappers"] == 0


def test_making_clients_loads_no_transport_module_and_no_ssl_context(
    probe: dict[str, Any],
) -> None:
    assert probe["made"]["deferred"] == probe["by_httpx"]
    assert probe["made"]["contexts"] == []
    if tuple(int(part) for part in httpx.__version__.split(".")[:2]) >= (0, 28):
        assert probe["by_httpx"] == {name: [] for name in DEFERRED}  # so none is loaded


def test_the_probe_sees_what_a_built_pool_loads(probe: dict[str, Any]) -> None:
    """The checks above can fail: building the pools loads all of it."""
    for name in ("httpcore", "h11", "certifi"):
        assert probe["built"]["deferred"][name], name
    assert len(probe["built"]["contexts"]) >= 2  # one per pool


# ------------------------------------------------------------------ the pool, built lazily


class Spy:
    """Counts the instances of an httpx client class made while it is installed."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, cls: type) -> None:
        self.made: list[object] = []
        init = vars(cls)["__init__"]  # httpx.Client and AsyncClient define their own

        def counting(client: Any, *args: Any, **kwargs: Any) -> None:
            self.made.append(client)
            init(client, *args, **kwargs)

        monkeypatch.setattr(cls, "__init__", counting)


def test_vast_builds_its_pool_at_the_first_call_only(
    monkeypatch: pytest.MonkeyPatch, server: MockServer
) -> None:
    spy = Spy(monkeypatch, httpx.Client)
    server.default = reply(200, OK)
    client = Vast(api_key=KEY, base_url=server.url)
    copy = client.with_options(max_retries=0)
    assert KEY not in repr(client)  # neither this nor the raw view builds the pool
    assert client.with_raw_response is not None
    assert spy.made == []
    assert client.requester._http.client is None

    client.detach_ssh_key(id=1, ssh_key_id=2)
    assert len(spy.made) == 1
    copy.detach_ssh_key(id=1, ssh_key_id=2)
    client.with_raw_response.detach_ssh_key(id=1, ssh_key_id=2)
    assert len(spy.made) == 1  # one pool for the client, its copy and its raw view
    assert copy.requester.http_client is client.requester.http_client is spy.made[0]
    client.close()
    assert client.requester.http_client.is_closed


def test_threads_racing_for_the_first_call_build_one_pool(
    monkeypatch: pytest.MonkeyPatch, server: MockServer
) -> None:
    spy = Spy(monkeypatch, httpx.Client)
    server.default = reply(200, OK)
    client = Vast(api_key=KEY, base_url=server.url)
    start = threading.Barrier(8)
    errors: list[BaseException] = []

    def first_call() -> None:
        start.wait()
        try:
            client.detach_ssh_key(id=1, ssh_key_id=2)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=first_call) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    client.close()
    assert errors == []
    assert len(spy.made) == 1
    assert len(server.requests) == 8


def test_closing_a_client_that_never_called_builds_nothing(
    monkeypatch: pytest.MonkeyPatch, server: MockServer
) -> None:
    spy = Spy(monkeypatch, httpx.Client)
    with Vast(api_key=KEY, base_url=server.url) as client:
        pass
    assert spy.made == []
    with pytest.raises(RuntimeError, match="client has been closed"):  # as httpx says it
        client.detach_ssh_key(id=1, ssh_key_id=2)
    assert spy.made == []
    assert server.requests == []


def test_a_callers_http_client_is_used_as_it_is(
    monkeypatch: pytest.MonkeyPatch, server: MockServer
) -> None:
    server.default = reply(200, OK)
    http = httpx.Client()
    spy = Spy(monkeypatch, httpx.Client)
    with Vast(api_key=KEY, base_url=server.url, http_client=http) as client:
        client.detach_ssh_key(id=1, ssh_key_id=2)
        assert client.requester.http_client is http
    assert spy.made == []
    headers = server.last.headers  # the SDK's headers, though not the pool's defaults
    assert headers["user-agent"].startswith("vast-sdk/")
    assert (headers["accept"], headers["accept-encoding"]) == ("application/json", "gzip, deflate")
    assert not http.is_closed
    http.close()


@pytest.mark.anyio
async def test_async_vast_builds_its_pool_at_the_first_call_only(
    monkeypatch: pytest.MonkeyPatch,
    server: MockServer,
    make_async_client: Callable[..., AsyncVast],
) -> None:
    spy = Spy(monkeypatch, httpx.AsyncClient)
    server.default = reply(200, OK)
    async with make_async_client() as client:
        copy = client.with_options(max_retries=0)
        assert spy.made == []
        await client.detach_ssh_key(id=1, ssh_key_id=2)
        await asyncio.gather(*(copy.detach_ssh_key(id=1, ssh_key_id=2) for _ in range(5)))
        assert len(spy.made) == 1
        assert copy.requester.http_client is client.requester.http_client is spy.made[0]
    assert client.requester.http_client.is_closed


@pytest.mark.anyio
async def test_closing_an_async_client_that_never_called_builds_nothing(
    monkeypatch: pytest.MonkeyPatch, make_async_client: Callable[..., AsyncVast]
) -> None:
    spy = Spy(monkeypatch, httpx.AsyncClient)
    async with make_async_client():
        pass
    assert spy.made == []


# ------------------------------------------------------------------ one connection


def test_sequential_calls_reuse_one_connection(client: Vast, server: MockServer) -> None:
    server.default = reply(200, OK)
    for _ in range(20):
        assert client.detach_ssh_key(id=1, ssh_key_id=2).msg == "ok"
    assert len(server.requests) == 20
    assert server.connections == 1


@pytest.mark.anyio
async def test_sequential_async_calls_reuse_one_connection(
    server: MockServer, make_async_client: Callable[..., AsyncVast]
) -> None:
    server.default = reply(200, OK)
    async with make_async_client() as client:
        for _ in range(20):
            assert (await client.detach_ssh_key(id=1, ssh_key_id=2)).msg == "ok"
    assert len(server.requests) == 20
    assert server.connections == 1


# ------------------------------------------------------------------ cookies


def test_cookies_are_kept_and_sent_as_httpx_does(client: Vast, server: MockServer) -> None:
    server.add(
        reply(200, OK, headers={"Set-Cookie": "lb=node-7; Path=/"}),
        reply(200, OK),
        reply(200, OK),
    )
    client.detach_ssh_key(id=1, ssh_key_id=2)
    client.detach_ssh_key(id=1, ssh_key_id=2)
    client.detach_ssh_key(id=1, ssh_key_id=2)
    assert "cookie" not in server.requests[0].headers
    assert [r.headers.get("cookie") for r in server.requests[1:]] == ["lb=node-7"] * 2
    assert client.requester.http_client.cookies.get("lb") == "node-7"


def test_the_cookie_jar_sees_only_responses_that_set_a_cookie(
    monkeypatch: pytest.MonkeyPatch, client: Vast, server: MockServer
) -> None:
    seen: list[object] = []
    extract = http.cookiejar.CookieJar.extract_cookies

    def counting(jar: http.cookiejar.CookieJar, response: Any, request: Any) -> None:
        seen.append(response)
        extract(jar, response, request)

    monkeypatch.setattr(http.cookiejar.CookieJar, "extract_cookies", counting)
    server.add(reply(200, OK), reply(200, OK, headers={"Set-Cookie": "a=1"}), reply(200, OK))
    for _ in range(3):
        client.detach_ssh_key(id=1, ssh_key_id=2)
    assert len(seen) == 1


# ------------------------------------------------------------------ logging off costs nothing


def test_no_log_message_is_built_when_logging_is_off(
    monkeypatch: pytest.MonkeyPatch, client: Vast, server: MockServer
) -> None:
    """The request and response log lines copy the URL (to drop its query): only when shown."""
    copies: list[object] = []
    copy_with = httpx.URL.copy_with

    def counting(url: httpx.URL, **kwargs: Any) -> httpx.URL:
        copies.append(url)
        return copy_with(url, **kwargs)

    monkeypatch.setattr(httpx.URL, "copy_with", counting)
    server.default = reply(200, OK)
    logger = logging.getLogger("vast_sdk")
    level = logger.level
    try:
        logger.setLevel(logging.WARNING)  # setLevel, not .level: it clears the logger's cache
        client.detach_ssh_key(id=1, ssh_key_id=2)
        assert copies == []
        logger.setLevel(logging.DEBUG)
        client.detach_ssh_key(id=1, ssh_key_id=2)
        assert len(copies) == 2  # the request line and the response line
    finally:
        logger.setLevel(level)
