"""What a generated method hands to the client: the operation's facts and the call's options."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ._errors import InvalidRequestError
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


def _plain(value: Any) -> Any:
    """An attrs model (or a list of them) as the JSON-ready value from_dict expects."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _build_body(model: Any, body: Any, fields: Mapping[str, Any], *, optional: bool) -> Any:
    """Build the request model from a model, a mapping and/or keyword fields (they win)."""
    from ._generated.types import UNSET

    given = {k: v for k, v in fields.items() if v is not UNSET}
    if body is None and not given and optional:
        return UNSET
    if isinstance(body, model) and not given:
        return body
    if body is None:
        data: dict[str, Any] = {}
    elif hasattr(body, "to_dict"):
        data = body.to_dict()
    elif isinstance(body, Mapping):
        data = dict(body)
    else:
        raise InvalidRequestError(
            f"body must be a {model.__name__} or a mapping, not {type(body).__name__}"
        )
    data.update({k: _plain(v) for k, v in given.items()})
    try:
        return model.from_dict(data)
    except KeyError as exc:
        raise InvalidRequestError(f"{model.__name__}: missing required field {exc}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise InvalidRequestError(f"{model.__name__}: {exc}") from None


def _json_param(value: Any) -> Any:
    """A query parameter the API reads as JSON: a mapping is sent as its JSON text."""
    if isinstance(value, Mapping):
        try:
            return json.dumps(value, separators=(",", ":"), sort_keys=True)
        except (TypeError, ValueError) as exc:
            raise InvalidRequestError(f"query value is not JSON-serialisable: {exc}") from None
    return value


def _check_path_params(operation: str, **values: Any) -> None:
    """Refuse path values that would silently address another URL (None, "", True, 1.5)."""
    for name, value in values.items():
        ok = isinstance(value, int) and not isinstance(value, bool)
        ok = ok or (isinstance(value, str) and value.strip() != "")
        if not ok:
            raise InvalidRequestError(
                f"{operation}: path parameter {name!r} must be a non-empty str or an int, "
                f"got {value!r}"
            )
