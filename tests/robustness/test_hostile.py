"""Hostile servers over loopback, sync and async: every failure ends in a typed error, in time."""

from __future__ import annotations

import gzip
import json
import time
import zlib
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from vast_sdk import (
    APIConnectionError,
    APITimeoutError,
    AsyncVast,
    InsecureURLError,
    InvalidRequestError,
    OperationFailedError,
    Vast,
)
from vast_sdk._client import DEFAULT_MAX_RESPONSE_SIZE
from vast_sdk._errors import ResponseTooLargeError

from .conftest import KEY
from .hostile import (
    HostileServer,
    answer,
    drop_mid_body,
    huge_body,
    never_answer,
    redirect,
    reset_after_reading,
    trickle_body,
    trickle_headers,
)

USER = {"id": 1, "email": "a@b.c"}
CREATED = {"success": True, "new_contract": 7}
MONEY_PATH = "/api/v0/asks/4242/"


def _money(client: Vast) -> Any:
    return client.create_instance(id=4242, image="pytorch/pytorch")


async def _amoney(client: AsyncVast) -> Any:
    return await client.create_instance(id=4242, image="pytorch/pytorch")


def _seen(server: HostileServer, path: str) -> int:
    return len([r for r in server.requests if r.path == path])


# ------------------------------------------------------------------ no answer, slow answers


@pytest.mark.parametrize(
    "behaviour", [never_answer, trickle_headers(), trickle_body()], ids=["silent", "head", "body"]
)
def test_a_server_that_never_finishes_is_a_timeout_in_time(
    vast: Callable[..., Vast], server: HostileServer, behaviour: Any
) -> None:
    server.default = behaviour
    client = vast(timeout=0.4, max_retries=1)
    start = time.monotonic()
    with pytest.raises(APITimeoutError):
        client.show_user()
    assert time.monotonic() - start < 2.5  # two attempts of 0.4 s, not the trickle's length
    assert len(server.requests) == 2  # replay-safe: retried once
    with pytest.raises(APITimeoutError):
        _money(client)
    assert _seen(server, MONEY_PATH) == 1  # the money call: never replayed


@pytest.mark.anyio
@pytest.mark.parametrize(
    "behaviour", [never_answer, trickle_headers(), trickle_body()], ids=["silent", "head", "body"]
)
async def test_async_a_server_that_never_finishes_is_a_timeout_in_time(
    async_vast: Callable[..., AsyncVast], server: HostileServer, behaviour: Any
) -> None:
    server.default = behaviour
    async with async_vast(timeout=0.4, max_retries=0) as client:
        start = time.monotonic()
        with pytest.raises(APITimeoutError):
            await client.show_user()
        with pytest.raises(APITimeoutError):
            await _amoney(client)
        assert time.monotonic() - start < 2.5
    assert _seen(server, MONEY_PATH) == 1


# ------------------------------------------------------------------ cut short


@pytest.mark.parametrize("behaviour", [drop_mid_body, reset_after_reading], ids=["mid", "reset"])
def test_a_cut_connection_is_a_connection_error_and_money_is_not_replayed(
    vast: Callable[..., Vast], server: HostileServer, behaviour: Any
) -> None:
    server.default = behaviour
    client = vast(max_retries=2)
    with pytest.raises(APIConnectionError) as info:
        client.show_user()
    assert type(info.value) is APIConnectionError
    assert len(server.requests) == 3  # replay-safe: retried
    with pytest.raises(APIConnectionError):
        _money(client)
    assert _seen(server, MONEY_PATH) == 1


@pytest.mark.anyio
@pytest.mark.parametrize("behaviour", [drop_mid_body, reset_after_reading], ids=["mid", "reset"])
async def test_async_a_cut_connection_is_a_connection_error(
    async_vast: Callable[..., AsyncVast], server: HostileServer, behaviour: Any
) -> None:
    server.default = behaviour
    async with async_vast(max_retries=2) as client:
        with pytest.raises(APIConnectionError):
            await client.show_user()
        with pytest.raises(APIConnectionError):
            await _amoney(client)
    assert len(server.requests) == 4
    assert _seen(server, MONEY_PATH) == 1


# ------------------------------------------------------------------ too large


def _bomb(encoding: str, size: int) -> bytes:
    zeros = bytes(size)
    if encoding == "gzip":
        return gzip.compress(zeros)
    if encoding == "deflate":
        return zlib.compress(zeros)
    if encoding == "br":
        brotli = pytest.importorskip("brotli")
        return bytes(brotli.compress(zeros, quality=5))
    zstandard = pytest.importorskip("zstandard")
    return bytes(zstandard.ZstdCompressor().compress(zeros))


def test_the_default_limit_is_64_mib() -> None:
    assert DEFAULT_MAX_RESPONSE_SIZE == 64 * 1024 * 1024
    with Vast(api_key=KEY) as client:
        assert client.max_response_size == DEFAULT_MAX_RESPONSE_SIZE
        assert client.with_options(timeout=1).max_response_size == DEFAULT_MAX_RESPONSE_SIZE
    assert AsyncVast(api_key=KEY, max_response_size=None).max_response_size is None


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "1"])
def test_a_bad_limit_is_refused(bad: Any) -> None:
    with pytest.raises(InvalidRequestError, match="max_response_size"):
        Vast(api_key=KEY, max_response_size=bad)


@pytest.mark.parametrize("chunked", [False, True], ids=["length", "chunked"])
def test_an_oversized_body_is_a_typed_error_and_not_retried(
    vast: Callable[..., Vast], server: HostileServer, chunked: bool
) -> None:
    server.default = huge_body(3 * 1024 * 1024, chunked=chunked)
    client = vast(max_response_size=1024 * 1024, max_retries=2)
    with pytest.raises(ResponseTooLargeError) as info:
        client.show_user()
    assert isinstance(info.value, APIConnectionError)
    assert "max_response_size (1048576 bytes)" in str(info.value)
    assert info.value.request is not None
    assert info.value.request.headers["authorization"] == "[REDACTED]"
    assert len(server.requests) == 1


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br", "zstd"])
def test_a_decompression_bomb_stops_at_the_limit(
    vast: Callable[..., Vast], server: HostileServer, encoding: str
) -> None:
    bomb = _bomb(encoding, 32 * 1024 * 1024)
    assert len(bomb) < 64 * 1024  # tiny on the wire
    server.default = answer(200, body=bomb, headers={"Content-Encoding": encoding})
    client = vast(max_response_size=4 * 1024 * 1024)
    with pytest.raises(ResponseTooLargeError):
        client.show_user()
    # the same body under a larger limit decodes (and is not JSON: a typed parse error)
    with pytest.raises(Exception) as info:
        vast(max_response_size=None).show_user()
    assert type(info.value).__name__ == "ResponseParseError"


def test_no_limit_reads_a_large_body(vast: Callable[..., Vast], server: HostileServer) -> None:
    body = json.dumps({"id": 1, "email": "x" * (3 * 1024 * 1024)}).encode()
    server.default = answer(200, body=body)
    assert vast(max_response_size=None).show_user().email == "x" * (3 * 1024 * 1024)
    assert vast(max_response_size=len(body)).show_user().id == 1  # exactly the limit: fine


@pytest.mark.anyio
async def test_async_an_oversized_body_is_a_typed_error(
    async_vast: Callable[..., AsyncVast], server: HostileServer
) -> None:
    server.add(
        huge_body(3 * 1024 * 1024),
        answer(200, body=_bomb("gzip", 8 * 1024 * 1024), headers={"Content-Encoding": "gzip"}),
    )
    async with async_vast(max_response_size=1024 * 1024, max_retries=2) as client:
        with pytest.raises(ResponseTooLargeError):
            await client.show_user()
        with pytest.raises(ResponseTooLargeError):
            await client.show_user()
    assert len(server.requests) == 2


# ------------------------------------------------------------------ redirects


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_cross_host_redirect_carries_no_authorization(
    vast: Callable[..., Vast], server: HostileServer, server2: HostileServer, status: int
) -> None:
    server.default = redirect(f"{server2.url}/api/v0/users/current/", status)
    server2.default = answer(200, USER)
    assert vast().show_user().id == 1
    assert server.requests[0].headers["authorization"] == f"Bearer {KEY}"
    assert len(server2.requests) == 1
    assert "authorization" not in server2.requests[0].headers


@pytest.mark.anyio
async def test_async_a_cross_host_redirect_carries_no_authorization(
    async_vast: Callable[..., AsyncVast], server: HostileServer, server2: HostileServer
) -> None:
    server.default = redirect(f"{server2.url}/api/v0/users/current/")
    server2.default = answer(200, USER)
    async with async_vast() as client:
        assert (await client.show_user()).id == 1
    assert "authorization" not in server2.requests[0].headers


def test_a_redirect_to_plain_http_on_another_host_is_refused(
    vast: Callable[..., Vast], server: HostileServer
) -> None:
    server.default = redirect(f"http://vast.example.invalid/steal?key={KEY}")
    with pytest.raises(InsecureURLError, match="refused") as info:
        vast().show_user()
    assert "steal" in str(info.value)
    assert len(server.requests) == 1  # nothing was sent anywhere else


def test_endless_redirects_end(vast: Callable[..., Vast], server: HostileServer) -> None:
    server.default = redirect("/api/v0/users/current/")
    with pytest.raises(APIConnectionError, match="redirects"):
        vast(max_retries=3).show_user()
    assert len(server.requests) == 21  # httpx's max_redirects (20) + the first, no retry


# ------------------------------------------------------------------ compressed successes


def _encodings() -> list[str]:
    from httpx._decoders import SUPPORTED_DECODERS

    return [e for e in SUPPORTED_DECODERS if e != "identity"] + ["gzip, deflate"]


def _compress(encoding: str, data: bytes) -> bytes:
    for name in [e.strip() for e in encoding.split(",")]:
        if name == "gzip":
            data = gzip.compress(data)
        elif name == "deflate":
            data = zlib.compress(data)
        elif name == "br":
            data = bytes(pytest.importorskip("brotli").compress(data))
        elif name == "zstd":
            data = bytes(pytest.importorskip("zstandard").ZstdCompressor().compress(data))
    return data


@pytest.mark.parametrize("encoding", _encodings())
@pytest.mark.parametrize("status", [200, 201, 202, 203, 206, 299])
def test_a_compressed_success_parses_whatever_the_2xx(
    vast: Callable[..., Vast], server: HostileServer, encoding: str, status: int
) -> None:
    body = _compress(encoding, json.dumps(CREATED).encode())
    server.add(answer(status, body=body, headers={"Content-Encoding": encoding}))
    failed = _compress(encoding, b'{"success": false, "msg": "no offer"}')
    server.add(answer(status, body=failed, headers={"Content-Encoding": encoding}))
    client = vast()
    assert _money(client).new_contract == 7
    with pytest.raises(OperationFailedError) as info:
        _money(client)
    assert info.value.status_code == status  # not rebuilt as a 200
    assert f"-> {status}:" in str(info.value)
    assert info.value.headers["content-encoding"] == encoding
    assert info.value.response is not None and info.value.response.status_code == status


@pytest.mark.anyio
@pytest.mark.parametrize("encoding", _encodings())
async def test_async_a_compressed_201_parses(
    async_vast: Callable[..., AsyncVast], server: HostileServer, encoding: str
) -> None:
    body = _compress(encoding, json.dumps(CREATED).encode())
    server.default = answer(201, body=body, headers={"Content-Encoding": encoding})
    async with async_vast() as client:
        assert (await _amoney(client)).new_contract == 7


def test_a_body_that_does_not_decode_is_kept_as_sent(
    vast: Callable[..., Vast], server: HostileServer
) -> None:
    server.default = answer(201, body=b"not gzip at all", headers={"Content-Encoding": "gzip"})
    with pytest.raises(Exception) as info:
        vast().show_user()
    assert type(info.value).__name__ == "ResponseParseError"
    assert info.value.content == b"not gzip at all"  # type: ignore[attr-defined]
    assert info.value.status_code == 201  # type: ignore[attr-defined]
    assert not isinstance(info.value, httpx.HTTPError)
