"""Where FakeVast accepts what the official client sends although a document says otherwise.

Production takes what the official ``vastai`` package sends every day, so a request in that form
must not be refused by the fake. Each rule here names the operations and fields it covers, the
official client's code that proves the form, and the row of docs/wire.md that records it (the
``F`` rows; tests/fake/test_proven.py checks the two agree). Everything else is still validated
against the documents.

The rules act in two places:

- ``proven_document(document)``: the document the fake validates with (and schemathesis fuzzes
  with) says what production accepts: a number field also takes a numeric string, a free-text
  field takes any text (its handler refuses control characters with the documented
  ``invalid_characters``), an optional query parameter takes ``null``.
- ``Spec.official_forms`` (via ``coerce_body``/``absent_query``): the request is brought to the
  documented form before the handler sees it (``"40"`` becomes ``40.0``; ``?machid=null`` is no
  ``machid``), so handlers and responses deal in documented types only.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any, Literal

NUMERIC = r"^\s*-?[0-9]+(\.[0-9]+)?\s*$"
"""A number written as text, the way the official CLI passes a ``type=str`` option on."""


def printable(text: str) -> bool:
    """True for text without control characters (a tab is allowed): what a value may hold
    (the handlers answer ``invalid_characters`` otherwise, as documented)."""
    return all(ch == "\t" or ch.isprintable() for ch in text)


Kind = Literal["numeric-string", "printable-text", "null-query"]


@dataclass(frozen=True)
class Proven:
    """One accepted form: ``kind`` for ``fields`` of ``operations`` (``"*"``: every one)."""

    row: str
    """Its row in docs/wire.md (``F1``...)."""
    kind: Kind
    operations: tuple[str, ...]
    fields: tuple[str, ...]
    source: str
    """The official client's code path that sends the form."""


RULES: tuple[Proven, ...] = (
    Proven(
        "F1",
        "numeric-string",
        ("create_template", "update_template"),
        ("recommended_disk_space",),
        "cli/commands/offers.py:create__template, update__template (--disk_space type=str) -> "
        "api/offers.py:create_template, update_template",
    ),
    Proven(
        "F2",
        "printable-text",
        ("create_env_var", "update_env_var"),
        ("value",),
        "cli/commands/auth.py:create__env_var, update__env_var -> api/auth.py:create_env_var, "
        "update_env_var (the value as typed: tokens, URLs, base64)",
    ),
    Proven(
        "F3",
        "null-query",
        ("*",),
        ("*",),
        "api/client.py:VastClient._build_url (json.dumps of a None value) from "
        "api/billing.py:show_earnings (machid), api/metrics.py:gpu_current",
    ),
)


def rules_for(operation: str, kind: Kind) -> list[Proven]:
    """The rules of ``kind`` that cover ``operation``."""
    return [r for r in RULES if r.kind == kind and {"*", operation} & set(r.operations)]


def _numeric_or_text(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "string", "pattern": NUMERIC}]}


def _resolve(document: dict[str, Any], schema: Any) -> Any:
    for _ in range(20):
        if not (isinstance(schema, dict) and "$ref" in schema):
            break
        schema = document["components"]["schemas"][str(schema["$ref"]).rsplit("/", 1)[1]]
    return schema


def _body_schema(document: dict[str, Any], op: dict[str, Any]) -> dict[str, Any] | None:
    content = (op.get("requestBody") or {}).get("content") or {}
    media = content.get("application/json") or {}
    if "schema" not in media:
        return None
    if isinstance(media["schema"], dict) and "$ref" in media["schema"]:
        # A shared component: give this operation its own copy to loosen.
        media["schema"] = copy.deepcopy(_resolve(document, media["schema"]))
    schema = media["schema"]
    return schema if isinstance(schema, dict) else None


def proven_document(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``document`` whose schemas accept the forms in RULES."""
    doc = copy.deepcopy(document)
    for item in doc.get("paths", {}).values():
        if not isinstance(item, dict):
            continue
        for op in item.values():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            name = str(op["operationId"])
            schema = _body_schema(doc, op)
            props = (schema or {}).get("properties") or {}
            for rule in rules_for(name, "numeric-string"):
                for field in rule.fields:
                    if field in props:
                        props[field] = _numeric_or_text(props[field])
            for rule in rules_for(name, "printable-text"):
                for field in rule.fields:
                    if field in props:  # the handler refuses control characters itself
                        props[field] = {k: v for k, v in props[field].items() if k != "pattern"}
    return doc


def coerce_body(operation: str, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with the numeric strings of the numeric-string rules as numbers."""
    for rule in rules_for(operation, "numeric-string"):
        for field in rule.fields:
            value = data.get(field)
            if isinstance(value, str) and re.match(NUMERIC, value):
                number = float(value)
                data[field] = int(number) if number.is_integer() and "." not in value else number
    return data


def nullable(schema: dict[str, Any]) -> bool:
    """True when the schema itself allows null (``type: [integer, null]``, an anyOf branch)."""
    kinds = schema.get("type")
    if kinds == "null" or (isinstance(kinds, list) and "null" in kinds):
        return True
    branches = [*(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]
    return any(isinstance(b, dict) and nullable(b) for b in branches)


def absent_query(operation: str, schema: dict[str, Any], value: str) -> bool:
    """True when a query value of ``null`` reads as absent: the parameter's schema allows null
    (issue 19), or rule F3 covers it and it is not free text (another type, or text with an
    enum or pattern that ``null`` does not meet)."""
    if value != "null":
        return False
    if nullable(schema):
        return True
    if not rules_for(operation, "null-query"):
        return False
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "string" not in kinds:
        return True
    if schema.get("enum"):
        return "null" not in schema["enum"]
    pattern = schema.get("pattern")
    return isinstance(pattern, str) and re.search(pattern, "null") is None
