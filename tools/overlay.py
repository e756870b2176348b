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

import yaml

from vast_sdk._spec import SERVERLESS_HOST, iter_operations, parse_key, shape

_NAME = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


class OverlayError(Exception):
    """The overlay and the spec disagree; the message says what to change."""


class _UniqueKeys(yaml.SafeLoader):
    """A YAML loader that refuses a mapping key given twice (PyYAML keeps the last silently,
    which would drop a pinned name or a docs entry without a word)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                line = key_node.start_mark.line + 1
                raise OverlayError(f"overlay line {line}: {key!r} is given twice in one mapping")
            seen.add(key)
        return super().construct_mapping(node, deep)


def load_overlay(text: str | bytes) -> dict[str, Any]:
    """The overlay document; OverlayError for a key given twice or a document not a mapping."""
    data = yaml.load(text, Loader=_UniqueKeys)
    if not isinstance(data, dict):
        raise OverlayError("the overlay is not a YAML mapping")
    return data


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


def _step(node: Any, seg: str) -> Any:
    """One pointer segment; KeyError when it is not there (never creates anything)."""
    seg = seg.replace("~1", "/").replace("~0", "~")
    if isinstance(node, list):
        if "=" in seg:
            k, _, v = seg.partition("=")
            for el in node:
                if isinstance(el, dict) and str(el.get(k)) == v:
                    return el
            raise KeyError(seg)
        if not seg.isdigit() or int(seg) >= len(node):
            raise KeyError(seg)
        return node[int(seg)]
    if isinstance(node, dict) and seg in node:
        return node[seg]
    raise KeyError(seg)


def resolve(root: Any, pointer: str) -> tuple[Any, str]:
    """Walk to the parent of the last segment, which must exist; returns (parent, last)."""
    segs = [s for s in pointer.split("/") if s]
    if not segs:
        raise OverlayError("empty pointer")
    node = root
    for seg in segs[:-1]:
        node = _step(node, seg)
    if not isinstance(node, (dict, list)):
        raise KeyError(segs[-2])
    return node, segs[-1]


def deep_merge(dst: dict[str, Any], src: dict[str, Any]) -> None:
    for k, v in src.items():
        if isinstance(v, dict) and isinstance(dst.get(k), dict):
            deep_merge(dst[k], v)
        else:
            dst[k] = copy.deepcopy(v)


# ---------------------------------------------------------------- fixes

_ACTIONS = ("set", "merge", "remove", "hoist")


def apply_fix(spec: dict[str, Any], fix: dict[str, Any]) -> None:
    """Apply one fix; KeyError when its target is gone (the fix is stale).

    Nothing is created on the way: every node above the target must exist. ``set`` may
    create the last key; ``merge``, ``remove`` and ``hoist`` need the target itself.
    """
    target = fix["target"]
    actions = [a for a in _ACTIONS if a in fix]
    if len(actions) != 1:
        raise OverlayError(f"fix on {target!r} needs exactly one action of {', '.join(_ACTIONS)}")
    if target.startswith("#"):
        base: Any = spec
        pointer = target[1:]
    else:
        key, _, pointer = target.partition(" > ")
        found = find_operation(spec, key)
        if found is None:
            raise KeyError(key)
        base = found[2]
    if not pointer.strip("/"):
        if actions != ["merge"]:
            raise OverlayError(f"fix on {target!r}: only 'merge' applies to a whole operation")
        deep_merge(base, fix["merge"])
        return
    parent, last = resolve(base, pointer)
    if "set" in fix:
        if isinstance(parent, list):
            parent[parent.index(_step(parent, last))] = copy.deepcopy(fix["set"])
        else:
            parent[last.replace("~1", "/").replace("~0", "~")] = copy.deepcopy(fix["set"])
        return
    node = _step(parent, last)
    if "remove" in fix:
        if isinstance(parent, list):
            parent.remove(node)
        else:
            del parent[last.replace("~1", "/").replace("~0", "~")]
    elif "hoist" in fix:
        for seg in fix["hoist"].split("/"):
            node = _step(node, seg)
        if isinstance(parent, list):
            parent[parent.index(_step(parent, last))] = node
        else:
            parent[last.replace("~1", "/").replace("~0", "~")] = node
    else:
        if not isinstance(node, dict):
            raise KeyError(f"{last} (not an object)")
        deep_merge(node, fix["merge"])


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


def _t_array_items(spec: dict[str, Any]) -> None:
    def fn(s: dict[str, Any]) -> None:
        t = s.get("type")
        if (t == "array" or (isinstance(t, list) and "array" in t)) and "items" not in s:
            s["items"] = {}

    _walk_schemas(spec, fn)


TRANSFORMS: dict[str, Callable[[dict[str, Any]], None]] = {
    "array-items": _t_array_items,
    "no-request-defaults": _t_no_request_defaults,
    "document-auth-error": _t_document_auth_error,
    "document-invalid-request": _t_document_invalid_request,
    "nullable-keyword": _t_nullable_keyword,
    "open-response-enums": _t_open_response_enums,
    "nullable-response-fields": _t_nullable_response_fields,
}


# ---------------------------------------------------------------- operations table


def _table(
    table: dict[str, Any],
) -> tuple[dict[tuple[str, str], tuple[str, str, dict[str, Any]]], list[str]]:
    """The operations table by shape: (method, wire path, entry); and the problems in it."""
    by_shape: dict[tuple[str, str], tuple[str, str, dict[str, Any]]] = {}
    problems: list[str] = []
    names: dict[str, str] = {}
    for key, entry in table.items():
        try:
            method, path = parse_key(key)
        except ValueError as exc:
            problems.append(str(exc))
            continue
        s = shape(method, path)
        if s in by_shape:
            problems.append(f"overlay lists {key!r} twice (same method and path shape)")
        by_shape[s] = (method, path, entry)
        name = entry.get("name", "")
        if not _NAME.match(name):
            problems.append(f"{key}: name {name!r} is not snake_case")
        if name in names:
            problems.append(f"name {name!r} is used by both {names[name]!r} and {key!r}")
        names[name] = key
        if not isinstance(entry.get("idempotent"), bool):
            problems.append(f"{key}: 'idempotent' must be true or false (reviewed per operation)")
    return by_shape, problems


def _unpinned(method: str, path: str, op: dict[str, Any]) -> str:
    summary = op.get("summary", "")
    guess = re.sub(r"[^a-z0-9]+", "_", summary.lower()).strip("_") or "name_me"
    return (
        f"{method.upper()} {path} ({summary!r}) has no pinned name: add to 'operations' "
        f"in openapi.overlay.yaml:\n  {method.upper()} {path}: "
        f"{{name: {guess}, idempotent: <true|false>}}"
    )


def pin_operations(
    spec: dict[str, Any], table: dict[str, Any], unpinned: list[str] | None = None
) -> list[str]:
    """Give every operation its pinned name, retry safety, wire path and keywords.

    The operations table's key is the route the SDK sends: its path (trailing slash
    included) replaces the document's, and its path parameter names replace the document's
    in order, so an upstream rename ({ssh_key_id} -> {key}) or a dropped slash changes
    neither the URL the SDK sends nor its keyword arguments. Returns the problems found.
    With ``unpinned`` (a list), an operation without an entry keeps its route under a
    provisional ``unpinned_...`` name and is reported there instead (for the changelog).
    """
    by_shape, problems = _table(table)
    paths: dict[str, dict[str, Any]] = {}
    for method, path, op in list(iter_operations(spec)):
        hit = by_shape.get(shape(method, path))
        if hit is None and unpinned is not None:
            unpinned.append(_unpinned(method, path, op))
            guess = re.sub(r"[^a-z0-9]+", "_", str(op.get("summary", "")).lower()).strip("_")
            hit = (method, path, {"name": f"unpinned_{guess or 'operation'}", "idempotent": False})
        if hit is None:
            problems.append(_unpinned(method, path, op))
            continue
        _m, wire, entry = hit
        op["x-vast-upstream-path"] = path
        item = spec["paths"][path]
        op["parameters"] = [*copy.deepcopy(item.get("parameters", [])), *op.get("parameters", [])]
        if "servers" in item and "servers" not in op:
            op["servers"] = copy.deepcopy(item["servers"])
        renames = dict(
            zip(re.findall(r"\{([^}]*)\}", path), re.findall(r"\{([^}]*)\}", wire), strict=True)
        )
        for param in op["parameters"]:
            if isinstance(param, dict) and param.get("in") == "path":
                if param.get("name") not in renames:
                    where = f"{method.upper()} {path}"
                    problems.append(f"{where}: path parameter {param.get('name')!r} is missing")
                    continue
                param["name"] = renames[param["name"]]
        if not op["parameters"]:
            del op["parameters"]
        op["operationId"] = entry["name"]
        op["x-idempotent"] = entry.get("idempotent") is True
        if entry.get("host") == "serverless":
            op["servers"] = [{"url": f"https://{SERVERLESS_HOST}"}]
        elif entry.get("host") not in (None, "api"):
            problems.append(f"{method.upper()} {wire}: host must be api or serverless")
        if wire in paths and method in paths[wire]:
            problems.append(f"two operations pin to {method.upper()} {wire}")
        paths.setdefault(wire, {})[method] = op
    spec["paths"] = paths
    return problems


def add_operations(spec: dict[str, Any], added: dict[str, Any]) -> list[str]:
    """Operations production serves that no document describes, defined in the overlay."""
    problems = []
    have = {shape(m, p) for m, p, _op in iter_operations(spec)}
    for key, op in added.items():
        method, path = parse_key(key)
        if shape(method, path) in have:
            problems.append(f"add_operations: {key} is documented now: remove it from the overlay")
            continue
        operation = copy.deepcopy(op)
        operation["x-vast-source"] = "overlay"
        spec.setdefault("paths", {}).setdefault(path, {})[method] = operation
    return problems


def _body_properties(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    """The JSON request body's properties (through component references), or {}."""
    media = ((op.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
    schema = media.get("schema") or {}
    while isinstance(schema, dict) and "$ref" in schema:
        schema = spec["components"]["schemas"][str(schema["$ref"]).rsplit("/", 1)[1]]
    props = schema.get("properties") if isinstance(schema, dict) else None
    return props if isinstance(props, dict) else {}


def apply_docs(spec: dict[str, Any], docs: dict[str, Any]) -> list[str]:
    """The overlay's ``docs``: our own words for what the generated code documents.

    ``{operation: {key: text}}``; a key names a parameter or a request-body field as sent on
    the wire, and ``_`` the operation itself. Every key must match (a typo or an upstream
    removal is reported, like a stale fix).
    """
    by_name = {str(op.get("operationId")): op for _m, _p, op in iter_operations(spec)}
    problems = []
    for name, entries in docs.items():
        op = by_name.get(name)
        if op is None:
            problems.append(f"docs: no operation named {name!r}")
            continue
        params = {str(p.get("name")): p for p in op.get("parameters", []) if isinstance(p, dict)}
        fields = _body_properties(spec, op)
        for key, text in entries.items():
            if not isinstance(text, str) or not text.strip():
                problems.append(f"docs: {name}.{key} needs a text")
            elif key == "_":
                op["description"] = text
            elif key in params:
                params[key]["description"] = text
            elif isinstance(fields.get(key), dict):
                fields[key]["description"] = text
            else:
                problems.append(f"docs: {name} has no parameter or body field {key!r}")
    return problems


def apply_overlay(
    spec: dict[str, Any],
    overlay: dict[str, Any],
    lenient: bool = False,
    *,
    allow_unpinned: bool = False,
    strip: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """Return (patched copy of spec, notes about stale fixes). Raises OverlayError.

    Order: the overlay's own operations are added, every operation is pinned (name, retry
    safety, wire path, keywords), then the fixes, the docs and the transforms run on the
    pinned document, so a fix targets the same names in every revision. ``allow_unpinned`` (the
    changelog) reports operations without an entry instead of failing. ``strip`` runs right
    after pinning (whose errors quote upstream summaries) and before the fixes, so the texts
    the fixes and transforms write are the only ones left.
    """
    spec = copy.deepcopy(spec)
    notes: list[str] = []
    problems = add_operations(spec, overlay.get("add_operations") or {})
    unpinned = notes if allow_unpinned else None
    problems += pin_operations(spec, overlay.get("operations", {}), unpinned)
    if problems:
        raise OverlayError("\n".join(problems))
    if strip is not None:
        spec = strip(spec)
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
    problems = apply_docs(spec, overlay.get("docs") or {})
    if problems and not lenient:
        raise OverlayError("\n".join(problems))
    notes += problems
    for item in overlay.get("transforms", []):
        if not item.get("why"):
            raise OverlayError(f"transform {item.get('name')!r} has no 'why'")
        TRANSFORMS[item["name"]](spec)
    dangling = _dangling_required(spec)
    if dangling and not lenient:
        raise OverlayError("\n".join(dangling))
    return spec, notes + dangling


def _dangling_required(spec: dict[str, Any]) -> list[str]:
    """``required`` names without a property: upstream removed a field we rely on."""
    found: list[str] = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            props = node.get("properties")
            if isinstance(props, dict) and isinstance(node.get("required"), list):
                missing = [r for r in node["required"] if r not in props]
                if missing:
                    found.append(f"{where}: required field(s) {missing} are not properties")
            for key, value in node.items():
                if key not in ("example", "examples", "default", "enum"):
                    walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}/{i}")

    for method, path, op in iter_operations(spec):
        walk(op, f"{method.upper()} {path} >")
    walk(spec.get("components", {}).get("schemas", {}), "#/components/schemas")
    return found
