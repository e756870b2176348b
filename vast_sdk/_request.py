"""Building one call's Request from the method's arguments (used by the generated ``request()``).

Path values are checked and percent-encoded, query values left out when not given, and the
JSON body merged from ``body=`` (a model or a mapping) and the method's keywords, which win.
Only what the caller gave is sent.
"""

from __future__ import annotations

import calendar
import datetime
import json
from collections.abc import Mapping
from typing import Any, NamedTuple
from urllib.parse import quote

from ._errors import InvalidRequestError
from ._models import to_json
from ._types import NotGiven

__all__ = ["Request", "body_json", "check_path", "json_param", "query", "quote_path"]


class Request(NamedTuple):
    """One call's request, as the generated ``request()`` builds it; the client adds the rest."""

    path: str
    """Already formatted; path values percent-encoded (safe="")."""
    params: dict[str, Any] | None
    """Query parameters, with absent values already dropped."""
    json: Any = None
    """The JSON body. None: a GET sends no body and no Content-Type; a POST, PUT, PATCH or
    DELETE sends ``{}`` with its Content-Type, as the official vastai package does (docs/wire.md
    W32)."""


def check_path(operation: str, **values: Any) -> None:
    """Refuse path values that would address another URL (None, "", ".", "..", True, 1.5)."""
    for name, value in values.items():
        ok = isinstance(value, int) and not isinstance(value, bool)
        ok = ok or (isinstance(value, str) and value.strip() != "" and value not in (".", ".."))
        if not ok:
            raise InvalidRequestError(
                f"{operation}: path parameter {name!r} must be a non-empty str other than "
                f"'.' or '..', or an int, got {value!r}"
            )


def json_param(value: Any) -> Any:
    """A query parameter the API reads as JSON: a mapping or a list is sent as its JSON text.

    A ``datetime`` or ``date`` inside it (``{"when": {"gte": datetime(...)}}``) is sent as whole
    Unix seconds, as vastai sends its date filters (docs/wire.md W34); a naive one is UTC.
    """
    if isinstance(value, (Mapping, list, tuple)):
        try:
            return json.dumps(value, separators=(",", ":"), sort_keys=True, default=_json_value)
        except (TypeError, ValueError) as exc:
            raise InvalidRequestError(f"query value is not JSON-serialisable: {exc}") from None
    return value


def _json_value(value: Any) -> Any:
    """What json.dumps writes for a value it has no form for: a date as whole Unix seconds."""
    if isinstance(value, (datetime.datetime, datetime.date)):
        return int(epoch(value))
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def quote_path(value: Any) -> str:
    """One path segment, percent-encoded so it cannot address another route."""
    if type(value) is int:  # most path values: digits need no quoting
        return str(value)
    return quote(str(value), safe="")


def query(
    values: Mapping[str, Any], send: Mapping[str, Any] | None = None
) -> dict[str, Any] | None:
    """The query parameters that were given (not UNSET, not None); None when there are none.

    ``send`` (the overlay's x-vast-send): values sent when the caller gives none.
    """
    params = {
        k: to_json(v) for k, v in values.items() if v is not None and not isinstance(v, NotGiven)
    }
    params = {**(send or {}), **params}
    return params or None


def epoch(value: Any, name: str = "date") -> Any:
    """A date as Unix seconds (float), as vastai sends it; numbers and UNSET unchanged.

    An aware datetime is exact; a naive datetime or a date is taken as UTC. ``name``: the
    keyword, named in the error for anything else.
    """
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=datetime.UTC)
        return value.timestamp()
    if isinstance(value, datetime.date):
        return float(calendar.timegm(value.timetuple()))
    if value is None or isinstance(value, NotGiven):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidRequestError(
            f"{name} must be a datetime, a date or Unix seconds, got {value!r}"
        )
    return value


def epoch_days(value: Any, name: str = "date") -> Any:
    """A date as days since 1970-01-01 (float); numbers and UNSET unchanged."""
    if isinstance(value, (datetime.datetime, datetime.date)):
        return epoch(value, name) / 86400
    return epoch(value, name)


def body_json(
    operation: str,
    body: Any,
    fields: Mapping[str, Any],
    *,
    required: tuple[str, ...],
    optional: bool,
    search: tuple[str, Any] | None = None,
    send: Mapping[str, Any] | None = None,
) -> dict[str, Any] | None:
    """The JSON body: ``body`` (model or mapping) updated with the keyword ``fields`` given.

    ``search`` is (kind, query) for the search operations: a query (CLI text or a
    ``vast_sdk.query.Query``) starts the body from what the official CLI sends for it (its
    default filters included), and the ``order``/``type``/``limit`` keywords take the CLI's
    forms (``order="-dph_total"``). None (no body at all) when the body is optional and nothing
    was given; InvalidRequestError when a required field is missing or ``body`` is neither a
    model nor a mapping.
    """
    given = {k: v for k, v in fields.items() if not isinstance(v, NotGiven)}
    base = _search_base(search, given) if search is not None else None
    given = {k: to_json(v) for k, v in given.items()}
    if body is None:
        if not given and optional and base is None and not send:
            return None
        data: dict[str, Any] = {}
    elif hasattr(body, "to_dict"):
        data = body.to_dict()
    elif isinstance(body, Mapping):
        data = to_json(body)
    else:
        raise InvalidRequestError(
            f"{operation}: body must be a model or a mapping, not {type(body).__name__}"
        )
    data = {**(send or {}), **(base or {}), **data, **given}
    missing = [k for k in required if k not in data]
    if missing:
        raise InvalidRequestError(
            f"{operation}: missing required body field(s): {', '.join(missing)}"
        )
    return data


def _search_base(search: tuple[str, Any], given: dict[str, Any]) -> dict[str, Any] | None:
    """The CLI's body for a search query (consuming order/type/limit from ``given``)."""
    from . import query as q  # loads only when a search is made

    kind, text = search
    if text is None:
        if given.get("order") is not None:  # checked with or without a query
            given["order"] = q.parse_order(given["order"], kind=kind)  # type: ignore[arg-type]
        return None
    options = {k: given.pop(k) for k in ("order", "type", "limit") if k in given}
    if kind == "offers":
        return q.offers_body(text, **options)
    builders = {"volumes": q.volumes_body, "network_volumes": q.network_volumes_body}
    options.pop("type", None)
    return builders[kind](text, **options)
