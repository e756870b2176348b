"""Property-based tests: text and builder round trips, and parity with the official parser.

- builder -> str -> parse gives an equal Query, with equal filters;
- parse -> str -> parse is stable (same Query, same text, same filters);
- on the inputs both accept (plain spaced queries without our documented differences), our
  filters with defaults equal vastai 1.9.1's ``parse_query`` output, for all six kinds.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from datetime import UTC
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from vast_sdk.query import (
    ALIASES,
    DATE_FIELDS,
    FIELD_TYPES,
    FIELDS,
    KINDS,
    MULTIPLIERS,
    OPS,
    Query,
    QueryBuilder,
    QueryError,
    QueryKind,
    parse_query,
)

from .official import Official, canon

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
COMPARE: dict[str, Callable[[Any, Any], Query]] = {
    "eq": operator.eq,
    "neq": operator.ne,
    "lt": operator.lt,
    "lte": operator.le,
    "gt": operator.gt,
    "gte": operator.ge,
}

kinds = st.sampled_from(KINDS)
numbers = st.one_of(
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12),
)
texts = st.text(st.characters(codec="utf-8", exclude_characters='"'), max_size=12)


def scalar_values(kind: QueryKind, field: str) -> st.SearchStrategy[Any]:
    """Python values the builder should take for ``field``."""
    if field in MULTIPLIERS[kind]:
        return numbers
    if field in DATE_FIELDS[kind]:
        return st.one_of(
            st.dates(),
            st.datetimes(timezones=st.just(UTC)),
            st.integers(0, 4 * 10**9),
            st.none(),
        )
    if field == "driver_version":
        return st.one_of(st.from_regex(r"\d{1,3}\.\d{1,3}\.\d{1,3}", fullmatch=True), texts)
    typed = FIELD_TYPES[kind].get(field)
    if typed in TYPED_VALUES:
        return st.one_of(TYPED_VALUES[typed], st.none())
    return st.one_of(texts, numbers, st.booleans(), st.none())


TYPED_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "int": st.integers(-(10**12), 10**12),
    "float": numbers,
    "bool": st.booleans(),
}
"""What the builder takes for a field the CLI's help types as int, float or bool."""


def list_values(kind: QueryKind, field: str) -> st.SearchStrategy[list[Any]]:
    typed = FIELD_TYPES[kind].get(field)
    if field in MULTIPLIERS[kind]:
        items: st.SearchStrategy[Any] = numbers
    elif field in DATE_FIELDS[kind]:
        items = st.one_of(st.dates(), st.integers(0, 4 * 10**9))
    elif field == "driver_version":
        items = st.from_regex(r"\d{1,3}\.\d{1,3}\.\d{1,3}", fullmatch=True)
    elif typed in ("int", "float"):
        items = TYPED_VALUES[typed]
    else:  # a bool field takes no list: the builder refuses it (test_messages.py)
        items = st.one_of(texts, numbers)
    return st.lists(items, min_size=1, max_size=4)


@st.composite
def built_queries(draw: st.DrawFn) -> Query:
    kind: QueryKind = draw(kinds)
    builder = QueryBuilder(kind)
    query = Query(kind)
    for _ in range(draw(st.integers(0, 6))):
        field = builder[draw(st.sampled_from(sorted(FIELDS[kind])))]
        op = draw(st.sampled_from((*OPS, "any")))
        try:
            if op == "any":
                part = field.any()
            elif op in ("in", "notin"):
                values = draw(list_values(kind, field.name))
                part = field.in_(values) if op == "in" else field.notin_(values)
            else:
                part = COMPARE[op](field, draw(scalar_values(kind, field.name)))
            query = query & part
        except QueryError:
            continue  # e.g. a second value for the same operator
    return query


@SETTINGS
@given(built_queries())
def test_builder_to_text_to_query(query: Query) -> None:
    again = parse_query(str(query), kind=query.kind)
    assert again == query
    assert canon(again.to_filters(defaults=True)) == canon(query.to_filters(defaults=True))


# -- text generation ------------------------------------------------------------------------

SYMBOLS = {
    "eq": ["=", "==", " = ", " == "],
    "neq": ["!=", " != "],
    "lt": ["<", " < "],
    "lte": ["<=", " <= "],
    "gt": [">", " > "],
    "gte": [">=", " >= "],
}
WORDS = {
    "eq": [" eq "],
    "neq": [" neq ", " noteq ", " not eq "],
    "lt": [" lt "],
    "lte": [" lte "],
    "gt": [" gt "],
    "gte": [" gte "],
    "in": [" in "],
    "notin": [" notin ", " nin ", " not in "],
}
bare_words = st.from_regex(r"[A-Za-z0-9_.:/+-]{1,8}", fullmatch=True).filter(
    lambda t: not re.fullmatch(r"(any|\*|\?)", t)
)
plain_numbers = st.from_regex(r"-?\d{1,4}(\.\d{1,3})?", fullmatch=True)
epochs = st.from_regex(r"\d{1,10}(\.\d{1,2})?", fullmatch=True)
mdy = st.dates().map(lambda d: f"{d.month:02d}/{d.day:02d}/{d.year:04d}")
drivers = st.from_regex(r"[1-9]\d{2}\.\d{2,3}\.\d{2}", fullmatch=True)  # not 0.0.0: see
# test_differences.py::test_driver_version_0_0_0


def scalar_texts(kind: QueryKind, field: str) -> st.SearchStrategy[str]:
    if field in MULTIPLIERS[kind]:
        return plain_numbers
    if field in DATE_FIELDS[kind]:
        return st.one_of(epochs, mdy, st.sampled_from(["null", "None"]))
    if field == "driver_version":
        return st.one_of(drivers, st.from_regex(r"\d{1,9}", fullmatch=True))
    typed = FIELD_TYPES[kind].get(ALIASES[kind].get(field, field))
    if typed in TYPED_TEXTS:
        return st.one_of(TYPED_TEXTS[typed], st.just("null"))
    return st.one_of(bare_words, st.sampled_from(["true", "True", "false", "False", "null"]))


TYPED_TEXTS: dict[str, st.SearchStrategy[str]] = {
    "int": st.from_regex(r"-?\d{1,6}", fullmatch=True),
    "float": plain_numbers,
    "bool": st.sampled_from(["true", "True", "false", "False"]),
}
"""Values as written for a field the CLI's help types as int, float or bool."""


def special(kind: QueryKind, field: str) -> bool:
    """A field whose values are converted: GB/days, dates, driver_version."""
    return field in MULTIPLIERS[kind] or field in DATE_FIELDS[kind] or field == "driver_version"


@st.composite
def list_text(draw: st.DrawFn, kind: QueryKind, field: str, quoted: bool) -> str:
    """``[a, b_c]``, ``[a ,b ]``, or a bare ``a,b`` for in/notin."""
    if special(kind, field):  # only ours reads these (the official parser crashes)
        values = draw(st.lists(scalar_texts(kind, field), min_size=1, max_size=3))
        return "[" + ",".join([v for v in values if v not in ("null", "None")] or ["1"]) + "]"
    typed = FIELD_TYPES[kind].get(ALIASES[kind].get(field, field))
    items = TYPED_TEXTS[typed] if typed in ("int", "float") else bare_words
    words = draw(st.lists(items, min_size=1, max_size=4))
    if quoted and draw(st.booleans()):
        words = [f'"{w.replace("_", " ")}"' if draw(st.booleans()) else w for w in words]
    form = draw(st.sampled_from(["list", "spaced", "bare"]))
    if form == "list":
        return "[" + ",".join(words) + "]"
    if form == "spaced":
        return "[" + ", ".join(words) + " ]"
    return ",".join(w for w in words if not w.startswith('"')) or "x"


@st.composite
def query_texts(draw: st.DrawFn, kind: QueryKind, fields: list[str], extended: bool) -> str:
    """A query both parsers accept. ``extended`` adds what only ours reads the same way:
    quoted values and tabs/newlines between conditions."""
    used: dict[str, set[str]] = {}
    clauses: list[str] = []
    for _ in range(draw(st.integers(0, 6))):
        name = draw(st.sampled_from(fields))
        target = ALIASES[kind].get(name, name)
        if target not in used and draw(st.integers(0, 9)) == 0:
            clauses.append(f"{name}={draw(st.sampled_from(['any', '*', '?']))}")
            used[target] = set()
            continue
        op = draw(st.sampled_from(OPS))
        if op in used.setdefault(target, set()):
            continue
        if op in ("in", "notin") and special(kind, name) and not extended:
            continue
        if op in ("in", "notin") and FIELD_TYPES[kind].get(target) == "bool":
            continue  # refused: test_messages.py
        used[target].add(op)
        spelled = draw(st.sampled_from(SYMBOLS.get(op, []) + WORDS[op]))
        if op in ("in", "notin"):
            value = draw(list_text(kind, name, extended))
        elif (
            extended
            and draw(st.integers(0, 4)) == 0
            and name not in MULTIPLIERS[kind]
            and FIELD_TYPES[kind].get(target) not in ("bool", "int", "float")
        ):
            value = f'"{draw(bare_words)}"'
            if name in DATE_FIELDS[kind] or name == "driver_version":
                value = draw(scalar_texts(kind, name))
        else:
            value = draw(scalar_texts(kind, name))
        clauses.append(f"{name}{spelled}{value}")
    separators = [" ", "  "] + (["\t", "\n", " \n "] if extended else [])
    out = ""
    for clause in clauses:
        out += clause + draw(st.sampled_from(separators))
    return out


@st.composite
def any_query_text(draw: st.DrawFn) -> tuple[QueryKind, str]:
    kind: QueryKind = draw(kinds)
    return kind, draw(query_texts(kind, sorted(FIELDS[kind]), extended=True))


@SETTINGS
@given(any_query_text())
def test_text_to_query_to_text_is_stable(case: tuple[QueryKind, str]) -> None:
    kind, text = case
    try:
        query = parse_query(text, kind=kind)
    except QueryError:
        assume(False)
        raise
    again = parse_query(str(query), kind=kind)
    assert again == query
    assert str(again) == str(query)
    assert canon(again.to_filters(defaults=True)) == canon(query.to_filters(defaults=True))


def official_fields(kind: QueryKind) -> list[str]:
    """The field names the official parser knows for ``kind`` (aliases included)."""
    q = Official.get().query
    table = {
        "offers": set(q.offers_fields) | set(q.offers_alias),
        "volumes": set(q.vol_offers_fields),
        "network_volumes": set(q.vol_offers_fields),
        "templates": set(q.templates_fields),
        "benchmarks": set(q.benchmarks_fields),
        "invoices": set(q.invoices_fields),
    }[kind]
    return sorted(table)


@st.composite
def shared_query_text(draw: st.DrawFn) -> tuple[QueryKind, str]:
    kind: QueryKind = draw(kinds)
    return kind, draw(query_texts(kind, official_fields(kind), extended=False))


@SETTINGS
@given(shared_query_text())
def test_filters_equal_the_official_parser(case: tuple[QueryKind, str]) -> None:
    kind, text = case
    ours = parse_query(text, kind=kind).to_filters(defaults=True)
    assert canon(ours) == canon(Official.get().parse(text, kind)), text
