"""One place for httpx/httpcore internals (_httpx_hooks.py), one policy, a test per hook.

Each hook works with the installed httpx/httpcore (these tests fail when one degrades: tests/
package runs them at the lowest and newest allowed versions), and when a release moves what it
touches, the call still works and a HookWarning subclass names the hook once per process. The
deadline hook's own tests are in test_deadline_hook.py.
"""

from __future__ import annotations

import ast
import collections
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpcore
import httpx
import pytest

import vast_sdk
from vast_sdk import FreshConnectionHookWarning, HookWarning, ResponseContentHookWarning, Vast
from vast_sdk._httpx_hooks import PRIVATE_NAMES, set_content, take_idle_connections

from .server import MockServer, reply

OK = {"success": True, "msg": "ok"}
PACKAGE = Path(vast_sdk.__file__).parent
PRIVATE_ATTRIBUTES = frozenset(name.rpartition(".")[2] for name in PRIVATE_NAMES)
VERSIONS = f"httpx {httpx.__version__}, httpcore {httpcore.__version__}"


# ------------------------------------------------------------------ one place


def private_uses(source: str) -> list[str]:
    """Where ``source`` names a private httpx/httpcore attribute (as an attribute or a string,
    for getattr) or a private httpx/httpcore module."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in PRIVATE_ATTRIBUTES:
            found.append(f"line {node.lineno}: .{node.attr}")
        elif isinstance(node, ast.Constant) and node.value in PRIVATE_ATTRIBUTES:
            found.append(f"line {node.lineno}: {node.value!r}")
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in ("httpx", "httpcore")
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
        ):
            found.append(f"line {node.lineno}: {node.value.id}.{node.attr}")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            ("httpx._", "httpcore._")
        ):
            found.append(f"line {node.lineno}: from {node.module}")
    return found


def test_no_module_but_the_hooks_uses_httpx_internals() -> None:
    offenders = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "_httpx_hooks.py" or "_generated" in path.parts:
            continue
        uses = private_uses(path.read_text(encoding="utf-8"))
        if uses:
            offenders[str(path.relative_to(PACKAGE))] = uses
    assert offenders == {}
    hooks = (PACKAGE / "_httpx_hooks.py").read_text(encoding="utf-8")
    assert len(private_uses(hooks)) >= len(PRIVATE_NAMES)  # the list names what is used


def test_the_scan_finds_what_it_looks_for() -> None:
    bad = "import httpx\nx = http._transport\ny = getattr(pool, '_requests')\nz = httpx._types\n"
    assert len(private_uses(bad)) == 3
    assert private_uses("from httpx._types import CookieTypes\n") == ["line 1: from httpx._types"]


def test_every_hook_warning_is_exported_and_named() -> None:
    for cls in (
        vast_sdk.DeadlineHookWarning,
        FreshConnectionHookWarning,
        ResponseContentHookWarning,
    ):
        assert issubclass(cls, HookWarning) and issubclass(cls, RuntimeWarning)
        assert getattr(vast_sdk, cls.__name__) is cls and cls.__name__ in vast_sdk.__all__


# ------------------------------------------------------------------ fresh_connection


@pytest.fixture
def no_warnings() -> Iterator[None]:
    with warnings.catch_warnings():
        warnings.simplefilter("error", HookWarning)
        yield


def test_the_fresh_connection_hook_takes_an_idle_connection(
    make_client: Callable[..., Vast], server: MockServer, no_warnings: None
) -> None:
    """Fails when the hook degrades: it would return [] and the money rule could not hold."""
    server.default = reply(200, OK)
    client = make_client()
    client.detach_ssh_key(id=1, ssh_key_id=2)  # leaves one idle keep-alive connection
    http = client.requester.http_client
    taken = take_idle_connections(http, httpx.URL(server.url))
    assert len(taken) == 1, VERSIONS
    for connection in taken:
        connection.close()
    assert take_idle_connections(http, httpx.URL(server.url)) == []  # it was taken out


def test_a_money_call_goes_out_on_a_new_connection(
    make_client: Callable[..., Vast], server: MockServer, no_warnings: None
) -> None:
    server.default = reply(200, {"success": True, "new_contract": 7})
    client = make_client()
    client.show_user()
    client.create_instance(id=1, image="x")
    client.show_user()
    assert [r.connection for r in server.requests] == [1, 2, 2], VERSIONS


def test_a_changed_pool_internal_warns_once_and_calls_still_work(
    monkeypatch: pytest.MonkeyPatch, make_client: Callable[..., Vast], server: MockServer
) -> None:
    """A release whose pool keeps its requests in another container: httpcore still works, the
    hook cannot (it would not know what it removes from), so it does without and says so."""
    init = vars(httpcore.ConnectionPool)["__init__"]

    def changed(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        self._requests = collections.deque(self._requests)

    monkeypatch.setattr(httpcore.ConnectionPool, "__init__", changed)
    server.default = reply(200, {"success": True, "new_contract": 7})
    client = make_client()
    client.show_user()
    with pytest.warns(FreshConnectionHookWarning) as caught:
        assert client.create_instance(id=1, image="x").new_contract == 7
    assert len(caught) == 1 and caught[0].filename == __file__
    assert "_requests" in str(caught[0].message) and httpx.__version__ in str(caught[0].message)
    with warnings.catch_warnings():
        warnings.simplefilter("error", HookWarning)
        assert client.create_instance(id=1, image="x").new_contract == 7  # once per process
    assert [r.connection for r in server.requests] == [1, 1, 1]  # degraded: the idle one reused


def test_a_transport_of_the_callers_is_left_alone(server: MockServer, no_warnings: None) -> None:
    http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json=OK)))
    assert take_idle_connections(http, httpx.URL(server.url)) == []
    http.close()


# ------------------------------------------------------------------ response_content


def test_the_body_is_handed_to_the_streamed_response(
    monkeypatch: pytest.MonkeyPatch, client: Vast, server: MockServer, no_warnings: None
) -> None:
    """Fails when the hook degrades: a second Response would be built for every call."""
    made: list[httpx.Response] = []
    init = httpx.Response.__init__

    def counting(self: httpx.Response, *args: Any, **kwargs: Any) -> None:
        made.append(self)
        init(self, *args, **kwargs)

    server.default = reply(200, OK)
    monkeypatch.setattr(httpx.Response, "__init__", counting)
    raw = client.with_raw_response.detach_ssh_key(id=1, ssh_key_id=2)
    assert made == [raw.http_response], VERSIONS  # httpx's own, holding the body
    assert raw.http_response.content == raw.content


def test_a_moved_content_attribute_warns_once_and_calls_still_work(
    monkeypatch: pytest.MonkeyPatch, client: Vast, server: MockServer
) -> None:
    """A release that keeps a read body elsewhere than _content: a new Response is built."""

    def content(self: httpx.Response) -> bytes:
        if not hasattr(self, "_body_moved"):
            raise httpx.ResponseNotRead()
        body: bytes = self._body_moved
        return body

    def read(self: httpx.Response) -> bytes:
        if not hasattr(self, "_body_moved"):
            self._body_moved = b"".join(self.iter_bytes())  # type: ignore[attr-defined]
        return content(self)

    monkeypatch.setattr(httpx.Response, "content", property(content))
    monkeypatch.setattr(httpx.Response, "read", read)
    server.default = reply(200, OK)
    with pytest.warns(ResponseContentHookWarning) as caught:
        assert client.detach_ssh_key(id=1, ssh_key_id=2).msg == "ok"
    assert len(caught) == 1 and "_content" in str(caught[0].message)
    with warnings.catch_warnings():
        warnings.simplefilter("error", HookWarning)
        assert client.detach_ssh_key(id=1, ssh_key_id=2).msg == "ok"


def test_set_content_keeps_the_response(no_warnings: None) -> None:
    streamed = httpx.Response(
        200, headers={"Content-Encoding": "gzip"}, stream=httpx.ByteStream(b"")
    )
    assert set_content(streamed, b"decoded") is streamed
    assert streamed.content == b"decoded"
    assert streamed.headers["content-encoding"] == "gzip"  # the headers as sent
