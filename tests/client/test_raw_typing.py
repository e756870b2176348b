"""RawSync / RawAsync: the plain method's keywords, returning APIResponse (checked by mypy too)."""

from __future__ import annotations

from collections.abc import Awaitable, Mapping
from typing import Any, assert_type

import pytest

from vast_sdk import NOT_GIVEN, APIResponse, AsyncVast, NotFoundError, NotGiven, Vast
from vast_sdk._models import expect
from vast_sdk._operation import Operation, RequestOptions
from vast_sdk._raw import RawAsync, RawSync
from vast_sdk._request import Request, check_path
from vast_sdk._requester import AsyncRequester, SyncRequester
from vast_sdk._types import TimeoutLike
from vast_sdk.models import DetachSshKeyResponse

from .conftest import KEY
from .server import MockServer, reply

OP = Operation("detach", "delete", "/i/{id}/k/{k}/", "detach", True, "required", "api", (200,))


class Detached:
    """A stand-in response model."""

    def __init__(self, msg: str) -> None:
        self.msg = msg

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Detached:
        return cls(expect(data.get("msg"), str, "a string", "Detached.msg"))


def parse(data: Any) -> Detached:
    return Detached.from_dict(expect(data, dict, "an object", "Detached"))


def request(*, id: int, ssh_key_id: int) -> Request:
    check_path("detach", id=id, ssh_key_id=ssh_key_id)
    return Request(f"/i/{id}/k/{ssh_key_id}/", None)


class Ops:
    """What the generator writes for SyncOperations, cut down to one method."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def detach(
        self,
        *,
        id: int,
        ssh_key_id: int,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Detached:
        """Detach a key."""
        options = RequestOptions(timeout, max_retries, extra_headers)
        return self._requester.call(OP, request(id=id, ssh_key_id=ssh_key_id), parse, options)


class AsyncOps:
    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def detach(
        self, *, id: int, ssh_key_id: int, max_retries: int | NotGiven = NOT_GIVEN
    ) -> Detached:
        options = RequestOptions(NOT_GIVEN, max_retries, None)
        req = request(id=id, ssh_key_id=ssh_key_id)
        return await self._requester.call(OP, req, parse, options)


class RawOps:
    def __init__(self, ops: Ops) -> None:
        self._ops = ops

    detach = RawSync(Ops.detach)


class AsyncRawOps:
    def __init__(self, ops: AsyncOps) -> None:
        self._ops = ops

    detach = RawAsync(AsyncOps.detach)


class DemoVast(Vast):
    @property
    def ops(self) -> Ops:
        return Ops(self.requester)

    @property
    def raw(self) -> RawOps:
        return RawOps(Ops(self.requester.raw_view()))


class AsyncDemoVast(AsyncVast):
    @property
    def raw(self) -> AsyncRawOps:
        return AsyncRawOps(AsyncOps(self.requester.raw_view()))


def test_raw_sync_returns_api_response(server: MockServer) -> None:
    server.add(reply(200, {"msg": "gone"}), reply(200, {"msg": "plain"}))
    with DemoVast(api_key=KEY, base_url=server.url) as vast:
        raw = vast.raw.detach(id=1, ssh_key_id=2, max_retries=0)
        assert_type(raw, APIResponse[Detached])
        assert isinstance(raw, APIResponse)
        assert raw.parsed.msg == "gone"
        assert server.last.path == "/i/1/k/2/"
        plain = vast.ops.detach(id=3, ssh_key_id=4)
        assert_type(plain, Detached)
        assert plain.msg == "plain"
        with pytest.raises(TypeError):
            vast.raw.detach(1, 2)  # type: ignore[call-arg]
        server.add(reply(404, {"error": "x"}))
        with pytest.raises(NotFoundError):
            vast.raw.detach(id=1, ssh_key_id=2)


def test_the_descriptor_keeps_the_name_and_docstring() -> None:
    vast = DemoVast(api_key=KEY, base_url="http://127.0.0.1:1")
    method = vast.raw.detach
    assert method.__name__ == "detach"
    assert method.__doc__ == "Detach a key."
    assert isinstance(RawOps.__dict__["detach"], RawSync)
    assert RawOps.detach is RawOps.__dict__["detach"]
    vast.close()


def wrong_keywords_do_not_type_check(ops: RawOps) -> None:
    """Never called: mypy must flag each line (an unused ignore fails mypy --strict)."""
    ops.detach(id="1", ssh_key_id=2)  # type: ignore[arg-type]
    ops.detach(id=1)  # type: ignore[call-arg]
    ops.detach(id=1, ssh_key_id=2, nope=3)  # type: ignore[call-arg]
    wrong: Detached = ops.detach(id=1, ssh_key_id=2)  # type: ignore[assignment]
    del wrong


@pytest.mark.anyio
async def test_raw_async_returns_api_response(server: MockServer) -> None:
    server.add(reply(200, {"msg": "gone"}))
    async with AsyncDemoVast(api_key=KEY, base_url=server.url) as vast:
        pending = vast.raw.detach(id=1, ssh_key_id=2, max_retries=0)
        assert_type(pending, Awaitable[APIResponse[Detached]])
        raw = await pending
        assert_type(raw, APIResponse[Detached])
        assert raw.parse().msg == "gone"
        assert vast.raw.detach.__name__ == "detach"


def generated_raw_methods_type_check(vast: Vast, avast: AsyncVast) -> None:
    """Never called: the generated raw methods keep the plain method's keywords under mypy."""
    raw = vast.with_raw_response.detach_ssh_key(id=1, ssh_key_id=2, max_retries=0)
    assert_type(raw, APIResponse[DetachSshKeyResponse])
    assert_type(raw.parse(), DetachSshKeyResponse)
    pending = avast.with_raw_response.detach_ssh_key(id=1, ssh_key_id=2)
    assert_type(pending, Awaitable[APIResponse[DetachSshKeyResponse]])
    vast.with_raw_response.detach_ssh_key(id=1)  # type: ignore[call-arg]
    vast.with_raw_response.detach_ssh_key(id="1", ssh_key_id=2)  # type: ignore[arg-type]


def test_generated_raw_operations_use_the_descriptors() -> None:
    from vast_sdk._generated._operations import AsyncRawOperations, SyncRawOperations

    assert isinstance(SyncRawOperations.__dict__["detach_ssh_key"], RawSync)
    assert isinstance(AsyncRawOperations.__dict__["detach_ssh_key"], RawAsync)
