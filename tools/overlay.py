"""Apply vast-sdk's overlay (openapi.overlay.yaml) to the merged upstream Vast.ai documents.

The overlay is one record per operation (``tools/overlay_records.py``), keyed by the route the
SDK sends and matched to a document's operation by *shape* (method + path with parameter
names and the trailing slash ignored), so one overlay serves every spec revision: upstream
may rename a path parameter or drop a slash without renaming our methods or keywords.

Strict mode (the default) fails when an operation has no record, when a record matches no
operation, or when a fix no longer finds its target (unless the fix says ``optional: true``:
it targets a construct only some revisions have). Lenient mode reports these instead of
failing (for trying a newer spec revision). Given a ``Provenance``, every rule records the
nodes it touched (``tools/provenance.py``).
"""

from __future__ import annotations

import copy
import dataclasses
import json
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from vast_sdk._spec import SERVERLESS_HOST, iter_operations, parse_key, shape

from .lock import ABSENT, Observed, Pinned, is_prose, shape_of
from .overlay_records import (
    Fix,
    OperationRecord,
    Overlay,
    OverlayError,
    Rule,
    load_overlay,
    read_overlay,
)
from .provenance import Node, Provenance, TouchAction

__all__ = [
    "TRANSFORMS",
    "OverlayError",
    "apply_overlay",
    "find_operation",
    "load_overlay",
    "read_overlay",
]

Path = tuple[str, ...]


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


class _Tracer:
    """Records touches when a Provenance is given; addresses nodes of the patched document."""

    def __init__(self, spec: dict[str, Any], trace: Provenance | None) -> None:
        self.spec = spec
        self.trace = trace

    def touch(self, rule: Rule, action: TouchAction, node: Node) -> None:
        if self.trace is not None:
            self.trace.add(rule, action, node)

    def at_root(self, rule: Rule, action: TouchAction, path: Path) -> None:
        """A touch at a path from the document's root (transforms walk the whole document)."""
        if self.trace is None:
            return
        if len(path) >= 3 and path[0] == "paths":
            op = self.spec["paths"].get(path[1], {}).get(path[2], {})
            node = Node(operation=str(op.get("operationId")), pointer=path[3:])
        elif len(path) >= 3 and path[:2] == ("components", "schemas"):
            node = Node(schema=path[2], pointer=path[3:])
        else:
            return
        self.trace.add(rule, action, node)


# ---------------------------------------------------------------- pointers inside a document


def _escape(seg: str) -> str:
    return seg.replace("~", "~0").replace("/", "~1")


def _unescape(seg: str) -> str:
    return seg.replace("~1", "/").replace("~0", "~")


def _canonical(node: Any, seg: str, child: Any) -> str:
    """A list element with a name is addressed as name=VALUE, however the rule picked it."""
    if isinstance(node, list) and isinstance(child, dict) and "name" in child:
        return f"name={child['name']}"
    return _unescape(seg)


def _step(node: Any, seg: str) -> Any:
    """One pointer segment; KeyError when it is not there (never creates anything)."""
    seg = _unescape(seg)
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


def resolve(root: Any, pointer: str) -> tuple[Any, str, Path]:
    """Walk to the parent of the last segment, which must exist.

    Returns (parent, last segment, the parent's canonical path below ``root``)."""
    segs = [s for s in pointer.split("/") if s]
    if not segs:
        raise OverlayError("empty pointer")
    node = root
    where: list[str] = []
    for seg in segs[:-1]:
        child = _step(node, seg)
        where.append(_canonical(node, seg, child))
        node = child
    if not isinstance(node, (dict, list)):
        raise KeyError(segs[-2])
    return node, segs[-1], tuple(where)


def deep_merge(dst: dict[str, Any], src: Mapping[str, Any], at: Path = ()) -> list[Path]:
    """Merge ``src`` into ``dst``; returns the paths (below ``at``) of the values it wrote."""
    written: list[Path] = []
    for k, v in src.items():
        if isinstance(v, dict) and isinstance(dst.get(k), dict):
            written += deep_merge(dst[k], v, (*at, k))
        else:
            dst[k] = copy.deepcopy(v)
            written.append((*at, k))
    return written


# ---------------------------------------------------------------- fixes


def apply_fix(base: Any, fix: Fix, node: Callable[[Path], Node], tracer: _Tracer) -> None:
    """Apply one fix inside ``base`` (an operation or a schema); KeyError when its target is
    gone (the fix is stale). ``node`` addresses a path inside ``base`` for the provenance.

    Nothing is created on the way: every node above the target must exist. ``set`` may
    create the last key (or the schema itself); ``merge``, ``remove`` and ``hoist`` need the
    target itself.
    """
    if not fix.at.strip("/"):
        if fix.action != "merge" or not isinstance(fix.value, dict):
            raise OverlayError(f"{fix.rule.where}: only 'merge' of a mapping applies without 'at'")
        for written in deep_merge(base, fix.value):
            tracer.touch(fix.rule, "merge", node(written))
        return
    parent, last, where = resolve(base, fix.at)
    if fix.action == "set":
        if isinstance(parent, list):
            old = _step(parent, last)
            parent[parent.index(old)] = copy.deepcopy(fix.value)
            tracer.touch(fix.rule, "set", node((*where, _canonical(parent, last, old))))
        else:
            parent[_unescape(last)] = copy.deepcopy(fix.value)
            tracer.touch(fix.rule, "set", node((*where, _unescape(last))))
        return
    target = _step(parent, last)
    here = (*where, _canonical(parent, last, target))
    if fix.action == "remove":
        if isinstance(parent, list):
            parent.remove(target)
        else:
            del parent[_unescape(last)]
        tracer.touch(fix.rule, "remove", node(here))
    elif fix.action == "hoist":
        if not isinstance(fix.value, str):
            raise OverlayError(f"{fix.rule.where}: 'hoist' names a pointer below the target")
        child = target
        for seg in fix.value.split("/"):
            child = _step(child, seg)
        if isinstance(parent, list):
            parent[parent.index(target)] = child
        else:
            parent[_unescape(last)] = child
        tracer.touch(fix.rule, "hoist", node(here))
    else:
        if not isinstance(target, dict) or not isinstance(fix.value, dict):
            raise KeyError(f"{last} (not an object)")
        for written in deep_merge(target, fix.value):
            tracer.touch(fix.rule, "merge", node((*here, *written)))


def _run_fixes(
    base: Any,
    fixes: tuple[Fix, ...],
    node: Callable[[Path], Node],
    tracer: _Tracer,
    lenient: bool,
    notes: list[str],
) -> None:
    for fix in fixes:
        try:
            if base is None:
                raise KeyError("its operation or schema")
            apply_fix(base, fix, node, tracer)
        except (KeyError, IndexError, ValueError) as exc:
            if fix.optional:
                continue  # a fix for a construct only some revisions have
            msg = (
                f"stale fix (target not found: {exc}): {fix.rule.where} at {fix.at!r} "
                f"-- {fix.rule.why}"
            )
            if not lenient:
                raise OverlayError(msg) from None
            notes.append(msg)


# ---------------------------------------------------------------- generic transforms

Visit = Callable[[dict[str, Any], Path], bool]
"""Called on a schema object with its path; returns whether it changed the schema."""


def _walk_schemas(node: Any, fn: Visit, path: Path, changed: list[Path]) -> None:
    """Call fn on every schema object below node (depth first, children before parents)."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("example", "examples", "default", "enum", "const"):
                continue
            _walk_schemas(v, fn, (*path, _canonical(node, k, v)), changed)
        if ("type" in node or "properties" in node or "items" in node or "oneOf" in node) and fn(
            node, path
        ):
            changed.append(path)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _walk_schemas(v, fn, (*path, _canonical(node, str(i), v)), changed)


def _add_null(schema: dict[str, Any]) -> str | None:
    """Let ``schema`` be null too; returns the key it changed (None: it already could)."""
    t = schema.get("type")
    if isinstance(t, str):
        if t != "null":
            schema["type"] = [t, "null"]
            return "type"
    elif isinstance(t, list):
        if "null" not in t:
            t.append("null")
            return "type"
    elif "$ref" in schema:
        ref = schema.pop("$ref")
        schema["anyOf"] = [{"$ref": ref}, {"type": "null"}]
        return "anyOf"
    return None


def _t_nullable_keyword(spec: dict[str, Any]) -> list[Path]:
    def fn(s: dict[str, Any], _path: Path) -> bool:
        if s.pop("nullable", False):
            _add_null(s)
            return True
        return False

    changed: list[Path] = []
    _walk_schemas(spec, fn, (), changed)
    return changed


def _response_schemas(spec: dict[str, Any]) -> Iterator[tuple[Path, dict[str, Any]]]:
    for method, path, op in iter_operations(spec):
        for code, resp in op.get("responses", {}).items():
            for media, content in (resp.get("content") or {}).items():
                if isinstance(content.get("schema"), dict):
                    where: Path = ("paths", path, method, "responses", str(code), "content")
                    yield (*where, media, "schema"), content["schema"]


def _referenced_components(spec: dict[str, Any], roots: list[dict[str, Any]]) -> set[str]:
    found: set[str] = set()
    todo: list[Any] = list(roots)
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


def _response_roots(spec: dict[str, Any]) -> list[tuple[Path, dict[str, Any]]]:
    roots = list(_response_schemas(spec))
    comps = _referenced_components(spec, [schema for _path, schema in roots])
    schemas = spec["components"]["schemas"]
    return roots + [(("components", "schemas", c), schemas[c]) for c in sorted(comps)]


def _t_open_response_enums(spec: dict[str, Any]) -> list[Path]:
    def fn(s: dict[str, Any], _path: Path) -> bool:
        values = s.pop("enum", None)
        if values is None:
            return False
        known = ", ".join(str(v) for v in values)
        desc = s.get("description", "").rstrip()
        s["description"] = (desc + "\n\n" if desc else "") + f"Known values: {known}."
        return True

    changed: list[Path] = []
    for path, root in _response_roots(spec):
        _walk_schemas(root, fn, path, changed)
    return changed


def _t_nullable_response_fields(spec: dict[str, Any]) -> list[Path]:
    changed: list[Path] = []

    def fn(s: dict[str, Any], path: Path) -> bool:
        required = set(s.get("required") or ())
        for name, prop in (s.get("properties") or {}).items():
            key = _add_null(prop) if isinstance(prop, dict) and name not in required else None
            if key is not None:
                changed.append((*path, "properties", name, key))
        return False

    for path, root in _response_roots(spec):
        _walk_schemas(root, fn, path, changed)
    return changed


def _add_error_response(
    spec: dict[str, Any], code: str, description: str, auth_only: bool
) -> list[Path]:
    default_security = spec.get("security", [])
    changed: list[Path] = []
    for method, path, op in iter_operations(spec):
        security = op.get("security", default_security)
        if auth_only and (not security or any(not req for req in security)):
            continue
        responses = op.setdefault("responses", {})
        if code not in responses:
            responses[code] = {
                "description": description,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            }
            changed.append(("paths", path, method, "responses", code))
    return changed


def _t_document_auth_error(spec: dict[str, Any]) -> list[Path]:
    return _add_error_response(
        spec, "404", "Not found, or the API key is invalid (error: auth_error).", auth_only=True
    )


def _t_document_invalid_request(spec: dict[str, Any]) -> list[Path]:
    return _add_error_response(
        spec, "400", "The request is invalid (error: invalid_request).", auth_only=False
    )


def _t_no_request_defaults(spec: dict[str, Any]) -> list[Path]:
    def fn(s: dict[str, Any], _path: Path) -> bool:
        if "default" not in s:
            return False
        value = json.dumps(s.pop("default"))
        desc = s.get("description", "").rstrip()
        s["description"] = (desc + "\n\n" if desc else "") + f"Server default: {value}."
        return True

    changed: list[Path] = []
    for method, path, op in iter_operations(spec):
        where = ("paths", path, method)
        for param in op.get("parameters", []):
            if isinstance(param.get("schema"), dict):
                here: Path = (*where, "parameters", f"name={param.get('name')}", "schema")
                _walk_schemas(param["schema"], fn, here, changed)
        for media, content in (op.get("requestBody") or {}).get("content", {}).items():
            if isinstance(content.get("schema"), dict):
                here = (*where, "requestBody", "content", str(media), "schema")
                _walk_schemas(content["schema"], fn, here, changed)
    return changed


def _t_array_items(spec: dict[str, Any]) -> list[Path]:
    def fn(s: dict[str, Any], _path: Path) -> bool:
        t = s.get("type")
        if (t == "array" or (isinstance(t, list) and "array" in t)) and "items" not in s:
            s["items"] = {}
            return True
        return False

    changed: list[Path] = []
    _walk_schemas(spec, fn, (), changed)
    return changed


TRANSFORMS: dict[str, Callable[[dict[str, Any]], list[Path]]] = {
    "array-items": _t_array_items,
    "no-request-defaults": _t_no_request_defaults,
    "document-auth-error": _t_document_auth_error,
    "document-invalid-request": _t_document_invalid_request,
    "nullable-keyword": _t_nullable_keyword,
    "open-response-enums": _t_open_response_enums,
    "nullable-response-fields": _t_nullable_response_fields,
}
"""Each transform rewrites the document in place and returns the paths (from the root) of
the nodes it changed."""


# ---------------------------------------------------------------- define and pin


def _guess(op: Mapping[str, Any]) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(op.get("summary", "")).lower()).strip("_")


def _unpinned(method: str, path: str, op: dict[str, Any]) -> str:
    summary = op.get("summary", "")
    return (
        f"{method.upper()} {path} ({summary!r}) has no pinned name: add a record to "
        f"'operations' in openapi.overlay.yaml:\n  {method.upper()} {path}: "
        f"{{name: {_guess(op) or 'name_me'}, idempotent: <true|false>}}"
    )


def define_operations(spec: dict[str, Any], overlay: Overlay, tracer: _Tracer) -> list[str]:
    """Operations production serves that no document describes, defined by their records."""
    problems = []
    have = {shape(m, p) for m, p, _op in iter_operations(spec)}
    for record in overlay.operations:
        if record.define is None:
            continue
        if record.shape in have:
            problems.append(
                f"operations[{record.key!r}].define: the documents describe this operation "
                "now: remove 'define'"
            )
            continue
        operation = copy.deepcopy(dict(record.define))
        operation["x-vast-source"] = "overlay"
        spec.setdefault("paths", {}).setdefault(record.path, {})[record.method] = operation
    return problems


def pin_operations(
    spec: dict[str, Any],
    overlay: Overlay,
    tracer: _Tracer,
    unpinned: list[str] | None = None,
) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """Give every operation its pinned name, retry safety, wire path and keywords.

    The record's key is the route the SDK sends: its path (trailing slash included) replaces
    the document's, and its path parameter names replace the document's in order, so an
    upstream rename ({ssh_key_id} -> {key}) or a dropped slash changes neither the URL the SDK
    sends nor its keyword arguments. Returns the problems found and the operation of each
    matched record, by record key. With ``unpinned`` (a list), an operation without a record
    keeps its route under a provisional ``unpinned_...`` name and is reported there instead
    (for the changelog).
    """
    by_shape = {r.shape: r for r in overlay.operations}
    problems: list[str] = []
    matched: dict[str, dict[str, Any]] = {}
    paths: dict[str, dict[str, Any]] = {}
    for method, path, op in list(iter_operations(spec)):
        record = by_shape.get(shape(method, path))
        if record is None and unpinned is not None:
            unpinned.append(_unpinned(method, path, op))
            record = OperationRecord(
                key=f"{method.upper()} {path}",
                method=method,
                path=path,
                name=f"unpinned_{_guess(op) or 'operation'}",
                idempotent=False,
                why="not pinned yet",
            )
        if record is None:
            problems.append(_unpinned(method, path, op))
            continue
        wire = record.path
        pin = record.rule("pin")
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
                node = Node(record.name, None, ("parameters", f"name={param['name']}", "name"))
                tracer.touch(pin, "pin", node)
        if not op["parameters"]:
            del op["parameters"]
        op["operationId"] = record.name
        op["x-idempotent"] = record.idempotent
        tracer.touch(pin, "pin", Node(record.name, None, ("operationId",)))
        tracer.touch(pin, "pin", Node(record.name, None, ("x-idempotent",)))
        if record.host == "serverless":
            op["servers"] = [{"url": f"https://{SERVERLESS_HOST}"}]
            tracer.touch(pin, "pin", Node(record.name, None, ("servers",)))
        if wire in paths and method in paths[wire]:
            problems.append(f"two operations pin to {method.upper()} {wire}")
        paths.setdefault(wire, {})[method] = op
        matched[record.key] = op
        if record.define is not None and op.get("x-vast-source") == "overlay":
            tracer.touch(record.rule("define", record.evidence), "define", Node(record.name))
    spec["paths"] = paths
    return problems, matched


# ---------------------------------------------------------------- sdk behaviour and docs


def _body_schema(spec: dict[str, Any], op: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """The JSON request body's schema (through component references) and the component it
    is, if it is one."""
    media = ((op.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
    schema = media.get("schema") or {}
    component = None
    while isinstance(schema, dict) and "$ref" in schema:
        component = str(schema["$ref"]).rsplit("/", 1)[1]
        schema = spec["components"]["schemas"][component]
    return (schema if isinstance(schema, dict) else {}), component


class _Slots:
    """An operation's parameters and body fields by the name the wire uses, with their nodes."""

    def __init__(self, spec: dict[str, Any], record: OperationRecord, op: dict[str, Any]) -> None:
        self.name = record.name
        self.record = record
        self.params = {
            str(p.get("name")): p for p in op.get("parameters", []) if isinstance(p, dict)
        }
        schema, self.component = _body_schema(spec, op)
        self.body = schema
        props = schema.get("properties")
        self.fields: dict[str, Any] = props if isinstance(props, dict) else {}

    def body_node(self, *below: str) -> Node:
        if self.component is not None:
            return Node(None, self.component, below)
        body = ("requestBody", "content", "application/json", "schema")
        return Node(self.name, None, (*body, *below))

    def param_node(self, name: str, *below: str) -> Node:
        return Node(self.name, None, ("parameters", f"name={name}", *below))

    def field_node(self, name: str, *below: str) -> Node:
        if self.component is not None:
            return Node(None, self.component, ("properties", name, *below))
        body = ("requestBody", "content", "application/json", "schema")
        return Node(self.name, None, (*body, "properties", name, *below))

    def schema_of(self, name: str, body_only: bool = False) -> tuple[dict[str, Any], Node] | None:
        """The schema a marker goes on: a parameter's (first) or a body field's; ``name`` as
        sent, or a pinned keyword upstream renamed (the record's ``keywords``)."""
        name = self.record.wire(name)
        param = None if body_only else self.params.get(name)
        if param is not None and isinstance(param.get("schema"), dict):
            return param["schema"], self.param_node(name, "schema")
        field = self.fields.get(name)
        if isinstance(field, dict):
            return field, self.field_node(name)
        return None


def apply_behaviour(
    spec: dict[str, Any], record: OperationRecord, op: dict[str, Any], tracer: _Tracer
) -> list[str]:
    """The record's ``sdk`` block, written into the document as x-vast-* markers (what
    tools/views.py reads); problems name a parameter or field that is not there."""
    sdk = record.sdk
    if sdk is None:
        return []
    slots = _Slots(spec, record, op)
    problems: list[str] = []
    where = sdk.rule.where

    def mark(name: str, key: str, value: Any, body_only: bool = False) -> None:
        found = slots.schema_of(name, body_only)
        if found is None:
            kind = "body field" if body_only else "parameter or body field"
            problems.append(f"{where}: {record.name} has no {kind} {name!r}")
            return
        schema, node = found
        schema[key] = value
        tracer.touch(sdk.rule, "mark", Node(node.operation, node.schema, (*node.pointer, key)))

    for name in sdk.json:
        if record.wire(name) not in slots.params:
            problems.append(f"{where}: {record.name} has no parameter {name!r} to send as JSON")
            continue
        mark(name, "x-json", True)
    for name, value in sdk.send.items():
        mark(name, "x-vast-send", value)
    for name, kind in sdk.dates.items():
        mark(name, "x-vast-date", kind)
    for name, keyword_ in sdk.echo.items():
        mark(name, "x-vast-echo", keyword_, body_only=True)
    top: dict[str, Any] = {}
    if sdk.query is not None:
        top["x-vast-query"] = sdk.query
    if sdk.absent is not None:
        top["x-vast-absent"] = {"field": sdk.absent.field, "error": sdk.absent.error}
    if sdk.paginate is not None:
        p = sdk.paginate
        top["x-vast-paginate"] = {"items": p.items, "next": p.next, "cursor": p.cursor}
    for key, value in top.items():
        op[key] = value
        tracer.touch(sdk.rule, "mark", Node(record.name, None, (key,)))
    return problems


def apply_docs(
    spec: dict[str, Any], record: OperationRecord, op: dict[str, Any], tracer: _Tracer
) -> list[str]:
    """The record's ``docs``: our own words for what the generated code documents.

    A key names a parameter or a request-body field as sent on the wire, and ``_`` the
    operation itself. Every key must match (a typo or an upstream removal is reported, like a
    stale fix).
    """
    slots = _Slots(spec, record, op)
    rule = record.rule("docs", "our own words for the generated docstrings")
    problems = []
    for key, text in record.docs.items():
        if key == "_":
            op["description"] = text
            tracer.touch(rule, "describe", Node(record.name, None, ("description",)))
        elif (wire := record.wire(key)) in slots.params:
            slots.params[wire]["description"] = text
            tracer.touch(rule, "describe", slots.param_node(wire, "description"))
        elif isinstance(slots.fields.get(wire), dict):
            slots.fields[wire]["description"] = text
            tracer.touch(rule, "describe", slots.field_node(wire, "description"))
        else:
            problems.append(f"{rule.where}: {record.name} has no parameter or body field {key!r}")
    return problems


# ---------------------------------------------------------------- keywords


def apply_keywords(
    spec: dict[str, Any], record: OperationRecord, op: dict[str, Any], tracer: _Tracer
) -> list[str]:
    """The record's ``keywords``: a pinned keyword upstream renamed keeps its name and is sent
    under the new one. Marks the parameter's schema (``x-vast-keyword``) or the body schema
    (``x-vast-keywords``: wire name -> pinned name), which tools/views.py and the changelog
    read; problems name a mapping whose wire name is missing or whose old name still exists."""
    slots = _Slots(spec, record, op)
    problems: list[str] = []
    for pin in record.keywords.values():
        where = f"{pin.rule.where}: {record.name}"
        query = {n for n, p in slots.params.items() if p.get("in") == "query"}
        if pin.keyword in query or pin.keyword in slots.fields:
            problems.append(
                f"{where} still has {pin.keyword!r} upstream: the mapping to {pin.wire!r} is "
                "not needed (delete it)"
            )
        elif pin.wire in query and isinstance(slots.params[pin.wire].get("schema"), dict):
            slots.params[pin.wire]["schema"]["x-vast-keyword"] = pin.keyword
            tracer.touch(pin.rule, "pin", slots.param_node(pin.wire, "schema", "x-vast-keyword"))
        elif isinstance(slots.fields.get(pin.wire), dict):
            slots.body.setdefault("x-vast-keywords", {})[pin.wire] = pin.keyword
            tracer.touch(pin.rule, "pin", slots.body_node("x-vast-keywords", pin.wire))
        else:
            problems.append(f"{where} has no query parameter or body field {pin.wire!r}")
    return problems


def pinned_keywords(spec: dict[str, Any], record: OperationRecord, op: dict[str, Any]) -> Pinned:
    """The operation's query and body keywords now: pinned name -> wire name."""
    slots = _Slots(spec, record, op)
    pinned = Pinned(record.name)
    query = {
        str((p.get("schema") or {}).get("x-vast-keyword") or n): n
        for n, p in slots.params.items()
        if p.get("in") == "query"
    }
    renamed = slots.body.get("x-vast-keywords") or {}
    body = {str(renamed.get(n, n)): n for n in slots.fields}
    pinned.keywords = {"query": query, "body": body}
    pinned.renames = {k: p.rule for k, p in record.keywords.items()}
    return pinned


# ---------------------------------------------------------------- expectations


def _node_at(base: Any, pointer: str) -> Any:
    """The node at ``pointer`` below ``base``, or ABSENT (nothing is created)."""
    node = base
    for seg in (s for s in pointer.split("/") if s):
        if node is ABSENT:
            return ABSENT
        try:
            node = _step(node, seg)
        except (KeyError, IndexError, ValueError, TypeError):
            return ABSENT
    return node


def _merge_leaves(dst: Any, src: Mapping[str, Any], at: Path = ()) -> list[Path]:
    """The paths a ``deep_merge`` of ``src`` into ``dst`` writes (without writing)."""
    found: list[Path] = []
    for k, v in src.items():
        if isinstance(v, dict) and isinstance(dst, dict) and isinstance(dst.get(k), dict):
            found += _merge_leaves(dst[k], v, (*at, str(k)))
        else:
            found.append((*at, str(k)))
    return found


def _targets(base: Any, fix: Fix) -> list[str]:
    """The nodes one fix replaces or creates, as pointers below ``base`` (prose left out:
    the package ships none, and the expectations are about shape)."""
    at = fix.at.strip("/")
    found = [at]
    if fix.action == "merge" and isinstance(fix.value, dict):
        target = _node_at(base, at)
        if isinstance(target, dict):
            found = [
                "/".join([*([at] if at else []), *(_escape(s) for s in leaf)])
                for leaf in _merge_leaves(target, fix.value)
            ]
    return [p for p in found if not is_prose(p)]


def observe_expectations(
    spec: dict[str, Any],
    records: Overlay,
    matched: Mapping[str, dict[str, Any]],
    seen: Observed,
) -> None:
    """What the documents have at every node a rule replaces or creates, before any rule runs
    (the pinned document: SDK keywords in the paths; prose does not count)."""
    components = spec.get("components", {}).get("schemas", {})
    for schema in records.schemas:
        owner = f"#/components/schemas/{schema.name}"
        seen.owners.add(owner)
        seen.applied.add(owner)
        base = components.get(schema.name, ABSENT)
        for fix in schema.fixes:
            for pointer in _targets(base, fix):
                seen.expect(owner, pointer, shape_of(_node_at(base, pointer)), fix.rule)
    for record in records.operations:
        seen.owners.add(record.key)
        op = matched.get(record.key)
        if op is None or op.get("x-vast-source") == "overlay":
            continue  # no operation, or the overlay's own definition: nothing upstream
        seen.applied.add(record.key)
        for fix in record.fixes:
            for pointer in _targets(op, fix):
                seen.expect(record.key, pointer, shape_of(_node_at(op, pointer)), fix.rule)


# ---------------------------------------------------------------- references


def _dangling_refs(spec: dict[str, Any], trace: Provenance) -> list[str]:
    """Every component ``$ref`` that resolves to nothing, naming the rule that wrote it (or
    the document, when no rule did)."""
    components = spec.get("components", {}).get("schemas", {})
    found: list[str] = []

    def walk(node: Any, owner: Node) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = _unescape(ref[len("#/components/schemas/") :])
                if name not in components:
                    found.append(f"{owner}: $ref {ref} names no component: {_writer(trace, owner)}")
            for key, value in node.items():
                if key not in ("example", "examples", "default", "enum", "const"):
                    walk(value, _below(owner, _canonical(node, key, value)))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, _below(owner, _canonical(node, str(i), value)))

    for _method, _path, op in iter_operations(spec):
        walk(op, Node(str(op.get("operationId")), None, ()))
    for name, schema in components.items():
        walk(schema, Node(None, name, ()))
    return found


def _below(node: Node, segment: str) -> Node:
    return Node(node.operation, node.schema, (*node.pointer, segment))


def _writer(trace: Provenance, node: Node) -> str:
    """The rule that wrote the node: the last one (in the order they ran) that wrote it or a
    node above it (a later write above replaces an earlier one below)."""
    writers = [
        t
        for t in trace.touches
        if t.node.operation == node.operation
        and t.node.schema == node.schema
        and node.pointer[: len(t.node.pointer)] == t.node.pointer
        and t.action in ("define", "set", "merge", "hoist")
    ]
    if not writers:
        return "the upstream document has it (no overlay rule wrote it)"
    return f"written by {writers[-1].rule}"


# ---------------------------------------------------------------- the whole overlay


def apply_overlay(
    spec: dict[str, Any],
    overlay: Mapping[str, Any] | Overlay,
    lenient: bool = False,
    *,
    allow_unpinned: bool = False,
    strip: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
    trace: Provenance | None = None,
    observe: Observed | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """Return (patched copy of spec, notes about stale rules). Raises OverlayError.

    Order: the records' own operations are defined, every operation is pinned (name, retry
    safety, wire path, keywords), then the schema fixes, each operation's fixes, its SDK
    behaviour and its docs, and the transforms run on the pinned document, so a rule targets
    the same names in every revision. ``allow_unpinned`` (the changelog) reports operations
    without a record instead of failing. ``strip`` runs right after pinning (whose errors
    quote upstream summaries) and before the fixes, so the texts the rules write are the only
    ones left. ``trace`` collects which rule touched which node. ``observe`` collects what the
    rules rely on upstream (the nodes they replace, the keywords), which
    ``tools.lock.check`` compares with openapi.overlay.lock.

    A component ``$ref`` that resolves to nothing after the rules ran is an error naming the
    rule that wrote it.
    """
    records = overlay if isinstance(overlay, Overlay) else read_overlay(overlay)
    spec = copy.deepcopy(spec)
    trace = trace if trace is not None else Provenance()  # names the writer of a bad $ref
    tracer = _Tracer(spec, trace)
    notes: list[str] = []
    problems = define_operations(spec, records, tracer)
    unpinned = notes if allow_unpinned else None
    pinned, matched = pin_operations(spec, records, tracer, unpinned)
    problems += pinned
    if problems:
        raise OverlayError("\n".join(problems))
    if strip is not None:
        spec = strip(spec)
        tracer.spec = spec
        matched = {}
        for _m, _p, op in iter_operations(spec):
            record = records.by_name(str(op.get("operationId")))
            if record is not None:
                matched[record.key] = op
    components = spec.setdefault("components", {}).setdefault("schemas", {})
    if observe is not None:
        observe_expectations(spec, records, matched, observe)
    for schema in records.schemas:
        # a schema's pointers start at components/schemas, so its first fix may create it
        prefixed = tuple(
            dataclasses.replace(f, at=f"{_escape(schema.name)}/{f.at}".rstrip("/"))
            for f in schema.fixes
        )

        def schema_node(path: Path, name: str = schema.name) -> Node:
            return Node(None, name, path[1:])

        _run_fixes(components, prefixed, schema_node, tracer, lenient, notes)
    stale: list[str] = []
    for record in records.operations:
        if record.key not in matched:
            stale.append(
                f"stale record: operations[{record.key!r}] ({record.name}) matches no operation "
                "of the documents"
            )
            continue

        def op_node(path: Path, name: str = record.name) -> Node:
            return Node(name, None, path)

        _run_fixes(matched[record.key], record.fixes, op_node, tracer, lenient, notes)
    for record in records.operations:
        if record.key in matched:
            stale += apply_keywords(spec, record, matched[record.key], tracer)
    for record in records.operations:
        if record.key in matched:
            stale += apply_behaviour(spec, record, matched[record.key], tracer)
    for record in records.operations:
        if record.key in matched:
            stale += apply_docs(spec, record, matched[record.key], tracer)
    if observe is not None:
        for record in records.operations:
            if record.key in matched:
                observe.operations[record.key] = pinned_keywords(spec, record, matched[record.key])
    if stale and not lenient:
        raise OverlayError("\n".join(stale))
    notes += stale
    dangling = _dangling_refs(spec, trace)
    if dangling:  # the transforms and the generator would fail on it, less clearly
        raise OverlayError("\n".join(dangling))
    for transform in records.transforms:
        if transform.name not in TRANSFORMS:
            raise OverlayError(f"{transform.rule.where}: no such transform in tools/overlay.py")
        for path in TRANSFORMS[transform.name](spec):
            tracer.at_root(transform.rule, "transform", path)
    missing = _dangling_required(spec)
    if missing and not lenient:
        raise OverlayError("\n".join(missing))
    return spec, notes + missing


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
