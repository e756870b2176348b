"""logs / execute_text: the text from the result URL, fetched without the API key, polled until
it is there, retried like any read."""

from __future__ import annotations

from typing import Any

import pytest

from vast_sdk import (
    APIConnectionError,
    BadRequestError,
    InvalidRequestError,
    NotFoundError,
    ResultError,
    ResultTimeoutError,
)
from vast_sdk.testing import FakeVast

from .conftest import Api, new_instance, run


def fetches(fake: FakeVast) -> list[int]:
    return [c.status for c in fake.calls_to("result_url")]


def test_logs_are_fetched_without_the_api_key(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake, running=True, image="pytorch/pytorch")

    async def scenario(api: Api) -> Any:
        return await api.logs(iid)

    text, sleeps = run(mode, fake, scenario)
    assert "Pulling image pytorch/pytorch" in text and "Container started" in text
    assert fetches(fake) == [404, 404, 200]  # uploaded 2 fake seconds later; polled each second
    assert sleeps == [1.0, 1.0]
    for call in fake.calls_to("result_url"):
        assert "authorization" not in call.headers  # S3 would refuse it (and must not see it)
    assert fake.calls_to("show_logs")[0].headers["authorization"] == f"Bearer {fake.api_key}"


def test_tail_filter_and_daemon_logs(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake, running=True)
    fake.clock.advance(600)  # ten heartbeats

    async def scenario(api: Api) -> Any:
        return (
            await api.logs(iid, 2),
            await api.logs(iid, filter="heartbeat 3"),
            await api.logs(iid, daemon_logs=True),
        )

    (tail, grep, daemon), _ = run(mode, fake, scenario)
    assert tail.splitlines()[-1].endswith("heartbeat 10") and len(tail.splitlines()) == 2
    assert grep.splitlines()[0].endswith("heartbeat 3") and len(grep.splitlines()) == 1
    assert "kaalia: contract" in daemon and "heartbeat" not in daemon


def test_execute_text_strips_the_writeable_path(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake, running=True)

    async def scenario(api: Api) -> Any:
        listed = await api.execute_text(iid, "ls /workspace")
        usage = await api.execute_text(iid, "du -d2 -h /workspace")
        await api.execute_text(iid, "rm -r /workspace/model")
        return listed, usage, await api.execute_text(iid, "ls -l /workspace")

    (listed, usage, after), _ = run(mode, fake, scenario)
    assert listed.split() == ["README.md", "data", "model"]
    assert "\t/workspace/data\n" in usage and "overlay2" not in usage
    assert after.split() == ["README.md", "data"]
    assert len(fake.calls_to("execute")) == 4


def test_execute_errors_are_the_apis(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake)  # still loading

    async def scenario(api: Api) -> Any:
        return await api.execute_text(iid, "ls")

    with pytest.raises(BadRequestError, match="Invalid command"):
        run(mode, fake, scenario)
    assert fake.calls_to("result_url") == []


def test_logs_of_an_unknown_instance(mode: str, fake: FakeVast) -> None:
    async def scenario(api: Api) -> Any:
        return await api.logs(424242)

    with pytest.raises(NotFoundError):
        run(mode, fake, scenario)


def test_a_flaky_result_host_is_retried(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake, running=True)
    fake.clock.advance(10)
    fake.fail_next("result_url", status=503, times=2)
    fake.fail_next("result_url", drop=True)

    async def scenario(api: Api) -> Any:
        return await api.logs(iid, 1)

    text, _ = run(mode, fake, scenario, max_retries=3)
    assert "Container started" in text or "heartbeat" in text
    assert fetches(fake)[:2] == [503, 503] and len(fetches(fake)) >= 4


@pytest.mark.parametrize(("status", "tries"), [(502, 2), (500, 1)])
def test_a_failing_result_host_gives_up_after_the_retries(
    mode: str, fake: FakeVast, status: int, tries: int
) -> None:
    """Retried like any read of the API: 502 is, 500 is not (the client's max_retries)."""
    iid = new_instance(fake, running=True)
    fake.fail_next("result_url", status=status, times=10)

    async def scenario(api: Api) -> Any:
        return await api.logs(iid)

    with pytest.raises(ResultError) as caught:
        run(mode, fake, scenario, max_retries=1)
    assert caught.value.status_code == status and len(fetches(fake)) == tries
    assert "X-Amz-Signature" not in str(caught.value) and "?" not in caught.value.url


def test_a_result_that_never_comes_times_out(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake, running=True)
    fake.fail_next("result_url", status=403, times=1000)  # wrong signature, expired...

    async def scenario(api: Api) -> Any:
        return await api.logs(iid, wait_timeout=5, poll_interval=2)

    with pytest.raises(ResultTimeoutError, match="not ready after 5s") as caught:
        run(mode, fake, scenario)
    assert caught.value.status_code == 403 and "X-Amz" not in str(caught.value)
    assert len(fetches(fake)) == 4  # at 0, 2, 4 and 5 seconds


def test_a_result_host_that_keeps_dropping(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake, running=True)
    fake.fail_next("result_url", drop=True, times=5)

    async def scenario(api: Api) -> Any:
        return await api.logs(iid)

    with pytest.raises(APIConnectionError) as caught:
        run(mode, fake, scenario, max_retries=2)
    assert "X-Amz" not in str(caught.value) and len(fetches(fake)) == 3


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"tail": -1}, "tail must be an int"),
        ({"wait_timeout": 0}, "wait_timeout must be a positive"),
    ],
)
def test_bad_arguments(mode: str, fake: FakeVast, kwargs: dict[str, Any], message: str) -> None:
    async def scenario(api: Api) -> Any:
        return await api.logs(1, **kwargs)

    with pytest.raises(InvalidRequestError, match=message):
        run(mode, fake, scenario)
    assert fake.calls == []
