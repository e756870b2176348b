"""Retries: which statuses and failures, how many times, and how long between tries."""

from __future__ import annotations

import email.utils
import math
import time
from collections.abc import Callable

import httpx
import pytest

from vast_sdk import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
    Vast,
)
from vast_sdk._retry import (
    BACKOFF_CAP,
    backoff_delay,
    exception_is_retryable,
    parse_retry_after,
    status_retry_delay,
)

from .conftest import SleepRecorder
from .server import MockServer, Recorded, Reply, _Handler, free_port, reply

OK = {"success": True, "msg": "ok"}


def _ceiling(n: int) -> float:
    return min(8.0, 0.5 * 2.0**n)


def _assert_backoff(delays: list[float]) -> None:
    for n, delay in enumerate(delays):
        assert 0.5 * _ceiling(n) <= delay <= _ceiling(n), (n, delay)


# ------------------------------------------------------------------ back-off, unit


@pytest.mark.parametrize("n", range(12))
def test_backoff_delay_bounds(n: int) -> None:
    ceiling = _ceiling(n)
    assert backoff_delay(n, rand=lambda: 0.0) == pytest.approx(0.5 * ceiling)
    assert backoff_delay(n, rand=lambda: 0.999999) == pytest.approx(ceiling, rel=1e-5)
    for _ in range(200):
        assert 0.5 * ceiling <= backoff_delay(n) <= ceiling
    assert backoff_delay(n) <= BACKOFF_CAP == 8.0


def test_backoff_is_jittered() -> None:
    assert len({backoff_delay(3) for _ in range(50)}) > 1


def test_parse_retry_after() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after("0.3") == pytest.approx(0.3)
    assert parse_retry_after(" 2 ") == 2.0
    assert parse_retry_after("-5") == 0.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("") is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("nan") is None
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert parse_retry_after(date, now=now) == pytest.approx(30.0)
    past = email.utils.formatdate(now - 30, usegmt=True)
    assert parse_retry_after(past, now=now) == 0.0


def test_status_retry_decisions() -> None:
    for status in (408, 429, 502, 503, 504):
        assert status_retry_delay(True, status, None, None, 0)[0] is not None
    for status in (400, 401, 403, 404, 409, 422, 500, 501):
        assert status_retry_delay(True, status, None, None, 0)[0] is None
    assert status_retry_delay(True, 429, "search_quota_exceeded", None, 0)[0] is None
    # Not replay-safe: only the statuses that say "not acted on".
    assert status_retry_delay(False, 429, None, None, 0)[0] is not None
    assert status_retry_delay(False, 503, None, None, 0)[0] is not None
    for status in (408, 502, 504):
        assert status_retry_delay(False, status, None, None, 0)[0] is None
    assert status_retry_delay(True, 503, None, "0.25", 0)[0] == 0.25
    assert status_retry_delay(True, 503, None, "61", 0)[0] is None
    assert status_retry_delay(True, 503, None, "60", 0)[0] == 60.0


def test_exception_retry_decisions() -> None:
    request = httpx.Request("PUT", "http://127.0.0.1/")
    before_sending = [
        httpx.ConnectError("refused", request=request),
        httpx.ConnectTimeout("slow", request=request),
        httpx.PoolTimeout("full", request=request),
    ]
    after_sending = [
        httpx.ReadTimeout("slow", request=request),
        httpx.WriteTimeout("slow", request=request),
        httpx.ReadError("reset", request=request),
        httpx.RemoteProtocolError("dropped", request=request),
    ]
    for exc in before_sending:
        assert exception_is_retryable(False, exc)[0]
        assert exception_is_retryable(True, exc)[0]
    for exc in after_sending:
        assert not exception_is_retryable(False, exc)[0]
        assert exception_is_retryable(True, exc)[0]
    assert not exception_is_retryable(True, httpx.UnsupportedProtocol("x", request=request))[0]
    assert not exception_is_retryable(True, httpx.TooManyRedirects("x", request=request))[0]


# ------------------------------------------------------------------ retry loop, end to end


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (408, APIStatusError),
        (429, RateLimitError),
        (502, InternalServerError),
        (503, InternalServerError),
        (504, InternalServerError),
    ],
)
def test_retryable_status_is_tried_three_times_then_raises(
    client: Vast, server: MockServer, sleeps: SleepRecorder, status: int, cls: type[Exception]
) -> None:
    server.default = reply(status, {"error": "busy", "msg": "later"})
    with pytest.raises(cls) as info:
        client.detach_ssh_key(id=1, ssh_key_id=2)
    assert getattr(info.value, "status_code", None) == status
    assert len(server.requests) == 3
    assert len(sleeps.delays) == 2
    _assert_backoff(sleeps.delays)


@pytest.mark.parametrize("status", [408, 429, 502, 503, 504])
def test_retryable_status_then_success(
    client: Vast, server: MockServer, sleeps: SleepRecorder, status: int
) -> None:
    server.add(reply(status, {}), reply(status, {}), reply(200, OK))
    assert client.detach_ssh_key(id=1, ssh_key_id=2).msg == "ok"
    assert len(server.requests) == 3


def test_backoff_grows_to_the_cap(make_client: Callable[..., Vast], server: MockServer) -> None:
    client = make_client(max_retries=6)
    recorder = SleepRecorder()
    client.requester.sleep = recorder
    server.default = reply(503, {})
    with pytest.raises(InternalServerError):
        client.detach_ssh_key(id=1, ssh_key_id=2)
    assert len(server.requests) == 7
    assert len(recorder.delays) == 6
    _assert_backoff(recorder.delays)
    assert recorder.delays[-1] >= 4.0  # ceiling 8 reached


def test_search_quota_exceeded_is_not_retried(
    client: Vast, server: MockServer, sleeps: SleepRecorder
) -> None:
    server.default = reply(429, {"error": "search_quota_exceeded", "msg": "Daily quota"})
    with pytest.raises(RateLimitError) as info:
        client.search_offers()
    assert info.value.error == "search_quota_exceeded"
    assert len(server.requests) == 1
    assert sleeps.delays == []


def test_connection_refused_is_retried(make_client: Callable[..., Vast]) -> None:
    attempts: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [attempts.append]})
    client = make_client(base_url=f"http://127.0.0.1:{free_port()}", http_client=http)
    recorder = SleepRecorder()
    client.requester.sleep = recorder
    with pytest.raises(APIConnectionError) as info:
        client.create_instance(id=1, image="x")  # even not replay-safe: nothing was sent
    assert not isinstance(info.value, APITimeoutError)
    assert len(attempts) == 3
    assert len(recorder.delays) == 2
    _assert_backoff(recorder.delays)
    http.close()


def test_connection_refused_then_server_up(make_client: Callable[..., Vast]) -> None:
    """The retry really reconnects: the first attempt is refused, the second succeeds."""
    port = free_port()
    client = make_client(base_url=f"http://127.0.0.1:{port}")
    started: list[MockServer] = []

    def start_server_then_no_wait(seconds: float) -> None:
        if not started:
            started.append(MockServer(port=port))
            started[0].default = reply(200, OK)

    client.requester.sleep = start_server_then_no_wait
    try:
        assert client.detach_ssh_key(id=1, ssh_key_id=2).msg == "ok"
    finally:
        for srv in started:
            srv.close()
    assert len(started[0].requests) == 1


def test_retry_after_seconds_is_honoured(client: Vast, server: MockServer) -> None:
    server.add(reply(429, {}, headers={"Retry-After": "0.3"}), reply(200, OK))
    assert client.detach_ssh_key(id=1, ssh_key_id=2).msg == "ok"
    first, second = server.requests
    assert 0.3 <= second.time - first.time < 1.0


def test_retry_after_seconds_replaces_backoff(
    client: Vast, server: MockServer, sleeps: SleepRecorder
) -> None:
    server.add(
        reply(503, {}, headers={"Retry-After": "0.3"}),
        reply(429, {}, headers={"Retry-After": "0"}),
        reply(200, OK),
    )
    client.detach_ssh_key(id=1, ssh_key_id=2)
    assert sleeps.delays == [0.3, 0.0]


def test_retry_after_http_date_is_honoured(client: Vast, server: MockServer) -> None:
    targets: list[float] = []

    def answer_with_date(handler: _Handler, request: Recorded) -> None:
        # HTTP dates have whole seconds: aim at the next whole second at least 0.3 s away.
        target = float(math.ceil(time.time() + 0.3))
        targets.append(target)
        body = b"{}"
        handler.send_response(503)
        handler.send_header("Retry-After", email.utils.formatdate(target, usegmt=True))
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    server.add(answer_with_date, reply(200, OK))
    assert client.detach_ssh_key(id=1, ssh_key_id=2).msg == "ok"
    first, second = server.requests
    assert second.wall_time >= targets[0] - 0.05
    assert second.wall_time < targets[0] + 0.5
    assert second.time - first.time >= 0.25


@pytest.mark.parametrize("value", ["61", "3600", "HTTP-DATE"])
def test_retry_after_over_a_minute_is_not_waited_for(
    client: Vast, server: MockServer, sleeps: SleepRecorder, value: str
) -> None:
    if value == "HTTP-DATE":
        value = email.utils.formatdate(time.time() + 3600, usegmt=True)
    server.add(reply(429, {"detail": "slow down"}, headers={"Retry-After": value}), reply(200, OK))
    started = time.monotonic()
    with pytest.raises(RateLimitError) as info:
        client.detach_ssh_key(id=1, ssh_key_id=2)
    assert time.monotonic() - started < 1.0
    assert info.value.headers["retry-after"] == value
    assert len(server.requests) == 1
    assert sleeps.delays == []


def test_unreadable_retry_after_falls_back_to_backoff(
    client: Vast, server: MockServer, sleeps: SleepRecorder
) -> None:
    server.add(reply(503, {}, headers={"Retry-After": "whenever"}), reply(200, OK))
    client.detach_ssh_key(id=1, ssh_key_id=2)
    assert len(sleeps.delays) == 1
    _assert_backoff(sleeps.delays)


def test_retry_after_on_a_non_retryable_status_is_ignored(
    client: Vast, server: MockServer, sleeps: SleepRecorder
) -> None:
    server.add(reply(500, {}, headers={"Retry-After": "0"}), reply(200, OK))
    with pytest.raises(InternalServerError):
        client.detach_ssh_key(id=1, ssh_key_id=2)
    assert len(server.requests) == 1


def test_per_call_max_retries_zero_disables_retries(
    client: Vast, server: MockServer, sleeps: SleepRecorder
) -> None:
    server.add(reply(503, {}), reply(200, OK))
    with pytest.raises(InternalServerError):
        client.detach_ssh_key(id=1, ssh_key_id=2, max_retries=0)
    assert len(server.requests) == 1
    assert sleeps.delays == []


def test_per_call_max_retries_raises_the_limit(
    client: Vast, server: MockServer, sleeps: SleepRecorder
) -> None:
    server.default = reply(503, {})
    with pytest.raises(InternalServerError):
        client.detach_ssh_key(id=1, ssh_key_id=2, max_retries=4)
    assert len(server.requests) == 5


def test_client_and_with_options_max_retries(
    make_client: Callable[..., Vast], server: MockServer
) -> None:
    client = make_client(max_retries=0)
    client.requester.sleep = SleepRecorder()
    server.default = reply(503, {})
    with pytest.raises(InternalServerError):
        client.detach_ssh_key(id=1, ssh_key_id=2)
    assert len(server.requests) == 1
    with pytest.raises(InternalServerError):
        client.with_options(max_retries=1).detach_ssh_key(id=1, ssh_key_id=2)
    assert len(server.requests) == 3


@pytest.mark.parametrize("bad", [-1, 1.5, "2", True, None])
def test_invalid_max_retries_is_rejected(client: Vast, server: MockServer, bad: object) -> None:
    from vast_sdk import InvalidRequestError

    with pytest.raises(InvalidRequestError):
        Vast(api_key="k", base_url=server.url, max_retries=bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidRequestError):
        client.with_options(max_retries=bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidRequestError):
        client.detach_ssh_key(id=1, ssh_key_id=2, max_retries=bad)  # type: ignore[arg-type]
    assert server.requests == []


def test_retries_taken_is_reported(client: Vast, server: MockServer, sleeps: SleepRecorder) -> None:
    server.add(reply(503, {}), Reply(200, b'{"success": true}', {}))
    raw = client.with_raw_response.detach_ssh_key(id=1, ssh_key_id=2)
    assert raw.retries_taken == 1
    assert raw.parsed.success is True
