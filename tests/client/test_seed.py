"""The commissioning call: DELETE /api/v0/instances/{id}/ssh/{ssh_key_id}/ ("detach ssh-key")."""

from __future__ import annotations

import pytest

from vast_sdk import (
    BadRequestError,
    InternalServerError,
    NotFoundError,
    OperationFailedError,
    Vast,
)
from vast_sdk.models import DetachSshKeyResponse

from .conftest import KEY, SleepRecorder
from .server import MockServer, reply

PATH = "/api/v0/instances/99999/ssh/12345/"


def test_200_returns_the_parsed_model(client: Vast, server: MockServer) -> None:
    server.add(reply(200, {"success": True, "msg": "SSH key removed from instance."}))

    result = client.detach_ssh_key(id=99999, ssh_key_id=12345)

    assert isinstance(result, DetachSshKeyResponse)
    assert result.success is True
    assert result.msg == "SSH key removed from instance."
    assert len(server.requests) == 1
    sent = server.last
    assert sent.method == "DELETE"
    assert sent.path == PATH
    assert sent.raw_query == ""
    assert sent.body == b""
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    assert sent.headers["accept"] == "application/json"


def test_400_invalid_request_is_bad_request_error(client: Vast, server: MockServer) -> None:
    body = {"success": False, "error": "invalid_request", "msg": "Invalid request parameters"}
    server.add(reply(400, body))

    with pytest.raises(BadRequestError) as info:
        client.detach_ssh_key(id=99999, ssh_key_id=12345)

    exc = info.value
    assert exc.status_code == 400
    assert exc.error == "invalid_request"
    assert exc.msg == "Invalid request parameters"
    assert exc.body == body
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("error", "msg"),
    [("no_such_instance", "Instance not found."), ("no_such_ssh_key", "SSH key not found.")],
)
def test_404_is_not_found_error_with_every_field(
    client: Vast, server: MockServer, error: str, msg: str
) -> None:
    body = {"success": False, "error": error, "msg": msg}
    server.add(reply(404, body))

    with pytest.raises(NotFoundError) as info:
        client.detach_ssh_key(id=99999, ssh_key_id=12345)

    exc = info.value
    assert exc.error == error
    assert exc.msg == msg
    assert exc.status_code == 404
    assert exc.body == body
    assert exc.method == "DELETE"
    assert exc.url == server.url + PATH
    assert error in str(exc) and msg in str(exc) and "404" in str(exc)
    assert len(server.requests) == 1


def test_429_then_success_is_retried_and_returns_the_model(
    client: Vast, server: MockServer, sleeps: SleepRecorder
) -> None:
    server.add(
        reply(429, {"detail": "API requests too frequent endpoint threshold=2.0"}),
        reply(200, {"success": True, "msg": "SSH key removed from instance."}),
    )

    result = client.detach_ssh_key(id=99999, ssh_key_id=12345)

    assert isinstance(result, DetachSshKeyResponse)
    assert result.success is True
    assert len(server.requests) == 2
    assert [r.path for r in server.requests] == [PATH, PATH]
    assert len(sleeps.delays) == 1


def test_500_is_internal_server_error_and_not_retried(
    client: Vast, server: MockServer, sleeps: SleepRecorder
) -> None:
    body = {
        "success": False,
        "error": "delete_ssh_from_instance",
        "msg": "Error deleting SSH key from instance",
    }
    server.default = reply(500, body)
    assert client.max_retries == 2

    with pytest.raises(InternalServerError) as info:
        client.detach_ssh_key(id=99999, ssh_key_id=12345)

    assert info.value.status_code == 500
    assert info.value.error == "delete_ssh_from_instance"
    assert info.value.msg == "Error deleting SSH key from instance"
    assert len(server.requests) == 1
    assert sleeps.delays == []


def test_200_with_success_false_is_operation_failed(client: Vast, server: MockServer) -> None:
    server.add(reply(200, {"success": False, "error": "no_such_ssh_key", "msg": "gone"}))

    with pytest.raises(OperationFailedError) as info:
        client.detach_ssh_key(id=99999, ssh_key_id=12345)

    assert info.value.status_code == 200
    assert info.value.error == "no_such_ssh_key"
    assert info.value.msg == "gone"
