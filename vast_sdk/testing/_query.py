"""Search filters: ``{"field": {"op": value}}``, ``order`` and CLI-style query strings."""

from __future__ import annotations

import base64
import binascii
import json
import operator
import re
from collections.abc import Callable, Iterable
from typing import Any

from ._base import reject
from ._catalogue import country
from ._state import Row

_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "gt": operator.gt,
    "lt": operator.lt,
    "gte": operator.ge,
    "lte": operator.le,
}
OPERATORS = frozenset({"eq", "neq", "gt", "lt", "gte", "lte", "in", "nin", "notin"})
_DERIVED: dict[str, Callable[[Row], Any]] = {
    "verified": lambda r: r["verified"] if "verified" in r else r.get("verification") == "verified",
    "datacenter": lambda r: r.get("hosting_type") == 1,
}


def _same_kind(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool)
    numbers = (int, float)
    return (isinstance(a, numbers) and isinstance(b, numbers)) or type(a) is type(b)


def _norm(field: str, value: Any) -> Any:
    """gpu_name accepts the CLI's underscores for spaces (RTX_4090 == RTX 4090)."""
    if field == "gpu_name" and isinstance(value, str):
        return value.replace("_", " ")
    return value


def _value(row: Row, field: str, operands: list[Any]) -> tuple[bool, Any]:
    """(found?, the row's value for the field); geolocation compares by country code when
    the operands are two-letter codes."""
    if field in _DERIVED:
        return True, _DERIVED[field](row)
    if field not in row or row[field] is None:
        return False, None
    value = row[field]
    if field == "geolocation" and all(isinstance(o, str) and len(o) == 2 for o in operands):
        return True, country(value)
    return True, _norm(field, value)


def _coerce(value: Any, operand: Any) -> Any:
    """A numeric string compared with a number is that number: the official CLI sends
    ``{"num_gpus": {"gte": "2"}}`` and production accepts it."""
    numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
    if numeric and isinstance(operand, str):
        try:
            return float(operand) if any(c in operand for c in ".eE") else int(operand)
        except ValueError:
            return operand
    if isinstance(operand, list):
        return [_coerce(value, o) for o in operand]
    return operand


def _test(field: str, op: str, operand: Any, found: bool, value: Any) -> bool:
    operand = _coerce(value, operand)
    if op in ("in", "nin", "notin"):
        if not isinstance(operand, list):
            raise reject(400, "invalid_request", f"{field}: '{op}' needs a list, got {operand!r}")
        hit = found and any(_same_kind(value, o) and value == _norm(field, o) for o in operand)
        return hit if op == "in" else not hit
    if op == "eq":
        return found and _same_kind(value, operand) and value == _norm(field, operand)
    if op == "neq":
        return not (found and _same_kind(value, operand) and value == _norm(field, operand))
    if not found:
        return False
    if not _same_kind(value, operand) or isinstance(operand, (bool, list, dict)):
        raise reject(400, "invalid_request", f"{field}: cannot compare {value!r} {op} {operand!r}")
    return _COMPARE[op](value, operand)


def check_filters(filters: dict[str, Any]) -> None:
    """400 invalid_request for an unknown operator (before any row is looked at)."""
    for field, cond in filters.items():
        unknown = set(cond) - OPERATORS
        if unknown:
            names = ", ".join(sorted(OPERATORS))
            msg = f"{field}: unknown operator {sorted(unknown)[0]!r}; use one of {names}"
            raise reject(400, "invalid_request", msg)


def matches(row: Row, filters: dict[str, dict[str, Any]]) -> bool:
    """True when the row passes every ``{field: {op: operand, ...}}`` condition."""
    for field, cond in filters.items():
        for op, operand in cond.items():
            operands = operand if isinstance(operand, list) else [operand]
            found, value = _value(row, field, operands)
            if not _test(field, op, operand, found, value):
                return False
    return True


def order_rows(rows: list[Row], order: Iterable[Any]) -> list[Row]:
    """Sort by ``[[field, "asc"|"desc"], ...]`` (first pair most significant; missing last)."""
    pairs = list(order)
    for pair in pairs:
        if not (isinstance(pair, list) and len(pair) == 2 and pair[1] in ("asc", "desc")):
            raise reject(400, "invalid_request", f"order: {pair!r} is not [field, 'asc'|'desc']")
    for field, direction in reversed(pairs):
        present = [r for r in rows if _value(r, field, [])[1] is not None]
        absent = [r for r in rows if _value(r, field, [])[1] is None]

        def key(row: Row, field: str = field) -> Any:
            return _value(row, field, [])[1]

        try:
            present.sort(key=key, reverse=direction == "desc")
        except TypeError:
            raise reject(400, "invalid_request", f"order: cannot sort by {field!r}") from None
        rows = present + absent
    return rows


_QUERY_TERM = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(>=|<=|!=|==|=|>|<)\s*(\S+)\s*$")
_QUERY_OPS = {">=": "gte", "<=": "lte", "!=": "neq", "==": "eq", "=": "eq", ">": "gt", "<": "lt"}


def parse_query(text: str) -> dict[str, dict[str, Any]]:
    """A CLI query string ("score>1000 num_gpus=2") as filters; 400 on a term it cannot read."""
    filters: dict[str, dict[str, Any]] = {}
    for term in re.findall(r"[A-Za-z_][A-Za-z0-9_]*\s*[<>=!]=?\s*\S+", text):
        m = _QUERY_TERM.match(term)
        if m is None:
            raise reject(400, "invalid_request", f"cannot parse query term {term!r}")
        field, op, raw = m.groups()
        try:
            value: Any = json.loads(raw)
        except ValueError:
            value = raw
        filters.setdefault(field, {})[_QUERY_OPS[op]] = value
    if text.strip() and not filters:
        raise reject(400, "invalid_request", f"cannot parse query {text!r}")
    return filters


def json_object(text: Any, what: str) -> dict[str, Any]:
    """A JSON object from a query parameter (a dict passes through); 400 if it is not one."""
    if isinstance(text, dict):
        return text
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        value = None
    if not isinstance(value, dict):
        raise reject(400, "invalid_request", f"Invalid query: {what} must be a JSON object")
    return value


def split_filters(body: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The ``{field: {op: value}}`` entries of a search body (other keys are options)."""
    return {k: v for k, v in body.items() if isinstance(v, dict)}


# ---------------------------------------------------------------- keyset paging (v1 listings)


def _compare(a: Any, b: Any) -> int:
    if a == b:
        return 0
    if a is None or b is None:
        return -1 if a is None else 1
    try:
        return -1 if a < b else 1
    except TypeError:
        return -1 if str(a) < str(b) else 1


def keyset_after(row: Row, mark: Row, order: list[tuple[str, bool]]) -> int:
    """Where ``row`` sorts against ``mark`` in ``order`` ((column, descending) pairs):
    negative before it, 0 level, positive after it (the rows a keyset page continues with)."""
    for col, desc in order:
        sign = _compare(row.get(col), mark.get(col))
        if sign:
            return -sign if desc else sign
    return 0


def keyset_token(row: Row, order: list[tuple[str, bool]]) -> str:
    """The next_token after ``row``: its ``order`` columns, as base64 JSON."""
    values = {col: row.get(col) for col, _ in order}
    return base64.b64encode(json.dumps({"values": values}).encode()).decode()


def keyset_mark(text: str, order: list[tuple[str, bool]]) -> Row:
    """The row values an after_token holds; 400 invalid_token when it is not one of ours."""
    try:
        value = json.loads(base64.b64decode(text.encode(), validate=True))
    except (ValueError, binascii.Error):
        value = None
    values = value.get("values") if isinstance(value, dict) else None
    if not isinstance(values, dict) or any(col not in values for col, _ in order):
        raise reject(400, "invalid_token", "Invalid after_token")
    return values
