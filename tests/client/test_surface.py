"""Vast's shape: a short MRO, methods under Vast's own name that reach real code, keyword typos
named and suggested, helpers made by composition, and the escape hatches (extra_query,
extra_body, ``vast.request``)."""

from __future__ import annotations

import inspect
import types
from collections.abc import Callable
from typing import Any, Generic

import pytest

from vast_sdk import (
    OPERATIONS,
    APIResponse,
    AsyncVast,
    BadRequestError,
    InternalServerError,
    InvalidRequestError,
    MissingAPIKeyError,
    NotFoundError,
    Vast,
)
from vast_sdk._client import _Client
from vast_sdk._generated._operations import AsyncOperations, SyncOperations
from vast_sdk._requester import SyncRequester
from vast_sdk._workflows import SyncHelper, SyncText

from .conftest import KEY, SleepRecorder
from .server import MockServer, drop, reply

OK = {"success": True, "msg": "ok"}


# ------------------------------------------------------------------ structure


def test_the_mro_is_short_and_explained() -> None:
    assert Vast.__mro__ == (Vast, _Client, Generic, SyncOperations, object)
    assert AsyncVast.__mro__ == (AsyncVast, _Client, Generic, AsyncOperations, object)
    doc = Vast.__doc__ or ""
    assert "Vast.__mro__" in doc and "SyncOperations" in doc and "requester" in doc


def test_the_generated_operations_are_made_with_the_requester() -> None:
    vast = Vast(api_key=KEY)
    assert isinstance(vast.requester, SyncRequester)
    assert vast._requester is vast.requester
    assert not hasattr(SyncOperations, "_call") and not hasattr(AsyncOperations, "_call")
    params = inspect.signature(SyncOperations.__init__).parameters
    assert list(params) == ["self", "requester"]
    assert SyncOperations.__init__.__annotations__["requester"] == "SyncRequester"
    assert AsyncOperations.__init__.__annotations__["requester"] == "AsyncRequester"
    vast.close()


def test_a_generated_method_reaches_real_code() -> None:
    """'Go to definition': the method on Vast is the generated one, which calls the requester."""
    method = Vast.create_instance
    real = inspect.unwrap(method)
    assert real is SyncOperations.__dict__["create_instance"]
    source = inspect.getsource(method)  # follows __wrapped__ to the generated code
    assert "self._requester.call(" in source and "NotImplementedError" not in source
    assert "raise NotImplementedError" not in inspect.getsource(SyncRequester.call)
    assert method.__qualname__ == "Vast.create_instance"
    assert method.__doc__ == real.__doc__
    assert inspect.signature(method) == inspect.signature(real)
    assert inspect.iscoroutinefunction(AsyncVast.create_instance)


def test_every_operation_and_helper_is_a_method_named_after_the_client() -> None:
    for cls in (Vast, AsyncVast):
        for name in OPERATIONS:
            assert getattr(cls, name).__qualname__ == f"{cls.__name__}.{name}"
        for name in ("launch", "logs", "execute_text", "call_endpoint", "ssh_url"):
            method = getattr(cls, name)
            assert method.__qualname__ == f"{cls.__name__}.{name}"
            assert method.__doc__ and inspect.unwrap(method).__doc__ == method.__doc__


def test_no_operation_is_shadowed_by_a_helper_or_a_setting() -> None:
    own = {n for n in vars(Vast) if not n.startswith("_")} - set(OPERATIONS)
    own |= {n for n in vars(_Client) if not n.startswith("_")}
    assert not own & set(OPERATIONS)
    for name in OPERATIONS:
        assert inspect.unwrap(getattr(Vast, name)) is vars(SyncOperations)[name]
        assert isinstance(vars(Vast)[name], types.FunctionType)  # the wrapper, once looked up


def test_a_helper_is_made_from_the_client_and_its_requester(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[tuple[Any, Any]] = []
    init = SyncHelper.__init__

    def recording(self: SyncHelper, ops: Any, requester: Any) -> None:
        made.append((ops, requester))
        init(self, ops, requester)

    monkeypatch.setattr(SyncHelper, "__init__", recording)
    vast = Vast(api_key=KEY)
    with pytest.raises(InvalidRequestError):
        vast.logs(1, tail=-1)
    assert made == [(vast, vast.requester)]
    assert vars(SyncText)["logs"] is inspect.unwrap(Vast.logs)
    vast.close()


# ------------------------------------------------------------------ keyword typos


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda v: v.create_instance(id=1, imagee="x"),
            "Vast.create_instance() got an unexpected keyword argument 'imagee'. "
            "Did you mean 'image'?",
        ),
        (
            lambda v: v.show_instances(limitt=3),
            "Vast.show_instances() got an unexpected keyword argument 'limitt'. "
            "Did you mean 'limit'?",
        ),
        (
            lambda v: v.logs(1, tial=3),
            "Vast.logs() got an unexpected keyword argument 'tial'. Did you mean 'tail'?",
        ),
        (
            lambda v: v.with_raw_response.detach_ssh_key(id=1, ssh_keyid=2),
            "Vast.with_raw_response.detach_ssh_key() got an unexpected keyword argument "
            "'ssh_keyid'. Did you mean 'ssh_key_id'?",
        ),
        (
            lambda v: v.create_instance(id=1, zzzzzz="x"),
            "Vast.create_instance() got an unexpected keyword argument 'zzzzzz'",
        ),
        (
            lambda v: v.create_instance(image="x"),
            "Vast.create_instance() missing 1 required keyword-only argument: 'id'",
        ),
    ],
    ids=["operation", "paged", "helper", "raw", "no-suggestion", "missing"],
)
def test_a_keyword_typo_names_the_vast_method_and_suggests(
    call: Callable[[Vast], Any], message: str, server: MockServer
) -> None:
    vast = Vast(api_key=KEY, base_url=server.url)
    with pytest.raises(TypeError) as caught:
        call(vast)
    assert str(caught.value) == message
    assert "SyncOperations" not in str(caught.value) and "SyncText" not in str(caught.value)
    assert server.requests == []
    vast.close()


@pytest.mark.anyio
async def test_an_async_keyword_typo_names_the_async_vast_method(server: MockServer) -> None:
    async with AsyncVast(api_key=KEY, base_url=server.url) as vast:
        with pytest.raises(TypeError, match=r"^AsyncVast\.create_instance\(\) .*'imagee'\. Did"):
            await vast.create_instance(id=1, imagee="x")  # type: ignore[call-arg]
        with pytest.raises(TypeError, match=r"^AsyncVast\.logs\(\) .*Did you mean 'tail'\?"):
            await vast.logs(1, tial=3)  # type: ignore[call-arg]
        with pytest.raises(TypeError, match=r"^AsyncVast\.with_raw_response\.show_user\(\)"):
            await vast.with_raw_response.show_user(nope=1)  # type: ignore[call-arg]


def test_a_type_error_raised_inside_a_call_is_not_taken_for_a_typo(
    monkeypatch: pytest.MonkeyPatch, client: Vast
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise TypeError("something inside went wrong")

    monkeypatch.setattr(SyncRequester, "call", broken)
    with pytest.raises(TypeError, match=r"^something inside went wrong$"):
        client.show_user()


# ------------------------------------------------------------------ extra_query / extra_body


def test_extra_query_and_extra_body_are_sent(client: Vast, server: MockServer) -> None:
    server.default = reply(200, {"success": True, "new_contract": 7})
    created = client.create_instance(
        id=5,
        image="pytorch/pytorch",
        disk=20,
        extra_query={"debug": 1, "owner": "me"},
        extra_body={"disk": 30, "new_field": [1, 2]},
        extra_headers={"X-Trace": "t"},
    )
    assert created.new_contract == 7
    sent = server.last
    assert sent.query == {"debug": ["1"], "owner": ["me"]}
    assert sent.json() == {
        "client_id": "me",
        "image": "pytorch/pytorch",
        "disk": 30,  # extra_body wins over the method's own field
        "new_field": [1, 2],
    }
    assert sent.headers["x-trace"] == "t"


def test_extra_query_wins_and_extra_body_makes_a_body_for_a_get(
    client: Vast, server: MockServer
) -> None:
    server.default = reply(200, {"instances": {"id": 3}})
    client.show_instance(id=3, extra_query={"owner": "someone"}, extra_body={"q": True})
    assert server.last.query["owner"] == ["someone"]
    assert server.last.json() == {"q": True}
    server.default = reply(200, OK)
    client.detach_ssh_key(id=1, ssh_key_id=2, extra_body={"reason": "x"})
    assert server.last.json() == {"reason": "x"}  # a bodiless DELETE now has one


def test_extra_options_on_a_paged_listing_reach_every_page(
    client: Vast, server: MockServer
) -> None:
    server.add(
        reply(200, {"instances": [{"id": 1}], "next_token": "p2"}),
        reply(200, {"instances": [{"id": 2}], "next_token": None}),
    )
    ids = [i.id for i in client.show_instances(extra_query={"x": "y"})]
    assert ids == [1, 2]
    assert [r.query.get("x") for r in server.requests] == [["y"], ["y"]]


def test_extra_body_on_a_body_that_is_not_an_object_is_refused(client: Vast) -> None:
    from vast_sdk._operation import Operation, RequestOptions
    from vast_sdk._request import Request

    op = Operation("listy", "post", "/l/", "", True, "optional", "api", (200,))
    options = RequestOptions(None, 0, None, None, {"a": 1})
    with pytest.raises(InvalidRequestError, match="extra_body"):
        client.requester.call(op, Request("/l/", None, [1, 2]), None, options)


@pytest.mark.anyio
async def test_async_extra_query_and_body(server: MockServer) -> None:
    server.default = reply(200, OK)
    async with AsyncVast(api_key=KEY, base_url=server.url) as vast:
        await vast.detach_ssh_key(id=1, ssh_key_id=2, extra_query={"a": "b"}, extra_body={"c": 1})
    assert server.last.query == {"a": ["b"]} and server.last.json() == {"c": 1}


# ------------------------------------------------------------------ vast.request


def test_request_reaches_a_route_the_sdk_does_not_know(client: Vast, server: MockServer) -> None:
    server.add(reply(200, {"things": [1, 2]}, headers={"X-Id": "9"}))
    answer = client.request("GET", "/api/v0/things/", params={"owner": "me", "gone": None})
    assert isinstance(answer, APIResponse)
    assert answer.status_code == 200 and answer.headers["x-id"] == "9"
    assert answer.json() == {"things": [1, 2]} and answer.parse() == {"things": [1, 2]}
    sent = server.last
    assert (sent.method, sent.path, sent.raw_query) == ("GET", "/api/v0/things/", "owner=me")
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    assert sent.headers["user-agent"].startswith("vast-sdk/")


def test_request_sends_json_and_an_empty_object_for_a_bodiless_write(
    client: Vast, server: MockServer
) -> None:
    server.default = reply(200, OK)
    client.request("post", "/api/v0/things/", json={"a": 1})
    assert server.last.method == "POST" and server.last.json() == {"a": 1}
    client.request("PUT", "/api/v0/things/1/")
    assert server.last.body == b"{}"


def test_request_raises_the_typed_errors(client: Vast, server: MockServer) -> None:
    server.add(reply(404, {"error": "no_such_thing", "msg": "gone"}))
    with pytest.raises(NotFoundError) as caught:
        client.request("GET", "/api/v0/things/1/")
    assert caught.value.error == "no_such_thing" and caught.value.method == "GET"
    server.add(reply(400, {"success": False, "msg": "bad"}))
    with pytest.raises(BadRequestError):
        client.request("POST", "/api/v0/things/", json={})


@pytest.mark.parametrize(
    ("method", "tries"),
    [("GET", 3), ("HEAD", 3), ("POST", 1), ("PUT", 1), ("DELETE", 1), ("PATCH", 1)],
)
def test_request_is_retried_by_its_http_method(
    make_client: Callable[..., Vast], server: MockServer, method: str, tries: int
) -> None:
    """A 502 may come after the server acted: only a safe method is sent again."""
    client = make_client()
    client.requester.sleep = SleepRecorder()
    server.default = reply(502, {"error": "bad_gateway"})
    with pytest.raises(InternalServerError):
        client.request(method, "/api/v0/things/")
    assert len(server.requests) == tries


@pytest.mark.parametrize("method", ["POST", "PUT"])
def test_request_retries_any_method_when_the_server_did_not_act(
    make_client: Callable[..., Vast], server: MockServer, method: str
) -> None:
    client = make_client()
    client.requester.sleep = sleeps = SleepRecorder()
    server.add(reply(503, {}), reply(429, {}), reply(200, OK))
    assert client.request(method, "/api/v0/things/").status_code == 200
    assert len(server.requests) == 3 and len(sleeps.delays) == 2


def test_request_does_not_replay_a_write_after_a_dropped_response(
    make_client: Callable[..., Vast], server: MockServer
) -> None:
    from vast_sdk import APIConnectionError

    client = make_client()
    client.requester.sleep = SleepRecorder()
    server.add(drop(), reply(200, OK))
    with pytest.raises(APIConnectionError):
        client.request("POST", "/api/v0/things/", json={"rent": True})
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    "path", ["api/v0/x/", "https://evil.example/api/", "//evil.example/api/", "", None]
)
def test_request_refuses_a_path_that_is_not_a_route(client: Vast, path: Any) -> None:
    with pytest.raises(InvalidRequestError, match="path must start with '/'"):
        client.request("GET", path)


def test_request_needs_no_key_but_sends_it_when_there_is_one(
    server: MockServer, make_client: Callable[..., Vast]
) -> None:
    server.default = reply(200, OK)
    anonymous = Vast(base_url=server.url)
    anonymous.request("GET", "/api/v0/bundles/")
    assert "authorization" not in server.last.headers
    anonymous.close()
    with pytest.raises(MissingAPIKeyError):
        Vast(base_url=server.url).requester.fetch("GET", server.url, sends_api_key=True)


def test_request_on_the_serverless_host(server: MockServer, server2: MockServer) -> None:
    server2.default = reply(200, OK)
    vast = Vast(api_key=KEY, base_url=server.url, serverless_url=server2.url)
    vast.request("POST", "/route/", json={"endpoint": "e"}, host="serverless")
    assert server.requests == [] and server2.last.path == "/route/"
    vast.close()


@pytest.mark.anyio
async def test_async_request(server: MockServer) -> None:
    server.add(reply(503, {}), reply(200, {"a": 1}))
    async with AsyncVast(api_key=KEY, base_url=server.url) as vast:
        vast.requester.sleep = _no_wait
        answer = await vast.request("GET", "/api/v0/x/", params={"p": 1}, max_retries=1)
    assert answer.json() == {"a": 1} and answer.retries_taken == 1
    assert server.last.raw_query == "p=1"


async def _no_wait(seconds: float) -> None:
    return None
