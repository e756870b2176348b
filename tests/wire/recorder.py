"""Record what the official ``vastai`` package and the SDK put on the wire for the same call.

``Recorder`` is a threaded HTTP/1.1 server on 127.0.0.1 that answers every request with 200 and
a plausible JSON body for its route (:func:`reply_for`), and keeps each request as it arrived:
method, path (trailing slash included), raw query string, headers (lower-cased names, the
Authorization value never kept, only whether it was there) and raw body.

``Recorder.official(fn)`` calls ``fn(client)`` with the official package's own ``VastClient``
(``vastai/api/client.py``) pointed at the recorder with a fake key; ``Recorder.serverless(fn)``
awaits ``fn(client)`` with the package's serverless client (``vastai/serverless/client``, aiohttp)
pointed at it for both the console and the autoscaler; ``Recorder.sdk(fn)`` calls
``fn(vast)`` with ``vast_sdk.Vast(api_key=..., base_url=...)``; ``Recorder.cli(argv)`` runs
``vastai --url http://127.0.0.1:PORT --api-key KEY ARGV`` as a subprocess. Each returns a
:class:`Call`: the requests that call made, and what it returned or raised. Nothing leaves the
machine and every wait is bounded (client timeouts, a subprocess timeout).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import ssl
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from vast_sdk import Vast

KEY = "k-wire-0123456789"
"""The fake key both clients send (never a real one; the recorder never stores it)."""

TIMEOUT = 10.0
"""Seconds any one request may take: both clients' timeout, and the server socket's."""

CLI_TIMEOUT = 60.0
"""Seconds one ``vastai`` subprocess may run (its imports take a few)."""

_PROXY_ENV = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "NO_PROXY",
    "no_proxy",
    "VAST_URL",
    "VAST_API_KEY",
)


@dataclass(frozen=True)
class Recorded:
    """One request as the recorder received it."""

    method: str
    path: str
    """As sent: percent-encoding and the trailing slash kept."""
    raw_query: str
    headers: dict[str, str]
    """Lower-cased names; never the Authorization header (see ``authorized``)."""
    body: bytes
    authorized: bool
    """Whether an ``Authorization: Bearer`` header came with it (its value is not kept)."""

    @property
    def query(self) -> dict[str, list[str]]:
        """The query string parsed, blank values kept."""
        return parse_qs(self.raw_query, keep_blank_values=True)

    @property
    def query_json(self) -> dict[str, Any]:
        """Each query value once, read as JSON where it is JSON text, else kept as a string.

        Both clients send ``?q={"a":1}`` style JSON text; reading it makes ``{"a": 1}`` and
        ``{"a":1}`` (different spacing) compare equal.
        """
        out: dict[str, Any] = {}
        for name, values in self.query.items():
            value = values[-1]
            try:
                out[name] = json.loads(value)
            except ValueError:
                out[name] = value
        return out

    @property
    def json(self) -> Any:
        """The body read as JSON; None when there is no body."""
        return json.loads(self.body) if self.body else None

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")

    def form(self) -> dict[str, Any]:
        """The comparable wire form: method, path, query (JSON-read), body (JSON), Content-Type."""
        return {
            "method": self.method,
            "path": self.path,
            "query": self.query_json,
            "body": self.json,
            "content_type": self.content_type,
        }


@dataclass
class Call:
    """What one client call did: the requests it made, and its result or exception."""

    requests: list[Recorded] = field(default_factory=list)
    result: Any = None
    error: BaseException | None = None
    output: str = ""
    """The CLI's stdout and stderr (``Recorder.cli`` only)."""

    @property
    def last(self) -> Recorded:
        """The request the call ended with (the operation itself, after any look-ups)."""
        assert self.requests, f"no request was made (error: {self.error!r}; output: {self.output})"
        return self.requests[-1]

    @property
    def only(self) -> Recorded:
        assert len(self.requests) == 1, (self.requests, self.error)
        return self.requests[0]


# ---------------------------------------------------------------- plausible replies

_INSTANCE_ROW: dict[str, Any] = {
    "id": 1234,
    "machine_id": 42,
    "actual_status": "running",
    "start_date": 1700000000.0,
    "extra_env": [["A", "1"]],
    "ports": {},
}
_VOLUME_ROW: dict[str, Any] = {"id": 77, "start_date": 1700000000.0, "disk_space": 10}

_REPLIES: list[tuple[str, str, Any]] = [
    # (method or "*", path regex, JSON body); first match wins.
    ("*", r"/api/v0/bundles/?$", {"offers": []}),
    ("PUT", r"/api/v0/search/asks/$", {"offers": []}),
    ("*", r"/api/v0/(network_)?volumes/search/$", {"offers": []}),
    ("PUT", r"/api/v0/asks/\d+/$", {"success": True, "new_contract": 1234}),
    ("POST", r"/api/v0/asks/bulk/$", {"success": True, "new_contracts": [1234]}),
    ("GET", r"/api/v1/instances/$", {"instances": [_INSTANCE_ROW], "next_token": None}),
    ("GET", r"/api/v0/instances/$", {"instances": [_INSTANCE_ROW]}),
    ("GET", r"/api/v0/instances/\d+/$", {"instances": _INSTANCE_ROW}),
    ("GET", r"/api/v0/instances/filters/$", {"filters": []}),
    ("GET", r"/api/v0/instances/balance/\d+/$", {"refundable_deposit": 0.0}),
    ("PUT", r"/api/v0/instances/(command|request_logs)/\d+/$", {"success": True}),
    ("GET", r"/api/v0/machines$", {"machines": []}),
    ("GET", r"/api/v0/volumes$", {"volumes": [_VOLUME_ROW]}),
    ("GET", r"/api/v0/subaccounts$", {"users": []}),
    ("GET", r"/api/v0/users/[^/]+/ipaddrs$", {"results": []}),
    ("GET", r"/api/v0/users/[^/]+/invoices$", {"invoices": [], "current": {"charges": 0}}),
    ("GET", r"/api/v0/users/current$", {"id": 1, "email": "me@example.com"}),
    ("POST", r"/api/v0/contracts/fetch/$", {"contracts": []}),
    ("GET", r"/api/v0/instance_backups/$", {"backups": []}),
    ("GET", r"/api/v0/deployments$", {"deployments": []}),
    ("GET", r"/api/v0/deployment/\d+/$", {"deployment": {"id": 5}}),
    ("GET", r"/api/v0/deployment/\d+/versions/$", {"success": True, "versions": []}),
    ("GET", r"/api/v0/(endptjobs|autojobs|workergroups)/$", {"success": True, "results": []}),
    ("POST", r"/api/v0/endptjobs/$", {"success": True, "result": 5}),
    ("POST", r"/api/v0/(workergroups|autojobs)/$", {"success": True, "id": 7}),
    (
        "GET",
        r"/api/v0/endptjobs/\d+/$",
        {
            "success": True,
            "result": {
                "id": 5,
                "endpoint_name": "ep",
                "api_key": "endpoint-key",
                "user_id": 1,
                "created_at": 1700000000.0,
            },
        },
    ),
    ("POST", r"/get_endpoint_workers/$", []),
    ("GET", r"/api/v0/template/$", {"templates": [{"id": 9, "hash_id": "abc", "creator_id": 1}]}),
    ("GET", r"/api/v0/benchmarks$", {"benchmarks": [], "next_token": None}),
    ("GET", r"/api/v0/secrets/$", {"secrets": {}}),
    ("GET", r"/api/v0/ssh/$", []),
    ("POST", r"/api/v0/ssh/$", {"success": True, "key": {"id": 3, "key": "ssh-ed25519 AAAA"}}),
    ("GET", r"/api/v0/auth/apikeys/$", {"apikeys": []}),
    ("GET", r"/api/v0/instances/pending-price-increases/$", {"pending_price_increases": []}),
    ("GET", r"/api/v0/invoices$", {"invoices": []}),
    ("GET", r"/api/v0/machines/maintenances$", []),
    ("GET", r"/api/v0/clusters/$", {"clusters": {}}),
    ("GET", r"/api/v0/overlay/$", []),
    ("GET", r"/api/v0/network_disk/$", {"data": []}),
    ("GET", r"/api/v0/gpu_names/unique/$", {"gpu_names": ["RTX 4090", "H100 SXM"]}),
    (
        "GET",
        r"/api/v0/gpu_types/$",
        {"gpu_types": [{"canonical_name": "RTX 4090", "gpu_ram_mb": 24564}]},
    ),
]


def reply_for(method: str, path: str) -> Any:
    """A plausible 200 body for the route: what the official package reads from it."""
    for want, pattern, body in _REPLIES:
        if want in ("*", method) and re.match(pattern, path):
            return body
    return {"success": True, "msg": "ok"}


# ---------------------------------------------------------------- the server


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        return None

    def _handle(self) -> None:
        self.connection.settimeout(TIMEOUT)
        length = int(self.headers.get("Content-Length") or 0)
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            body = self._read_chunked()
        else:
            body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        headers = {k.lower(): v for k, v in self.headers.items() if k.lower() != "authorization"}
        authorized = (self.headers.get("Authorization") or "").startswith("Bearer ")
        self.server.record(
            Recorded(self.command, parts.path, parts.query, headers, body, authorized)
        )
        data = json.dumps(reply_for(self.command, parts.path)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _read_chunked(self) -> bytes:
        out = b""
        while True:
            size = int(self.rfile.readline().strip() or b"0", 16)
            if size == 0:
                self.rfile.readline()
                return out
            out += self.rfile.read(size)
            self.rfile.readline()

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self._lock = threading.Lock()
        self.requests: list[Recorded] = []

    def record(self, request: Recorded) -> None:
        with self._lock:
            self.requests.append(request)

    def take(self) -> list[Recorded]:
        with self._lock:
            taken, self.requests = self.requests, []
        return taken


@contextlib.contextmanager
def _clean_env() -> Iterator[None]:
    saved = {name: os.environ.pop(name, None) for name in _PROXY_ENV}
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is not None:
                os.environ[name] = value


class Recorder:
    """The loopback recorder and the two clients pointed at it. Use as a context manager."""

    def __init__(self) -> None:
        self._server = _Server()
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._vast: Vast | None = None
        self._lock = threading.Lock()

    def __enter__(self) -> Recorder:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._vast is not None:
            self._vast.close()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(TIMEOUT)

    # -- the official package

    def official(self, fn: Callable[[Any], Any]) -> Call:
        """``fn(client)`` with the official ``VastClient`` aimed here; the requests it made."""
        with self._lock, _clean_env():
            client = official_client(self.url)
            self._server.take()
            call = Call()
            try:
                call.result = fn(client)
            except Exception as exc:
                call.error = exc
            call.requests = self._server.take()
            return call

    def serverless(self, fn: Callable[[Any], Any]) -> Call:
        """``await fn(client)`` with the official serverless client aimed here (both its URLs)."""
        from vastai.serverless.client.client import (  # type: ignore[import-untyped]
            CoroutineServerless,
        )

        async def run() -> Any:
            client = CoroutineServerless(
                api_key=KEY, webserver_url=self.url, autoscaler_url=self.url
            )
            client._ssl_context = ssl.create_default_context()  # it would download Vast's CA
            async with client:
                return await asyncio.wait_for(fn(client), TIMEOUT)

        with self._lock, _clean_env():
            self._server.take()
            call = Call()
            try:
                call.result = asyncio.run(run())
            except Exception as exc:
                call.error = exc
            call.requests = self._server.take()
            return call

    def cli(self, argv: list[str]) -> Call:
        """``vastai --url URL --api-key KEY ARGV`` in a subprocess with an empty HOME."""
        with self._lock, tempfile.TemporaryDirectory(prefix="vastai-home-") as home:
            env = {k: v for k, v in os.environ.items() if k not in _PROXY_ENV}
            env.update(HOME=home, XDG_CONFIG_HOME=str(Path(home) / ".config"), NO_COLOR="1")
            exe = Path(sys.executable).with_name("vastai")
            cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "vastai.cli.main"]
            cmd += ["--url", self.url, "--api-key", KEY, "--retry", "1", *argv]
            self._server.take()
            call = Call()
            try:
                done = subprocess.run(
                    cmd, env=env, capture_output=True, text=True, timeout=CLI_TIMEOUT, check=False
                )
                call.result = done.returncode
                call.output = done.stdout + done.stderr
            except subprocess.TimeoutExpired as exc:
                call.error = exc
            call.requests = self._server.take()
            return call

    # -- the SDK

    @property
    def vast(self) -> Vast:
        if self._vast is None:
            with _clean_env():
                self._vast = Vast(api_key=KEY, base_url=self.url, max_retries=0, timeout=TIMEOUT)
        return self._vast

    def sdk(self, fn: Callable[[Any], Any]) -> Call:
        """``fn(vast)`` with a ``vast_sdk.Vast`` aimed here; the requests it made.

        ``fn`` takes ``Any``, not ``Vast``: a pending row's test calls a method the way it will
        be called once the lead's change lands (``get_endpoint_logs(id=...)``), which today's
        signatures reject statically; the recorded request is what these tests check.
        """
        with self._lock:
            vast = self.vast
            self._server.take()
            call = Call()
            try:
                call.result = fn(vast)
            except Exception as exc:
                call.error = exc
            call.requests = self._server.take()
            return call


def official_client(url: str) -> Any:
    """The official package's ``VastClient`` for ``url``: fake key, one try, bounded."""
    from vastai.api.client import VastClient  # type: ignore[import-untyped]

    return VastClient(api_key=KEY, server_url=url, retry=1, timeout=TIMEOUT)


def official_api(module: str) -> Any:
    """``vastai.api.<module>`` (imported with an empty HOME: the package reads config there)."""
    import importlib

    with tempfile.TemporaryDirectory(prefix="vastai-home-") as home:
        saved = os.environ.get("HOME")
        os.environ["HOME"] = home
        try:
            return importlib.import_module(f"vastai.api.{module}")
        finally:
            if saved is None:
                os.environ.pop("HOME", None)
            else:
                os.environ["HOME"] = saved
