"""The answer for an operation without a stateful handler: the smallest body its schema allows.

A new upstream operation is served the day it is generated: the request is validated like any
other (the fake does that before dispatch), and the reply is a spec-valid success body built
from the operation's documented 2xx schema (required fields only, typed zero values).
"""

from __future__ import annotations

from typing import Any

from ._base import Call, Reply

_MAX_DEPTH = 8

_ZERO: dict[str, Any] = {
    "string": "",
    "integer": 0,
    "number": 0.0,
    "boolean": False,
    "array": [],
    "object": {},
    "null": None,
}


def _resolve(doc: dict[str, Any], schema: Any) -> dict[str, Any]:
    for _ in range(20):
        if not (isinstance(schema, dict) and "$ref" in schema):
            break
        schema = doc["components"]["schemas"][str(schema["$ref"]).rsplit("/", 1)[1]]
    return schema if isinstance(schema, dict) else {}


def minimal(doc: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """The smallest JSON value valid against ``schema`` (required properties only)."""
    s = _resolve(doc, schema)
    if depth > _MAX_DEPTH:
        return None
    for key in ("oneOf", "anyOf"):
        if isinstance(s.get(key), list) and s[key]:
            return minimal(doc, s[key][0], depth + 1)
    if isinstance(s.get("allOf"), list):
        merged: dict[str, Any] = {}
        for part in s["allOf"]:
            value = minimal(doc, part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    if "const" in s:
        return s["const"]
    if isinstance(s.get("enum"), list) and s["enum"]:
        return s["enum"][0]
    kinds = s.get("type", "object" if "properties" in s else None)
    kind = next((k for k in kinds if k != "null"), "null") if isinstance(kinds, list) else kinds
    if kind == "object" or (kind is None and "properties" in s):
        props = s.get("properties") or {}
        body = {
            name: minimal(doc, props.get(name, {}), depth + 1) for name in s.get("required", [])
        }
        if body.get("success") is False:  # a success body says so (false reads as a failure)
            body["success"] = True
        return body
    if kind == "array":
        count = int(s.get("minItems", 0))
        return [minimal(doc, s.get("items", {}), depth + 1) for _ in range(count)]
    if kind == "string" and s.get("format") == "date-time":
        return "1970-01-01T00:00:00Z"
    if kind in ("integer", "number") and "minimum" in s:
        return s["minimum"]
    return _ZERO.get(str(kind)) if kind is not None else {}


def default_reply(doc: dict[str, Any], method: str, path: str, call: Call) -> Reply:
    """A documented success for ``call``: the first 2xx status with its minimal body."""
    op = doc["paths"][path][method.lower()]
    for code, response in sorted(op.get("responses", {}).items()):
        if not str(code).startswith("2"):
            continue
        media = ((response or {}).get("content") or {}).get("application/json")
        if media is None:
            return Reply(int(code), raw=b"")
        return Reply(int(code), minimal(doc, media.get("schema", {})))
    return Reply(200, {"success": True})
