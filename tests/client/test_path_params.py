"""Path parameters: a value that would address another URL is refused before sending."""

from __future__ import annotations

from typing import Any

import pytest

from vast_sdk import InvalidRequestError, Vast

from .server import MockServer, reply

OK = {"success": True, "msg": "ok"}


@pytest.mark.parametrize("bad", [None, "", "   ", True, 1.5, ["1"]])
def test_bad_path_values_are_refused_before_any_request(
    client: Vast, server: MockServer, bad: Any
) -> None:
    with pytest.raises(InvalidRequestError, match="path parameter 'ssh_key_id'"):
        client.detach_ssh_key(id=1, ssh_key_id=bad)
    with pytest.raises(InvalidRequestError, match="path parameter 'id'"):
        client.with_raw_response.detach_ssh_key(id=bad, ssh_key_id=2)
    assert server.requests == []


def test_string_path_values_are_encoded_into_one_segment(client: Vast, server: MockServer) -> None:
    server.add(reply(200, {"success": True}))
    client.show_team_role(id="ops/admin")
    assert server.last.path == "/api/v0/team/roles/ops%2Fadmin/"


@pytest.mark.anyio
async def test_async_methods_check_path_values_too(make_async_client: Any) -> None:
    async with make_async_client() as vast:
        with pytest.raises(InvalidRequestError):
            await vast.show_instance(id=None)
