"""Reading one HTTP response: decode its JSON once, raise the typed error, or parse the model."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from typing import Any, Final, Generic, TypeVar, cast

import httpx

from ._auth import REDACTED, key_forms, scrub
from ._errors import (
    DETAIL,
    APIStatusError,
    NotFoundError,
    ResponseParseError,
    ResponseTooLargeError,
    snippet,
    status_error_class,
)
from ._httpx_hooks import set_content
from ._models import AbsentResource, ShapeError

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
    """``content`` itself when the key is not in it, else a copy with every occurrence replaced."""
    for form in key_forms(key):
        if form.encode() in content:
            content = content.replace(form.encode(), REDACTED.encode())
    return content


def scrub_headers(headers: httpx.Headers, key: str | None) -> httpx.Headers:
    """``headers`` itself when the key is in no header, else a scrubbed copy (a Location...)."""
    items = headers.multi_items()
    if not any(form in f"{k}{v}" for k, v in items for form in key_forms(key)):
        return headers
    return httpx.Headers([(scrub(k, key), scrub(v, key)) for k, v in items])


def redacted_request(
    request: httpx.Request, key: str | None, *, drop_query: bool = False
) -> httpx.Request:
    """A copy of the request safe to keep in an error: no Authorization, no key anywhere.

    ``drop_query``: without the URL's query too (a pre-signed URL's query is a credential).
    """
    headers = [
        (name, "[REDACTED]" if name.lower() == "authorization" else scrub(value, key))
        for name, value in request.headers.multi_items()
        if name.lower() != "content-length"
    ]
    try:
        content = scrub_bytes(request.content, key)
    except httpx.RequestNotRead:
        content = b""
    url = request.url.copy_with(query=None) if drop_query else request.url
    return httpx.Request(request.method, scrub(str(url), key), headers=headers, content=content)


def redacted_response(
    response: httpx.Response, request: httpx.Request, key: str | None
) -> httpx.Response:
    """A picklable copy of the response, pointing at the redacted request, without history."""
    content = scrub_bytes(response.content, key)
    headers = scrub_headers(response.headers, key)
    if content is response.content and headers is response.headers:
        kept = copy.copy(response)  # httpx drops the stream and extensions (sockets) when copying
        kept.request = request
        kept.history = []
        return kept
    return _decoded_response(response.status_code, headers, content, request)


# ------------------------------------------------------------------ reading a body, bounded

_DECODE_SLICE = {"br": 64}
"""Bytes of encoded body per decoder call (default 1024), so that the decoded size is checked
before one call can grow past the limit: brotli turns 100 bytes into 64 MiB, zstd and gzip
expand at most ~32000x and ~1000x."""


class _Slices(httpx.SyncByteStream):
    def __init__(self, raw: bytes, size: int) -> None:
        self._raw, self._size = raw, size

    def __iter__(self) -> Iterator[bytes]:
        for start in range(0, len(self._raw), self._size):
            yield self._raw[start : start + self._size]


def _decoded_response(
    status: int,
    headers: httpx.Headers,
    content: bytes,
    request: httpx.Request,
    extensions: dict[str, Any] | None = None,
) -> httpx.Response:
    """A read response whose ``content`` is already decoded and whose headers are as sent."""
    plain = [(k, v) for k, v in headers.multi_items() if k.lower() != "content-encoding"]
    response = httpx.Response(
        status, headers=plain, content=content, request=request, extensions=extensions
    )
    response.headers = headers  # as httpx leaves a streamed response it has read and decoded
    return response


class Download:
    """One response body as it arrives, at most ``limit`` bytes sent and ``limit`` decoded.

    ``key`` is scrubbed from the error; ``drop_query`` keeps the URL's query out of it.
    """

    def __init__(
        self, request: httpx.Request, limit: int | None, key: str | None, drop_query: bool = False
    ) -> None:
        self.request = request
        self.limit = limit
        self._key = key
        self._drop_query = drop_query
        self._chunks: list[bytes] = []
        self._size = 0

    def add(self, chunk: bytes) -> None:
        self._size += len(chunk)
        self.check(self._size)
        self._chunks.append(chunk)

    def check(self, size: int) -> None:
        """ResponseTooLargeError when ``size`` is over the limit."""
        if self.limit is not None and size > self.limit:
            kept = redacted_request(self.request, self._key, drop_query=self._drop_query)
            url = str(kept.url.copy_with(query=None))
            raise ResponseTooLargeError(
                f"{kept.method} {url}: the response body is larger than max_response_size "
                f"({self.limit} bytes); the rest was not read",
                method=kept.method,
                url=url,
                request=kept,
            )

    def response(self, streamed: httpx.Response) -> httpx.Response:
        """``streamed`` (read through iter_raw, closed) holding the decoded body as its content.

        A body that does not decode (``Content-Encoding: gzip`` on plain bytes) is kept as it
        came, so the status still decides the error and the body reads as not JSON. The body
        is set as httpx's own ``Response.read()`` leaves it (_httpx_hooks.set_content; headers
        as sent): a new Response per call would cost more than the rest of the SDK's work on a
        small answer.
        """
        raw = b"".join(self._chunks)
        encodings = streamed.headers.get_list("content-encoding", split_commas=True)
        content = raw
        if raw and any(e.strip().lower() not in ("", "identity") for e in encodings):
            size = min(_DECODE_SLICE.get(e.strip().lower(), 1024) for e in encodings)
            probe = httpx.Response(200, headers=streamed.headers, stream=_Slices(raw, size))
            pieces: list[bytes] = []
            total = 0
            try:
                for piece in probe.iter_bytes():
                    total += len(piece)
                    self.check(total)
                    pieces.append(piece)
                content = b"".join(pieces)
            except httpx.DecodingError:
                pass
        return set_content(streamed, content)


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
                msg = snippet(scrub_bytes(body.content, self._key))  # scrub, then cut
        error = body.field("error")
        raise self._status_error(status_error_class(status, error, msg), error, msg)

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
        except AbsentResource as exc:  # a 200 that says "no such thing": the API's 404 in disguise
            raise self._status_error(NotFoundError, exc.error, exc.msg) from None
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
            "body": self._scrubbed(data),
            "content": scrub_bytes(self.body.content, key),
            "response": redacted_response(response, request, key),
            "request": request,
        }

    def _scrubbed(self, data: Any) -> Any:
        """The decoded body, key scrubbed; None when not JSON, or too deeply nested to walk."""
        if not self.body.is_json:
            return None
        try:
            return scrub_json(data, self._key)
        except RecursionError:  # json.loads got through it; the walk did not: ``content`` has it
            return None

    def _status_error(
        self, cls: type[APIStatusError], error: str | None, msg: str | None
    ) -> APIStatusError:
        key = self._key
        return cls(
            error=None if error is None else scrub(error, key),
            msg=None if msg is None else scrub(msg, key),
            headers=scrub_headers(self.response.headers, key),
            **self._context(),
        )

    def _parse_error(self, reason: str) -> ResponseParseError:
        ctx = self._context()
        reason = scrub(reason, self._key)[:DETAIL]  # scrub, then cut
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
