"""Error objects: every class static and picklable, request/response kept, no API key anywhere."""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import vast_sdk
from vast_sdk import (
    NOT_GIVEN,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InsecureURLError,
    InvalidRequestError,
    MissingAPIKeyError,
    NotFoundError,
    ResponseParseError,
    Vast,
    VastError,
    _errors,
)
from vast_sdk._operation import Operation, RequestOptions
from vast_sdk._request import Request

from .conftest import KEY
from .server import MockServer, Reply, free_port, redirect, reply

OP = Operation("poke", "get", "/p/", "poke", True, "required", "api", (200,))
OPTIONS = RequestOptions(NOT_GIVEN, NOT_GIVEN, None)

ALL_CLASSES = [getattr(_errors, name) for name in _errors.__all__]


def _request() -> httpx.Request:
    return httpx.Request("GET", "https://x.test/p/?a=1", headers={"Authorization": "Bearer r"})


def _response() -> httpx.Response:
    response = httpx.Response(
        404, json={"error": "e"}, request=_request(), extensions={"network_stream": object()}
    )
    return response


def _make(cls: type[VastError]) -> VastError:
    """One instance of each class, with every attribute set."""
    if issubclass(cls, APIStatusError):
        return cls(
            status_code=404,
            method="GET",
            url="https://x.test/p/",
            body={"error": "e"},
            content=b'{"error": "e"}',
            error="e",
            msg="m",
            headers=httpx.Headers({"X-A": "1"}),
            response=_response(),
            request=_request(),
        )
    if issubclass(cls, ResponseParseError):
        return cls(
            "bad shape",
            status_code=200,
            method="GET",
            url="https://x.test/p/",
            body=[1],
            content=b"[1]",
            response=_response(),
            request=_request(),
        )
    if issubclass(cls, APIConnectionError):
        return cls("refused", method="GET", url="https://x.test/p/", request=_request())
    if cls is MissingAPIKeyError:
        return MissingAPIKeyError(["api_key= argument", "/home/x/.vast_api_key"])
    return cls("plain message")


def _fields(exc: BaseException) -> dict[str, Any]:
    out: dict[str, Any] = {"type": type(exc), "args": exc.args, "str": str(exc)}
    for name, value in vars(exc).items():
        if isinstance(value, httpx.Response):
            value = (value.status_code, value.content, value.request.url)
        elif isinstance(value, httpx.Request):
            value = (value.method, value.url, list(value.headers.items()))
        out[name] = value
    return out


def test_every_exported_error_is_a_static_class_of_the_package() -> None:
    for cls in ALL_CLASSES:
        assert cls.__module__ == "vast_sdk._errors"
        assert getattr(vast_sdk, cls.__name__) is cls
        assert getattr(_errors, cls.__qualname__) is cls
    assert not hasattr(_errors, "unreadable_body_class")


@pytest.mark.parametrize("cls", ALL_CLASSES, ids=lambda c: c.__name__)
def test_every_error_pickles_with_type_and_attributes(cls: type[VastError]) -> None:
    exc = _make(cls)
    for again in (pickle.loads(pickle.dumps(exc)), copy.copy(exc), copy.deepcopy(exc)):
        assert type(again) is cls
        assert _fields(again) == _fields(exc)


def test_request_and_response_survive_pickling() -> None:
    exc = _make(NotFoundError)
    assert isinstance(exc, NotFoundError)
    again = pickle.loads(pickle.dumps(exc))
    assert again.response is not None and again.request is not None
    assert again.response.json() == {"error": "e"}
    assert again.response.request.url == "https://x.test/p/?a=1"
    assert again.request.headers["authorization"] == "Bearer r"


def test_an_unpicklable_response_is_dropped_to_none() -> None:
    response = _response()
    response.default_encoding = lambda content: "utf-8"  # a callable: does not pickle
    exc = NotFoundError(
        status_code=404,
        method="GET",
        url="u",
        body=None,
        content=b"",
        error=None,
        msg=None,
        response=response,
    )
    again = pickle.loads(pickle.dumps(exc))
    assert type(again) is NotFoundError
    assert again.response is None
    assert exc.response is response  # the original keeps it


def test_value_error_subclasses_stay_value_errors() -> None:
    assert issubclass(InvalidRequestError, ValueError)
    assert issubclass(InsecureURLError, ValueError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert not issubclass(APIStatusError, ResponseParseError)


# ------------------------------------------------------------------ the key never leaks


def _leaks(exc: BaseException) -> list[str]:
    """Where the key shows up in an error: message, attributes, kept request/response, pickle."""
    found = []
    if KEY in str(exc) or KEY in repr(exc):
        found.append("message")
    for name, value in vars(exc).items():
        if isinstance(value, httpx.Response):
            texts = [value.text, str(value.headers), str(value.request.headers), str(value.url)]
            texts += [str(r.request.headers) for r in value.history]
            if any(KEY in t for t in texts):
                found.append(name)
        elif isinstance(value, httpx.Request):
            if KEY in str(value.headers) or KEY in str(value.url) or KEY.encode() in value.content:
                found.append(name)
        elif KEY in repr(value):
            found.append(name)
    if KEY.encode() in pickle.dumps(exc):
        found.append("pickle")
    return found


def _call(client: Vast, **request: Any) -> Any:
    req = Request(**{"path": "/p/", "params": None, **request})
    return client.requester.call(OP, req, lambda d: d["needed"], OPTIONS)


@pytest.mark.parametrize(
    "answer",
    [
        reply(404, {"error": f"bad {KEY}", "msg": f"key {KEY} unknown", "echo": [{KEY: KEY}]}),
        reply(502, body=f"<html>{KEY}</html>"),
        reply(200, {"success": False, "msg": f"no {KEY}"}),
        reply(200, {"other": KEY}),  # a parse error quoting the body
        reply(200, body=f"not json {KEY}"),
        reply(200, KEY),  # a bare string: OperationFailedError
    ],
)
def test_the_key_is_in_no_error_attribute(
    make_client: Callable[..., Vast], server: MockServer, answer: Reply
) -> None:
    client = make_client(max_retries=0)
    server.add(answer)
    with pytest.raises(VastError) as info:
        _call(client, json={"sent": "body"})
    exc = info.value
    assert _leaks(exc) == []
    request = getattr(exc, "request", None)
    assert request is not None and request.headers["authorization"] == "[REDACTED]"
    assert request.content == b'{"sent":"body"}' or request.content == b'{"sent": "body"}'
    response = getattr(exc, "response", None)
    assert response is not None and response.request is request


def test_the_key_is_scrubbed_from_the_body_but_the_status_kept(
    make_client: Callable[..., Vast], server: MockServer
) -> None:
    client = make_client(max_retries=0)
    server.add(reply(404, {"error": "no_such_key", "msg": f"key {KEY}"}))
    with pytest.raises(NotFoundError) as info:
        _call(client)
    exc = info.value
    assert exc.body == {"error": "no_such_key", "msg": "key [REDACTED]"}
    assert exc.msg == "key [REDACTED]"
    assert exc.response is not None and b"[REDACTED]" in exc.response.content
    assert exc.response.status_code == 404


def test_connection_errors_keep_a_redacted_request(make_client: Callable[..., Vast]) -> None:
    client = make_client(base_url=f"http://127.0.0.1:{free_port()}", max_retries=0)
    with pytest.raises(APIConnectionError) as info:
        _call(client, params={"q": "1"})
    exc = info.value
    assert type(exc) is APIConnectionError
    assert exc.request is not None and exc.request.url.params["q"] == "1"
    assert _leaks(exc) == []
    again = pickle.loads(pickle.dumps(exc))
    assert type(again) is APIConnectionError
    assert (again.method, again.url) == (exc.method, exc.url)
    assert again.request is not None and again.request.url == exc.request.url


def test_missing_key_error_pickles(make_client: Callable[..., Vast]) -> None:
    client = make_client(api_key=None)
    with pytest.raises(MissingAPIKeyError) as info:
        _call(client)
    again = pickle.loads(pickle.dumps(info.value))
    assert type(again) is MissingAPIKeyError
    assert again.looked_in == info.value.looked_in
    assert str(again) == str(info.value)


def test_a_redirected_error_keeps_no_history_with_the_key(
    make_client: Callable[..., Vast], server: MockServer
) -> None:
    client = make_client(max_retries=0)
    server.add(redirect(307, server.url + "/moved/"), reply(404, {"error": "x"}))
    with pytest.raises(NotFoundError) as info:
        _call(client)
    assert server.last.path == "/moved/"
    assert server.last.headers["authorization"] == f"Bearer {KEY}"  # same origin: kept
    assert _leaks(info.value) == []
