"""Every outbound request of the package goes through the one request core (_requester.py).

Statically: no module but the requester sends HTTP or builds an httpx request (``.send(``,
``.stream(``, ``.request(``, ``.build_request(`` or an httpx verb on an httpx client or the
httpx module). At run time: every request a client makes (operations, ``vast.request``, result
URLs, workers) is sent from the requester.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import vast_sdk
from vast_sdk import AsyncVast

PACKAGE = Path(vast_sdk.__file__).parent
CORE = PACKAGE / "_requester.py"
SENDING = frozenset({"send", "stream", "request", "build_request"})
VERBS = frozenset({"get", "post", "put", "patch", "delete", "head", "options"})


def _receiver(node: ast.expr) -> str:
    return ast.unparse(node)


def sends(source: str) -> list[str]:
    """Where ``source`` sends (or builds) an HTTP request other than through a requester.

    Allowed: ``_m.request(...)`` (a generated operation module builds its Request value) and
    ``<...>requester.<method>(...)`` (handing it to the core).
    """
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        name, receiver = node.func.attr, _receiver(node.func.value)
        if receiver == "_m" or receiver.endswith("requester"):
            continue
        httpx_like = receiver == "httpx" or any(w in receiver.lower() for w in ("http", "client"))
        if name in SENDING or (name in VERBS and httpx_like):
            found.append(f"line {node.lineno}: {receiver}.{name}(...)")
    return found


def test_no_module_outside_the_requester_sends_http() -> None:
    offenders = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == CORE or ("_generated" in path.parts and path.name != "_operations.py"):
            continue  # the endpoint modules only build Request values (checked below)
        found = sends(path.read_text(encoding="utf-8"))
        if found:
            offenders[str(path.relative_to(PACKAGE))] = found
    assert offenders == {}
    assert sends(CORE.read_text(encoding="utf-8"))  # the core does: the scan sees it


def test_the_endpoint_modules_import_no_http_client() -> None:
    for path in sorted((PACKAGE / "_generated" / "api").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {
            alias.name.partition(".")[0]
            for node in ast.walk(tree)
            if isinstance(node, (ast.Import, ast.ImportFrom))
            for alias in node.names
        } | {
            (node.module or "").partition(".")[0]
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
        }
        assert not imported & {"httpx", "httpcore", "urllib", "requests"}, path.name


@pytest.mark.parametrize(
    "snippet",
    [
        "http.send(request)",
        "self._http.stream('GET', url)",
        "client.request('GET', url)",
        "httpx.get(url)",
        "self.http_client.post(url, json={})",
        "http.build_request('GET', url)",
    ],
)
def test_the_scan_finds_a_request_sent_elsewhere(snippet: str) -> None:
    assert sends(snippet), snippet


def test_the_scan_allows_handing_a_request_to_the_core() -> None:
    ok = "self.requester.fetch('GET', url, sends_api_key=False)\n_m.request(id=1)\n"
    ok += "self._requester.request('GET', '/x')\nheaders.get('x')\n"
    assert sends(ok) == []


# ------------------------------------------------------------------ at run time


@pytest.fixture
def senders(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The module each httpx send was called from."""
    seen: list[str] = []
    sync_send, async_send = httpx.Client.send, httpx.AsyncClient.send

    def caller() -> str:
        frame = inspect.currentframe()
        assert frame is not None and frame.f_back is not None and frame.f_back.f_back is not None
        return str(frame.f_back.f_back.f_globals.get("__name__"))

    def send(self: httpx.Client, *args: Any, **kwargs: Any) -> httpx.Response:
        seen.append(caller())
        return sync_send(self, *args, **kwargs)

    async def asend(self: httpx.AsyncClient, *args: Any, **kwargs: Any) -> httpx.Response:
        seen.append(caller())
        return await async_send(self, *args, **kwargs)

    monkeypatch.setattr(httpx.Client, "send", send)
    monkeypatch.setattr(httpx.AsyncClient, "send", asend)
    yield seen


def test_every_request_of_every_path_is_sent_by_the_requester(senders: list[str]) -> None:
    from vast_sdk.testing import FakeVast

    fake = FakeVast()
    with fake.client(virtual_sleep=True) as vast:
        instance = vast.launch(image="ubuntu:22.04")
        vast.logs(instance.id)
        vast.execute_text(instance.id, "ls /workspace")
        vast.create_endpoint(endpoint_name="e")
        vast.create_workergroup(endpoint_name="e", test_workers=1)
        vast.call_endpoint("e", {"x": 1}, path="/x")
        vast.request("GET", "/api/v0/users/current/")
        vast.with_raw_response.show_user()
    paths = {c.op for c in fake.calls}
    assert {"result_url", "worker", "create_instance", "show_user"} <= paths
    assert len(senders) == len(fake.calls)
    assert set(senders) == {"vast_sdk._requester"}


def test_every_async_request_is_sent_by_the_requester(senders: list[str]) -> None:
    from vast_sdk.testing import FakeVast

    fake = FakeVast()

    async def go() -> None:
        vast: AsyncVast
        async with fake.async_client(virtual_sleep=True) as vast:
            instance = await vast.launch(image="ubuntu:22.04")
            await vast.logs(instance.id)
            await vast.create_endpoint(endpoint_name="e")
            await vast.create_workergroup(endpoint_name="e", test_workers=1)
            await vast.call_endpoint("e", {"x": 1}, path="/x")
            await vast.request("GET", "/api/v0/users/current/")

    asyncio.run(go())
    assert {"result_url", "worker"} <= {c.op for c in fake.calls}
    assert len(senders) == len(fake.calls)
    assert set(senders) == {"vast_sdk._requester"}


def test_a_copy_has_its_own_requester_on_the_same_pool(senders: list[str]) -> None:
    from vast_sdk.testing import FakeVast

    fake = FakeVast()
    vast = fake.client()
    copy = vast.with_options(timeout=5)
    assert copy.requester is not vast.requester and copy.requester.timeout == 5
    assert copy.requester.http_client is vast.requester.http_client
    copy.show_user()
    vast.close()
    assert senders == ["vast_sdk._requester"]
