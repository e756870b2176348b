"""Logging through the "vast_sdk" logger, VAST_LOG, and the API key never showing anywhere."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator

import pytest

from vast_sdk import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    MissingAPIKeyError,
    ResponseParseError,
    Vast,
    VastError,
)
from vast_sdk._logging import setup_logging

from .conftest import KEY, SleepRecorder
from .server import MockServer, Recorded, _Handler, free_port, reply, stall

LOGGER = logging.getLogger("vast_sdk")


def _echo_key(status: int) -> Callable[[_Handler, Recorded], None]:
    """A server that quotes the Authorization header back in its error message."""

    def action(handler: _Handler, request: Recorded) -> None:
        message = "bad key " + request.headers["authorization"]
        body = json.dumps({"success": False, "error": "auth_error", "msg": message}).encode()
        handler.send_response(status)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return action


def test_the_key_never_shows(
    make_client: Callable[..., Vast], server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx's and httpcore's
    caplog.set_level(logging.DEBUG, logger="vast_sdk")
    client = make_client(timeout=0.3)
    sleeps = SleepRecorder()
    client.requester.sleep = sleeps
    errors: list[VastError] = []

    def expect(cls: type[VastError], call: Callable[[], object]) -> None:
        with pytest.raises(cls) as info:
            call()
        errors.append(info.value)

    # success, retries, then every kind of failure
    server.add(reply(200, {"success": True, "msg": "ok"}))
    client.detach_ssh_key(id=1, ssh_key_id=2)
    server.add(reply(503, {}), reply(429, {}), reply(200, {"success": True}))
    client.detach_ssh_key(id=1, ssh_key_id=2)
    server.add(_echo_key(401))
    expect(AuthenticationError, lambda: client.show_user())
    server.add(_echo_key(200))
    expect(AuthenticationError, lambda: client.show_user())
    server.add(reply(200, body=f"<html>{KEY}</html>"))
    expect(ResponseParseError, lambda: client.show_user())
    server.add(reply(500, body=f"<html>{KEY}</html>"))
    expect(InternalServerError, lambda: client.show_user())
    server.add(stall())
    expect(APITimeoutError, lambda: client.create_instance(id=1, image="x"))
    refused = make_client(base_url=f"http://127.0.0.1:{free_port()}", max_retries=1)
    refused.requester.sleep = sleeps
    expect(APIConnectionError, lambda: refused.detach_ssh_key(id=1, ssh_key_id=2))
    expect(MissingAPIKeyError, lambda: client.with_options(api_key="").show_user())

    assert len(sleeps.delays) == 3  # the retries really happened (and were logged)
    messages = [record.getMessage() for record in caplog.records]
    assert any("detach_ssh_key" in m for m in messages)
    assert any("retrying" in m for m in messages)
    assert any("giving up" in m for m in messages)
    assert any(r.name.startswith("httpcore") for r in caplog.records)
    assert KEY not in caplog.text
    for message in messages:
        assert KEY not in message
    for error in errors:
        assert KEY not in str(error)
        assert KEY not in repr(error)
    assert "[REDACTED]" in str(errors[0])
    assert KEY not in repr(client) and KEY not in repr(refused)
    for request in server.requests:
        assert KEY not in request.path
        assert KEY not in request.raw_query
        assert request.headers["authorization"] == f"Bearer {KEY}"  # only here


def test_the_key_is_scrubbed_even_if_the_server_sends_only_part_of_the_message(
    client: Vast, server: MockServer
) -> None:
    server.add(reply(404, {"error": "no_such_instance", "msg": f"{KEY}{KEY}"}))
    with pytest.raises(VastError) as info:
        client.detach_ssh_key(id=1, ssh_key_id=2)
    assert KEY not in str(info.value)


@pytest.fixture
def restore_logger() -> Iterator[None]:
    handlers, level = list(LOGGER.handlers), LOGGER.level
    yield
    LOGGER.handlers[:] = handlers
    LOGGER.setLevel(level)


@pytest.mark.usefixtures("restore_logger")
def test_vast_log_debug_attaches_one_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    before = list(LOGGER.handlers)
    monkeypatch.setenv("VAST_LOG", "debug")
    setup_logging()
    setup_logging()
    added = [h for h in LOGGER.handlers if h not in before]
    assert len(added) == 1
    assert getattr(added[0], "_vast_sdk", False)
    assert LOGGER.level == logging.DEBUG


@pytest.mark.usefixtures("restore_logger")
def test_vast_log_info(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VAST_LOG", " INFO ")
    setup_logging()
    assert LOGGER.level == logging.INFO
    assert any(getattr(h, "_vast_sdk", False) for h in LOGGER.handlers)


@pytest.mark.usefixtures("restore_logger")
@pytest.mark.parametrize("value", [None, "", "verbose"])
def test_without_vast_log_no_handler_is_attached(
    monkeypatch: pytest.MonkeyPatch, value: str | None
) -> None:
    if value is not None:
        monkeypatch.setenv("VAST_LOG", value)
    before = list(LOGGER.handlers)
    setup_logging()
    assert LOGGER.handlers == before
