"""An API changelog between two spec revisions, in terms of the SDK's pinned names.

Both specs go through the overlay first (the newer one leniently), so operations are compared
by the names users call, not by upstream paths or summaries.
"""

from __future__ import annotations

from typing import Any

from vast_sdk._spec import iter_operations


def _resolve(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema if isinstance(schema, dict) else {}


def _type(spec: dict[str, Any], schema: Any) -> str:
    s = _resolve(spec, schema)
    t = s.get("type", "any")
    if isinstance(t, list):
        t = "|".join(str(x) for x in t)
    if "array" in str(t):
        return f"{t}[{_type(spec, s.get('items', {}))}]"
    return str(t)


def _fields(spec: dict[str, Any], schema: Any) -> dict[str, str]:
    s = _resolve(spec, schema)
    required = set(s.get("required", []))
    return {
        name: _type(spec, prop) + (" (required)" if name in required else "")
        for name, prop in (s.get("properties") or {}).items()
    }


def summarize(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Per pinned name: route, parameters, body fields and 2xx response fields."""
    out: dict[str, dict[str, Any]] = {}
    for method, path, op in iter_operations(spec):
        body = (op.get("requestBody") or {}).get("content", {}).get("application/json", {})
        ok: dict[str, Any] = next(
            (r for code, r in sorted(op.get("responses", {}).items()) if code.startswith("2")), {}
        )
        media = (ok.get("content") or {}).get("application/json", {})
        out[op["operationId"]] = {
            "route": f"{method.upper()} {path}",
            "params": {
                f"{p['in']} {p['name']}": _type(spec, p.get("schema", {}))
                + (" (required)" if p.get("required") else "")
                for p in op.get("parameters", [])
            },
            "body": _fields(spec, body.get("schema")),
            "response": _fields(spec, media.get("schema")),
        }
    return out


def _diff_map(label: str, old: dict[str, str], new: dict[str, str]) -> list[str]:
    lines = [f"  - {label} added: `{k}` ({new[k]})" for k in sorted(new.keys() - old.keys())]
    lines += [f"  - {label} removed: `{k}`" for k in sorted(old.keys() - new.keys())]
    lines += [
        f"  - {label} changed: `{k}` {old[k]} -> {new[k]}"
        for k in sorted(old.keys() & new.keys())
        if old[k] != new[k]
    ]
    return lines


def changelog(old: dict[str, Any], new: dict[str, Any]) -> str:
    before, after = summarize(old), summarize(new)
    lines = ["# API changes", ""]
    added = sorted(after.keys() - before.keys())
    removed = sorted(before.keys() - after.keys())
    lines += [f"## Added operations ({len(added)})", ""]
    lines += [f"- `{n}`: {after[n]['route']}" for n in added] or ["- none"]
    lines += ["", f"## Removed operations ({len(removed)})", ""]
    lines += [f"- `{n}`: {before[n]['route']}" for n in removed] or ["- none"]
    changed: list[str] = []
    for name in sorted(before.keys() & after.keys()):
        a, b = before[name], after[name]
        detail = []
        if a["route"] != b["route"]:
            detail.append(f"  - route: {a['route']} -> {b['route']}")
        detail += _diff_map("parameter", a["params"], b["params"])
        detail += _diff_map("body field", a["body"], b["body"])
        detail += _diff_map("response field", a["response"], b["response"])
        if detail:
            changed += [f"- `{name}`", *detail]
    count = sum(1 for line in changed if line.startswith("- "))
    lines += ["", f"## Changed operations ({count})", ""]
    lines += changed or ["- none"]
    return "\n".join(lines) + "\n"
