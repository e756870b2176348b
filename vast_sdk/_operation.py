"""What a generated method hands the client besides its Request: the operation and the options."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from ._types import NotGiven, TimeoutLike


@dataclass(frozen=True)
class Operation:
    """One API operation, as pinned by the overlay."""

    name: str
    method: str
    path: str
    summary: str
    idempotent: bool
    """True when a replay cannot rent, pay, create or run anything twice."""
    auth: Literal["required", "optional", "none"]
    host: Literal["api", "serverless"]
    """serverless: run.vast.ai unless the caller overrides the base URL."""
    success_codes: tuple[int, ...]


@dataclass(frozen=True)
class RequestOptions:
    """Per-call overrides; NOT_GIVEN keeps the client's setting."""

    timeout: TimeoutLike | NotGiven
    max_retries: int | NotGiven
    extra_headers: Mapping[str, str] | None
