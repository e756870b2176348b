"""Every use of httpx's and httpcore's private internals, in one place, under one policy.

httpx has no public API for three things the request core needs, so it reaches into private
names here and nowhere else in the package:

- ``deadline``: giving the transports of the pool a Vast builds a network backend whose socket
  reads and writes obey the total deadline (_deadline.py): ``httpx.Client._transport`` and
  ``_mounts`` (the default and the proxy transports), ``HTTPTransport._pool``,
  ``ConnectionPool._network_backend``;
- ``fresh_connection``: taking the idle keep-alive connections to one origin out of a pool, so
  that a call that is not replay-safe goes out on a new connection (docs/RELIABILITY.md): the
  same transports, and each pool's ``_optional_thread_lock``, ``_connections`` and ``_requests``;
- ``response_content``: handing a streamed response the body read (and decoded) from it, as
  httpx's own ``Response.read()`` leaves it (``Response._content``), instead of building a
  second Response per call.

The policy, the same for each hook: it checks that what it touches exists and has the expected
type before using it; when it does not (an httpx or httpcore release moved it), the feature
degrades, never the call (no deadline hook / the pool's usual connection / a new Response), and
a warning names the hook once per process (a HookWarning subclass, pointing at the user's line).
tests/client/test_httpx_hooks.py has a test per hook that fails when it degrades, and
tests/package runs it at the lowest and the newest allowed versions.

Where a public API serves, it is used instead: the cookie jar of the pool a Vast builds is
swapped through httpx's public ``cookies`` property (once ``httpx._types``), and the transports
are found the same way for both hooks (once also ``Client._transport_for_url``).
"""

from __future__ import annotations

import sys
import threading
import warnings
from typing import Any

import httpx

__all__ = [
    "DeadlineHookWarning",
    "FreshConnectionHookWarning",
    "HookWarning",
    "ResponseContentHookWarning",
    "install_deadline",
    "set_content",
    "take_idle_connections",
]

PRIVATE_NAMES = (
    "httpx.Client._transport",
    "httpx.Client._mounts",
    "httpx.HTTPTransport._pool",
    "httpcore.ConnectionPool._network_backend",
    "httpcore.ConnectionPool._optional_thread_lock",
    "httpcore.ConnectionPool._connections",
    "httpcore.ConnectionPool._requests",
    "httpx.Response._content",
)
"""Every private httpx/httpcore name the package uses (tests/client/test_httpx_hooks.py checks
that no other module names one)."""


class HookWarning(RuntimeWarning):
    """An httpx or httpcore release moved what one of the SDK's hooks relies on: the feature it
    gives degrades (the calls still work). Each subclass names one hook."""


class DeadlineHookWarning(HookWarning):
    """The sync client's pool could not be hooked: its total deadline is not enforced while
    the response headers arrive (only between body chunks, and per socket read by httpx)."""


class FreshConnectionHookWarning(HookWarning):
    """Idle connections could not be taken out of the pool: calls that are not replay-safe may
    go out on a reused keep-alive connection (a server closing it just then fails the call, which
    is then not retried; see docs/RELIABILITY.md)."""


class ResponseContentHookWarning(HookWarning):
    """A read response could not be handed its body the fast way: each call builds a second
    httpx.Response (slower, same results)."""


_warned: set[type[HookWarning]] = set()
_warned_lock = threading.Lock()


def _in_sdk(module: object) -> bool:
    return isinstance(module, str) and module.partition(".")[0] == "vast_sdk"


def caller_stacklevel() -> int:
    """The ``stacklevel`` that points a warning raised by its caller at the first frame outside
    vast_sdk (the user's line, however deep in the SDK the warning is raised)."""
    frame = sys._getframe(1)
    level = 1
    while frame.f_back is not None and _in_sdk(frame.f_globals.get("__name__")):
        frame = frame.f_back
        level += 1
    return level


def _versions() -> str:
    import httpcore

    return f"httpx {httpx.__version__} / httpcore {httpcore.__version__}"


def warn_once(category: type[HookWarning], what: str) -> None:
    """Warn ``category`` the first time this process sees its hook degrade."""
    with _warned_lock:
        if category in _warned:
            return
        _warned.add(category)
    warnings.warn(
        f"vast_sdk could not hook {_versions()}: {what}. Please report this with the versions.",
        category,
        stacklevel=caller_stacklevel(),
    )


# ------------------------------------------------------------------ deadline


def _hook_transport(transport: object) -> str | None:
    """Wrap ``transport``'s network backend; None when done, else why it could not be."""
    import httpcore

    from ._deadline import DeadlineBackend

    pool = getattr(transport, "_pool", None)
    if not isinstance(pool, httpcore.ConnectionPool):  # HTTPProxy and SOCKSProxy are ones too
        return f"{type(transport).__name__}._pool is {type(pool).__name__}, not a ConnectionPool"
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, DeadlineBackend):
        return None
    if not isinstance(backend, httpcore.NetworkBackend):
        name = type(pool).__name__
        return f"{name}._network_backend is {type(backend).__name__}, not a NetworkBackend"
    pool._network_backend = DeadlineBackend(backend)
    return None


def transports(http: httpx.Client | httpx.AsyncClient) -> tuple[dict[str, object], list[str]]:
    """({where: transport} of ``http``: the default one and every proxy mount, [problems]).

    A mount of None (a no_proxy host) uses the default transport. httpx makes them all itself:
    passing a transport of our own would turn off its proxies from the environment.
    """
    found = {"the default transport": getattr(http, "_transport", None)}
    problems = []
    mounts = getattr(http, "_mounts", None)  # the proxies' transports
    if isinstance(mounts, dict):
        for pattern, transport in mounts.items():
            if transport is not None:
                found[f"the mount {getattr(pattern, 'pattern', pattern)!r}"] = transport
    else:
        problems.append(f"httpx.Client._mounts is {type(mounts).__name__}, not a dict")
    return found, problems


def unhooked(http: httpx.Client) -> list[str]:
    """Why each transport of ``http`` does not enforce the deadline ([] when all do); hooks the
    transports it can (idempotent)."""
    found, problems = transports(http)
    for where, transport in found.items():
        reason = _hook_transport(transport)
        if reason:
            problems.append(f"{where}: {reason}")
    return problems


def install_deadline(http: httpx.Client) -> httpx.Client:
    """``http`` (the pool a Vast builds at its first call), every transport's socket I/O now
    obeying the total deadline; DeadlineHookWarning (once) when one could not be hooked."""
    problems = unhooked(http)
    if problems:
        warn_once(
            DeadlineHookWarning,
            "the sync client's total deadline is not enforced while the response headers "
            "arrive, so a server that trickles them can hold a call past its timeout "
            f"({'; '.join(problems)})",
        )
    return http


# ------------------------------------------------------------------ fresh connections


def _own_transport(transport: object) -> bool:
    return isinstance(transport, (httpx.HTTPTransport, httpx.AsyncHTTPTransport))


def take_idle_connections(http: httpx.Client | httpx.AsyncClient, url: httpx.URL) -> list[Any]:
    """Remove the idle keep-alive connections to ``url``'s origin from the pool; close them after.

    A call that is not replay-safe goes out on a new connection. A server (or load balancer)
    closes a keep-alive connection after some idle time; when that happens just as the next
    request is written on it, the request fails before any response byte, exactly like a
    request the server read and then dropped, so the client cannot tell whether a replay is
    safe. On a connection it has just opened, the server has no idle timer to race with.

    Under each pool's own lock, only connections that are idle and assigned to no request are
    taken, so no other thread's request can lose its connection. Every transport's pool is
    looked at (the default one and the proxies'): only connections that can serve ``url``'s
    origin are taken. Transports other than httpx's own (a MockTransport, a custom one) are
    left alone: those calls keep the pool's usual choice. FreshConnectionHookWarning (once)
    when httpx's own transport no longer has what this reads.
    """
    found, problems = transports(http)
    pools = []
    for where, transport in found.items():
        if not _own_transport(transport):
            continue
        pool = getattr(transport, "_pool", None)
        lock = getattr(pool, "_optional_thread_lock", None)
        connections = getattr(pool, "_connections", None)
        requests = getattr(pool, "_requests", None)
        if lock is None or not isinstance(connections, list) or not isinstance(requests, list):
            problems.append(
                f"{where}: {type(transport).__name__}._pool ({type(pool).__name__}) has no "
                "_optional_thread_lock and _connections and _requests lists"
            )
            continue
        pools.append((lock, connections, requests))
    if problems:
        warn_once(FreshConnectionHookWarning, "; ".join(problems))
    if not pools:
        return []
    import httpcore  # loaded already: the pool is httpcore's

    origin = httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=b"/")
    taken: list[Any] = []
    for lock, connections, requests in pools:  # any pool may hold one: direct, or a proxy's
        with lock:
            busy = {id(getattr(r, "connection", None)) for r in requests}
            idle = [
                c
                for c in connections
                if id(c) not in busy and c.can_handle_request(origin.origin) and c.is_idle()
            ]
            for connection in idle:
                connections.remove(connection)
        taken += idle
    return taken


# ------------------------------------------------------------------ response content


def _rebuilt(streamed: httpx.Response, content: bytes) -> httpx.Response:
    """The public way: a new read Response with the decoded body and the headers as sent."""
    headers = streamed.headers
    plain = [(k, v) for k, v in headers.multi_items() if k.lower() != "content-encoding"]
    response = httpx.Response(
        streamed.status_code,
        headers=plain,
        content=content,
        request=streamed.request,
        extensions=streamed.extensions,
    )
    response.headers = headers  # as httpx leaves a streamed response it has read and decoded
    return response


def set_content(streamed: httpx.Response, content: bytes) -> httpx.Response:
    """``streamed`` (read through iter_raw and closed) holding ``content`` as its body.

    The body is set as httpx's own ``Response.read()`` leaves it (``_content``). If httpx no
    longer reads it from there, a new Response is built instead (ResponseContentHookWarning).
    """
    streamed._content = content
    try:
        if streamed.content is content:
            return streamed
    except httpx.ResponseNotRead:
        pass
    warn_once(ResponseContentHookWarning, "httpx.Response.content does not read _content")
    return _rebuilt(streamed, content)
