"""Every operation as the fuzz and shape tests drive it: in-process, through the requester's call.

``call(client, name)`` sends the operation's request through ``client.requester.call`` with the
generated parser, exactly as the generated method does, so no per-operation arguments are needed.
``conforms(value, name)`` says whether a result has the operation's declared return type.
"""

from __future__ import annotations

import importlib
import json
import re
import types
import typing
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

import httpx

from vast_sdk import NOT_GIVEN, OPERATIONS, AsyncVast, Vast
from vast_sdk._operation import RequestOptions
from vast_sdk._request import Request
from vast_sdk._spec import iter_operations

from .conftest import KEY, AsyncSleeps, Sleeps

NAMES = sorted(OPERATIONS)
OPTIONS = RequestOptions(NOT_GIVEN, NOT_GIVEN, None)
_NO_PARSER = object()


@cache
def parser(name: str) -> Callable[[Any], Any] | None:
    """The generated parser of an operation (None for one whose success has no body)."""
    module = importlib.import_module(f"vast_sdk._generated.api.{name}")
    return getattr(module, "parse", None)


@cache
def declared(name: str) -> Any:
    """The parser's declared return type (``_NO_PARSER`` when the operation has none)."""
    parse = parser(name)
    if parse is None:
        return _NO_PARSER
    return typing.get_type_hints(parse)["return"]


_SCALARS = (str, int, float, bool)


def _fits(value: Any, kind: Any, strict: bool = True) -> bool:
    if kind is Any:
        return True
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        return any(_fits(value, k, strict) for k in typing.get_args(kind))
    if origin is list:
        (item,) = typing.get_args(kind) or (Any,)
        if not isinstance(value, list):
            return False
        if not strict and item in _SCALARS:
            return True  # KNOWN GAP (generator): items of a list of scalars are kept as sent
        if not strict:  # KNOWN GAP (generator): a null item of a list of models stays None
            return all(v is None or _fits(v, item) for v in value)
        return all(_fits(v, item) for v in value)
    if origin is dict:
        return isinstance(value, dict)
    if kind is type(None):
        return value is None
    if kind is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, kind)


def conforms(value: Any, name: str, *, strict: bool = False) -> bool:
    """True when ``value`` is what the operation's method is declared to return.

    Not ``strict``: the items of a top-level list may be what the generated parsers keep
    today (docs/RELIABILITY.md, known gaps): a null item of a list of models stays None, and
    the items of a list of strings are kept as sent.
    """
    kind = declared(name)
    if kind is _NO_PARSER:
        return value is None
    return _fits(value, kind, strict)


def request(name: str) -> Request:
    op = OPERATIONS[name]
    path = re.sub(r"\{[^}]*\}", "1", op.path)
    body = {"x": 1} if op.method.upper() in ("POST", "PUT", "PATCH") else None
    return Request(path, None, body)


def call(client: Vast, name: str) -> Any:
    return client.requester.call(OPERATIONS[name], request(name), parser(name), OPTIONS)


async def acall(client: AsyncVast, name: str) -> Any:
    return await client.requester.call(OPERATIONS[name], request(name), parser(name), OPTIONS)


def mock_client(handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> Vast:
    """A Vast on an in-process MockTransport, its back-off recorded instead of slept."""
    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = Vast(api_key=KEY, base_url="http://127.0.0.1:1", http_client=http, **kwargs)
    client.requester.sleep = Sleeps()
    return client


def mock_async_client(
    handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any
) -> AsyncVast:
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    client = AsyncVast(api_key=KEY, base_url="http://127.0.0.1:1", http_client=http, **kwargs)
    client.requester.sleep = AsyncSleeps()
    return client


def streamed(status: int, body: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
    """A response the client reads as from the network (not already read, not yet decoded)."""
    return httpx.Response(status, headers=headers or {}, stream=httpx.ByteStream(body))


# ------------------------------------------------------------------ the shipped spec


@cache
def spec() -> dict[str, Any]:
    text = resources.files("vast_sdk._generated").joinpath("fake_spec.json").read_text("utf-8")
    doc: dict[str, Any] = json.loads(text)
    return doc


@cache
def response_schemas(name: str) -> dict[int, Any]:
    """{status: JSON schema} of the operation's documented responses that have a JSON body."""
    for _method, _path, op in iter_operations(spec()):
        if op.get("operationId") == name:
            out = {}
            for code, response in op.get("responses", {}).items():
                if "$ref" in response:
                    response = resolve(response)
                schema = response.get("content", {}).get("application/json", {}).get("schema")
                if str(code).isdigit() and schema is not None:
                    out[int(code)] = schema
            return out
    return {}


def resolve(node: Any) -> Any:
    """Follow ``$ref`` (local references only) until ``node`` is not one."""
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 32:
        target: Any = spec()
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node, seen = target, seen + 1
    return node
