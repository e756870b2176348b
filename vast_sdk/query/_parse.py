"""Read the official CLI's query grammar (``gpu_name=RTX_4090 num_gpus>=2``) and order syntax.

The grammar is the one ``vastai search ...`` accepts (vastai/api/query.py:279-397 in vastai
1.9.1): ``field op value`` repeated; ops ``= == != < <= > >=`` and the words ``eq neq noteq
"not eq" lt lte gt gte in notin nin "not in"``; values bare (``_`` for a space), quoted, or a
``[a,b]`` list; ``true``/``false``/``null``; ``any`` (or ``*``, ``?``) drops a default filter.
Where the official parser misreads or crashes, this one raises or does what the text says; the
differences are listed on :func:`parse_query`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ._core import (
    Condition,
    Query,
    QueryError,
    Scalar,
    Value,
    add_condition,
    check_kind,
    check_value,
    did_you_mean,
    fail,
    resolve_field,
)
from ._tables import FIELDS, GEO_REGIONS, ORDER_ALIASES, Op, QueryKind

__all__ = ["OrderSpec", "parse_order", "parse_query"]

_WORD_OPS = r"lte|lt|gte|gt|nin|neq|eq|not\s?eq|not\s?in|in"
_CLAUSE = re.compile(
    rf"(?P<field>[A-Za-z0-9_]+)(?:(?P<sym>\s*[=<>!]+)|\s+(?P<word>{_WORD_OPS})(?=\s))?\s*"
)
_LIST = re.compile(r'\[(?:"[^"]*"|[^\]"])*\]')
_QUOTED = re.compile(r'"[^"]*"')
_BARE = re.compile(r"\S+")
_OPS: dict[str, Op] = {
    ">=": "gte", ">": "gt", "gt": "gt", "gte": "gte", "<=": "lte", "<": "lt", "lt": "lt",
    "lte": "lte", "!=": "neq", "==": "eq", "=": "eq", "eq": "eq", "neq": "neq", "noteq": "neq",
    "not eq": "neq", "notin": "notin", "not in": "notin", "nin": "notin", "in": "in",
}  # fmt: skip
_WILDCARDS = frozenset({"any", "*", "?"})
_BOOLS: dict[str, bool | None] = {
    "true": True, "True": True, "false": False, "False": False, "None": None, "null": None,
}  # fmt: skip


@dataclass(frozen=True)
class _Raw:
    """One value as written: ``bare`` text, ``quoted`` text, or a ``list`` of items."""

    form: Literal["bare", "quoted", "list"]
    items: tuple[tuple[bool, str], ...]  # (quoted?, text); one item unless a list


@dataclass(frozen=True)
class _Clause:
    name: str
    op: Op
    raw: _Raw
    start: int


def _split_list(kind: QueryKind, text: str, inner: str, start: int) -> tuple[tuple[bool, str], ...]:
    """Items of ``[a, "b c", d]`` (without the brackets): quoted ones kept, empty ones dropped."""
    items: list[tuple[bool, str]] = []
    quoted, begin = False, 0
    for i, char in enumerate(inner + ","):
        if char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            part, begin = inner[begin:i].strip(), i + 1
            if _QUOTED.fullmatch(part):
                items.append((True, part[1:-1]))
            elif '"' in part:
                fail(kind, text, f"stray quote in list item {part!r}", position=start)
            elif part:
                items.append((False, part))
    return tuple(items)


def _clauses(kind: QueryKind, text: str) -> list[_Clause]:
    """Split ``text`` into clauses; QueryError where it stops being ``field op value ...``."""
    out: list[_Clause] = []
    pos = len(text) - len(text.lstrip())
    while pos < len(text):
        m = _CLAUSE.match(text, pos)
        if m is None:
            fail(kind, text, "expected a field name", position=pos)
        name, sym, word = m["field"], m["sym"], m["word"]
        if sym is None and word is None:
            problem = f"expected an operator (= != < <= > >= in notin) after {name!r}"
            hint = _spaced_value_hint(text, out[-1] if out else None, pos)
            fail(kind, text, problem, field=name, position=m.end(1), hint=hint)
        op_text = re.sub(r"\s+", " ", (sym or word).strip())
        if op_text not in _OPS:
            problem = f"unknown operator {op_text!r} after {name!r}"
            fail(kind, text, problem, field=name, position=pos)
        start = m.end()
        if start == len(text):
            fail(kind, text, f"{name} {op_text} needs a value", field=name, position=start)
        raw: _Raw
        if text[start] == "[":
            lm = _LIST.match(text, start)
            if lm is None:
                fail(kind, text, "unclosed '['", field=name, position=start)
            end = lm.end()
            raw = _Raw("list", _split_list(kind, text, text[start + 1 : end - 1], start))
        elif text[start] == '"':
            qm = _QUOTED.match(text, start)
            if qm is None:
                fail(kind, text, "unclosed '\"'", field=name, position=start)
            end = qm.end()
            raw = _Raw("quoted", ((True, text[start + 1 : end - 1]),))
        else:
            bm = _BARE.match(text, start)
            if bm is None:  # cannot happen: _CLAUSE ate the whitespace before text[start]
                fail(kind, text, f"{name} {op_text} needs a value", field=name, position=start)
            end = bm.end()
            token = bm[0].strip(",")
            if any(c in token for c in '[]"'):
                fail(kind, text, f"stray bracket or quote in {bm[0]!r}", field=name, position=start)
            raw = _Raw("bare", ((False, token),))
        while end < len(text) and text[end] == ",":
            end += 1
        if end < len(text) and not text[end].isspace():
            fail(kind, text, "expected a space after the value", field=name, position=end)
        out.append(_Clause(name, _OPS[op_text], raw, pos))
        while end < len(text) and text[end].isspace():
            end += 1
        pos = end
    return out


def _spaced_value_hint(text: str, previous: _Clause | None, pos: int) -> str:
    """When the words at ``pos`` go on with the previous clause's bare value (``gpu_name=RTX
    4090``): how to write that value, ``did you mean gpu_name=RTX_4090? ...``; else ''."""
    if previous is None or previous.raw.form != "bare":
        return ""
    token = previous.raw.items[0][1]
    head = text[previous.start : pos].rstrip()
    if not token or token in _WILDCARDS or token in _BOOLS or not head.endswith(token):
        return ""
    words: list[str] = []
    for word in _BARE.finditer(text, pos):
        m = _CLAUSE.match(text, word.start())
        if (m and (m["sym"] or m["word"])) or not _PLAIN_WORD.fullmatch(word[0]):
            break
        words.append(word[0])
    if not words:
        return ""
    written = head[: len(head) - len(token)]
    spaced = " ".join([token.replace("_", " "), *words]).rstrip(",")
    joined = written + spaced.replace(" ", "_")
    quoted = "" if "," in spaced else f' (or quote the value: {written}"{spaced}")'
    return f"; did you mean {joined}? Write each space in a value as _{quoted}"


_PLAIN_WORD = re.compile(r"[\w.,+\-/:@#()]+")
"""A word that can be part of a value written with spaces (GPU, CPU and image names...)."""


def _item(quoted: bool, text: str) -> str:
    """A list item's text: ``_`` is a space unless quoted."""
    return text if quoted else text.replace("_", " ")


def _value(kind: QueryKind, text: str, c: _Clause, field: str) -> Value:
    """The clause's value as stored in a Query (see vastai/api/query.py:356-390)."""
    quoted, token = c.raw.items[0] if c.raw.items else (False, "")
    if c.op in ("in", "notin"):
        if c.raw.form == "list":
            items = tuple(_item(q, t) for q, t in c.raw.items)
        elif quoted:
            items = (token,)
        else:
            items = tuple(_item(False, t.strip()) for t in token.split(",") if t.strip())
        if not items:
            fail(kind, text, f"{c.name} {c.op} needs at least one value", field=field)
        return items
    if c.raw.form == "list":
        problem = f"a [list] needs 'in' or 'notin', not {c.op!r}, for {c.name}"
        fail(kind, text, problem, field=field, position=c.start)
    if quoted:
        return token
    if not token:
        fail(kind, text, f"{c.name} needs a value", field=field, position=c.start)
    scalar: Scalar = _BOOLS[token] if token in _BOOLS else token.replace("_", " ")
    return scalar


def _georegion(kind: QueryKind, text: str, clauses: list[_Clause]) -> tuple[list[_Clause], bool]:
    """Take out the official SDK's ``georegion=true|false`` directive (vastai/utils.py:298-341);
    refuse ``chunked=``, a client-side filter of results that a query cannot express."""
    active, rest = False, []
    for c in clauses:
        if kind == "offers" and c.name == "chunked":
            problem = "'chunked' is the official SDK's filter of results, not a query filter"
            fail(kind, text, problem, field="chunked", position=c.start)
        if kind == "offers" and c.name == "georegion":
            flag = c.raw.items[0][1] if c.raw.form == "bare" and c.raw.items else ""
            if c.op != "eq" or _BOOLS.get(flag) is None:
                problem = "georegion takes =true or =false"
                fail(kind, text, problem, field="georegion", position=c.start)
            active = active or bool(_BOOLS[flag])
        else:
            rest.append(c)
    return rest, active


def _expand_regions(op: Op, value: Value) -> tuple[Op, Value]:
    """``geolocation=EU`` -> ``geolocation in [<EU's countries>]`` (!= -> notin; list items too)."""
    if isinstance(value, str) and value in GEO_REGIONS and op in ("eq", "neq"):
        return ("in" if op == "eq" else "notin"), GEO_REGIONS[value]
    if isinstance(value, tuple):
        expanded = [c for v in value for c in GEO_REGIONS.get(v, (v,))]
        return op, tuple(dict.fromkeys(expanded))
    return op, value


def parse_query(text: str, *, kind: QueryKind = "offers") -> Query:
    """Read a query in the official CLI's grammar, e.g. ``"gpu_name=RTX_4090 num_gpus>=2"``.

    text: the query; any whitespace separates conditions.
    kind: which search the query is for; it decides the fields, aliases, units and defaults.

    Raises QueryError (an InvalidRequestError) naming the text and field for bad syntax, an
    unknown field or an unusable value. Deliberate differences from vastai 1.9.1's parser:

    - an unknown field raises (the CLI warns on stderr and sends it anyway);
    - ``georegion=true`` (offers) expands every ``geolocation=<region>`` wherever it is, with
      any values; the official SDK pre-parses the query with a grammar that stops at the first
      ``.``, ``[`` or quote and silently drops the rest (OFFICIAL-VASTAI-PACKAGE.md §4.1), and
      turns ``geolocation!=EU`` into ``in``. ``georegion=false`` is not sent as a filter;
      ``chunked=`` raises;
    - quoted text is literal: ``"a_b"`` keeps its underscore and ``"true"`` stays text (the
      CLI turns ``_`` into spaces and ``"true"`` into a boolean even inside quotes), and a
      comma inside a quoted list item does not split it;
    - a ``[list]`` with an operator other than in/notin raises (the CLI sends ``"a,b"``);
    - a list of GB/day, date or dotted driver_version values is converted item by item (the
      CLI crashes); true/false on a date field raises (the CLI sends 1.0 or 0.0), and
      ``driver_version=0.0.0`` is sent as 0 (the CLI calls it a blank value);
    - the same field and operator twice with different values raises, and so does ``f=any``
      after a condition on ``f`` (the CLI silently keeps the last);
    - tabs and newlines separate conditions like spaces (the CLI makes them part of a value),
      and so do commas after a value (``gpu_name in [A,B], num_gpus=2``; the CLI refuses it);
    - a value of the wrong type for a field the CLI's help types as int, float or bool raises
      (``num_gpus>=two``; the CLI sends it and the server refuses it), and a value written with
      spaces (``gpu_name=RTX 4090``) raises with the ``_`` spelling to use.
    """
    if not isinstance(text, str):
        raise QueryError(f"{kind} query must be a string, got {type(text).__name__}")
    kind = check_kind(kind)
    text = text.strip()
    clauses, georegion = _georegion(kind, text, _clauses(kind, text))
    filters: dict[str, dict[str, Value]] = {}
    dropped: list[str] = []
    for c in clauses:
        field = resolve_field(kind, c.name, text)
        token = c.raw.items[0][1] if c.raw.items else ""
        if c.raw.form == "bare" and token in _WILDCARDS and c.op not in ("in", "notin"):
            if c.op != "eq":
                problem = f"{c.name}: 'any' only works with '='"
                fail(kind, text, problem, field=field, position=c.start)
            if filters.get(field):
                problem = f"{c.name}=any after a condition on {field} would drop that condition"
                fail(kind, text, problem, field=field, position=c.start)
            dropped.append(field)
            continue
        op, value = c.op, _value(kind, text, c, field)
        if georegion and field == "geolocation":
            op, value = _expand_regions(op, value)
        check_value(kind, field, value, text)
        add_condition(filters, kind, Condition(field, op, value), text)
    return Query._make(kind, filters, dropped)


OrderSpec = str | Sequence[str | Sequence[str]]
"""``"dph_total,-score"``, ``["dph_total", "-score"]`` or ``[["dph_total", "asc"], ...]``."""

_ORDER_ITEM = re.compile(r"([+-]?)([A-Za-z0-9_]+)([+-]?)")
_NAME = re.compile(r"[A-Za-z0-9_]+")


def parse_order(
    order: OrderSpec | None,
    *,
    kind: Literal["offers", "volumes", "network_volumes"] = "offers",
) -> list[list[str]]:
    """The body's ``order``: ``"-dph,score"`` -> ``[["dph_total","desc"],["score","asc"]]``.

    order: comma-separated fields, ``-`` before or after a field for descending (``+`` or
        nothing for ascending), or a list of such fields or of ``[field, "asc"|"desc"]``
        pairs. None gives the CLI's default, score descending; "" gives no order.
    kind: the search; offers fields are checked against the offers table (volume searches
        are only checked for syntax, as their sortable columns are not documented).

    Aliases apply (``dph`` -> ``dph_total``). Unlike the CLI, a field with two signs
    (``-dph+``, ``--dph``) raises instead of being misread.
    """
    if kind not in ("offers", "volumes", "network_volumes"):
        raise QueryError(f"order: {kind!r} searches take no order")
    if order is None:
        return [["score", "desc"]]
    items: list[str | Sequence[str]] = []
    if isinstance(order, str):
        items.extend(order.split(","))
    else:
        for item in order:
            items.extend(item.split(",") if isinstance(item, str) else [item])
    out: list[list[str]] = []
    for item in items:
        if isinstance(item, str):
            if not item.strip():
                continue
            m = _ORDER_ITEM.fullmatch(item.strip())
            if m is None or (m[1] and m[3]):
                problem = f"order: cannot read {item.strip()!r}; write field, -field or field-"
                raise QueryError(problem)
            name, direction = m[2], "desc" if "-" in (m[1], m[3]) else "asc"
        else:
            pair = list(item)
            ok = len(pair) == 2 and isinstance(pair[0], str) and _NAME.fullmatch(pair[0])
            if not ok or pair[1] not in ("asc", "desc"):
                raise QueryError(f"order: {item!r} is not [field, 'asc'|'desc']")
            name, direction = pair[0], pair[1]
        field = ORDER_ALIASES.get(name, name)
        if kind == "offers" and field not in FIELDS["offers"]:
            hint = did_you_mean(name, FIELDS["offers"])
            raise QueryError(f"order: unknown offers field {name!r}{hint}", field=name)
        out.append([field, direction])
    return out
