"""Every limit on every fetch path: logs, execute_text and call_endpoint reach their result URL or
worker through the requester, over real loopback HTTP, with the limits of an API call.

For each path and client (sync, async): an oversized answer and a decompression bomb stop at
``max_response_size`` (ResponseTooLargeError); an answer trickled past the total deadline is an
APITimeoutError in time; a redirect to another host carries no key, and one from https to plain
http is refused (a worker's redirect is never followed: it is the worker's error). No message
shows the result URL's query (its signature) or a key.
"""

from __future__ import annotations

import asyncio
import functools
import gzip
import shutil
import ssl
import subprocess
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from robustness.hostile import (
    HostileServer,
    answer,
    huge_body,
    redirect,
    trickle_body,
    trickle_headers,
)

from vast_sdk import (
    APITimeoutError,
    AsyncVast,
    InsecureURLError,
    ResponseTooLargeError,
    Vast,
    WorkerError,
)

from .conftest import Api

KEY = "sk-test-SECRET-0123456789abcd"  # the suite-wide conftest checks it never leaks
ENDPOINT_KEY = "endpoint-key-SECRET-42"
SIGNATURE = "X-Amz-Signature=SIGNED0123456789"
LIMIT = 1024 * 1024
PATHS = ("logs", "execute_text", "call_endpoint")


@functools.cache
def bomb(size: int) -> bytes:
    return gzip.compress(b"\0" * size, compresslevel=9)


# ------------------------------------------------------------------ servers


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A private CA and a server certificate for 127.0.0.1 signed by it."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is not installed")
    d = tmp_path_factory.mktemp("pki")
    (d / "leaf.ext").write_text(
        "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
        "extendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1\n"
    )
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-keyout", "ca.key",
             "-out", "ca.pem", "-subj", "/CN=vast-sdk fetch CA",
             "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign,cRLSign", cwd=d)  # fmt: skip
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "s.key", "-out", "s.csr",
             "-subj", "/CN=127.0.0.1", cwd=d)  # fmt: skip
    _openssl("x509", "-req", "-in", "s.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
             "-CAcreateserial", "-days", "2", "-out", "s.pem", "-extfile", "leaf.ext",
             cwd=d)  # fmt: skip
    return {"ca": d / "ca.pem", "cert": d / "s.pem", "key": d / "s.key"}


def _fresh(srv: HostileServer) -> HostileServer:
    """A module's server, as new for the next test (servers are slow to stop: shared)."""
    with srv._lock:
        srv._queue.clear()
        srv.requests.clear()
        srv.default = None
    return srv


@pytest.fixture(scope="module")
def servers(pki: dict[str, Path]) -> Iterator[dict[str, HostileServer]]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pki["cert"], pki["key"])
    made = {
        "api": HostileServer(),
        "outside": HostileServer(),
        "elsewhere": HostileServer(),
        "tls": HostileServer(tls=context),
    }
    yield made
    for srv in made.values():
        srv.close()


@pytest.fixture
def api(servers: dict[str, HostileServer]) -> HostileServer:
    """The Vast API (plain http on loopback): it hands out the result URL or the worker."""
    return _fresh(servers["api"])


@pytest.fixture
def outside(servers: dict[str, HostileServer]) -> HostileServer:
    """The result URL's host (S3) or the worker."""
    return _fresh(servers["outside"])


@pytest.fixture
def elsewhere(servers: dict[str, HostileServer]) -> HostileServer:
    """Where a redirect points: it must never see a key (nor, when refused, any request)."""
    srv = _fresh(servers["elsewhere"])
    srv.default = answer(200, body=b"moved text", headers={"Content-Type": "text/plain"})
    return srv


@pytest.fixture
def tls_outside(servers: dict[str, HostileServer]) -> HostileServer:
    """The result URL's host or the worker, on https (a certificate of the test's own CA)."""
    return _fresh(servers["tls"])


# ------------------------------------------------------------------ the three paths


def script(api: HostileServer, path: str, target: str) -> None:
    """The API's answers that send ``path`` to ``target`` (the result URL's or worker's host)."""
    if path == "call_endpoint":
        routed = {"url": target, "signature": "sig", "endpoint": "e", "reqnum": 1, "cost": 1}
        api.default = answer(200, routed)
        return
    url = f"{target}/vast.ai/result.log?X-Amz-Expires=60&{SIGNATURE}"
    api.default = answer(200, {"success": True, "result_url": url, "writeable_path": "/w"})


def fetch(path: str, **kwargs: Any) -> Callable[[Api], Awaitable[Any]]:
    async def go(client: Api) -> Any:
        if path == "logs":
            return await client.logs(7, **kwargs)
        if path == "execute_text":
            return await client.execute_text(7, "ls", **kwargs)
        return await client.call_endpoint("e", {"p": 1}, path="/gen", endpoint_key=ENDPOINT_KEY)

    return go


async def _no_wait(seconds: float) -> None:
    return None


def run(
    mode: str,
    api: HostileServer,
    go: Callable[[Api], Awaitable[Any]],
    verify: ssl.SSLContext | None = None,
    **options: Any,
) -> Any:
    """``go`` with a sync or async client of ``api`` (its waits not slept)."""
    options.setdefault("api_key", KEY)
    options.setdefault("base_url", api.url)

    async def main() -> Any:
        if mode == "sync":
            http = httpx.Client(verify=verify) if verify else None
            with Vast(http_client=http, **options) as vast:
                vast.requester.sleep = lambda seconds: None
                try:
                    return await go(Api(vast))
                finally:
                    if http is not None:
                        http.close()
        ahttp = httpx.AsyncClient(verify=verify) if verify else None
        async with AsyncVast(http_client=ahttp, **options) as avast:
            avast.requester.sleep = _no_wait
            try:
                return await go(Api(avast))
            finally:
                if ahttp is not None:
                    await ahttp.aclose()

    return asyncio.run(main())


def assert_redacted(error: BaseException) -> None:
    """No signature, no key, in the message or anything the error keeps."""
    shown = f"{error} {error!r} {vars(error)}"
    assert "X-Amz" not in shown and "SIGNED" not in shown
    assert KEY not in shown and ENDPOINT_KEY not in shown
    request = getattr(error, "request", None)
    if request is not None:
        assert "X-Amz" not in str(request.url)
        assert request.headers.get("authorization") in (None, "[REDACTED]")


def assert_keys(outside: HostileServer, path: str) -> None:
    """What the result URL or worker received: never the account's key."""
    for seen in outside.requests:
        auth = seen.headers.get("authorization")
        assert auth == (f"Bearer {ENDPOINT_KEY}" if path == "call_endpoint" else None)


# ------------------------------------------------------------------ size


@pytest.mark.parametrize("path", PATHS)
def test_an_oversized_answer_stops_at_the_limit(
    mode: str, path: str, api: HostileServer, outside: HostileServer
) -> None:
    script(api, path, outside.url)
    outside.default = huge_body(3 * LIMIT, chunked=True)
    with pytest.raises(ResponseTooLargeError) as caught:
        run(mode, api, fetch(path), max_response_size=LIMIT)
    assert f"max_response_size ({LIMIT} bytes)" in str(caught.value)
    assert len(outside.requests) == 1  # not retried
    assert_redacted(caught.value)
    assert_keys(outside, path)


@pytest.mark.parametrize("path", PATHS)
def test_a_decompression_bomb_stops_at_the_limit(
    mode: str, path: str, api: HostileServer, outside: HostileServer
) -> None:
    script(api, path, outside.url)
    body = bomb(16 * LIMIT)
    assert len(body) < 32 * 1024  # tiny on the wire
    outside.default = answer(200, body=body, headers={"Content-Encoding": "gzip"})
    with pytest.raises(ResponseTooLargeError) as caught:
        run(mode, api, fetch(path), max_response_size=LIMIT)
    assert_redacted(caught.value)


@pytest.mark.parametrize("path", ["logs", "execute_text"])
def test_a_compressed_answer_within_the_limit_is_read(
    mode: str, path: str, api: HostileServer, outside: HostileServer
) -> None:
    script(api, path, outside.url)
    text = b"line\n" * 1000
    headers = {"Content-Encoding": "gzip", "Content-Type": "text/plain"}
    outside.default = answer(200, body=gzip.compress(text), headers=headers)
    assert run(mode, api, fetch(path), max_response_size=LIMIT) == text.decode()
    assert outside.requests[0].headers["accept-encoding"] == "gzip, deflate"


# ------------------------------------------------------------------ time


@pytest.mark.parametrize("trickle", [trickle_headers, trickle_body], ids=["head", "body"])
@pytest.mark.parametrize("path", PATHS)
def test_a_trickled_answer_is_a_timeout_in_time(
    mode: str,
    path: str,
    trickle: Callable[..., Any],
    api: HostileServer,
    outside: HostileServer,
) -> None:
    """The total deadline holds, however slowly and steadily the bytes come."""
    script(api, path, outside.url)
    outside.default = trickle(0.05)
    limit = 0.4
    go = fetch(path) if path != "call_endpoint" else _worker_with_timeout(limit)
    start = time.monotonic()
    with pytest.raises(APITimeoutError) as caught:
        run(mode, api, go, timeout=limit, max_retries=0)
    assert time.monotonic() - start < limit + 2.0
    assert "total timeout" in str(caught.value) or "Timeout" in str(caught.value)
    assert len(outside.requests) == 1
    assert_redacted(caught.value)


def _worker_with_timeout(seconds: float) -> Callable[[Api], Awaitable[Any]]:
    async def go(client: Api) -> Any:
        return await client.call_endpoint(
            "e", {"p": 1}, path="/gen", endpoint_key=ENDPOINT_KEY, worker_timeout=seconds
        )

    return go


def test_a_slow_worker_is_not_sent_the_request_again(
    api: HostileServer, outside: HostileServer
) -> None:
    """A timeout after sending may come after the worker ran it: never replayed."""
    script(api, "call_endpoint", outside.url)
    outside.default = trickle_body(0.05)
    with pytest.raises(APITimeoutError):
        run("sync", api, _worker_with_timeout(0.4), max_retries=3)
    assert len(outside.requests) == 1 and len(api.requests) == 1


# ------------------------------------------------------------------ redirects


@pytest.mark.parametrize("status", [302, 307])
@pytest.mark.parametrize("path", ["logs", "execute_text"])
def test_a_cross_host_redirect_of_a_result_url_carries_no_key(
    mode: str,
    path: str,
    status: int,
    api: HostileServer,
    outside: HostileServer,
    elsewhere: HostileServer,
) -> None:
    script(api, path, outside.url)
    outside.default = redirect(f"{elsewhere.url}/copy.log?{SIGNATURE}", status)
    assert run(mode, api, fetch(path)) == "moved text"
    assert len(elsewhere.requests) == 1
    assert "authorization" not in elsewhere.requests[0].headers
    assert_keys(outside, path)
    assert api.requests[0].headers["authorization"] == f"Bearer {KEY}"  # the API got it


def test_a_cross_host_redirect_of_a_worker_is_its_error(
    mode: str, api: HostileServer, outside: HostileServer, elsewhere: HostileServer
) -> None:
    """A worker's redirect is not followed: the request (with the endpoint key) goes nowhere
    else, and it is not sent again."""
    script(api, "call_endpoint", outside.url)
    outside.default = redirect(f"{elsewhere.url}/gen", 307)
    with pytest.raises(WorkerError) as caught:
        run(mode, api, fetch("call_endpoint"))
    assert caught.value.status_code == 307
    assert elsewhere.requests == [] and len(outside.requests) == 1
    assert_keys(outside, "call_endpoint")
    assert_redacted(caught.value)


@pytest.mark.parametrize("path", PATHS)
def test_a_redirect_from_https_to_http_is_refused(
    mode: str,
    path: str,
    pki: dict[str, Path],
    api: HostileServer,
    tls_outside: HostileServer,
    elsewhere: HostileServer,
) -> None:
    script(api, path, tls_outside.url)
    tls_outside.default = redirect(f"{elsewhere.url}/plain?{SIGNATURE}", 307)
    trusting = ssl.create_default_context(cafile=str(pki["ca"]))
    if path == "call_endpoint":  # never followed: the worker's error, nothing sent to http
        with pytest.raises(WorkerError) as worker_error:
            run(mode, api, fetch(path), verify=trusting)
        assert worker_error.value.status_code == 307
        assert tls_outside.requests[0].headers["authorization"] == f"Bearer {ENDPOINT_KEY}"
    else:
        with pytest.raises(InsecureURLError, match="refused") as caught:
            run(mode, api, fetch(path), verify=trusting)
        assert_redacted(caught.value)
        assert len(tls_outside.requests) == 1
    assert elsewhere.requests == []  # the plain-http host never heard of it


@pytest.mark.parametrize("path", ["logs", "execute_text"])
def test_the_result_url_is_fetched_over_https(
    mode: str, path: str, pki: dict[str, Path], api: HostileServer, tls_outside: HostileServer
) -> None:
    script(api, path, tls_outside.url)
    tls_outside.default = answer(200, body=b"over tls", headers={"Content-Type": "text/plain"})
    trusting = ssl.create_default_context(cafile=str(pki["ca"]))
    assert run(mode, api, fetch(path), verify=trusting) == "over tls"
    assert "authorization" not in tls_outside.requests[0].headers


def test_a_worker_that_echoes_the_endpoint_key_does_not_show_it(
    mode: str, api: HostileServer, outside: HostileServer
) -> None:
    script(api, "call_endpoint", outside.url)
    echo = {"error": f"bad token {ENDPOINT_KEY}", "seen": [ENDPOINT_KEY]}
    outside.default = answer(500, echo, headers={"X-Echo": ENDPOINT_KEY})
    with pytest.raises(WorkerError) as caught:
        run(mode, api, fetch("call_endpoint"))
    assert caught.value.status_code == 500 and caught.value.body is not None
    assert caught.value.body["seen"] == ["[REDACTED]"]
    assert_redacted(caught.value)
