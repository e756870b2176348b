"""The fake's faults drive the client's retries and errors end to end, over loopback HTTP."""

from __future__ import annotations

import httpx
import pytest

from vast_sdk import (
    APIConnectionError,
    APITimeoutError,
    AsyncVast,
    InternalServerError,
    RateLimitError,
    ResponseParseError,
    Vast,
)
from vast_sdk.testing import RATE_LIMIT_BODY, FakeVast

from .conftest import async_client, sync_client
from .test_operations import SSH_KEY


def attached(vast: Vast, fake: FakeVast) -> tuple[int, int]:
    """(instance id, ssh key id) with the key attached to a running instance."""
    offer = vast.search_offers(gpu_name={"eq": "RTX 4090"}, limit=1).offers[0]
    iid = int(vast.create_instance(id=offer.id, image="ubuntu:22.04").new_contract)
    fake.clock.advance(30)
    key_id = int(vast.create_ssh_key(ssh_key=SSH_KEY).key.id)
    vast.attach_ssh_key(id=iid, ssh_key=SSH_KEY)
    return iid, key_id


def statuses(fake: FakeVast, op: str) -> list[int | str]:
    return ["dropped" if c.dropped else c.status for c in fake.calls_to(op)]


def test_429_twice_then_success(vast: Vast, fake: FakeVast) -> None:
    iid, key_id = attached(vast, fake)
    fake.fail_next("detach_ssh_key", status=429, times=2, retry_after=0.01)
    result = vast.with_raw_response.detach_ssh_key(id=iid, ssh_key_id=key_id)
    assert result.retries_taken == 2 and result.parsed.msg == "SSH key removed from instance."
    assert statuses(fake, "detach_ssh_key") == [429, 429, 200]
    assert fake.state.instances[iid]["_ssh_keys"] == []


def test_429_until_retries_run_out(vast: Vast, fake: FakeVast) -> None:
    fake.fail_next("show_user", status=429, times=5, retry_after=0.01)
    vast.pacing = False  # else the pacer outlasts them (test_429_outlasted_by_the_pacer)
    with pytest.raises(RateLimitError) as caught:
        vast.show_user()
    err = caught.value
    assert (err.status_code, err.body, err.msg) == (429, RATE_LIMIT_BODY, RATE_LIMIT_BODY["detail"])
    assert err.headers["Retry-After"] == "0.01"
    assert statuses(fake, "show_user") == [429, 429, 429]  # 1 + max_retries (2)
    assert fake.faults.pending("show_user") == 2


def test_429_outlasted_by_the_pacer(fake: FakeVast) -> None:
    fake.fail_next("show_user", status=429, times=5, retry_after=0.01)
    with fake.client(virtual_sleep=True) as vast:  # the pacer's waits on the fake's clock
        assert vast.with_raw_response.show_user().retries_taken == 5  # paced: not max_retries
        assert vast.requester._pacing.get().rate("show_user") is not None
    assert statuses(fake, "show_user") == [429] * 5 + [200]


def test_429_is_retried_even_for_create_instance(vast: Vast, fake: FakeVast) -> None:
    offer = vast.search_offers(limit=1).offers[0]
    fake.fail_next("create_instance", status=429, retry_after=0.01)
    created = vast.create_instance(id=offer.id, image="ubuntu:22.04")
    assert statuses(fake, "create_instance") == [429, 200]
    assert list(fake.state.instances) == [created.new_contract]


def test_502_html_page_is_an_error_not_retried_for_create(vast: Vast, fake: FakeVast) -> None:
    offer = vast.search_offers(limit=1).offers[0]
    fake.fail_next("create_instance", status=502, retry_after=0.01)
    with pytest.raises(InternalServerError) as caught:
        vast.create_instance(id=offer.id, image="ubuntu:22.04")
    err = caught.value
    assert err.status_code == 502 and err.body is None
    assert b"<h1>502 Bad Gateway</h1>" in err.content and "502 Bad Gateway" in str(err)
    assert type(err) is InternalServerError  # an HTML body is the status error, body=None
    assert statuses(fake, "create_instance") == [502]  # the API may have acted: no replay
    assert fake.state.instances == {}


def test_502_then_success_for_a_read(vast: Vast, fake: FakeVast) -> None:
    fake.fail_next("show_instances", status=502, times=2, retry_after=0.01)
    assert vast.show_instances().page.instances_found == 0
    assert statuses(fake, "show_instances") == [502, 502, 200]


def test_500_json_error(vast: Vast, fake: FakeVast) -> None:
    iid, key_id = attached(vast, fake)
    body = {"success": False, "error": "delete_ssh_from_instance", "msg": "Error deleting SSH key"}
    fake.fail_next("detach_ssh_key", status=500, body=body)
    with pytest.raises(InternalServerError) as caught:
        vast.detach_ssh_key(id=iid, ssh_key_id=key_id)
    assert (caught.value.error, caught.value.msg) == ("delete_ssh_from_instance", body["msg"])
    assert statuses(fake, "detach_ssh_key") == [500]  # 500 is not a retryable status


def test_dropped_create_instance_is_not_retried(vast: Vast, fake: FakeVast) -> None:
    offer = vast.search_offers(limit=1).offers[0]
    fake.fail_next("create_instance", drop=True)
    with pytest.raises(APIConnectionError) as caught:
        vast.create_instance(id=offer.id, image="ubuntu:22.04")
    assert "RemoteProtocolError" in str(caught.value)
    assert statuses(fake, "create_instance") == ["dropped"]
    assert len(fake.state.instances) == 1  # the fake acted once; the client did not replay
    assert len(list(vast.show_instances())) == 1


def test_dropped_detach_is_retried(vast: Vast, fake: FakeVast) -> None:
    iid, key_id = attached(vast, fake)
    fake.fail_next("detach_ssh_key", drop=True)
    result = vast.with_raw_response.detach_ssh_key(id=iid, ssh_key_id=key_id)
    assert result.retries_taken == 1 and result.parsed.success is True
    assert statuses(fake, "detach_ssh_key") == ["dropped", 200]


def test_malformed_body(vast: Vast, fake: FakeVast) -> None:
    fake.fail_next("create_ssh_key", malformed=True)
    with pytest.raises(ResponseParseError) as caught:
        vast.create_ssh_key(ssh_key=SSH_KEY)
    assert caught.value.status_code == 200 and caught.value.body is None
    assert len(fake.state.ssh_keys) == 1  # it acted; only the answer was broken


def test_delay_hits_the_client_timeout(vast: Vast, fake: FakeVast) -> None:
    fake.fail_next("show_user", delay=1.0)
    with pytest.raises(APITimeoutError):
        vast.with_options(timeout=0.2, max_retries=0).show_user()
    fake.fail_next("show_user", delay=0.05)
    assert vast.show_user().id == fake.state.user["id"]


def test_rate_limit_answers_like_the_api(vast: Vast, fake: FakeVast) -> None:
    fake.rate_limit("show_user", requests=2, per=60.0)
    # the fake's answers, not the client's pacer (which would hold show_user for the 60 s)
    with fake.client(max_retries=0, pacing=False) as quick:
        quick.show_user()
        quick.show_user()
        with pytest.raises(RateLimitError) as caught:
            quick.show_user()
        assert caught.value.body == {"detail": "API requests too frequent endpoint threshold=0.0"}
        assert 0 < float(caught.value.headers["Retry-After"]) <= 60
        assert vast.show_ssh_keys() == []  # other operations are not limited
        fake.clear_faults()
        quick.show_user()
        fake.rate_limit("*", requests=1, per=60.0)  # every operation, each in its own window
        quick.show_ssh_keys()
        quick.show_api_keys()
        with pytest.raises(RateLimitError):
            quick.show_api_keys()


def test_wildcard_fault_and_unknown_operation(vast: Vast, fake: FakeVast) -> None:
    fake.fail_next("*", status=503, retry_after=0.01)
    assert vast.show_ssh_keys() == []
    assert statuses(fake, "show_ssh_keys") == [503, 200]
    with pytest.raises(ValueError, match="unknown operation"):
        fake.fail_next("no_such_op", status=500)
    with pytest.raises(ValueError):
        fake.fail_next("show_user")


def test_in_process_transport_drop_raises_remote_protocol_error() -> None:
    fake = FakeVast(auto_advance=0)
    fake.fail_next("show_user", drop=True)
    with httpx.Client(transport=fake.transport()) as http, pytest.raises(httpx.RemoteProtocolError):
        http.get("http://vast.localhost/api/v0/users/current/", headers=_auth(fake))
    fake.fail_next("create_instance", drop=True)
    with fake.client() as vast, pytest.raises(APIConnectionError):
        vast.create_instance(id=next(iter(fake.state.offers)), image="x")
    assert len(fake.state.instances) == 1


def _auth(fake: FakeVast) -> dict[str, str]:
    return {"Authorization": f"Bearer {fake.api_key}"}


@pytest.mark.anyio
async def test_async_429_then_success_and_dropped_create(fake: FakeVast) -> None:
    async with async_client(fake) as avast:
        offer = (await avast.search_offers(limit=1)).offers[0]
        fake.fail_next("create_instance", drop=True)
        with pytest.raises(APIConnectionError):
            await avast.create_instance(id=offer.id, image="ubuntu:22.04")
        assert statuses(fake, "create_instance") == ["dropped"]
        assert len(fake.state.instances) == 1
        fake.fail_next("show_instances", status=429, times=2, retry_after=0.01)
        assert (await avast.show_instances()).page.instances_found == 1
        assert statuses(fake, "show_instances") == [429, 429, 200]


@pytest.mark.anyio
async def test_async_in_process_transport() -> None:
    fake = FakeVast(auto_advance=0)
    async with fake.async_client() as avast:
        assert isinstance(avast, AsyncVast)
        fake.fail_next("show_user", drop=True)
        with pytest.raises(APIConnectionError):
            await avast.with_options(max_retries=0).show_user()
        assert (await avast.show_user()).email == "you@example.com"


def test_sync_client_fixture_helper(fake: FakeVast) -> None:
    with sync_client(fake, max_retries=0) as vast:
        fake.fail_next("show_user", status=503)
        with pytest.raises(InternalServerError):
            vast.show_user()
