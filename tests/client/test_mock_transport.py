"""Users test with httpx.MockTransport: responses it builds arrive already read."""

from __future__ import annotations

import httpx
import pytest

from vast_sdk import AsyncVast, NotFoundError, Vast


def _handler(request: httpx.Request) -> httpx.Response:
    if request.url.path.startswith("/api/v0/bundles/"):
        return httpx.Response(200, json={"offers": [{"id": 7, "gpu_name": "RTX 4090"}]})
    return httpx.Response(404, json={"success": False, "error": "no_such_instance", "msg": "gone"})


def test_sync_client_reads_mock_transport_responses() -> None:
    http = httpx.Client(transport=httpx.MockTransport(_handler))
    vast = Vast(api_key="k" * 16, base_url="http://127.0.0.1:1", http_client=http)
    assert vast.search_offers(limit=1).offers[0].gpu_name == "RTX 4090"
    with pytest.raises(NotFoundError) as info:
        vast.detach_ssh_key(id=1, ssh_key_id=2)
    assert info.value.error == "no_such_instance"


@pytest.mark.anyio
async def test_async_client_reads_mock_transport_responses() -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(_handler))
    vast = AsyncVast(api_key="k" * 16, base_url="http://127.0.0.1:1", http_client=http)
    assert (await vast.search_offers(limit=1)).offers[0].id == 7
    with pytest.raises(NotFoundError):
        await vast.detach_ssh_key(id=1, ssh_key_id=2)
