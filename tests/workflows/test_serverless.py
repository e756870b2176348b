"""call_endpoint: route, then POST to the worker with the endpoint's key; resent only when the
worker cannot have run the request."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from vast_sdk import (
    APIConnectionError,
    BadRequestError,
    EndpointNotFoundError,
    InsecureURLError,
    InvalidRequestError,
    NoWorkerError,
    Vast,
    WorkerError,
)
from vast_sdk._workflows._serverless import EndpointCall
from vast_sdk.testing import FakeVast

from .conftest import Api, run

NAME = "llm"


def endpoint(fake: FakeVast, *, workers: bool = True, ready: bool = True) -> str:
    """An endpoint with a workergroup (its workers booted unless ``ready`` is False)."""
    with fake.client() as vast:
        vast.create_endpoint(endpoint_name=NAME)
        if workers:
            vast.create_workergroup(endpoint_name=NAME, test_workers=2)
    if workers and ready:
        fake.clock.advance(fake.state.boot_seconds)
    key: str = next(iter(fake.state.endpoints.values()))["api_key"]
    return key


def test_routes_and_sends_with_the_endpoint_key(mode: str, fake: FakeVast) -> None:
    key = endpoint(fake)

    async def scenario(api: Api) -> Any:
        return await api.call_endpoint(NAME, {"prompt": "hello"}, path="/generate", cost=256)

    answer, sleeps = run(mode, fake, scenario)
    assert answer["echo"] == {"prompt": "hello"} and answer["path"] == "/generate"
    assert answer["endpoint"] == NAME and sleeps == []
    (worker,) = fake.calls_to("worker")
    assert worker.headers["authorization"] == f"Bearer {key}"  # never the account key
    assert worker.status == 200 and worker.path.endswith("/generate")
    assert len(fake.calls_to("route")) == 1 and len(fake.calls_to("show_endpoints")) == 1


def test_waits_for_workers_to_load(mode: str, fake: FakeVast) -> None:
    endpoint(fake, ready=False)

    async def scenario(api: Api) -> Any:
        return await api.call_endpoint(NAME, [1, 2, 3], path="/x", poll_interval=2)

    answer, sleeps = run(mode, fake, scenario)
    assert answer["echo"] == [1, 2, 3]
    assert sleeps[:4] == [2.0, 3.0, 4.5, 6.75] and sum(sleeps) >= fake.state.boot_seconds
    assert len(fake.calls_to("route")) == len(sleeps) + 1


def test_a_given_key_skips_the_lookup(mode: str, fake: FakeVast) -> None:
    key = endpoint(fake)

    async def scenario(api: Api) -> Any:
        return await api.call_endpoint(NAME, None, path="/", endpoint_key=key)

    answer, _ = run(mode, fake, scenario)
    assert answer["echo"] is None and fake.calls_to("show_endpoints") == []


def test_a_wrong_key_is_the_workers_401(mode: str, fake: FakeVast) -> None:
    endpoint(fake)

    async def scenario(api: Api) -> Any:
        return await api.call_endpoint(NAME, {}, path="/x", endpoint_key=fake.api_key)

    with pytest.raises(WorkerError) as caught:
        run(mode, fake, scenario)
    err = caught.value
    assert err.status_code == 401 and err.endpoint == NAME and "endpoint's API key" in str(err)
    assert err.body == {"error": "the Bearer token is not the endpoint's API key"}
    assert len(fake.calls_to("worker")) == 1


def test_an_unknown_endpoint(mode: str, fake: FakeVast) -> None:
    async def looked_up(api: Api) -> Any:
        return await api.call_endpoint("nope", {}, path="/x")

    with pytest.raises(EndpointNotFoundError, match="no endpoint named 'nope'"):
        run(mode, fake, looked_up)

    async def keyed(api: Api) -> Any:
        return await api.call_endpoint("nope", {}, path="/x", endpoint_key="k")

    with pytest.raises(BadRequestError):
        run(mode, fake, keyed)


def test_no_worker_in_time(mode: str, fake: FakeVast) -> None:
    endpoint(fake, workers=False)

    async def scenario(api: Api) -> Any:
        return await api.call_endpoint(NAME, {}, path="/x", wait_timeout=20)

    with pytest.raises(NoWorkerError) as caught:
        run(mode, fake, scenario)
    assert caught.value.last_status == "Stopped" and "after 20s" in str(caught.value)
    assert fake.calls_to("worker") == []


def test_a_busy_worker_gets_the_request_again(mode: str, fake: FakeVast) -> None:
    endpoint(fake)
    fake.fail_next("worker", status=429)
    fake.fail_next("worker", status=503, retry_after=7)

    async def scenario(api: Api) -> Any:
        return await api.call_endpoint(NAME, {"n": 1}, path="/x")

    answer, sleeps = run(mode, fake, scenario)
    assert answer["echo"] == {"n": 1} and sleeps[1] == 7.0
    assert [c.status for c in fake.calls_to("worker")] == [429, 503, 200]
    assert len(fake.calls_to("route")) == 3  # each resend goes to a freshly routed worker


def test_a_worker_that_may_have_run_it_is_not_sent_it_again(mode: str, fake: FakeVast) -> None:
    endpoint(fake)
    fake.fail_next("worker", status=500)

    async def failing(api: Api) -> Any:
        return await api.call_endpoint(NAME, {}, path="/x")

    with pytest.raises(WorkerError) as caught:
        run(mode, fake, failing)
    assert caught.value.status_code == 500 and len(fake.calls_to("worker")) == 1

    fake.fail_next("worker", drop=True)
    with pytest.raises(APIConnectionError):
        run(mode, fake, failing)
    assert len(fake.calls_to("worker")) == 2


def test_a_busy_worker_past_the_retries(mode: str, fake: FakeVast) -> None:
    endpoint(fake)
    fake.fail_next("worker", status=429, times=5)

    async def scenario(api: Api) -> Any:
        return await api.call_endpoint(NAME, {}, path="/x")

    with pytest.raises(WorkerError):
        run(mode, fake, scenario, max_retries=1)
    assert len(fake.calls_to("worker")) == 2


def test_an_answer_that_is_not_json(mode: str, fake: FakeVast) -> None:
    endpoint(fake)
    fake.fail_next("worker", status=200, body=b"<html>hi</html>")

    async def scenario(api: Api) -> Any:
        return await api.call_endpoint(NAME, {}, path="/x")

    with pytest.raises(WorkerError, match="not JSON") as caught:
        run(mode, fake, scenario)
    assert caught.value.content == b"<html>hi</html>" and caught.value.body is None


def call(**overrides: Any) -> EndpointCall:
    args: dict[str, Any] = {
        "endpoint": NAME,
        "path": "/x",
        "cost": 1.0,
        "timeout": 10.0,
        "poll_interval": 1.0,
        "worker_timeout": 5.0,
    }
    return EndpointCall.start(**{**args, **overrides})


@pytest.mark.parametrize("allow", [False, True])
def test_the_endpoint_key_never_travels_in_plain_http(allow: bool) -> None:
    """The requester refuses a credential over plain http off loopback before sending."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"ok": True})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    vast = Vast(api_key="k" * 12, http_client=http, allow_insecure_http=allow)
    target = call().worker_post({"url": "http://203.0.113.5:8080", "signature": "s"}, {})
    assert target.url == "http://203.0.113.5:8080/x"

    def post(url: str) -> httpx.Response:
        return vast.requester.fetch("POST", url, sends_api_key=False, bearer="ekey", json={})

    if allow:
        assert post(target.url).status_code == 200
    else:
        with pytest.raises(InsecureURLError, match="plain http"):
            post(target.url)
        assert sent == []
    post("https://w:1/x")
    assert str(sent[-1].url) == "https://w:1/x"
    assert sent[-1].headers["authorization"] == "Bearer ekey"  # the endpoint's key, not ours
    http.close()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"path": "x"}, "path must be a str starting with '/'"),
        ({"endpoint": ""}, "endpoint must be a non-empty str"),
        ({"cost": 0}, "cost must be a positive"),
    ],
)
def test_bad_arguments(overrides: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidRequestError, match=message):
        call(**overrides)


def test_a_payload_that_is_not_json(mode: str, fake: FakeVast) -> None:
    endpoint(fake)

    async def scenario(api: Api) -> Any:
        return await api.call_endpoint(NAME, {"x": object()}, path="/x")

    with pytest.raises(InvalidRequestError, match="payload is not JSON"):
        run(mode, fake, scenario)
    assert fake.calls_to("worker") == []
