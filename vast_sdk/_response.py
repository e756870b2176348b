"""Turning an HTTP response into the operation's model, or into the right typed error."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

from ._errors import (
    APIStatusError,
    ResponseParseError,
    snippet,
    status_error_class,
    unreadable_body_class,
)
from ._operation import Operation

T = TypeVar("T")

_PARSE_FAILURES = (KeyError, TypeError, ValueError, AttributeError, IndexError, OverflowError)


class APIResponse(Generic[T]):
    """A successful call with everything the server sent: status, headers, bytes and the model."""

    def __init__(
        self, *, http: httpx.Response, parsed: T, elapsed: float, retries_taken: int
    ) -> None:
        self.http_response = http
        self.status_code = http.status_code
        self.headers = http.headers
        self.content = http.content
        self.parsed = parsed
        self.elapsed = elapsed
        """Seconds spent in the final attempt."""
        self.retries_taken = retries_taken

    def parse(self) -> T:
        """The parsed body, as the plain method call would have returned it."""
        return self.parsed

    def json(self) -> Any:
        return json.loads(self.content)

    @property
    def text(self) -> str:
        return self.http_response.text

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {type(self.parsed).__name__}>"


def _decode(content: bytes) -> tuple[bool, Any]:
    if not content.strip():
        return False, None
    try:
        return True, json.loads(content)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return False, None


def _field(body: Any, *names: str) -> str | None:
    if isinstance(body, dict):
        for name in names:
            value = body.get(name)
            if isinstance(value, str) and value:
                return value
    return None


def error_code(content: bytes) -> str | None:
    """The API's ``error`` code in a body, if it has one (used for retry decisions)."""
    return _field(_decode(content)[1], "error")


def raise_for_status(op: Operation, response: httpx.Response, method: str, url: str) -> None:
    """Raise the typed APIStatusError for a non-2xx response."""
    if 200 <= response.status_code < 300:
        return
    ok, body = _decode(response.content)
    error = _field(body, "error")
    msg = _field(body, "msg", "message", "detail")
    if msg is None and not ok and response.content.strip():
        msg = snippet(response.content)
    cls = status_error_class(response.status_code, error)
    if not ok and response.content.strip():
        cls = unreadable_body_class(cls)
    raise cls(
        status_code=response.status_code,
        method=method,
        url=url,
        body=body if ok else None,
        content=response.content,
        error=error,
        msg=msg,
        headers=response.headers,
    )


def parse_success(
    op: Operation,
    response: httpx.Response,
    parse: Callable[..., Any],
    client: Any,
    method: str,
    url: str,
) -> Any:
    """The operation's model for a 2xx; OperationFailedError when the body says it failed."""
    ok, body = _decode(response.content)

    def fail(cls: type[Exception], reason: str) -> Exception:
        if cls is ResponseParseError:
            return ResponseParseError(
                f"{method} {url} -> {response.status_code}: {reason}; body: "
                f"{snippet(response.content) or '(empty)'}",
                status_code=response.status_code,
                method=method,
                url=url,
                body=body if ok else None,
                content=response.content,
            )
        return status_error_class(response.status_code, _field(body, "error"))(
            status_code=response.status_code,
            method=method,
            url=url,
            body=body,
            content=response.content,
            error=_field(body, "error"),
            msg=reason,
            headers=response.headers,
        )

    if not ok:
        raise fail(ResponseParseError, "the body is not JSON")
    if isinstance(body, dict) and body.get("success") is False:
        reason = _field(body, "msg", "message", "detail") or "the API reported success: false"
        raise fail(APIStatusError, reason)
    if response.status_code not in op.success_codes and op.success_codes:
        # An undocumented 2xx (e.g. 201 for a documented 200) is read with the documented parser.
        response = httpx.Response(
            op.success_codes[0], content=response.content, headers=response.headers
        )
    try:
        parsed = parse(client=client, response=response)
    except _PARSE_FAILURES as exc:
        if isinstance(body, str):
            raise fail(APIStatusError, body or _EMPTY_STRING) from None
        raise fail(ResponseParseError, f"unexpected shape ({type(exc).__name__}: {exc})") from None
    # The generated parsers read any iterable with dict()/for: a list of pairs, "" or [] would
    # become a model, and an object would become an empty list. The JSON type must match.
    expected = _expected_json_type(parsed)
    if expected is not None and not isinstance(body, expected):
        if isinstance(body, str):
            raise fail(APIStatusError, body or _EMPTY_STRING)
        raise fail(
            ResponseParseError,
            f"unexpected shape (expected a JSON {_JSON_NAMES[expected]}, "
            f"got {_json_type_name(body)})",
        )
    return parsed


_EMPTY_STRING = "the API answered with an empty string"
_JSON_NAMES: dict[type, str] = {dict: "object", list: "array"}


def _expected_json_type(parsed: Any) -> type | None:
    """dict for a generated model, list for a list of them, None when anything goes."""
    if isinstance(parsed, list):
        return list
    if hasattr(parsed, "additional_properties") and hasattr(parsed, "to_dict"):
        return dict
    return None


def _json_type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    return _JSON_NAMES.get(type(value), type(value).__name__)
