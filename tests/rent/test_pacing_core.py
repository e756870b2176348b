"""The pacer in the one request core, over loopback HTTP against FakeVast: a 429 the pacer has
taken into account is sent again through it (not counted in max_retries), the endpoint slows
down, and Vast(pacing=False) turns it all off. Counts, not timings."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from vast_sdk import AsyncVast, InvalidRequestError, RateLimitError, Vast
from vast_sdk.testing import FakeVast


@pytest.fixture(autouse=True)
def no_real_key(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("VAST_API_KEY", "VAST_URL", "VAST_LOG", "VAST_POLL_INTERVAL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))


@pytest.fixture
def fake() -> Iterator[FakeVast]:
    server = FakeVast(auto_advance=0)
    with server.serve():
        yield server


def statuses(fake: FakeVast, op: str) -> list[int]:
    return [c.status for c in fake.calls_to(op)]


def test_pacing_is_on_by_default_and_outlasts_429s(fake: FakeVast) -> None:
    fake.fail_next("show_user", status=429, times=6)
    with fake.client(virtual_sleep=True) as vast:
        assert vast.pacing is True
        raw = vast.with_raw_response.show_user()
        assert raw.status_code == 200 and raw.retries_taken == 6
        rate = vast.requester._pacing.get().rate("show_user")
        assert rate is not None and rate > 0  # the endpoint is paced from now on
    assert statuses(fake, "show_user") == [429] * 6 + [200]


def test_pacing_false_leaves_429s_to_the_retry_loop(fake: FakeVast) -> None:
    fake.fail_next("show_user", status=429, times=6)
    with fake.client(virtual_sleep=True, pacing=False) as vast, pytest.raises(RateLimitError):
        vast.show_user()
    assert statuses(fake, "show_user") == [429] * 3  # 1 + max_retries
    with fake.client(virtual_sleep=True) as vast:
        vast.pacing = False  # a setting of the client, like max_retries
        with pytest.raises(RateLimitError):
            vast.show_user()
        with pytest.raises(InvalidRequestError, match="pacing must be True or False"):
            vast.pacing = "no"  # type: ignore[assignment]


def test_max_retries_0_means_no_retry_at_all(fake: FakeVast) -> None:
    fake.fail_next("show_user", status=429, times=2)
    with fake.client(virtual_sleep=True) as vast, pytest.raises(RateLimitError):
        vast.show_user(max_retries=0)
    assert statuses(fake, "show_user") == [429]


def test_the_daily_search_quota_is_not_paced(fake: FakeVast) -> None:
    quota = {"success": False, "error": "search_quota_exceeded", "msg": "Daily quota reached"}
    fake.fail_next("search_offers", status=429, body=quota, times=3)
    with fake.client(virtual_sleep=True) as vast:
        with pytest.raises(RateLimitError) as caught:
            vast.search_offers(limit=1)
        assert caught.value.error == "search_quota_exceeded"
        assert vast.requester._pacing.get().rate("search_offers") is None
    assert statuses(fake, "search_offers") == [429]


def test_a_paced_money_call_rents_once(fake: FakeVast) -> None:
    with fake.client(virtual_sleep=True) as vast:
        offer = vast.search_offers(limit=1).offers[0]
        fake.fail_next("create_instance", status=429, times=4)  # 429: not acted on
        iid = vast.create_instance(id=offer.id, image="ubuntu").new_contract
    assert list(fake.state.instances) == [iid]
    assert statuses(fake, "create_instance") == [429] * 4 + [200]


def test_copies_share_the_pacer_and_urls_outside_the_api_are_not_paced(fake: FakeVast) -> None:
    with fake.client(virtual_sleep=True) as vast:
        copy = vast.with_options(timeout=30)
        assert copy.requester._pacing is vast.requester._pacing
        assert vast.with_raw_response.show_user().status_code == 200
        fake.fail_next("show_user", status=429)
        copy.show_user()
        assert vast.requester._pacing.get().rate("show_user") is not None
        launched = vast.launch(image="ubuntu")
        fake.fail_next("result_url", status=429, retry_after=0.01)
        vast.logs(launched.id, tail=5)
        pacer = vast.requester._pacing.get()
        assert all(pacer.rate(key) is None for key in ("result_url", "URL", "result URL"))


def test_concurrent_calls_against_a_rate_limit_end_without_429_errors(fake: FakeVast) -> None:
    """10 calls a second on the fake's clock, 60 calls at once: every one succeeds (the time
    it takes is `make bench`'s to measure, in real time)."""
    fake.rate_limit("show_user", requests=10, per=1.0, clock="fake")

    async def go() -> list[object]:
        async with fake.async_client(virtual_sleep=True) as avast:
            return await asyncio.gather(
                *(avast.show_user() for _ in range(60)), return_exceptions=True
            )

    results = asyncio.run(go())
    assert [r for r in results if isinstance(r, BaseException)] == []
    assert statuses(fake, "show_user") == [200] * 60
    limited = [c for c in fake.calls if c.status == 429]  # answered before routing
    # the limit was met (the calls did not all pass at once), and the pacer kept the 429s to
    # those of the first burst (at most 50 over the limit, fewer when the first answers arrive
    # before the last calls are sent) and a few while it finds the rate
    assert 0 < len(limited) < 2 * 60


@pytest.mark.parametrize("client", [Vast, AsyncVast])
def test_pacing_is_a_documented_client_setting(client: type[Vast | AsyncVast]) -> None:
    import inspect

    assert inspect.signature(client).parameters["pacing"].default is True
    assert "pacing=False" in (client.pacing.__doc__ or "")
