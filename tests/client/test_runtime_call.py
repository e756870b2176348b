"""requester.call with a hand-made operation: the request, one JSON decode, errors, raw answers."""

from __future__ import annotations

import dataclasses
import json
import pickle
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from vast_sdk import (
    NOT_GIVEN,
    APIResponse,
    AsyncVast,
    InternalServerError,
    NotFoundError,
    OperationFailedError,
    RateLimitError,
    ResponseParseError,
    Vast,
)
from vast_sdk._models import ShapeError, expect
from vast_sdk._operation import Operation, RequestOptions
from vast_sdk._request import Request
from vast_sdk._requester import SyncRequester
from vast_sdk._response import _PENDING, Body

from .conftest import KEY, SleepRecorder
from .server import MockServer, Reply, reply

OP = Operation(
    name="poke",
    method="post",
    path="/api/v0/poke/{id}/",
    summary="poke",
    idempotent=True,
    auth="required",
    host="api",
    success_codes=(200,),
)
OPTIONS = RequestOptions(NOT_GIVEN, NOT_GIVEN, None)
REQ = Request("/api/v0/poke/1/", None)
HTML_502 = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"


def parse_msg(data: Any) -> str:
    """A tiny generated-style parser: an object with a string ``msg``."""
    obj = expect(data, dict, "an object", "Poke")
    return expect(obj.get("msg"), str, "a string", "Poke.msg")


def call(client: Vast, parse: Callable[[Any], Any] | None = parse_msg, **kw: Any) -> Any:
    request = Request(**{"path": REQ.path, "params": None, **kw})
    return client.requester.call(OP, request, parse, OPTIONS)


def raw_view(client: Vast) -> SyncRequester:
    view = client.with_raw_response._ops._requester
    assert view is client.requester.raw_view()
    return view


def raw_call(client: Vast, parse: Callable[[Any], Any] | None = parse_msg) -> APIResponse[Any]:
    result: APIResponse[Any] = raw_view(client).call(OP, REQ, parse, OPTIONS)
    return result


@pytest.fixture
def decodes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bytes]]:
    """Every json.loads call in the process (the SDK's, httpx's, anyone's), recorded."""
    seen: list[bytes] = []
    real = json.loads

    def counting(s: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(s)
        return real(s, *args, **kwargs)

    monkeypatch.setattr(json, "loads", counting)
    yield seen


# ------------------------------------------------------------------ the request


def test_a_bodiless_write_sends_an_empty_object(client: Vast, server: MockServer) -> None:
    """docs/wire.md W32 (G4): vastai sends ``{}`` on every POST/PUT/DELETE it gives no body."""
    server.add(reply(200, {"msg": "a"}))
    assert call(client, params={"q": 1, "s": "x"}) == "a"
    sent = server.last
    assert (sent.method, sent.path, sent.raw_query) == ("POST", "/api/v0/poke/1/", "q=1&s=x")
    assert sent.body == b"{}"
    assert sent.headers["content-type"] == "application/json"
    assert sent.headers["authorization"] == f"Bearer {KEY}"


def test_a_get_never_carries_a_body(client: Vast, server: MockServer) -> None:
    """docs/wire.md W6 and W4: no body on a GET, so no Content-Type either."""
    server.add(reply(200, {"msg": "a"}))
    get = dataclasses.replace(OP, method="get")
    assert client.requester.call(get, REQ, parse_msg, OPTIONS) == "a"
    assert server.last.method == "GET"
    assert server.last.body == b"" and "content-type" not in server.last.headers


def test_a_json_body_is_sent_with_its_content_type(client: Vast, server: MockServer) -> None:
    server.add(reply(200, {"msg": "a"}), reply(200, {"msg": "b"}))
    call(client, json={"a": [1]})
    assert server.last.json() == {"a": [1]}
    assert server.last.headers["content-type"] == "application/json"
    call(client, json={})  # an empty object is still a body
    assert server.last.body == b"{}"


# ------------------------------------------------------------------ one decode per response


def test_a_200_is_decoded_once(client: Vast, server: MockServer, decodes: list[bytes]) -> None:
    server.add(reply(200, {"msg": "ok"}))
    assert call(client) == "ok"
    assert decodes == [b'{"msg": "ok"}']


def test_an_error_is_decoded_once(client: Vast, server: MockServer, decodes: list[bytes]) -> None:
    server.add(reply(404, {"error": "no_such_thing", "msg": "gone"}))
    with pytest.raises(NotFoundError):
        call(client)
    assert len(decodes) == 1


def test_a_retried_429_is_decoded_once_per_response(
    client: Vast, server: MockServer, sleeps: SleepRecorder, decodes: list[bytes]
) -> None:
    server.add(reply(429, {"error": "too_many"}), reply(503, {}), reply(200, {"msg": "ok"}))
    assert call(client) == "ok"
    assert len(server.requests) == 3
    assert len(decodes) == 2  # the 429 (its error code decides) and the 200; not the 503


def test_a_retried_500_is_never_decoded_before_the_last(
    make_client: Callable[..., Vast], server: MockServer, decodes: list[bytes]
) -> None:
    client = make_client()
    client.requester.sleep = SleepRecorder()
    server.default = reply(502, body=HTML_502)
    with pytest.raises(InternalServerError):
        call(client)
    assert len(server.requests) == 3
    assert len(decodes) == 1


def test_raw_response_decodes_once_across_parse_and_json(
    client: Vast, server: MockServer, decodes: list[bytes]
) -> None:
    server.add(reply(200, {"msg": "ok"}))
    raw = raw_call(client)
    assert raw.parse() == "ok"
    assert raw.parsed == "ok"
    assert raw.json() == {"msg": "ok"}
    assert len(decodes) == 1


def test_quota_429_is_not_retried_and_decoded_once(
    client: Vast, server: MockServer, sleeps: SleepRecorder, decodes: list[bytes]
) -> None:
    server.add(reply(429, {"error": "search_quota_exceeded", "msg": "quota"}))
    with pytest.raises(RateLimitError) as info:
        call(client)
    assert info.value.error == "search_quota_exceeded"
    assert sleeps.delays == []
    assert len(decodes) == 1


# ------------------------------------------------------------------ parse outcomes


def test_empty_body_without_a_parser_is_none(client: Vast, server: MockServer) -> None:
    server.add(Reply(204, b""), Reply(200, b"{}"))
    assert call(client, parse=None) is None
    assert call(client, parse=None) is None


def test_empty_body_with_a_parser_is_a_parse_error(client: Vast, server: MockServer) -> None:
    server.add(Reply(200, b"  "))
    with pytest.raises(ResponseParseError, match="empty body") as info:
        call(client)
    assert type(info.value) is ResponseParseError
    assert info.value.body is None


def test_shape_error_names_the_field(client: Vast, server: MockServer) -> None:
    server.add(reply(200, {"msg": [1]}))
    with pytest.raises(ResponseParseError) as info:
        call(client)
    assert "Poke.msg" in str(info.value)
    assert "expected a string, got array" in str(info.value)
    assert info.value.body == {"msg": [1]}


@pytest.mark.parametrize(
    "exc", [KeyError("k"), TypeError("t"), AttributeError("a"), IndexError("i"), RecursionError()]
)
def test_parser_failures_are_parse_errors(client: Vast, server: MockServer, exc: Exception) -> None:
    def parse(data: Any) -> Any:
        raise exc

    server.add(reply(200, {"msg": "x"}))
    with pytest.raises(ResponseParseError, match=type(exc).__name__):
        call(client, parse=parse)


def test_not_json_is_a_parse_error_with_a_snippet(client: Vast, server: MockServer) -> None:
    server.add(Reply(200, b"<html>hello</html>"))
    with pytest.raises(ResponseParseError, match=r"not JSON.*<html>hello") as info:
        call(client)
    assert info.value.content == b"<html>hello</html>"


def test_bare_string_where_a_model_belongs_is_operation_failed(
    client: Vast, server: MockServer
) -> None:
    server.add(reply(200, "Endpoint not found"))
    with pytest.raises(OperationFailedError) as info:
        call(client)
    assert (info.value.status_code, info.value.msg) == (200, "Endpoint not found")
    assert info.value.body == "Endpoint not found"


def test_a_string_the_parser_accepts_is_the_result(client: Vast, server: MockServer) -> None:
    server.add(reply(200, "hello"))
    assert call(client, parse=lambda d: expect(d, str, "a string", "X")) == "hello"


@pytest.mark.parametrize("status", [200, 201, 202])
def test_success_false_keeps_its_status(client: Vast, server: MockServer, status: int) -> None:
    server.add(reply(status, {"success": False, "error": "nope", "msg": "no"}))
    with pytest.raises(OperationFailedError) as info:
        call(client, parse=None)
    assert (info.value.status_code, info.value.error, info.value.msg) == (status, "nope", "no")
    assert info.value.response is not None
    assert info.value.response.status_code == status


def test_a_201_parses_like_a_200(client: Vast, server: MockServer) -> None:
    server.add(reply(201, {"msg": "made"}))
    assert call(client) == "made"


def test_html_502_is_exactly_an_internal_server_error(
    client: Vast, server: MockServer, sleeps: SleepRecorder
) -> None:
    server.default = reply(502, body=HTML_502)
    with pytest.raises(InternalServerError) as info:
        call(client)
    exc = info.value
    assert type(exc) is InternalServerError
    assert not isinstance(exc, ResponseParseError)
    assert (exc.status_code, exc.body, exc.content) == (502, None, HTML_502.encode())
    assert "502 Bad Gateway" in str(exc)
    assert exc.response is not None and exc.response.content == HTML_502.encode()
    assert exc.request is not None and exc.request.url.path == "/api/v0/poke/1/"
    again = pickle.loads(pickle.dumps(exc))
    assert type(again) is InternalServerError
    assert again.response is not None and again.response.status_code == 502


# ------------------------------------------------------------------ raw responses


def test_raw_response_parses_lazily_and_once(client: Vast, server: MockServer) -> None:
    calls: list[Any] = []

    def parse(data: Any) -> str:
        calls.append(data)
        return parse_msg(data)

    server.add(reply(200, {"msg": "ok"}, headers={"X-Req": "r"}))
    raw = raw_call(client, parse)
    assert calls == []
    assert (raw.status_code, raw.headers["x-req"], raw.content) == (200, "r", b'{"msg": "ok"}')
    assert raw.text == '{"msg": "ok"}'
    assert raw.http_response.status_code == 200
    assert raw.retries_taken == 0 and raw.elapsed >= 0
    assert raw.parse() == "ok" and raw.parsed == "ok"
    assert len(calls) == 1
    assert "200" in repr(raw)


def test_raw_response_raises_parse_errors_on_parse(client: Vast, server: MockServer) -> None:
    server.add(reply(200, {"msg": 5}), reply(200, "Endpoint not found"))
    raw = raw_call(client)
    with pytest.raises(ResponseParseError, match=r"Poke\.msg"):
        raw.parse()
    with pytest.raises(ResponseParseError):
        raw.parsed  # noqa: B018
    with pytest.raises(OperationFailedError):
        raw_call(client).parse()


def test_raw_response_raises_status_errors_at_call_time(client: Vast, server: MockServer) -> None:
    server.add(reply(404, {"error": "x"}), reply(200, {"success": False, "msg": "no"}))
    with pytest.raises(NotFoundError):
        raw_call(client)
    with pytest.raises(OperationFailedError):
        raw_call(client)


def test_raw_json_of_a_non_json_body_raises_the_decoder_error(
    client: Vast, server: MockServer
) -> None:
    server.add(Reply(200, b"<html>"))
    raw = raw_call(client, parse=None)
    assert raw.parse() is None
    with pytest.raises(json.JSONDecodeError):
        raw.json()


def test_raw_view_is_cached_and_follows_the_client(
    make_client: Callable[..., Vast], server: MockServer
) -> None:
    client = make_client()
    ops = client.with_raw_response
    assert client.with_raw_response is ops
    assert raw_view(client)._raw is True and client.requester._raw is False
    client.max_retries = 0
    server.add(reply(503, {}))
    with pytest.raises(InternalServerError):
        raw_call(client)  # no retry: the view follows the client's later settings
    assert len(server.requests) == 1
    copy = client.with_options(max_retries=1)
    assert copy.with_raw_response is not ops
    assert raw_view(copy).max_retries == 1
    assert raw_view(client).max_retries == 0


# ------------------------------------------------------------------ async


@pytest.mark.anyio
async def test_async_call_and_raw(
    make_async_client: Callable[..., AsyncVast], server: MockServer
) -> None:
    server.add(reply(200, {"msg": "a"}), reply(200, {"msg": "b"}), reply(200, "oops"))
    async with make_async_client() as vast:
        assert await vast.requester.call(OP, REQ, parse_msg, OPTIONS) == "a"
        assert server.last.body == b"{}"  # a bodiless write (W32)
        view = vast.with_raw_response._ops._requester
        assert view is vast.requester.raw_view()
        assert vast.with_raw_response._ops._requester is view
        raw = await view.call(OP, REQ, parse_msg, OPTIONS)
        assert isinstance(raw, APIResponse)
        assert raw.parse() == "b"
        with pytest.raises(OperationFailedError):
            await vast.requester.call(OP, REQ, parse_msg, OPTIONS)


def test_shape_error_is_a_value_error() -> None:
    assert issubclass(ShapeError, ValueError)


@pytest.mark.parametrize(("status", "decoded"), [(200, False), (503, False), (429, True)])
def test_the_retry_decision_decodes_only_where_the_code_matters(
    client: Vast, status: int, decoded: bool
) -> None:
    response = httpx.Response(status, json={"error": "x"}, request=httpx.Request("GET", "http://h"))
    body = Body(response.content)
    client.requester._retry_delay(OP, response, body, 0, 2)
    assert (body._data is not _PENDING) is decoded
