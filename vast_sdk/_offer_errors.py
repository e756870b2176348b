"""OfferUnavailableError: the API's "that offer cannot be rented" answers, from any call.

Another renter took the offer between the search and the rent (the marketplace's everyday
race), or the host withdrew it. Which answers mean that (each code path cited):

- ``PUT /api/v0/asks/{id}/`` (create_instance): 404 ``no_such_ask`` ("No ask by id N is
  available", preview document; the seed document shows the same 404 with ``error:
  invalid_args`` and the code only in ``msg``: "error 404/3603: no_such_ask Instance type by id
  N is not available.") and 410 ``no_such_ask`` ("Instance type N is no longer available").
- ``PUT /api/v0/bundles_bid_price/{id}`` and ``PUT /api/v0/bundles/{id}``: 404 "Offer N does
  not exist or is not available." (preview document; the second without an error code).
- Integrators match the same: ``no_such_ask``, "not available", "no longer available", and
  "already rented" (public rent scripts retrying on another offer; SkyPilot and dstack re-search
  on any failed rent).

The classification is pure (``offer_unavailable``) so the core's error mapping, launch and
tests share it. OfferUnavailableError subclasses NotFoundError: the core raises NotFoundError
for the 404 and APIStatusError (its base) for the 410, so every ``except`` written for either
still catches it. The other statuses an "offer gone" text could come with (400, 409, a 2xx
``success: false``) keep the class the core gives them; ``is_offer_unavailable`` still
recognises them, which is what launch uses to try the next offer.
"""

from __future__ import annotations

import re
from typing import Any

from ._errors import APIStatusError, NotFoundError

__all__ = [
    "OFFER_UNAVAILABLE_CODES",
    "OfferUnavailableError",
    "is_offer_unavailable",
    "offer_unavailable",
    "refine_status_error_class",
]

OFFER_UNAVAILABLE_CODES = frozenset({"no_such_ask"})
"""API error codes that mean the offer cannot be rented."""

REFINED_STATUSES = frozenset({404, 410})
"""Statuses whose "offer gone" answers are raised as OfferUnavailableError (documented ones)."""

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
    """
    if not (200 <= status_code < 300 or 400 <= status_code < 500):
        return False
    if status_code in _NOT_OFFER_STATUSES or error == "auth_error":
        return False
    if error in OFFER_UNAVAILABLE_CODES:
        return True
    return isinstance(msg, str) and _GONE_TEXT.search(msg) is not None


def refine_status_error_class(
    cls: type[APIStatusError], status_code: int, error: str | None, msg: str | None
) -> type[APIStatusError]:
    """The class to raise for an error answer: OfferUnavailableError for a 404 or 410 that
    says the offer is gone, else ``cls`` (what ``status_error_class`` chose) unchanged.

    The core calls it with the class it picked from the status and the error code.
    """
    if status_code in REFINED_STATUSES and offer_unavailable(status_code, error, msg):
        return OfferUnavailableError
    return cls


def is_offer_unavailable(exc: BaseException) -> bool:
    """True for an OfferUnavailableError, or any APIStatusError whose answer means the same."""
    if isinstance(exc, OfferUnavailableError):
        return True
    return isinstance(exc, APIStatusError) and offer_unavailable(
        exc.status_code, exc.error, exc.msg
    )


class OfferUnavailableError(NotFoundError):
    """The offer cannot be rented: taken by another renter since the search, or withdrawn.

    The API answers ``no_such_ask`` (404 or 410) for it; nothing was rented. ``offer_id`` is
    the offer the answer names (its ``ask_id``), or None. launch tries the next offer.
    """

    @property
    def offer_id(self) -> int | None:
        """The offer (ask) id the answer names, or None."""
        body: Any = self.body
        found = body.get("ask_id") if isinstance(body, dict) else None
        if isinstance(found, int) and not isinstance(found, bool):
            return found
        return None
