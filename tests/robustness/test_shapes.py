"""A 2xx body that is a bare JSON scalar or the wrong container, for every operation.

The rule (docs/RELIABILITY.md): a call returns a value of its declared type or raises a
VastError; never a value of another type. A body that cannot be the declared shape is a
ResponseParseError naming where; a bare string where a model belongs is OperationFailedError
(the API sends its error strings with HTTP 200); an operation without a documented body
returns None whatever a 2xx carries, unless the body says ``success: false``.
"""

from __future__ import annotations

import json
import typing
from typing import Any

import httpx
import pytest

from vast_sdk import OperationFailedError, ResponseParseError, VastError

from . import ops

ODD_BODIES: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    1.5,
    1e308,
    "",
    "text",
    "<html>",
    [],
    [1],
    [None],
    [[]],
    [{}],
    ["a", 1, None],
    {},
    {"x": 1},
    {"success": True},
]


def _expected_type(name: str) -> str:
    kind = ops.declared(name)
    return getattr(kind, "__name__", repr(kind))


@pytest.mark.parametrize("name", ops.NAMES)
def test_odd_2xx_bodies_give_the_declared_type_or_a_typed_error(name: str) -> None:
    now: dict[str, Any] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        return ops.streamed(now["status"], now["body"], {"Content-Type": "application/json"})

    client = ops.mock_client(handler, max_retries=0)
    wrong = []
    for code in (200, 201):
        for value in ODD_BODIES:
            now.update(status=code, body=json.dumps(value).encode())
            try:
                result = ops.call(client, name)
            except (ResponseParseError, OperationFailedError) as exc:
                assert exc.status_code == code
                assert exc.body == value
                continue
            except VastError as exc:  # e.g. NotFoundError for a documented "no such thing"
                assert getattr(exc, "status_code", code) == code
                continue
            if not ops.conforms(result, name):
                wrong.append(f"{value!r} -> {result!r:.80}")
    assert not wrong, f"{name} (declared {_expected_type(name)}) returned: {wrong}"


MODELS = [
    n
    for n in ops.NAMES
    if isinstance(ops.declared(n), type) and ops.declared(n) not in (str, int, float, bool, dict)
]


@pytest.mark.parametrize("name", MODELS)
def test_a_bare_scalar_is_never_returned_where_a_model_belongs(name: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return ops.streamed(200, b"12")

    with pytest.raises(ResponseParseError, match=r"got number"):
        ops.call(ops.mock_client(handler, max_retries=0), name)


LISTS = [n for n in ops.NAMES if typing.get_origin(ops.declared(n)) is list]


@pytest.mark.parametrize("body", [[None], [[]]], ids=["null-item", "list-item"])
def test_a_wrong_item_of_a_top_level_list_is_a_parse_error(body: Any) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return ops.streamed(200, json.dumps(body).encode())

    client = ops.mock_client(handler, max_retries=0)
    returned = []
    for name in LISTS:
        try:
            result = ops.call(client, name)
        except VastError:
            continue
        if not ops.conforms(result, name, strict=True):
            returned.append(name)
    assert returned == []
