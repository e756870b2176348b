"""Every error class, and nothing but VastError escaping whatever the server sends."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from typing import Any

import pytest

from vast_sdk import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OperationFailedError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    UnprocessableEntityError,
    Vast,
    VastError,
)
from vast_sdk._pagination import SyncPage

from .conftest import KEY, SleepRecorder
from .server import MockServer, Reply, free_port, reply, stall

HTML_502 = (
    "<html><head><title>502 Bad Gateway</title></head>"
    "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"
)


@pytest.mark.parametrize(
    ("status", "body", "cls"),
    [
        (400, {"error": "invalid_args", "msg": "bad"}, BadRequestError),
        (401, {"error": "unauthorized", "msg": "who?"}, AuthenticationError),
        (404, {"error": "auth_error", "msg": "Invalid user key"}, AuthenticationError),
        (403, {"error": "forbidden", "msg": "no"}, PermissionDeniedError),
        (404, {"error": "no_such_instance", "msg": "nope"}, NotFoundError),
        (409, {"error": "conflict", "msg": "busy"}, ConflictError),
        (422, {"error": "unprocessable", "msg": "hm"}, UnprocessableEntityError),
        (429, {"detail": "API requests too frequent endpoint threshold=2.0"}, RateLimitError),
        (500, {"error": "boom", "msg": "server"}, InternalServerError),
        (501, {"error": "nope", "msg": "not implemented"}, InternalServerError),
        (502, {"error": "gateway", "msg": "bad gateway"}, InternalServerError),
        (503, {"error": "down", "msg": "maintenance"}, InternalServerError),
        (418, {"error": "teapot", "msg": "short and stout"}, APIStatusError),
    ],
)
def test_status_maps_to_its_error_class(
    client: Vast,
    server: MockServer,
    sleeps: SleepRecorder,
    status: int,
    body: dict[str, Any],
    cls: type[APIStatusError],
) -> None:
    server.default = reply(status, body)

    with pytest.raises(cls) as info:
        client.detach_ssh_key(id=7, ssh_key_id=8)

    exc = info.value
    assert isinstance(exc, APIStatusError) and isinstance(exc, VastError)
    assert exc.status_code == status
    assert exc.body == body
    assert exc.content == json.dumps(body).encode()
    assert exc.method == "DELETE"
    assert exc.url == f"{server.url}/api/v0/instances/7/ssh/8/"
    assert exc.error == body.get("error")
    assert exc.msg == body.get("msg", body.get("detail"))
    assert str(status) in str(exc)


def test_auth_error_404_is_not_a_not_found_error(client: Vast, server: MockServer) -> None:
    server.add(reply(404, {"error": "auth_error", "msg": "Invalid user key"}))
    with pytest.raises(AuthenticationError) as info:
        client.show_user()
    assert not isinstance(info.value, NotFoundError)
    assert info.value.status_code == 404


def test_success_false_on_200_is_operation_failed(client: Vast, server: MockServer) -> None:
    server.add(reply(200, {"success": False, "error": "insufficient_credit", "msg": "Top up"}))
    with pytest.raises(OperationFailedError) as info:
        client.create_instance(id=1, image="img")
    exc = info.value
    assert isinstance(exc, APIStatusError)
    assert (exc.status_code, exc.error, exc.msg) == (200, "insufficient_credit", "Top up")
    assert exc.body == {"success": False, "error": "insufficient_credit", "msg": "Top up"}


def test_success_false_with_auth_error_is_authentication_error(
    client: Vast, server: MockServer
) -> None:
    server.add(reply(200, {"success": False, "error": "auth_error", "msg": "bad key"}))
    with pytest.raises(AuthenticationError):
        client.show_user()


def test_html_502_after_retries_is_an_internal_server_error(
    client: Vast, server: MockServer, sleeps: SleepRecorder
) -> None:
    server.default = reply(502, body=HTML_502)

    with pytest.raises(InternalServerError) as info:
        client.detach_ssh_key(id=1, ssh_key_id=2)

    exc = info.value
    assert len(server.requests) == 3  # retried, then given up
    assert type(exc) is InternalServerError  # exactly: a body that is not JSON changes nothing
    assert exc.status_code == 502
    assert "502" in str(exc)
    assert "502 Bad Gateway" in str(exc)  # a snippet of the body
    assert exc.body is None
    assert exc.content == HTML_502.encode()
    assert exc.response is not None and exc.response.content == HTML_502.encode()


def test_long_html_error_page_is_quoted_as_a_bounded_snippet(
    client: Vast, server: MockServer
) -> None:
    server.add(reply(400, body="<html>" + "x" * 5000 + "</html>"))
    with pytest.raises(BadRequestError) as info:
        client.detach_ssh_key(id=1, ssh_key_id=2)
    assert type(info.value) is BadRequestError
    assert info.value.body is None
    assert len(str(info.value)) < 1000
    assert "<html>xxx" in str(info.value)


def test_invalid_json_on_200_is_a_response_parse_error(client: Vast, server: MockServer) -> None:
    server.add(reply(200, body='{"success": true, "msg": '))
    with pytest.raises(ResponseParseError) as info:
        client.detach_ssh_key(id=1, ssh_key_id=2)
    assert info.value.status_code == 200
    assert '{"success": true, "msg": ' in str(info.value)
    assert not isinstance(info.value, APIStatusError)


def test_empty_200_is_a_response_parse_error(client: Vast, server: MockServer) -> None:
    server.add(reply(200, body=b""))
    with pytest.raises(ResponseParseError) as info:
        client.detach_ssh_key(id=1, ssh_key_id=2)
    assert "(empty)" in str(info.value)


@pytest.mark.parametrize("body", [[], [["success", True]], [1, 2], 5, True])
def test_wrong_shape_where_an_object_is_expected(
    client: Vast, server: MockServer, body: Any
) -> None:
    server.add(reply(200, body))
    with pytest.raises(ResponseParseError) as info:
        client.detach_ssh_key(id=1, ssh_key_id=2)
    assert info.value.status_code == 200
    assert json.dumps(body) in str(info.value)


@pytest.mark.parametrize("body", [{}, {"a": 1}, 5])
def test_wrong_shape_where_a_list_is_expected(client: Vast, server: MockServer, body: Any) -> None:
    server.add(reply(200, body))
    with pytest.raises(ResponseParseError):
        client.show_ssh_keys()


def test_list_response_parses(client: Vast, server: MockServer) -> None:
    server.add(reply(200, []))
    assert client.show_ssh_keys() == []


def test_bare_string_on_serverless_logs_is_operation_failed(
    client: Vast, server: MockServer
) -> None:
    server.add(reply(200, "Endpoint not found"))
    with pytest.raises(OperationFailedError) as info:
        client.get_endpoint_logs(endpoint="ep")
    assert info.value.msg == "Endpoint not found"
    assert info.value.status_code == 200
    assert info.value.body == "Endpoint not found"


def test_empty_bare_string_is_operation_failed_too(client: Vast, server: MockServer) -> None:
    server.add(reply(200, ""))
    with pytest.raises(OperationFailedError):
        client.get_endpoint_logs(endpoint="ep")


def test_connection_refused_is_api_connection_error(make_client: Callable[..., Vast]) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    client = make_client(base_url=url, max_retries=0)
    with pytest.raises(APIConnectionError) as info:
        client.detach_ssh_key(id=1, ssh_key_id=2)
    assert not isinstance(info.value, APITimeoutError)
    assert info.value.method == "DELETE"
    assert info.value.url == url + "/api/v0/instances/1/ssh/2/"


def test_server_that_never_answers_is_api_timeout_error(
    make_client: Callable[..., Vast], server: MockServer
) -> None:
    server.default = stall()
    client = make_client(timeout=0.3, max_retries=0)
    with pytest.raises(APITimeoutError) as info:
        client.detach_ssh_key(id=1, ssh_key_id=2)
    assert isinstance(info.value, APIConnectionError)
    assert len(server.requests) == 1


# ------------------------------------------------------------------ fuzz: only VastError escapes

FUZZ_BODIES: list[bytes] = [
    b"null",
    b"[]",
    b'"x"',
    b'""',
    b"0",
    b"true",
    b'{"offers": null}',
    b'{"offers": [null]}',
    b'{"offers": [1, "a", []]}',
    b'{"offers": {"a": 1}}',
    b'{"instances": 5}',
    b'{"instances": [5, null]}',
    b'{"instances": {"id": "not-an-int", "ssh_port": []}}',
    b'{"machines": "x"}',
    b'{"machines": [{"id": null}]}',
    b'{"success": "maybe"}',
    b'{"success": false}',
    b'{"success": true, "msg": 5',
    b"\xff\xfe\x00garbage\x80",
    b'{"msg": "\xff\xfe"}',
    b"[" * 100_000 + b"]" * 100_000,
    b"NaN",
    b"1e999999",
    b"<html>oops</html>",
    b"",
]

FUZZ_CALLS: dict[str, Callable[[Vast], Any]] = {
    "detach_ssh_key": lambda c: c.detach_ssh_key(id=1, ssh_key_id=2),
    "search_offers": lambda c: c.search_offers(),
    "show_instance": lambda c: c.show_instance(id=1),
    "show_instances": lambda c: c.show_instances(),
    "show_machines": lambda c: c.show_machines(user_id="1"),
    "show_ssh_keys": lambda c: c.show_ssh_keys(),
    "get_endpoint_logs": lambda c: c.get_endpoint_logs(endpoint="ep"),
    "route": lambda c: c.route(endpoint="ep", cost=1.0),
    "search_templates": lambda c: c.search_templates(),
    "show_user": lambda c: c.show_user(),
}


def _is_model(value: Any) -> bool:
    if isinstance(value, list):
        return all(_is_model(v) for v in value)
    if isinstance(value, SyncPage):  # a paged listing: its page is the response model
        return _is_model(value.page) and _is_model(value.items)
    return hasattr(value, "to_dict") and hasattr(value, "additional_properties")


@pytest.mark.parametrize("status", [200, 400, 404, 500])
@pytest.mark.parametrize("name", sorted(FUZZ_CALLS))
def test_fuzzed_bodies_raise_only_vast_errors(
    make_client: Callable[..., Vast], server: MockServer, name: str, status: int
) -> None:
    client = make_client(max_retries=0)
    for body in FUZZ_BODIES:
        server.add(Reply(status, body, {"Content-Type": "application/json"}))
        try:
            result = FUZZ_CALLS[name](client)
        except VastError as exc:
            assert status == 200 or isinstance(exc, APIStatusError), (body[:40], exc)
            assert KEY not in str(exc)
            str(exc)
            repr(exc)
        else:
            assert status == 200, body[:40]
            assert _is_model(result), (body[:40], result)
    assert len(server.requests) == len(FUZZ_BODIES)


def test_gzip_body_is_decoded(client: Vast, server: MockServer) -> None:
    body = gzip.compress(b'{"success": true, "msg": "zipped"}')
    server.add(Reply(200, body, {"Content-Encoding": "gzip", "Content-Type": "application/json"}))
    assert client.detach_ssh_key(id=1, ssh_key_id=2).msg == "zipped"


@pytest.mark.parametrize(("status", "cls"), [(200, ResponseParseError), (404, NotFoundError)])
def test_undecodable_content_encoding_reads_as_not_json(
    client: Vast, server: MockServer, status: int, cls: type[VastError]
) -> None:
    server.add(Reply(status, b"not gzip at all", {"Content-Encoding": "gzip"}))
    with pytest.raises(cls) as info:
        client.detach_ssh_key(id=1, ssh_key_id=2)
    exc = info.value
    assert type(exc) is cls
    assert isinstance(exc, (ResponseParseError, APIStatusError))
    assert exc.status_code == status
    assert "not gzip at all" in str(info.value)
