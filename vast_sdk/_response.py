"""Reading one HTTP response: decode its JSON once, raise the typed error, or parse the model."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any, Final, Generic, TypeVar, cast

import httpx

from ._auth import scrub
from ._errors import (
    APIStatusError,
    ResponseParseError,
    snippet,
    status_error_class,
)
from ._models import ShapeError

T = TypeVar("T")

_PARSE_FAILURES = (
    KeyError,
    TypeError,
    ValueError,
    AttributeError,
    IndexError,
    OverflowError,
    RecursionError,
)
_EMPTY_STRING = "the API answered with an empty string"


class _Marker:
    """A decode outcome that is not a JSON value."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


EMPTY: Final = _Marker("EMPTY")
"""The body was empty (or only whitespace)."""
NOT_JSON: Final = _Marker("NOT_JSON")
"""The body was not valid JSON (nor valid UTF-8/16/32)."""
_PENDING: Final = _Marker("PENDING")


class Body:
    """A response body, decoded as JSON at most once and only when first asked for."""

    __slots__ = ("_data", "content")

    def __init__(self, content: bytes) -> None:
        self.content = content
        self._data: Any = _PENDING

    @property
    def data(self) -> Any:
        """The decoded value, or EMPTY / NOT_JSON."""
        if self._data is _PENDING:
            content = self.content
            if not content or content.isspace():
                self._data = EMPTY
            else:
                try:
                    self._data = json.loads(content)
                except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
                    self._data = NOT_JSON
        return self._data

    @property
    def is_json(self) -> bool:
        return not isinstance(self.data, _Marker)

    def field(self, *names: str) -> str | None:
        """The first non-empty string among top-level ``names``, if the body is an object."""
        data = self.data
        if isinstance(data, dict):
            for name in names:
                value = data.get(name)
                if isinstance(value, str) and value:
                    return value
        return None


# ------------------------------------------------------------------ keeping the key out of errors


def scrub_json(value: Any, key: str | None) -> Any:
    """A decoded JSON value with every occurrence of the key replaced in its strings."""
    if not key:
        return value
    if isinstance(value, str):
        return scrub(value, key)
    if isinstance(value, list):
        return [scrub_json(v, key) for v in value]
    if isinstance(value, dict):
        return {scrub(k, key): scrub_json(v, key) for k, v in value.items()}
    return value


def scrub_bytes(content: bytes, key: str | None) -> bytes:
    if key and len(key) >= 4:
        return content.replace(key.encode(), b"[REDACTED]")
    return content


def redacted_request(request: httpx.Request, key: str | None) -> httpx.Request:
    """A copy of the request safe to keep in an error: no Authorization, no key anywhere."""
    headers = [
        (name, "[REDACTED]" if name.lower() == "authorization" else scrub(value, key))
        for name, value in request.headers.multi_items()
        if name.lower() != "content-length"
    ]
    try:
        content = scrub_bytes(request.content, key)
    except httpx.RequestNotRead:
        content = b""
    return httpx.Request(
        request.method, scrub(str(request.url), key), headers=headers, content=content
    )


def redacted_response(
    response: httpx.Response, request: httpx.Request, key: str | None
) -> httpx.Response:
    """A picklable copy of the response, pointing at the redacted request, without history."""
    content = response.content
    if key and len(key) >= 4 and key.encode() in content:
        headers = [
            (k, v)
            for k, v in response.headers.multi_items()
            if k.lower() not in ("content-encoding", "content-length")
        ]
        return httpx.Response(
            response.status_code,
            headers=headers,
            content=scrub_bytes(content, key),
            request=request,
        )
    kept = copy.copy(response)  # httpx drops the stream and extensions (sockets) when copying
    kept.request = request
    kept.history = []
    return kept


# ------------------------------------------------------------------ from response to result


class ResponseReader:
    """One final response: its typed error, or the operation's value from the decoded body."""

    def __init__(self, response: httpx.Response, body: Body, key: str | None) -> None:
        self.response = response
        self.body = body
        self._key = key

    def raise_for_error(self) -> None:
        """Raise the typed APIStatusError for a non-2xx, or a 2xx saying ``success: false``."""
        status = self.response.status_code
        body = self.body
        msg: str | None
        if 200 <= status < 300:
            data = body.data
            if not (isinstance(data, dict) and data.get("success") is False):
                return
            msg = body.field("msg", "message", "detail") or "the API reported success: false"
        else:
            msg = body.field("msg", "message", "detail")
            if msg is None and body.data is NOT_JSON:
                msg = snippet(body.content)
        error = body.field("error")
        raise self._status_error(status_error_class(status, error), error, msg)

    def parse(self, parse: Callable[[Any], T] | None) -> T:
        """``parse(data)`` for a 2xx; None without a parser; typed errors for what does not fit."""
        if parse is None:
            return cast(T, None)
        data = self.body.data
        if data is EMPTY:
            raise self._parse_error("empty body")
        if data is NOT_JSON:
            raise self._parse_error("the body is not JSON")
        try:
            return parse(data)
        except ShapeError as exc:
            reason = f"unexpected shape at {exc}"
        except _PARSE_FAILURES as exc:
            reason = f"unexpected shape ({type(exc).__name__}: {exc})"
        if isinstance(data, str):  # the API's error strings, sent with HTTP 200
            status = self.response.status_code
            raise self._status_error(status_error_class(status, None), None, data or _EMPTY_STRING)
        raise self._parse_error(reason)

    def _context(self) -> dict[str, Any]:
        key = self._key
        response = self.response
        request = redacted_request(response.request, key)
        data = self.body.data
        return {
            "status_code": response.status_code,
            "method": request.method,
            "url": str(request.url.copy_with(query=None)),
            "body": scrub_json(data, key) if self.body.is_json else None,
            "content": scrub_bytes(self.body.content, key),
            "response": redacted_response(response, request, key),
            "request": request,
        }

    def _status_error(
        self, cls: type[APIStatusError], error: str | None, msg: str | None
    ) -> APIStatusError:
        key = self._key
        return cls(
            error=None if error is None else scrub(error, key),
            msg=None if msg is None else scrub(msg, key),
            headers=self.response.headers,
            **self._context(),
        )

    def _parse_error(self, reason: str) -> ResponseParseError:
        ctx = self._context()
        quoted = snippet(ctx["content"]) or "(empty)"
        message = f"{ctx['method']} {ctx['url']} -> {ctx['status_code']}: {reason}; body: {quoted}"
        return ResponseParseError(scrub(message, self._key), **ctx)


class APIResponse(Generic[T]):
    """A successful call with everything the server sent; the model is parsed on first use."""

    def __init__(
        self,
        reader: ResponseReader,
        parse: Callable[[Any], T] | None,
        *,
        elapsed: float,
        retries_taken: int,
    ) -> None:
        self.http_response = reader.response
        self.status_code = reader.response.status_code
        self.headers = reader.response.headers
        self.content = reader.response.content
        self.elapsed = elapsed
        """Seconds spent in the final attempt."""
        self.retries_taken = retries_taken
        self._reader = reader
        self._parse = parse
        self._parsed: Any = _PENDING

    def parse(self) -> T:
        """The model, as the plain call would have returned it (or raised: the same errors)."""
        if self._parsed is _PENDING:
            self._parsed = self._reader.parse(self._parse)
        return cast(T, self._parsed)

    @property
    def parsed(self) -> T:
        return self.parse()

    def json(self) -> Any:
        """The decoded body (decoded once, shared: do not mutate it)."""
        data = self._reader.body.data
        if isinstance(data, _Marker):
            return json.loads(self.content)  # raises the decoder's own error
        return data

    @property
    def text(self) -> str:
        return self.http_response.text

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse [{self.status_code}] {request.method} {request.url.path}>"
