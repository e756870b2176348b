"""FakeVast's own URLs: result objects answered like pre-signed S3 URLs, and workers answered
like PyWorkers; on loopback and in-process alike."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from vast_sdk.testing import LOCAL_URL, FakeVast

from .conftest import make_fake, new_instance


def result_url(fake: FakeVast, iid: int) -> str:
    with fake.client() as vast:
        url = vast.show_logs(id=iid).result_url
    assert url is not None
    return url


def test_result_urls_answer_like_s3(fake: FakeVast) -> None:
    iid = new_instance(fake, running=True)
    url = result_url(fake, iid)
    assert url.startswith(f"{fake.url}/fake-s3/vast.ai/instance_logs/")
    early = httpx.get(url)
    assert early.status_code == 404 and b"<Code>NoSuchKey</Code>" in early.content
    fake.clock.advance(2)
    assert httpx.get(url).status_code == 200 and "Container started" in httpx.get(url).text
    keyed = httpx.get(url, headers={"Authorization": f"Bearer {fake.api_key}"})
    assert keyed.status_code == 400 and b"Only one auth mechanism allowed" in keyed.content
    assert httpx.get(url.replace("Signature=", "Signature=0")).status_code == 403
    assert httpx.get(url.split("?")[0]).status_code == 403
    assert httpx.post(url).status_code == 405
    fake.clock.advance(3600)
    assert b"Request has expired" in httpx.get(url).content
    assert [c.op for c in fake.calls[-7:]] == ["result_url"] * 5 + [None, "result_url"]


def test_in_process_clients_fetch_from_the_fake_too() -> None:
    fake = make_fake()
    iid = new_instance(fake, running=True)
    with fake.client(virtual_sleep=True) as vast:
        assert "Container started" in vast.logs(iid)
        assert (vast.show_logs(id=iid).result_url or "").startswith(f"{LOCAL_URL}/fake-s3/")

    async def go() -> str:
        async with fake.async_client(virtual_sleep=True) as avast:
            text: str = await avast.execute_text(iid, "ls /")
            return text

    assert asyncio.run(go()).split() == ["root", "workspace"]
    assert not fake.errors


def worker_call(fake: FakeVast, path: str, **kwargs: Any) -> httpx.Response:
    return httpx.post(f"{fake.url}/fake-worker/{path}", **kwargs)


def test_workers_answer_like_pyworkers(fake: FakeVast) -> None:
    with fake.client() as vast:
        vast.create_endpoint(endpoint_name="ep")
        vast.create_workergroup(endpoint_name="ep", test_workers=1)
        loading = vast.route(endpoint="ep", cost=1)
        assert loading.to_dict()["status"] == "Loading"
        fake.clock.advance(fake.state.boot_seconds)
        routed = vast.route(endpoint="ep", cost=1).to_dict()
    key = fake.state.endpoints[min(fake.state.endpoints)]["api_key"]
    auth = {"Authorization": f"Bearer {key}"}
    wid = routed["url"].rsplit("/", 1)[-1]
    assert routed["url"] == f"{fake.url}/fake-worker/{wid}" and "request_idx" in routed

    good = worker_call(fake, f"{wid}/gen", json={"auth_data": routed, "payload": 1}, headers=auth)
    assert good.status_code == 200 and good.json()["echo"] == 1
    forged = {**routed, "signature": "0" * 64}
    bad = worker_call(fake, f"{wid}/gen", json={"auth_data": forged, "payload": 1}, headers=auth)
    assert bad.status_code == 401
    missing = worker_call(fake, f"{wid}/gen", json={"auth_data": {"url": "u"}}, headers=auth)
    assert missing.status_code == 422 and set(missing.json()) == {"auth_data", "payload"}
    no_key = worker_call(fake, f"{wid}/gen", json={"auth_data": routed, "payload": 1})
    assert no_key.status_code == 401
    assert worker_call(fake, "999/gen", json={}, headers=auth).status_code == 404
    assert httpx.get(f"{fake.url}/fake-worker/{wid}/gen").status_code == 405


def test_faults_and_rate_limits_apply_to_them(fake: FakeVast) -> None:
    fake.fail_next("result_url", status=503)
    fake.rate_limit("worker", requests=1, per=60)
    assert httpx.get(f"{fake.url}/fake-s3/vast.ai/x.log").status_code == 503
    assert httpx.get(f"{fake.url}/fake-s3/vast.ai/x.log").status_code == 403
    assert worker_call(fake, "1/x", json={}).status_code == 404
    limited = worker_call(fake, "1/x", json={})
    assert limited.status_code == 429 and "Retry-After" in limited.headers
    with pytest.raises(ValueError, match="unknown operation"):
        fake.fail_next("s3", status=500)


def test_the_wildcard_fault_leaves_them_alone(fake: FakeVast) -> None:
    fake.fail_next("*", status=500)
    assert httpx.get(f"{fake.url}/fake-s3/vast.ai/x.log").status_code == 403
    assert fake.faults.pending() == 1
