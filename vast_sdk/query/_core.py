"""Query, its conditions, the typed builder (``Q.num_gpus >= 2``) and the values they hold.

A Query stores each value as the CLI's grammar reads it, in the units the user writes (GB,
days, MM/DD/YYYY): numbers stay the text they were written as, because that is what the
official CLI sends. ``to_filters`` converts units and dates on the way out, so rendering a
Query back to text and parsing it again gives the same Query.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, NoReturn, cast

from .._errors import InvalidRequestError
from ._tables import (
    ALIASES,
    DATE_FIELDS,
    DEFAULTS,
    FIELD_TYPES,
    FIELDS,
    KINDS,
    MULTIPLIERS,
    Op,
    QueryKind,
)

__all__ = ["Condition", "Field", "Q", "Query", "QueryBuilder", "QueryError", "Scalar", "Value"]

Scalar = str | bool | None
"""A single value: text as written (numbers too), or true/false/null."""
Value = Scalar | tuple[str, ...]
"""What a condition holds: a scalar, or a tuple of strings for ``in``/``notin``."""
BuilderValue = str | int | float | bool | date | None
"""What the builder takes: numbers become their text, dates (date fields only) MM/DD/YYYY."""

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_DRIVER = re.compile(r"\d+\.\d+\.\d+")
KEYWORDS = frozenset({"true", "True", "false", "False", "None", "null", "any", "*", "?"})
"""Bare words the grammar reads as something other than text; such text is written quoted."""
_SYMBOL = {"eq": "=", "neq": "!=", "lt": "<", "lte": "<=", "gt": ">", "gte": ">="}
_SNIPPET = 60


class QueryError(InvalidRequestError):
    """A query the grammar cannot accept: bad syntax, an unknown field, or an unusable value.

    ``text`` is the query text (None for a builder value or a bad argument), ``field`` the
    field concerned if any, ``position`` the offset in ``text`` where reading stopped, and
    ``expected`` what the field takes when its value was of the wrong type (``"int"``,
    ``"float"``, ``"bool"``, ``"date"`` or ``"X.Y.Z"``).
    """

    def __init__(
        self,
        message: str,
        *,
        text: str | None = None,
        field: str | None = None,
        position: int | None = None,
        expected: str | None = None,
    ) -> None:
        super().__init__(message)
        self.text = text
        self.field = field
        self.position = position
        self.expected = expected


def fail(
    kind: str,
    text: str | None,
    problem: str,
    *,
    field: str | None = None,
    position: int | None = None,
    expected: str | None = None,
    hint: str = "",
) -> NoReturn:
    """Raise QueryError with a message that quotes the query and the failing spot, then
    ``hint`` (how to fix it), if any."""
    where = f"{kind} query {text!r}: " if text is not None else f"{kind} query: "
    if position is not None and text is not None:
        rest = text[position:]
        rest = rest if len(rest) <= _SNIPPET else rest[:_SNIPPET] + "..."
        problem += f" at {rest!r} (position {position})" if rest else " at the end"
    message = where + problem + hint
    raise QueryError(message, text=text, field=field, position=position, expected=expected)


def check_kind(kind: object) -> QueryKind:
    """``kind`` if it names a search that takes a query, else QueryError."""
    for known in KINDS:
        if kind == known:
            return known
    raise QueryError(f"unknown query kind {kind!r}; use one of {', '.join(KINDS)}")


def resolve_field(kind: QueryKind, name: str, text: str | None) -> str:
    """The API name of field ``name`` (aliases resolved); QueryError naming it if unknown."""
    if name not in FIELDS[kind]:
        fail(kind, text, f"unknown field {name!r}{did_you_mean(name, FIELDS[kind])}", field=name)
    return ALIASES[kind].get(name, name)


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """``; did you mean 'a' or 'b'?`` with the names in ``known`` closest to ``name``; ''."""
    close = difflib.get_close_matches(name, sorted(known), n=3)
    return f"; did you mean {' or '.join(map(repr, close))}?" if close else ""


def check_value(kind: QueryKind, field: str, value: Value, text: str | None) -> None:
    """QueryError naming the field and the type it takes unless ``value`` suits it: numbers
    for GB/day fields, dates for date fields, X.Y.Z for a dotted driver_version, and the type
    the CLI's help gives an int, float or bool field (null suits any of these but GB/day)."""
    items = value if isinstance(value, tuple) else (value,)
    typed = FIELD_TYPES[kind].get(field)
    if typed == "bool" and isinstance(value, tuple):
        problem = f"{field} takes true or false (bool), not a list: write {field}=true or =false"
        fail(kind, text, problem, field=field, expected="bool")
    for item in items:
        if field in MULTIPLIERS[kind]:
            if not (isinstance(item, str) and _finite_number(item, MULTIPLIERS[kind][field])):
                problem = f"{field} takes a number (float), got {item!r}"
                fail(kind, text, problem, field=field, expected="float")
        elif field in DATE_FIELDS[kind]:
            ok = item is None or (isinstance(item, str) and _epoch(item) is not None)
            if not ok:
                problem = f"{field} takes a date (MM/DD/YYYY) or epoch seconds, got {item!r}"
                fail(kind, text, problem, field=field, expected="date")
        elif field == "driver_version" and isinstance(item, str) and "." in item:
            dotted = _DRIVER.fullmatch(item)
            if not dotted:
                problem = f"driver_version takes X.Y.Z (e.g. 535.86.05), got {item!r}"
                fail(kind, text, problem, field=field, expected="X.Y.Z")
        elif typed in _TYPE_CHECKS and item is not None and not _TYPE_CHECKS[typed](item):
            problem = f"{field} takes {_TYPE_WORDS[typed]} ({typed}), got {item!r}"
            fail(kind, text, problem, field=field, expected=typed)


def _whole(item: Scalar) -> bool:
    """A number written as text whose value is whole (``2``, ``-3``, ``2.0``, ``1e3``)."""
    return isinstance(item, str) and _finite_number(item) and float(item).is_integer()


_TYPE_CHECKS: dict[str, Callable[[Scalar], bool]] = {
    "int": _whole,
    "float": lambda item: isinstance(item, str) and _finite_number(item),
    "bool": lambda item: isinstance(item, bool),
}
_TYPE_WORDS = {"int": "a whole number", "float": "a number", "bool": "true or false"}


def _finite_number(text: str, scale: float = 1.0) -> bool:
    return bool(_NUMBER.fullmatch(text)) and math.isfinite(float(text) * scale)


def _epoch(text: str) -> float | None:
    """Epoch seconds for a date field's value, as the official fix_date_fields computes it."""
    if _finite_number(text):
        return float(text)
    try:
        return datetime.strptime(text, "%m/%d/%Y").replace(tzinfo=UTC).timestamp()
    except ValueError:
        return None


def wire(kind: QueryKind, field: str, value: Value) -> Any:
    """The value as the API takes it: GB -> MB, days -> seconds, dates -> epoch seconds,
    a dotted driver_version -> 535086005; everything else unchanged (tuples as lists)."""
    if isinstance(value, tuple):
        return [wire(kind, field, item) for item in value]
    if not isinstance(value, str):
        return value
    if field in MULTIPLIERS[kind]:
        return float(value) * MULTIPLIERS[kind][field]
    if field in DATE_FIELDS[kind]:
        return _epoch(value)
    if field == "driver_version" and "." in value:
        return int("".join(part.zfill(3) for part in value.split(".")))
    return value


def bare_ok(text: str) -> bool:
    """True when ``text`` can be written unquoted (spaces as ``_``) and read back unchanged."""
    return (
        text not in KEYWORDS
        and text != ""
        and text[0] not in "=<>!"
        and not any(c in '_"[],' or (c.isspace() and c != " ") for c in text)
    )


def render_scalar(value: Scalar) -> str:
    """A scalar in the grammar: true/false/null, bare text with ``_`` for spaces, or "text"."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    return value.replace(" ", "_") if bare_ok(value) else f'"{value}"'


def render(field: str, op: str, value: Value) -> str:
    """One condition in the grammar, e.g. ``num_gpus>=2`` or ``geolocation in [US,CA]``."""
    if isinstance(value, tuple):
        return f"{field} {op} [{','.join(render_scalar(v) for v in value)}]"
    return f"{field}{_SYMBOL[op]}{render_scalar(value)}"


@dataclass(frozen=True)
class Condition:
    """One filter: ``field`` (the API's name), ``op`` and the value as written."""

    field: str
    op: Op
    value: Value


def add_condition(
    filters: dict[str, dict[str, Value]],
    kind: QueryKind,
    cond: Condition,
    text: str | None,
) -> None:
    """Add ``cond`` to ``filters``; QueryError if the field already has that operator with
    another value (the CLI would keep the last one silently)."""
    ops = filters.setdefault(cond.field, {})
    old = ops.get(cond.op, cond.value)
    if type(old) is not type(cond.value) or old != cond.value:
        problem = (
            f"{cond.field} has two {cond.op!r} conditions "
            f"({render(cond.field, cond.op, old)} and {render(cond.field, cond.op, cond.value)})"
        )
        fail(kind, text, problem, field=cond.field)
    ops[cond.op] = cond.value


class Query:
    """A search query: conditions on fields plus the default filters it drops (``field=any``).

    Make one with :func:`parse_query`, the builder (``Q.num_gpus >= 2``), or ``Query(kind)``
    for an empty one; combine with ``&``. Immutable and hashable. ``str(query)`` is the query in
    the CLI's grammar; ``to_filters()`` is the ``{field: {op: value}}`` dict the API takes.
    """

    __slots__ = ("_dropped", "_filters", "_kind")

    def __init__(self, kind: QueryKind = "offers") -> None:
        """An empty query for ``kind`` (one of the six searches)."""
        self._kind: QueryKind = check_kind(kind)
        self._filters: dict[str, dict[str, Value]] = {}
        self._dropped: tuple[str, ...] = ()

    @classmethod
    def _make(
        cls, kind: QueryKind, filters: dict[str, dict[str, Value]], dropped: Iterable[str]
    ) -> Query:
        query = cls(kind)
        query._filters = {f: dict(ops) for f, ops in filters.items() if ops}
        query._dropped = tuple(dict.fromkeys(dropped))
        return query

    @property
    def kind(self) -> QueryKind:
        """The search this query is for; it decides the fields, units and defaults."""
        return self._kind

    @property
    def conditions(self) -> tuple[Condition, ...]:
        """The conditions, in the order they were first given."""
        return tuple(
            Condition(field, cast(Op, op), value)
            for field, ops in self._filters.items()
            for op, value in ops.items()
        )

    @property
    def dropped(self) -> frozenset[str]:
        """Fields whose default filter this query removes (written ``field=any``)."""
        return frozenset(self._dropped)

    def to_filters(self, *, defaults: bool = False) -> dict[str, dict[str, Any]]:
        """The ``{field: {op: value}}`` dict the API takes, with units and dates converted.

        defaults: start from the CLI's default filters for this kind (minus the dropped
            ones); a condition replaces the default's value for the same operator only,
            as the CLI does (``disk_space>50`` on volumes keeps ``disk_space>=1``).
        """
        out: dict[str, dict[str, Any]] = {}
        if defaults:
            for field, ops in DEFAULTS[self._kind].items():
                if field not in self._dropped:
                    out[field] = dict(ops)
        for field, ops in self._filters.items():
            target = out.setdefault(field, {})
            for op, value in ops.items():
                target[op] = wire(self._kind, field, value)
        return out

    def __and__(self, other: Query) -> Query:
        """Both queries' conditions; QueryError if they are for different kinds or give one
        field's operator two values."""
        if not isinstance(other, Query):
            return NotImplemented
        if other._kind != self._kind:
            fail(self._kind, None, f"cannot combine it with a query for {other._kind}")
        filters = {f: dict(ops) for f, ops in self._filters.items()}
        for cond in other.conditions:
            add_condition(filters, self._kind, cond, None)
        return Query._make(self._kind, filters, self._dropped + other._dropped)

    def __str__(self) -> str:
        drops = [f"{field}=any" for field in self._dropped]
        return " ".join(drops + [render(c.field, c.op, c.value) for c in self.conditions])

    def __repr__(self) -> str:
        return f"parse_query({str(self)!r}, kind={self._kind!r})"

    def _key(self) -> tuple[str, frozenset[tuple[str, str, type, Value]], frozenset[str]]:
        conds = frozenset((c.field, c.op, type(c.value), c.value) for c in self.conditions)
        return self._kind, conds, frozenset(self._dropped)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Query):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __bool__(self) -> bool:
        """Refused: ``a and b`` or ``1 < Q.x < 5`` would silently keep one condition."""
        raise TypeError("a Query has no truth value; combine queries with &, not 'and'")


def _text(kind: QueryKind, field: str, value: object, in_list: bool) -> Value:
    """A builder value as the grammar would read it back (numbers as text, dates MM/DD/YYYY)."""
    if isinstance(value, bool) or value is None:
        if in_list:
            fail(kind, None, f"{field}: a list takes text or numbers, got {value!r}", field=field)
        return value
    if isinstance(value, int | float):
        if not math.isfinite(value):
            fail(kind, None, f"{field}: {value!r} is not a finite number", field=field)
        return repr(value)
    if isinstance(value, date):
        if field not in DATE_FIELDS[kind]:
            fail(kind, None, f"{field} is not a date field, got {value!r}", field=field)
        if not isinstance(value, datetime):
            return f"{value.month:02d}/{value.day:02d}/{value.year:04d}"
        if value.tzinfo is None:
            fail(kind, None, f"{field}: give a timezone-aware datetime, got {value!r}", field=field)
        return repr(value.timestamp())
    if isinstance(value, str):
        if '"' in value:
            problem = f"{field}: the query grammar cannot express a double quote in {value!r}"
            fail(kind, None, problem, field=field)
        return value
    fail(kind, None, f"{field}: unsupported value {value!r}", field=field)


class Field:
    """One field of a builder: compare it to make a Query (``Q.num_gpus >= 2``)."""

    __slots__ = ("kind", "name")

    def __init__(self, name: str, kind: QueryKind = "offers") -> None:
        """The field ``name`` (an alias is resolved) of ``kind``; QueryError if unknown."""
        self.kind: QueryKind = check_kind(kind)
        self.name: str = resolve_field(self.kind, name, None)

    def _query(self, op: Op, value: Value) -> Query:
        check_value(self.kind, self.name, value, None)
        return Query._make(self.kind, {self.name: {op: value}}, ())

    def _scalar(self, op: Op, value: BuilderValue) -> Query:
        return self._query(op, _text(self.kind, self.name, value, in_list=False))

    def __eq__(self, value: BuilderValue) -> Query:  # type: ignore[override]
        return self._scalar("eq", value)

    def __ne__(self, value: BuilderValue) -> Query:  # type: ignore[override]
        return self._scalar("neq", value)

    def __lt__(self, value: BuilderValue) -> Query:
        return self._scalar("lt", value)

    def __le__(self, value: BuilderValue) -> Query:
        return self._scalar("lte", value)

    def __gt__(self, value: BuilderValue) -> Query:
        return self._scalar("gt", value)

    def __ge__(self, value: BuilderValue) -> Query:
        return self._scalar("gte", value)

    __hash__ = None  # type: ignore[assignment]

    def _list(self, op: Op, values: Iterable[BuilderValue]) -> Query:
        if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
            problem = f"{self.name} {op} takes a list of values, got {values!r}"
            fail(self.kind, None, problem, field=self.name)
        items = tuple(_text(self.kind, self.name, v, in_list=True) for v in values)
        if not items:
            fail(self.kind, None, f"{self.name} {op} needs at least one value", field=self.name)
        return self._query(op, cast(tuple[str, ...], items))

    def in_(self, values: Iterable[BuilderValue]) -> Query:
        """The field is one of ``values`` (``geolocation in [US,CA]``)."""
        return self._list("in", values)

    def notin_(self, values: Iterable[BuilderValue]) -> Query:
        """The field is none of ``values`` (``geolocation notin [CN,VN]``)."""
        return self._list("notin", values)

    def any(self) -> Query:
        """Drop this field's default filter (``verified=any``); a no-op for other fields."""
        return Query._make(self.kind, {}, (self.name,))

    def __repr__(self) -> str:
        return f"Field({self.name!r}, kind={self.kind!r})"


class QueryBuilder:
    """Fields of one kind of query as attributes: ``QueryBuilder("volumes").disk_space``.

    ``Q`` is the offers builder. ``builder["name"]`` works for any field too. An unknown
    field raises QueryError with suggestions.
    """

    __slots__ = ("_kind",)

    def __init__(self, kind: QueryKind = "offers") -> None:
        """A builder for ``kind`` (one of the six searches)."""
        self._kind: QueryKind = check_kind(kind)

    @property
    def kind(self) -> QueryKind:
        """The search this builder's queries are for."""
        return self._kind

    def __getattr__(self, name: str) -> Field:
        if name.startswith("_"):
            raise AttributeError(name)
        return Field(name, self._kind)

    def __getitem__(self, name: str) -> Field:
        return Field(name, self._kind)

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | FIELDS[self._kind])

    def __repr__(self) -> str:
        return f"QueryBuilder({self._kind!r})"


Q = QueryBuilder("offers")
"""The offers builder: ``Q.gpu_name == "RTX 4090"``, ``Q.geolocation.in_(["US", "CA"])``."""
