"""launch's attempts: which failures are worth another offer, and what not to try again.

A rent can fail in ways another offer fixes: the offer was taken between the search and the
rent (OfferUnavailableError), the machine could not start the image (InstanceStartError: that
machine is not tried again), the minimum bid rose above the bid since the search (the API's
"Bid price ... is below the minimum ..."), or a bid instance was outbid while it started.
Anything else (a bad image name, no credit, an ambiguous create) is raised as it is.

``Attempts`` counts them against ``attempts`` (default 3) and keeps the exclusions for the next
``rank_offers``; when the attempts run out, the last error is raised with a note listing every
try. Pure: launch does the renting, waiting and destroying.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Literal

from .._errors import APIStatusError, InvalidRequestError, is_offer_unavailable
from ._launch import DEFAULT_ATTEMPTS
from ._read import integer
from ._rent_errors import InstanceStartError, OutbidError, PriceCapError

__all__ = ["DEFAULT_ATTEMPTS", "Attempts", "RetryReason", "bid_refusal_minimum", "retry_reason"]


RetryReason = Literal[
    "offer_gone", "start_failed", "bid_refused", "outbid", "over_cap", "no_answer"
]
"""Why another offer may succeed: the offer was taken; the instance failed to start (its
machine is excluded); the bid was below a minimum that rose; the instance was outbid while it
started (machine excluded); the host's price was above ``max_dph`` at rent time; the create
got no answer and no instance carries its marker (launch says so itself: ``failed(...,
reason="no_answer")``)."""

_BELOW_MINIMUM = (
    r"below\s+(?:the\s+)?min(?:imum)?(?:\s+bid)?(?:\s+price)?(?:\s+of)?\s*\$?(\d+(?:\.\d+)?)"
)
"""The API's refusal of a low bid (compiled by ``re`` at its first use, not at import)."""


def bid_refusal_minimum(exc: BaseException) -> float | None:
    """The minimum bid an API refusal names ("Bid price 0.01 is below the minimum 0.1889"),
    or None when ``exc`` is not such a refusal."""
    if not isinstance(exc, APIStatusError) or not isinstance(exc.msg, str):
        return None
    found = re.search(_BELOW_MINIMUM, exc.msg, re.IGNORECASE)
    return float(found.group(1)) if found else None


def retry_reason(exc: BaseException) -> RetryReason | None:
    """Why another offer may succeed where this one failed, or None (raise ``exc``)."""
    if is_offer_unavailable(exc):
        return "offer_gone"
    if isinstance(exc, InstanceStartError):
        return "start_failed"
    if isinstance(exc, OutbidError):
        return "outbid"
    if isinstance(exc, PriceCapError):
        return "over_cap"
    if bid_refusal_minimum(exc) is not None:
        return "bid_refused"
    return None


@dataclass
class Attempts:
    """The tries of one launch: ``limit`` offers at most; offers and machines not to try again.

    ``exclude_machines`` starts with the caller's; every failed offer is excluded, and the
    machine too when the instance failed to start there (or was outbid on it).
    """

    limit: int
    exclude_offers: set[int] = field(default_factory=set)
    exclude_machines: set[int] = field(default_factory=set)
    tries: list[str] = field(default_factory=list)

    @classmethod
    def start(cls, attempts: int, exclude_machines: Collection[int] = ()) -> Attempts:
        """Check the arguments (before anything is searched) and begin."""
        if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
            raise InvalidRequestError(f"attempts must be an int >= 1, got {attempts!r}")
        if isinstance(exclude_machines, (str, bytes, int)):
            raise InvalidRequestError(
                f"exclude_machines must be a collection of machine ids, got {exclude_machines!r}"
            )
        machines = set()
        given: Collection[object] = exclude_machines  # typed ints; checked as whatever came
        for machine in given:
            value = integer(machine)
            if value is None or isinstance(machine, str):
                raise InvalidRequestError(f"exclude_machines: {machine!r} is not a machine id")
            machines.add(value)
        return cls(attempts, exclude_machines=machines)

    @property
    def left(self) -> int:
        """Tries left."""
        return self.limit - len(self.tries)

    def failed(
        self,
        offer_id: int,
        machine_id: int | None,
        exc: BaseException,
        reason: RetryReason | None = None,
    ) -> bool:
        """Record a failed try; True when launch should try another offer (else it raises
        ``exc``, noted with the tries). ``reason`` overrides ``retry_reason(exc)``."""
        reason = reason or retry_reason(exc)
        self.tries.append(
            f"offer {offer_id} (machine {machine_id}): {reason or type(exc).__name__}"
        )
        self.exclude_offers.add(offer_id)
        if reason in ("start_failed", "outbid") and machine_id is not None:
            self.exclude_machines.add(machine_id)
        if reason is not None and self.left > 0:
            return True
        if len(self.tries) > 1 or reason is not None:
            exc.add_note(f"launch: {len(self.tries)} offer(s) tried: " + "; ".join(self.tries))
        return False
