"""The exceptions vast_sdk raises: one tree under VastError, typed by what went wrong.

Every class is declared here (none is made at run time) and pickles with its type and
attributes. Errors the client raises hold no API key: messages, fields, bodies and the kept
``request`` (its Authorization header redacted) are scrubbed before the error is built.
"""

from __future__ import annotations

import html
import pickle
import re
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InsecureURLError",
    "InternalServerError",
    "InvalidRequestError",
    "MissingAPIKeyError",
    "NotFoundError",
    "OfferUnavailableError",
    "OperationFailedError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseParseError",
    "ResponseTooLargeError",
    "UnprocessableEntityError",
    "VastError",
]

SNIPPET = 200
"""How many characters of a response body an error message may quote."""

DETAIL = 1000
"""How many characters of the API's error code and message an error's ``str()`` shows."""

_SPACES = re.compile(r"\s+")
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title", re.IGNORECASE | re.DOTALL)


def snippet(content: bytes) -> str:
    """A body in one short line, for an error message: an HTML page's <title>, else its start.

    Whitespace is collapsed and the text cut at SNIPPET characters (``...`` marks a cut).
    Scrub the key from ``content`` first: a cut can leave part of a key that no longer matches.
    """
    head = content[: SNIPPET * 16]  # bounded work, however large the body
    title = _TITLE.search(head)
    if title and not title.group(1).strip():
        title = None
    raw = title.group(1) if title else head
    text = _SPACES.sub(" ", raw.decode("utf-8", errors="replace"))
    if title:
        text = html.unescape(text).strip()
    if len(text) > SNIPPET or (not title and len(content) > len(head)):
        return text[:SNIPPET] + "..."
    return text


def _picklable(value: Any) -> Any:
    """An httpx object that will not pickle (a custom transport's extras) becomes None."""
    if isinstance(value, (httpx.Request, httpx.Response)):
        try:
            pickle.dumps(value)
        except Exception:
            return None
    return value


def _rebuild(cls: type[VastError], args: tuple[Any, ...], state: dict[str, Any]) -> VastError:
    """Unpickle without calling ``__init__`` (its keyword-only signature varies by class)."""
    err = cls.__new__(cls, *args)
    err.args = args
    err.__dict__.update(state)
    return err


class VastError(Exception):
    """Base of every error this SDK raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        state = {k: _picklable(v) for k, v in self.__dict__.items()}
        return _rebuild, (type(self), self.args, state)


class InvalidRequestError(VastError, ValueError):
    """The call's arguments cannot make a valid request; nothing was sent."""


class InsecureURLError(VastError, ValueError):
    """A plain-http URL for a non-loopback host without allow_insecure_http=True."""


class MissingAPIKeyError(VastError):
    """The operation needs an API key and none was found; nothing was sent."""

    def __init__(self, looked_in: list[str]) -> None:
        self.looked_in = looked_in
        places = "; ".join(looked_in)
        super().__init__(
            f"No Vast.ai API key found. Looked in: {places}. "
            "Pass api_key=..., set VAST_API_KEY, or save the key to one of those files."
        )


class APIConnectionError(VastError):
    """The request did not get a response (connection refused, reset, DNS, TLS...)."""

    def __init__(
        self, message: str, *, method: str, url: str, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message)
        self.method = method
        self.url = url
        self.request = request
        """The request sent (Authorization redacted), or None."""


class APITimeoutError(APIConnectionError):
    """The request hit its timeout (connect, read, or the attempt's total deadline)."""


class ResponseTooLargeError(APIConnectionError):
    """The response body (as sent, or decoded) was larger than the client's max_response_size.

    The rest was not read. Not retried: the API may have acted, and would answer as much again.
    """


class PaginationError(VastError):
    """A listing's next-page cursor repeats one already followed: the pages would loop forever.

    Raised instead of looping (or stopping early, which would drop items without a word); the
    items of the pages before were already yielded.
    """


class _ResponseError(VastError):
    """Shared fields of errors that came with an HTTP response."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        method: str,
        url: str,
        body: Any,
        content: bytes,
        response: httpx.Response | None = None,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.method = method
        self.url = url
        self.body = body
        """The decoded JSON body, or None when it was empty or not JSON."""
        self.content = content
        """The body bytes."""
        self.response = response
        """The HTTP response (its request's Authorization redacted), or None."""
        self.request = request
        """The request sent (Authorization redacted), or None."""


class ResponseParseError(_ResponseError):
    """A 2xx body that cannot be read as the operation's documented shape (or is empty)."""


class APIStatusError(_ResponseError):
    """The API answered with an error: an HTTP error status, or ``success: false``.

    A body that is not JSON (a proxy's HTML 502 page) leaves ``body`` None; ``content`` keeps it.
    """

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        url: str,
        body: Any,
        content: bytes,
        error: str | None,
        msg: str | None,
        headers: httpx.Headers | None = None,
        response: httpx.Response | None = None,
        request: httpx.Request | None = None,
    ) -> None:
        self.error = error
        """The API's machine-readable code, e.g. ``no_such_instance``."""
        self.msg = msg
        """The API's human-readable message."""
        self.headers = headers if headers is not None else httpx.Headers()
        detail = ": ".join(x for x in (error, msg) if x) or snippet(content) or "(empty body)"
        if len(detail) > DETAIL:  # the attributes keep it whole
            detail = detail[:DETAIL] + "..."
        super().__init__(
            f"{method} {url} -> {status_code}: {detail}",
            status_code=status_code,
            method=method,
            url=url,
            body=body,
            content=content,
            response=response,
            request=request,
        )


class BadRequestError(APIStatusError):
    """400: the API rejected the request's parameters."""


class AuthenticationError(APIStatusError):
    """401, or the API's 404 with ``error: auth_error``: the key is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such instance, key, volume..."""


class OfferUnavailableError(NotFoundError):
    """The offer cannot be rented: taken by another renter since the search, or withdrawn.

    The API answers ``no_such_ask`` (404 or 410) for it, to any call that rents or prices an
    offer; nothing was rented. A NotFoundError, so ``except NotFoundError`` still catches it.
    ``offer_id`` is the offer the answer names (its ``ask_id``), or None. ``launch`` tries the
    next matching offer.
    """

    @property
    def offer_id(self) -> int | None:
        """The offer (ask) id the answer names, or None."""
        body: Any = self.body
        found = body.get("ask_id") if isinstance(body, dict) else None
        if isinstance(found, int) and not isinstance(found, bool):
            return found
        return None


class ConflictError(APIStatusError):
    """409: the resource's state does not allow this now."""


class UnprocessableEntityError(APIStatusError):
    """422: well-formed but semantically invalid."""


class RateLimitError(APIStatusError):
    """429: too many requests (or the daily search quota, ``search_quota_exceeded``)."""


class InternalServerError(APIStatusError):
    """5xx: the API (or a proxy in front of it) failed."""


class OperationFailedError(APIStatusError):
    """A 2xx whose body says the operation failed (``success: false`` or a bare error string)."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


OFFER_UNAVAILABLE_CODES = frozenset({"no_such_ask"})
"""API error codes that mean the offer cannot be rented (any more)."""

OFFER_GONE_STATUSES = frozenset({404, 410})
"""Statuses whose "offer gone" answers are raised as OfferUnavailableError.

Which answers mean it (each from a document or an integrator):

- ``PUT /api/v0/asks/{id}/`` (create_instance): 404 ``no_such_ask`` ("No ask by id N is
  available", preview document; the seed document's 404 has ``error: invalid_args`` and the
  code only in ``msg``: "error 404/3603: no_such_ask Instance type by id N is not available.")
  and 410 ``no_such_ask`` ("Instance type N is no longer available");
- ``PUT /api/v0/bundles_bid_price/{id}`` and ``PUT /api/v0/bundles/{id}``: 404 "Offer N does
  not exist or is not available." (preview document; the second without an error code);
- what integrators match: ``no_such_ask``, "not available", "no longer available", "already
  rented" (SkyPilot and dstack re-search on any failed rent).

Other statuses with the same news (400, 409, a 2xx ``success: false``) keep their class;
``is_offer_unavailable`` recognises them (launch tries the next offer on them too).
"""

_NOT_OFFER_STATUSES = frozenset({401, 403, 429})
"""4xx answers that are about the key or the rate, whatever their text says."""

_GONE_TEXT = re.compile(
    r"\bno_such_ask\b"
    r"|\b(?:offer|ask|instance type)\b[^.]{0,60}?\b(?:is not available|is no longer available|"
    r"does not exist or is not available)"
    r"|\bno ask by id\b"
    r"|\balready rented\b",
    re.IGNORECASE,
)


def offer_unavailable(status_code: int, error: str | None, msg: str | None) -> bool:
    """True when an answer means "this offer cannot be rented (any more)".

    Args:
        status_code: The HTTP status (a 2xx counts when the body said ``success: false``).
        error: The body's ``error`` code, or None.
        msg: The body's message, or None.

    Returns:
        Whether the answer says the offer is gone (see OFFER_GONE_STATUSES).
    """
    if not (200 <= status_code < 300 or 400 <= status_code < 500):
        return False
    if status_code in _NOT_OFFER_STATUSES or error == "auth_error":
        return False
    if error in OFFER_UNAVAILABLE_CODES:
        return True
    return isinstance(msg, str) and _GONE_TEXT.search(msg) is not None


def is_offer_unavailable(exc: BaseException) -> bool:
    """True for an OfferUnavailableError, or any APIStatusError whose answer means the same."""
    if isinstance(exc, OfferUnavailableError):
        return True
    return isinstance(exc, APIStatusError) and offer_unavailable(
        exc.status_code, exc.error, exc.msg
    )


def status_error_class(
    status_code: int, error: str | None, msg: str | None = None
) -> type[APIStatusError]:
    """The most specific error class for a status, the API's error code and its message
    (the message tells an offer that is gone from another 404)."""
    if error == "auth_error":
        return AuthenticationError
    if status_code in OFFER_GONE_STATUSES and offer_unavailable(status_code, error, msg):
        return OfferUnavailableError
    if 200 <= status_code < 300:
        return OperationFailedError
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)
