"""An upgrade note between two builds of the API, in terms of the SDK's pinned names.

Both builds go through the sources merge and the overlay (leniently), so operations are
compared by the names users call. Reported per operation: keyword changes (path, query and
body), documented statuses, return type, and response fields down to nested objects. Upstream
routes that only dropped (or gained) a trailing slash are collapsed into one line: the SDK
keeps sending its pinned route. Stale fixes and unpinned operations are listed, never fatal.
"""

from __future__ import annotations

from typing import Any

from vast_sdk._spec import iter_operations

_DEPTH = 3
"""How deep nested response fields are compared (a.b.c)."""


def _resolve(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 20:
        name = str(schema["$ref"]).rsplit("/", 1)[1]
        schema = spec.get("components", {}).get("schemas", {}).get(name, {})
        seen += 1
    return schema if isinstance(schema, dict) else {}


def _type(spec: dict[str, Any], schema: Any) -> str:
    s = _resolve(spec, schema)
    for key in ("oneOf", "anyOf"):
        if isinstance(s.get(key), list):
            return " | ".join(_type(spec, m) for m in s[key])
    t = s.get("type", "object" if "properties" in s else "any")
    kinds = [str(x) for x in t] if isinstance(t, list) else [str(t)]
    out = []
    for kind in kinds:
        if kind == "array":
            out.append(f"array[{_type(spec, s.get('items', {}))}]")
        else:
            out.append(kind)
    return "|".join(out)


def _fields(spec: dict[str, Any], schema: Any, prefix: str = "", depth: int = 0) -> dict[str, str]:
    """Dotted field name -> type (with "required"), nested objects and array items included."""
    s = _resolve(spec, schema)
    if "array" in str(s.get("type")) and isinstance(s.get("items"), dict):
        return _fields(spec, s["items"], prefix + "[]", depth)
    required = set(s.get("required", []))
    out: dict[str, str] = {}
    for name, prop in (s.get("properties") or {}).items():
        key = f"{prefix}.{name}" if prefix else str(name)
        out[key] = _type(spec, prop) + (" (required)" if name in required else "")
        if depth + 1 < _DEPTH:
            out.update(_fields(spec, prop, key, depth + 1))
    return out


def _success(op: dict[str, Any]) -> dict[str, Any]:
    for code, response in sorted(op.get("responses", {}).items()):
        if str(code).startswith("2"):
            media = ((response or {}).get("content") or {}).get("application/json", {})
            return media.get("schema") or {}
    return {}


def summarize(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Per pinned name: route, keywords, statuses, return type and response fields."""
    out: dict[str, dict[str, Any]] = {}
    for method, path, op in iter_operations(spec):
        body = (op.get("requestBody") or {}).get("content", {}).get("application/json", {})
        keywords = {
            f"{p['name']} ({p['in']})": _type(spec, p.get("schema", {}))
            + (" (required)" if p.get("required") else "")
            for p in op.get("parameters", [])
            if isinstance(p, dict)
        }
        keywords.update(
            {
                f"{k} (body)": v
                for k, v in _fields(spec, body.get("schema"), depth=_DEPTH - 1).items()
            }
        )
        success = _success(op)
        out[str(op.get("operationId"))] = {
            "route": f"{method.upper()} {path}",
            "upstream": f"{method.upper()} {op.get('x-vast-upstream-path', path)}",
            "keywords": keywords,
            "statuses": sorted(str(c) for c in op.get("responses", {})),
            "returns": _type(spec, success) if success else "None",
            "response": _fields(spec, success),
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


def _slash_only(a: str, b: str) -> bool:
    return a != b and a.rstrip("/") == b.rstrip("/")


def changelog(old: dict[str, Any], new: dict[str, Any], notes: list[str] | None = None) -> str:
    """Markdown: added, removed and changed operations; upstream slash drift; overlay notes."""
    before, after = summarize(old), summarize(new)
    lines = ["# API changes", ""]
    added = sorted(after.keys() - before.keys())
    removed = sorted(before.keys() - after.keys())
    lines += [f"## Added operations ({len(added)})", ""]
    lines += [f"- `{n}`: {after[n]['route']}" for n in added] or ["- none"]
    lines += ["", f"## Removed operations ({len(removed)})", ""]
    lines += [f"- `{n}`: {before[n]['route']}" for n in removed] or ["- none"]
    changed: list[str] = []
    slash: list[str] = []
    for name in sorted(before.keys() & after.keys()):
        a, b = before[name], after[name]
        detail = []
        if a["route"] != b["route"]:
            if _slash_only(a["route"], b["route"]):
                slash.append(name)
            else:
                detail.append(f"  - route: {a['route']} -> {b['route']}")
        if _slash_only(a["upstream"], b["upstream"]) and a["route"] == b["route"]:
            slash.append(name)
        detail += _diff_map("keyword", a["keywords"], b["keywords"])
        if a["statuses"] != b["statuses"]:
            detail.append(f"  - statuses: {', '.join(a['statuses'])} -> {', '.join(b['statuses'])}")
        if a["returns"] != b["returns"]:
            detail.append(f"  - returns: {a['returns']} -> {b['returns']}")
        detail += _diff_map("response field", a["response"], b["response"])
        if detail:
            changed += [f"- `{name}`", *detail]
    count = sum(1 for line in changed if line.startswith("- "))
    lines += ["", f"## Changed operations ({count})", ""]
    lines += changed or ["- none"]
    if slash:
        lines += [
            "",
            f"## Trailing slash only ({len(slash)})",
            "",
            "Upstream dropped or added the trailing slash of these routes; the SDK keeps sending "
            f"its pinned route: {', '.join(f'`{n}`' for n in sorted(set(slash)))}.",
        ]
    if notes:
        lines += ["", f"## Overlay notes ({len(notes)})", ""]
        lines += [f"- {n}" for n in notes]
    return "\n".join(lines) + "\n"
