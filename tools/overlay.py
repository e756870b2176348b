"""Apply vast-sdk's overlay (openapi.overlay.yaml) to an upstream Vast.ai OpenAPI document.

The overlay is keyed by operation *shape* (method + path with parameter names and the
trailing slash ignored), so one overlay serves every spec revision: upstream may rename a
path parameter or drop a slash without renaming our methods.

Strict mode (the default) fails when an operation has no pinned name, when two operations
share a name, or when a fix no longer finds its target (unless the fix says
``optional: true``: it targets a construct only some revisions have). Lenient mode reports
stale fixes instead of failing (for trying a newer spec revision).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from vast_sdk._spec import METHODS, iter_operations, parse_key, shape

_NAME = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


class OverlayError(Exception):
    """The overlay and the spec disagree; the message says what to change."""


def find_operation(spec: dict[str, Any], key: str) -> tuple[str, str, dict[str, Any]] | None:
    """The operation of ``spec`` with the shape of the overlay key ``"METHOD /path"``."""
    try:
        wanted = shape(*parse_key(key))
    except ValueError as exc:
        raise OverlayError(f"overlay key {key!r} is not 'METHOD /path'") from exc
    for method, path, op in iter_operations(spec):
        if shape(method, path) == wanted:
            return method, path, op
    return None


# ---------------------------------------------------------------- pointers inside a document


def _step(node: Any, seg: str, create: bool) -> Any:
    seg = seg.replace("~1", "/").replace("~0", "~")
    if isinstance(node, list):
        if "=" in seg:
            k, _, v = seg.partition("=")
            for el in node:
                if isinstance(el, dict) and str(el.get(k)) == v:
                    return el
            raise KeyError(seg)
        return node[int(seg)]
    if isinstance(node, dict):
        if seg not in node:
            if not create:
                raise KeyError(seg)
            node[seg] = {}
        return node[seg]
    raise KeyError(seg)


def resolve(root: Any, pointer: str, create: bool = False) -> tuple[Any, str]:
    """Walk to the parent of the last segment; returns (parent, last segment)."""
    segs = [s for s in pointer.split("/") if s]
    if not segs:
        raise OverlayError("empty pointer")
    node = root
    for seg in segs[:-1]:
        node = _step(node, seg, create)
    return node, segs[-1].replace("~1", "/").replace("~0", "~")


def deep_merge(dst: dict[str, Any], src: dict[str, Any]) -> None:
    for k, v in src.items():
        if isinstance(v, dict) and isinstance(dst.get(k), dict):
            deep_merge(dst[k], v)
        else:
            dst[k] = copy.deepcopy(v)


# ---------------------------------------------------------------- fixes


def apply_fix(spec: dict[str, Any], fix: dict[str, Any]) -> None:
    """Apply one fix; raises KeyError/OverlayError when its target is gone."""
    target = fix["target"]
    if target.startswith("#"):
        base: Any = spec
        pointer = target[1:]
    else:
        key, _, pointer = target.partition(" > ")
        found = find_operation(spec, key)
        if found is None:
            raise KeyError(key)
        method, path, base = found
        if "move_path" in fix:
            _move_operation(spec, method, path, fix["move_path"])
            return
    if not pointer.strip("/"):
        if "merge" not in fix:
            raise OverlayError(f"fix on {target!r}: only 'merge' applies to a whole operation")
        deep_merge(base, fix["merge"])
        return
    parent, last = resolve(base, pointer, create="set" in fix or "merge" in fix)
    if "remove" in fix:
        if isinstance(parent, list):
            parent.remove(_step(parent, last, False))
        else:
            del parent[last]
    elif "set" in fix:
        if isinstance(parent, list):
            parent[parent.index(_step(parent, last, False))] = copy.deepcopy(fix["set"])
        else:
            parent[last] = copy.deepcopy(fix["set"])
    elif "hoist" in fix:
        node = _step(parent, last, False)
        for seg in fix["hoist"].split("/"):
            node = _step(node, seg, False)
        if isinstance(parent, list):
            parent[parent.index(_step(parent, last, False))] = node
        else:
            parent[last] = node
    elif "merge" in fix:
        if isinstance(parent, list):
            node = _step(parent, last, False)
        else:
            node = parent.setdefault(last, {})
        deep_merge(node, fix["merge"])
    else:
        raise OverlayError(
            f"fix on {target!r} has no action (set, merge, remove, hoist, move_path)"
        )


def _move_operation(spec: dict[str, Any], method: str, path: str, new_path: str) -> None:
    """Move an operation to another path template, renaming its path parameters to match."""
    old_names = re.findall(r"\{([^}]*)\}", path)
    new_names = re.findall(r"\{([^}]*)\}", new_path)
    if shape(method, path) != shape(method, new_path):
        raise OverlayError(f"move_path {path} -> {new_path} changes the operation's shape")
    op = spec["paths"][path].pop(method)
    if not any(m in spec["paths"][path] for m in METHODS):
        del spec["paths"][path]
    renames = dict(zip(old_names, new_names, strict=True))
    for p in op.get("parameters", []):
        if p.get("in") == "path" and p.get("name") in renames:
            p["name"] = renames[p["name"]]
    dest = spec["paths"].setdefault(new_path, {})
    if method in dest:
        raise OverlayError(f"move_path: {method.upper()} {new_path} already exists")
    dest[method] = op


# ---------------------------------------------------------------- generic transforms


def _walk_schemas(node: Any, fn: Callable[[dict[str, Any]], None]) -> None:
    """Call fn on every schema object below node (depth first, children before parents)."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("example", "examples", "default", "enum", "const"):
                continue
            _walk_schemas(v, fn)
        if "type" in node or "properties" in node or "items" in node or "oneOf" in node:
            fn(node)
    elif isinstance(node, list):
        for v in node:
            _walk_schemas(v, fn)


def _add_null(schema: dict[str, Any]) -> None:
    t = schema.get("type")
    if isinstance(t, str):
        if t != "null":
            schema["type"] = [t, "null"]
    elif isinstance(t, list):
        if "null" not in t:
            t.append("null")
    elif "$ref" in schema:
        ref = schema.pop("$ref")
        schema["anyOf"] = [{"$ref": ref}, {"type": "null"}]


def _t_nullable_keyword(spec: dict[str, Any]) -> None:
    def fn(s: dict[str, Any]) -> None:
        if s.pop("nullable", False):
            _add_null(s)

    _walk_schemas(spec, fn)


def _response_schemas(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for _m, _p, op in iter_operations(spec):
        for resp in op.get("responses", {}).values():
            for media in (resp.get("content") or {}).values():
                if isinstance(media.get("schema"), dict):
                    yield media["schema"]


def _referenced_components(spec: dict[str, Any], roots: list[dict[str, Any]]) -> set[str]:
    found: set[str] = set()
    todo = list(roots)
    while todo:
        node = todo.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in found:
                    found.add(name)
                    todo.append(spec["components"]["schemas"][name])
            todo.extend(v for k, v in node.items() if k not in ("example", "examples"))
        elif isinstance(node, list):
            todo.extend(node)
    return found


def _response_roots(spec: dict[str, Any]) -> list[dict[str, Any]]:
    roots = list(_response_schemas(spec))
    comps = _referenced_components(spec, roots)
    return roots + [spec["components"]["schemas"][c] for c in sorted(comps)]


def _t_open_response_enums(spec: dict[str, Any]) -> None:
    def fn(s: dict[str, Any]) -> None:
        values = s.pop("enum", None)
        if values is not None:
            known = ", ".join(str(v) for v in values)
            desc = s.get("description", "").rstrip()
            s["description"] = (desc + "\n\n" if desc else "") + f"Known values: {known}."

    for root in _response_roots(spec):
        _walk_schemas(root, fn)


def _t_nullable_response_fields(spec: dict[str, Any]) -> None:
    def fn(s: dict[str, Any]) -> None:
        required = set(s.get("required") or ())
        for name, prop in (s.get("properties") or {}).items():
            if isinstance(prop, dict) and name not in required:
                _add_null(prop)

    for root in _response_roots(spec):
        _walk_schemas(root, fn)


def _add_error_response(spec: dict[str, Any], code: str, description: str, auth_only: bool) -> None:
    default_security = spec.get("security", [])
    for _m, _p, op in iter_operations(spec):
        security = op.get("security", default_security)
        if auth_only and (not security or any(not req for req in security)):
            continue
        op.setdefault("responses", {}).setdefault(
            code,
            {
                "description": description,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            },
        )


def _t_document_auth_error(spec: dict[str, Any]) -> None:
    _add_error_response(
        spec, "404", "Not found, or the API key is invalid (error: auth_error).", auth_only=True
    )


def _t_document_invalid_request(spec: dict[str, Any]) -> None:
    _add_error_response(
        spec, "400", "The request is invalid (error: invalid_request).", auth_only=False
    )


def _t_no_request_defaults(spec: dict[str, Any]) -> None:
    def fn(s: dict[str, Any]) -> None:
        if "default" in s:
            value = json.dumps(s.pop("default"))
            desc = s.get("description", "").rstrip()
            s["description"] = (desc + "\n\n" if desc else "") + f"Server default: {value}."

    for _m, _p, op in iter_operations(spec):
        for param in op.get("parameters", []):
            if isinstance(param.get("schema"), dict):
                _walk_schemas(param["schema"], fn)
        for media in (op.get("requestBody") or {}).get("content", {}).values():
            if isinstance(media.get("schema"), dict):
                _walk_schemas(media["schema"], fn)


TRANSFORMS: dict[str, Callable[[dict[str, Any]], None]] = {
    "no-request-defaults": _t_no_request_defaults,
    "document-auth-error": _t_document_auth_error,
    "document-invalid-request": _t_document_invalid_request,
    "nullable-keyword": _t_nullable_keyword,
    "open-response-enums": _t_open_response_enums,
    "nullable-response-fields": _t_nullable_response_fields,
}


# ---------------------------------------------------------------- operations table


def pin_operations(spec: dict[str, Any], table: dict[str, Any]) -> list[str]:
    """Give every operation its pinned operationId and x-idempotent; returns problems found."""
    by_shape: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
    problems: list[str] = []
    names: dict[str, str] = {}
    for key, entry in table.items():
        try:
            s = shape(*parse_key(key))
        except ValueError as exc:
            problems.append(str(exc))
            continue
        if s in by_shape:
            problems.append(f"overlay lists {key!r} twice (same method and path shape)")
        by_shape[s] = (key, entry)
        name = entry.get("name", "")
        if not _NAME.match(name):
            problems.append(f"{key}: name {name!r} is not snake_case")
        if name in names:
            problems.append(f"name {name!r} is used by both {names[name]!r} and {key!r}")
        names[name] = key
        if not isinstance(entry.get("idempotent"), bool):
            problems.append(f"{key}: 'idempotent' must be true or false (reviewed per operation)")
    for method, path, op in iter_operations(spec):
        hit = by_shape.get(shape(method, path))
        if hit is None:
            summary = op.get("summary", "")
            guess = re.sub(r"[^a-z0-9]+", "_", summary.lower()).strip("_") or "name_me"
            problems.append(
                f"{method.upper()} {path} ({summary!r}) has no pinned name: add to 'operations' "
                f"in openapi.overlay.yaml:\n  {method.upper()} {path}: "
                f"{{name: {guess}, idempotent: <true|false>}}"
            )
            continue
        _key, entry = hit
        op["operationId"] = entry["name"]
        op["x-idempotent"] = entry.get("idempotent")
    return problems


def apply_overlay(
    spec: dict[str, Any], overlay: dict[str, Any], lenient: bool = False
) -> tuple[dict[str, Any], list[str]]:
    """Return (patched copy of spec, notes about stale fixes). Raises OverlayError."""
    spec = copy.deepcopy(spec)
    notes: list[str] = []
    for fix in overlay.get("fixes", []):
        if not fix.get("why"):
            raise OverlayError(f"fix on {fix.get('target')!r} has no 'why'")
        try:
            apply_fix(spec, fix)
        except (KeyError, IndexError, ValueError) as exc:
            if fix.get("optional"):
                continue  # a fix for a construct only some revisions have
            msg = f"stale fix (target not found: {exc}): {fix['target']} -- {fix['why']}"
            if not lenient:
                raise OverlayError(msg) from None
            notes.append(msg)
    for item in overlay.get("transforms", []):
        if not item.get("why"):
            raise OverlayError(f"transform {item.get('name')!r} has no 'why'")
        TRANSFORMS[item["name"]](spec)
    problems = pin_operations(spec, overlay.get("operations", {}))
    if problems:
        raise OverlayError("\n".join(problems))
    return spec, notes
