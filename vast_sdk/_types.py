"""Small shared types: the one "not given" sentinel and what a timeout may be."""

from __future__ import annotations

from typing import Final, Literal

import httpx

TimeoutLike = float | httpx.Timeout | None
"""How long each attempt may take; a retry starts a fresh attempt with the same limit.

- a float: seconds for the whole attempt (connect, send and reading the full body), with connect
  capped at 5 seconds;
- an ``httpx.Timeout``: its per-phase limits apply, and its ``read`` value is also the attempt's
  total deadline (``read=None`` means no total deadline);
- None: no limit at all (not advised).
"""


class NotGiven:
    """Marks a value the caller left out, so ``None`` can still mean something."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"  # pickles as the module-level singleton


NOT_GIVEN: Final = NotGiven()

Unset = NotGiven
"""The request models' name for NotGiven: a field the caller left out is not sent."""
UNSET: Final = NOT_GIVEN
