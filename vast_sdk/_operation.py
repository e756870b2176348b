"""What a generated method hands the requester besides its Request: the operation, the options."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

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


class RequestOptions(NamedTuple):
    """Per-call overrides and additions; NOT_GIVEN and None keep the client's setting.

    A tuple: every generated call makes one, so it costs as little as an object can.
    """

    timeout: TimeoutLike | NotGiven
    max_retries: int | NotGiven
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None = None
    """More query parameters, sent as given (they win over the method's own)."""
    extra_body: Mapping[str, Any] | None = None
    """More top-level JSON body fields (they win over the method's own)."""
