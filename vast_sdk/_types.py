"""Small shared types: the NOT_GIVEN sentinel and what a timeout may be."""

from __future__ import annotations

from typing import Final, Literal

import httpx

TimeoutLike = float | httpx.Timeout | None
"""Seconds for the whole call, an httpx.Timeout for each phase, or None (no limit: not advised)."""


class NotGiven:
    """Marks an option the caller left out, so ``None`` can still mean something."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
