"""The sync client's total-deadline hook attaches to the installed httpx/httpcore, or says so.

_httpx_hooks.install_deadline wraps the network backend of httpx's transports through private
attributes. These tests fail when an httpx or httpcore release (inside the declared bounds)
moves them, so the deadline cannot be lost silently; tests/package runs them at the lowest and
highest allowed versions. test_timeouts.py proves what the hook does (trickled headers time
out); test_httpx_hooks.py holds the other hooks.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Callable
from typing import Any

import httpcore
import httpx
import pytest

from vast_sdk import DeadlineHookWarning, HookWarning, Vast
from vast_sdk._deadline import DeadlineBackend
from vast_sdk._httpx_hooks import unhooked

from .conftest import KEY
from .server import MockServer

VERSIONS = f"httpx {httpx.__version__}, httpcore {httpcore.__version__}"


def backend_of(transport: Any) -> Any:
    """The network backend of an httpx.HTTPTransport (the private attributes the hook uses)."""
    return transport._pool._network_backend


def test_the_hook_attaches_to_the_installed_httpx(make_client: Callable[..., Vast]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client = make_client()
    http = client.requester.http_client
    assert isinstance(backend_of(http._transport), DeadlineBackend), VERSIONS
    assert unhooked(http) == [], VERSIONS


def test_every_proxy_transport_is_hooked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("NO_PROXY", "localhost")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client = Vast(api_key=KEY)
    try:
        http = client.requester.http_client
        proxies = [t for t in http._mounts.values() if t is not None]
        assert len(proxies) == 2, http._mounts
        for transport in [http._transport, *proxies]:
            assert isinstance(backend_of(transport), DeadlineBackend), VERSIONS
    finally:
        client.close()


def _rename(cls: type, old: str, new: str) -> Callable[..., None]:
    """cls.__init__, then the attribute ``old`` moved to ``new`` (a release that renamed it)."""
    init = vars(cls)["__init__"]

    def renamed(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        setattr(self, new, self.__dict__.pop(old))

    return renamed


@pytest.mark.parametrize(
    ("cls", "attribute"),
    [(httpx.HTTPTransport, "_pool"), (httpcore.ConnectionPool, "_network_backend")],
    ids=["httpx", "httpcore"],
)
def test_a_renamed_attribute_warns_where_the_first_call_is_made(
    monkeypatch: pytest.MonkeyPatch, server: MockServer, cls: type, attribute: str
) -> None:
    """The pool is built (and hooked) at the first call: the warning points at that call."""
    monkeypatch.setattr(cls, "__init__", _rename(cls, attribute, attribute + "_renamed"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client = Vast(api_key=KEY, base_url=server.url)  # builds no pool: nothing to warn about
    # the stand-in "release" also breaks httpx's own use of the attribute: AttributeError
    with pytest.warns(DeadlineHookWarning) as caught, contextlib.suppress(AttributeError):
        client.detach_ssh_key(id=1, ssh_key_id=2)
    assert len(caught) == 1
    warning = caught[0]
    assert warning.filename == __file__  # points at the caller, not at vast_sdk
    assert issubclass(warning.category, HookWarning)
    message = str(warning.message)
    assert "total deadline is not enforced" in message
    assert attribute in message and httpx.__version__ in message
    with warnings.catch_warnings():  # once per process, by name: the next pool says nothing
        warnings.simplefilter("error")
        other = Vast(api_key=KEY, base_url=server.url)
        with contextlib.suppress(AttributeError):
            other.detach_ssh_key(id=1, ssh_key_id=2)


def test_a_callers_http_client_is_left_alone(server: MockServer) -> None:
    http = httpx.Client()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client = Vast(api_key=KEY, base_url=server.url, http_client=http)
    assert client.requester.http_client is http
    assert not isinstance(backend_of(http._transport), DeadlineBackend)
    http.close()
