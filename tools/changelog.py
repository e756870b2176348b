"""What changed between two builds of the API, each change labelled breaking, additive or neutral.

A document (an upstream source as published, or the merged overlay-patched build the SDK is
generated from) is read into *facts*: per operation its route, statuses, keywords (path, query
and header parameters, request-body fields), return type and response fields down to nested
objects, each with its types, whether it is required and its enum values. Component references
are followed through ``anyOf``/``oneOf``/``allOf`` (``show_instance`` returns ``anyOf [$ref
Instance, null]``), so a model's change is seen by every operation that returns it.

The labels follow stated rules (``RULES``, printed by the review and docs/regenerating.md):
removed operation, keyword, field or enum value, a keyword's type narrowed or changed, a
response field's type widened or changed, ``required`` added, and a keyword renamed (a removed
and an added keyword of one operation, paired) are **breaking**; new operations, keywords,
fields and enum values, a keyword's type widened and ``required`` dropped from a keyword are
**additive**; the rest (statuses, a response field's type narrowed, routes that only dropped
or gained a trailing slash, a keyword upstream renamed that the overlay keeps) is **neutral**.

Operations are compared by their key: the pinned name in a patched build, ``METHOD /shape``
(parameter names and trailing slash ignored) in an upstream document. In a patched build a
keyword is keyed by the name users type: one the overlay keeps after an upstream rename
(``x-vast-keyword``/``x-vast-keywords`` markers) keeps its key, and its new wire name is a
neutral change.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from vast_sdk._spec import iter_operations, shape

Label = Literal["breaking", "additive", "neutral"]
LABELS: tuple[Label, ...] = ("breaking", "additive", "neutral")

RULES = (
    "breaking: an operation, keyword, response field or enum value removed; a keyword renamed "
    "(a removed and an added keyword of one operation, paired); a keyword's type narrowed or "
    "changed; a response field's type widened or changed; required added (a keyword the "
    "caller must now give, a response field the SDK then insists on); required dropped from "
    "a response field (it may now be missing)",
    "additive: a new operation, keyword, response field or enum value; a keyword's type "
    "widened; required dropped from a keyword",
    "neutral: documented statuses; a response field's type narrowed; a route that only "
    "dropped or gained its trailing slash; a keyword upstream renamed that the overlay keeps "
    "(the SDK sends the new name; the keyword stays); which source an operation comes from; "
    "prose",
)

_MAX_DEPTH = 8
"""How deep nested fields are followed (a.b[].c{} ...); reference cycles stop earlier."""


# ---------------------------------------------------------------- facts


@dataclass(frozen=True)
class Address:
    """A node of a document: inside an operation (its key) or a component schema, at
    ``pointer`` (unescaped segments; a parameter is ``("parameters", "name=X")``). The same
    addressing as the overlay's provenance (tools/provenance.py on the gen branch)."""

    operation: str | None = None
    schema: str | None = None
    pointer: tuple[str, ...] = ()

    def below(self, *segments: str) -> Address:
        return Address(self.operation, self.schema, (*self.pointer, *segments))

    def __str__(self) -> str:
        owner = (
            self.operation if self.operation is not None else f"#/components/schemas/{self.schema}"
        )
        return f"{owner} > {'/'.join(self.pointer)}" if self.pointer else str(owner)


@dataclass(frozen=True)
class Field:
    """One keyword or field: its types, whether it is required, its enum values."""

    types: frozenset[str]
    required: bool
    enum: frozenset[str] | None
    at: Address
    """Where the field's schema is."""
    parent: Address
    """The object holding it (its ``required`` list); for a parameter, the parameter."""
    label: str = ""
    """The name shown (a path parameter's name: it is keyed by position upstream)."""
    subject: str = ""
    """``Component.field.path`` when the field sits in a component schema, else ''."""
    wire: str = ""
    """A keyword's name on the wire, when it is not its pinned name (the overlay's
    ``keywords`` keep a keyword upstream renamed): the changelog says it is sent so now."""


@dataclass
class OpFacts:
    """What users of one operation depend on."""

    key: str
    route: str
    """``METHOD /path`` as the document (or the SDK, for a build) spells it."""
    upstream: str
    """``METHOD /path`` as the upstream document spells it (x-vast-upstream-path)."""
    source: str
    keywords: dict[str, Field] = field(default_factory=dict)
    """``path #0`` / ``path:name``, ``query:name``, ``header:name``, ``body:a.b``."""
    response: dict[str, Field] = field(default_factory=dict)
    """Dotted field path -> field; '' is the success body itself (the return type)."""
    statuses: frozenset[str] = frozenset()
    prose: str = ""
    """A hash of the operation's prose (descriptions, summaries, examples)."""


_PROSE_KEYS = frozenset({"description", "summary", "example", "examples", "externalDocs"})


def _prose_hash(node: Any, doc: Mapping[str, Any]) -> str:
    """The operation's prose (and that of the components it uses), hashed."""
    found: list[str] = []
    seen: set[str] = set()
    todo = [node]
    while todo:
        item = todo.pop(0)
        if isinstance(item, dict):
            for key, value in item.items():
                if key in _PROSE_KEYS:
                    found.append(json.dumps(value, sort_keys=True, default=str))
                elif key == "$ref" and isinstance(value, str):
                    name = value.rsplit("/", 1)[-1]
                    if name not in seen:
                        seen.add(name)
                        todo.append(doc.get("components", {}).get("schemas", {}).get(name))
                else:
                    todo.append(value)
        elif isinstance(item, list):
            todo.extend(item)
    return hashlib.sha256("\n".join(found).encode()).hexdigest()


def _component(doc: Mapping[str, Any], ref: Any) -> tuple[str, Any] | None:
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        name = ref.rsplit("/", 1)[1]
        return name, doc.get("components", {}).get("schemas", {}).get(name)
    return None


_JSON_TYPES = {str: "string", bool: "boolean", int: "integer", float: "number", type(None): "null"}


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


class _Reader:
    """Flattens the schemas of one document into fields."""

    def __init__(self, doc: Mapping[str, Any]) -> None:
        self.doc = doc

    def resolve(
        self, schema: Any, at: Address, seen: frozenset[str]
    ) -> tuple[Any, Address, frozenset[str]]:
        """Follow $ref to the schema itself (the address moves into the component)."""
        hops = 0
        while isinstance(schema, dict) and "$ref" in schema and hops < 20:
            found = _component(self.doc, schema["$ref"])
            if found is None or found[0] in seen:
                return {}, at, seen
            name, schema = found
            at, seen = Address(None, name), seen | {name}
            hops += 1
        return schema, at, seen

    def members(
        self, s: Mapping[str, Any], at: Address, seen: frozenset[str]
    ) -> list[tuple[Any, Address, frozenset[str]]]:
        """The alternatives of a combinator schema, each resolved."""
        out = []
        for key in ("anyOf", "oneOf", "allOf"):
            for i, member in enumerate(s.get(key) or []):
                out.append(self.resolve(member, at.below(key, str(i)), seen))
        return out

    def types(
        self, schema: Any, at: Address, seen: frozenset[str]
    ) -> tuple[frozenset[str], frozenset[str] | None]:
        s, at, seen = self.resolve(schema, at, seen)
        if not isinstance(s, dict):
            return frozenset({"any"}), None
        kinds: set[str] = set()
        enum: set[str] | None = None
        if "enum" in s and isinstance(s["enum"], list):
            enum = {_json(v) for v in s["enum"] if v is not None}
            if None in s["enum"]:
                kinds.add("null")
        if "const" in s:
            enum = (enum or set()) | {_json(s["const"])}
        members = self.members(s, at, seen)
        all_of = bool(s.get("allOf")) and not (s.get("anyOf") or s.get("oneOf"))
        for member, m_at, m_seen in members:
            m_types, m_enum = self.types(member, m_at, m_seen)
            kinds |= m_types
            if m_enum is not None:
                enum = (enum or set()) | m_enum
        if all_of and len(kinds) > 1:
            kinds = {k for k in kinds if k != "any"}
        t = s.get("type")
        if isinstance(t, str):
            kinds.add(t)
        elif isinstance(t, list):
            kinds.update(str(x) for x in t)
        elif not members:
            if "properties" in s or "additionalProperties" in s:
                kinds.add("object")
            elif "items" in s:
                kinds.add("array")
            elif "const" in s:
                kinds.add(_JSON_TYPES.get(type(s["const"]), "any"))
            else:
                kinds.add("any")
        if s.get("nullable") is True:
            kinds.add("null")
        return frozenset(kinds), frozenset(enum) if enum is not None else None

    def walk(
        self,
        schema: Any,
        path: str,
        at: Address,
        parent: Address,
        required: bool,
        out: dict[str, Field],
        seen: frozenset[str] = frozenset(),
        subject: str = "",
        depth: int = 0,
    ) -> None:
        """Record ``schema`` at ``path`` and everything below it."""
        types, enum = self.types(schema, at, seen)
        out[path] = Field(types, required, enum, at, parent, subject=subject)
        if depth >= _MAX_DEPTH:
            return
        s, s_at, s_seen = self.resolve(schema, at, seen)
        nodes = [(s, s_at, s_seen), *self.members(s, s_at, s_seen)] if isinstance(s, dict) else []
        for node, n_at, n_seen in nodes:
            if not isinstance(node, dict):
                continue
            # below a component's root, fields are the component's (Instance.ssh_port)
            owner = n_at.schema if n_at.schema is not None and n_at.pointer == () else subject
            needed = set(node.get("required") or [])
            for name, prop in (node.get("properties") or {}).items():
                self.walk(
                    prop,
                    f"{path}.{name}" if path else str(name),
                    n_at.below("properties", str(name)),
                    n_at,
                    name in needed,
                    out,
                    n_seen,
                    f"{owner}.{name}" if owner else "",
                    depth + 1,
                )
            below = [("items", "[]"), ("additionalProperties", "{}")]
            for key, mark in below:
                if isinstance(node.get(key), dict) and node[key]:
                    self.walk(
                        node[key],
                        path + mark,
                        n_at.below(key),
                        n_at,
                        False,
                        out,
                        n_seen,
                        f"{owner}{mark}" if owner else "",
                        depth + 1,
                    )


def _json_media(container: Any) -> tuple[str, Any] | None:
    content = (container or {}).get("content") or {}
    for media in ("application/json", *sorted(content)):
        if media in content and isinstance(content[media], dict):
            return media, content[media].get("schema")
    return None


def operation_facts(
    doc: Mapping[str, Any], method: str, path: str, op: dict[str, Any], *, pinned: bool
) -> OpFacts:
    """The facts of one operation. ``pinned``: ``doc`` is a patched build (keys are pinned
    names, path keywords keyed by name); else an upstream document (keys are shapes, path
    keywords keyed by position, since upstream may rename them)."""
    reader = _Reader(doc)
    upstream_path = str(op.get("x-vast-upstream-path", path))
    key = str(op.get("operationId")) if pinned else " ".join(shape(method, path))
    here = Address(key)
    facts = OpFacts(
        key=key,
        route=f"{method.upper()} {path}",
        upstream=f"{method.upper()} {upstream_path}",
        source=str(op.get("x-vast-source", "")),
        statuses=frozenset(str(c) for c in op.get("responses", {})),
        prose=_prose_hash(op, doc),
    )
    item = doc.get("paths", {}).get(path, {})
    params = (
        [*(item.get("parameters") or []), *(op.get("parameters") or [])]
        if not pinned
        else list(op.get("parameters") or [])
    )
    order = [n.strip("{}") for n in path.split("/") if n.startswith("{")]
    for param in params:
        if not isinstance(param, dict) or "name" not in param:
            continue
        name, where = str(param["name"]), str(param.get("in", "query"))
        at = here.below("parameters", f"name={name}")
        schema = param.get("schema")
        if schema is None:
            found = _json_media(param)
            schema = found[1] if found else {}
            at_schema = at.below("content", found[0], "schema") if found else at
        else:
            at_schema = at.below("schema")
        keyword = name
        if pinned and isinstance(schema, dict) and schema.get("x-vast-keyword"):
            keyword = str(schema["x-vast-keyword"])  # the keyword users keep
        if where == "path" and not pinned and name in order:
            slot = f"path #{order.index(name)}"
        else:
            slot = f"{where}:{keyword}"
        sub: dict[str, Field] = {}
        reader.walk(schema, "", at_schema, at, bool(param.get("required")), sub)
        for rel, fld in sub.items():
            k = slot + (
                f".{rel}" if rel and not rel.startswith("[") and not rel.startswith("{") else rel
            )
            facts.keywords[k] = Field(
                fld.types,
                fld.required,
                fld.enum,
                fld.at,
                fld.parent,
                name if not rel else "",
                fld.subject,
                name if not rel and keyword != name else "",
            )
    body = op.get("requestBody")
    found = _json_media(body)
    if found is not None:
        at = here.below("requestBody", "content", found[0], "schema")
        sub = {}
        reader.walk(
            found[1], "", at, here.below("requestBody"), bool((body or {}).get("required")), sub
        )
        resolved, _at, _seen = reader.resolve(found[1], at, frozenset())
        kept = (
            (resolved.get("x-vast-keywords") or {}) if pinned and isinstance(resolved, dict) else {}
        )
        for rel, fld in sub.items():
            top = re.split(r"[.\[{]", rel, maxsplit=1)[0]
            if top in kept:  # a keyword users keep, sent under upstream's new name
                rel = str(kept[top]) + rel[len(top) :]
                if rel == kept[top]:
                    fld = dataclasses.replace(fld, wire=top)
            facts.keywords["body" + (f":{rel}" if rel else "")] = fld
    for code, response in sorted(op.get("responses", {}).items()):
        if str(code).startswith("2"):
            found = _json_media(response)
            if found is not None and found[1] is not None:
                at = here.below("responses", str(code), "content", found[0], "schema")
                reader.walk(found[1], "", at, at, True, facts.response)
            break
    return facts


def document_facts(doc: Mapping[str, Any], *, pinned: bool) -> dict[str, OpFacts]:
    """Every operation's facts, by key."""
    out: dict[str, OpFacts] = {}
    for method, path, op in iter_operations(doc):
        facts = operation_facts(doc, method, path, op, pinned=pinned)
        out[facts.key] = facts
    return out


# ---------------------------------------------------------------- changes


@dataclass(frozen=True)
class Change:
    """One difference, in the terms of one document pair."""

    label: Label
    operation: str
    """The operation's key (pinned name, or ``METHOD /shape`` upstream)."""
    route: str
    what: str
    """operation, keyword, response field, returns, statuses, route, source."""
    name: str
    """The keyword or field (dotted path), '' for the operation itself."""
    change: str
    """added, removed, renamed, type, required, optional, enum-added, enum-removed, ..."""
    detail: str
    at: Address | None = None
    """Where the change is in the newer document (the older one for a removal)."""
    subject: str = ""
    """``Component.field`` when the field sits in a component schema."""
    slot: str = ""
    """The keyword's key (``path #0``, ``query:limit``, ``body:tail``), '' otherwise."""
    to: str = ""
    """A renamed keyword's new name."""

    def text(self) -> str:
        """One line, user-facing."""
        if self.what == "operation":
            return f"`{self.operation}` ({self.route}): {self.detail}"
        thing = f"{self.what} `{self.name}`" if self.name else self.what
        return f"`{self.operation}`: {thing} {self.detail}"


def _types_text(types: frozenset[str]) -> str:
    return "|".join(sorted(types, key=lambda t: (t == "null", t)))


def _within(a: frozenset[str], b: frozenset[str]) -> bool:
    """Every value of type set ``a`` is also of type set ``b``."""
    return "any" in b or all(t in b or (t == "integer" and "number" in b) for t in a)


def _below(key: str, parents: Iterable[str]) -> bool:
    """``key`` is a field inside one of ``parents`` (a.b, a[], a{})."""
    return any(key != p and key.startswith((p + ".", p + "[", p + "{")) for p in parents)


def _level(slot: str) -> str:
    """Where a keyword is: its location (path, query, body...) for a top-level keyword, ''
    for a nested field (only keywords are paired into renames)."""
    loc, _, name = slot.partition(":")
    if slot.startswith("path #"):
        return "path"
    return loc if name and not any(c in name for c in ".[{") else ""


def _display(slot: str, fld: Field) -> str:
    if slot.startswith("path #"):
        return fld.label or slot
    return slot.split(":", 1)[1] if ":" in slot else slot


def _renames(old: Mapping[str, Field], new: Mapping[str, Field]) -> dict[str, str]:
    """Removed keyword -> added keyword at the same level of one operation: the only pair
    there, or the one removed/added pair of the same type."""
    gone = [k for k in old.keys() - new.keys() if _level(k)]
    came = [k for k in new.keys() - old.keys() if _level(k)]
    pairs: dict[str, str] = {}
    for level in sorted({_level(k) for k in gone}):
        g = sorted(k for k in gone if _level(k) == level)
        c = sorted(k for k in came if _level(k) == level)
        if len(g) == 1 and len(c) == 1:
            pairs[g[0]] = c[0]
            continue
        for k in g:
            same = [x for x in c if new[x].types == old[k].types and x not in pairs.values()]
            alike = [y for y in g if old[y].types == old[k].types]
            if len(same) == 1 and len(alike) == 1:
                pairs[k] = same[0]
    return pairs


def _field_changes(
    op: str,
    route: str,
    what: str,
    old: Mapping[str, Field],
    new: Mapping[str, Field],
    request: bool,
) -> list[Change]:
    """Changes between two sets of fields of one operation: keywords (``request``, a change
    the caller makes) or response fields (a change the caller reads)."""
    out: list[Change] = []

    def emit(
        label: Label, key: str, f: Field, change: str, detail: str, at: Address, to: str = ""
    ) -> None:
        name = _display(key, f) or ("" if what == "returns" else "(body)")
        kind = what if not request or _level(key) or key == "body" else "body field"
        if kind == "body field" and not key.startswith("body"):
            kind = "keyword field"  # inside a parameter's object
        out.append(Change(label, op, route, kind, name, change, detail, at, f.subject, key, to))

    pairs = _renames(old, new) if request else {}
    for k, n in sorted(pairs.items()):
        a, b = old[k], new[n]
        detail = f"renamed to `{_display(n, b)}`"
        if a.types != b.types:
            detail += f" (and retyped {_types_text(a.types)} -> {_types_text(b.types)})"
        emit("breaking", k, a, "renamed", detail, b.at, _display(n, b))
    removed = sorted(old.keys() - new.keys())
    for k in removed:
        if k not in pairs and not _below(k, [*pairs, *removed]):
            emit("breaking", k, old[k], "removed", "removed", old[k].at)
    added = sorted(new.keys() - old.keys())
    for k in added:
        if k in pairs.values() or _below(k, [*pairs.values(), *added]):
            continue
        f = new[k]
        if request and f.required:
            emit("breaking", k, f, "added", f"added, required ({_types_text(f.types)})", f.at)
        else:
            emit("additive", k, f, "added", f"added ({_types_text(f.types)})", f.at)
    for k in sorted(old.keys() & new.keys()):
        a, b = old[k], new[k]
        if k.startswith("path #") and a.label != b.label:
            emit("breaking", k, a, "renamed", f"renamed to `{b.label}`", b.at, b.label)
        if (
            request
            and (a.wire or b.wire)
            and (a.wire or _display(k, a)) != (b.wire or _display(k, b))
        ):
            was, now = a.wire or _display(k, a), b.wire or _display(k, b)
            detail = (
                f"is sent as `{now}` now (upstream renamed `{was}`; the overlay keeps the "
                "keyword, so calls stay as they are)"
            )
            emit("neutral", k, b, "wire", detail, b.at)
        if a.types != b.types:
            label, detail = _retyped(a.types, b.types, request)
            emit(label, k, b, "type", detail, b.at)
        if a.required != b.required and (k or request):
            if b.required:
                emit("breaking", k, b, "required", "now required", b.parent.below("required"))
            else:
                label = "additive" if request else "breaking"
                emit(label, k, b, "optional", "no longer required", b.parent.below("required"))
        if a.enum != b.enum:
            for label, change, detail in _enum_changes(a.enum, b.enum, request):
                emit(label, k, b, change, detail, b.at.below("enum"))
    return out


def _retyped(a: frozenset[str], b: frozenset[str], request: bool) -> tuple[Label, str]:
    """A keyword may widen (it accepts more); a response field may narrow (it sends less)."""
    text = f"type {_types_text(a)} -> {_types_text(b)}"
    wider, narrower = _within(a, b), _within(b, a)
    if request and wider:
        return "additive", text + " (widened)"
    if request:
        return "breaking", text + (" (narrowed)" if narrower else "")
    if narrower:
        return "neutral", text + " (narrowed)"
    return "breaking", text + (" (widened)" if wider else "")


def _enum_changes(
    a: frozenset[str] | None, b: frozenset[str] | None, request: bool
) -> list[tuple[Label, str, str]]:
    """Enum values removed (breaking) and added (additive); an enum appearing or going."""
    if a is not None and b is not None:
        out: list[tuple[Label, str, str]] = []
        if a - b:
            out.append(("breaking", "enum-removed", f"enum value(s) removed: {_values(a - b)}"))
        if b - a:
            out.append(("additive", "enum-added", f"enum value(s) added: {_values(b - a)}"))
        return out
    if b is None:  # any value now: more for a keyword, unknown values for a reader
        return [("additive" if request else "breaking", "enum", "no longer an enum")]
    return [("breaking" if request else "neutral", "enum", f"now an enum: {_values(b)}")]


def _values(values: frozenset[str]) -> str:
    return ", ".join(sorted(values))


def _slash_only(a: str, b: str) -> bool:
    return a != b and a.rstrip("/") == b.rstrip("/")


def diff(old: Mapping[str, OpFacts], new: Mapping[str, OpFacts]) -> list[Change]:
    """Every change from ``old`` to ``new``, breaking first."""
    out: list[Change] = []
    for key in sorted(new.keys() - old.keys()):
        f = new[key]
        out.append(
            Change(
                "additive", key, f.route, "operation", "", "added", "new operation", Address(key)
            )
        )
    for key in sorted(old.keys() - new.keys()):
        f = old[key]
        out.append(
            Change("breaking", key, f.route, "operation", "", "removed", "removed", Address(key))
        )
    for key in sorted(old.keys() & new.keys()):
        a, b = old[key], new[key]
        if a.route != b.route:
            # same shape: only parameter names (reported as keywords) or the trailing slash
            slash = _slash_only(a.route, b.route)
            detail = f"{a.route} -> {b.route}" + (" (trailing slash only)" if slash else "")
            out.append(Change("neutral", key, b.route, "route", "", "route", detail, Address(key)))
        elif _slash_only(a.upstream, b.upstream):
            detail = f"upstream {a.upstream} -> {b.upstream}; the SDK keeps sending {b.route}"
            out.append(
                Change("neutral", key, b.route, "route", "", "upstream-route", detail, Address(key))
            )
        if a.source != b.source and a.source and b.source:
            detail = f"now from '{b.source}' (was '{a.source}')"
            out.append(
                Change("neutral", key, b.route, "source", "", "source", detail, Address(key))
            )
        out += _field_changes(key, b.route, "keyword", a.keywords, b.keywords, request=True)
        ra = {k: v for k, v in a.response.items() if k}
        rb = {k: v for k, v in b.response.items() if k}
        old_root, new_root = a.response.get(""), b.response.get("")
        if (old_root is None) != (new_root is None):
            detail = "now returns a body" if new_root is not None else "no longer returns a body"
            out.append(
                Change("breaking", key, b.route, "returns", "", "returns", detail, Address(key))
            )
        elif old_root is not None and new_root is not None:
            out += _field_changes(
                key, b.route, "returns", {"": old_root}, {"": new_root}, request=False
            )
        out += _field_changes(key, b.route, "response field", ra, rb, request=False)
        if a.statuses != b.statuses:
            detail = f"{', '.join(sorted(a.statuses))} -> {', '.join(sorted(b.statuses))}"
            out.append(
                Change("neutral", key, b.route, "statuses", "", "statuses", detail, Address(key))
            )
    return sort_changes(out)


def sort_changes(changes: Iterable[Change]) -> list[Change]:
    return sorted(
        changes, key=lambda c: (LABELS.index(c.label), c.operation, c.what, c.name, c.change)
    )


def prose_only(
    old: Mapping[str, OpFacts], new: Mapping[str, OpFacts], changes: Iterable[Change]
) -> list[str]:
    """Operations whose prose changed and nothing else."""
    changed = {c.operation for c in changes}
    return sorted(
        k for k in old.keys() & new.keys() if k not in changed and old[k].prose != new[k].prose
    )


# ---------------------------------------------------------------- grouping and the text


@dataclass(frozen=True)
class Group:
    """Changes that are one change of a shared schema (seen by several operations)."""

    first: Change
    operations: tuple[str, ...]

    @property
    def label(self) -> Label:
        return self.first.label

    def text(self) -> str:
        c = self.first
        if len(self.operations) == 1 or not c.subject:
            return c.text()
        thing = "field" if c.what != "returns" else "returns"
        ops = ", ".join(f"`{o}`" for o in self.operations)
        return f"`{c.subject}` ({thing} of {ops}): {c.detail}"


def group(changes: Iterable[Change]) -> list[Group]:
    """One entry per change; the same change of a component seen by several operations once."""
    found: dict[tuple[str, ...], list[Change]] = {}
    for c in changes:
        key = (
            (c.label, c.subject, c.what, c.change, c.detail)
            if c.subject
            else (c.label, c.operation, c.what, c.name, c.change, c.detail)
        )
        found.setdefault(key, []).append(c)
    groups = [Group(v[0], tuple(sorted({c.operation for c in v}))) for v in found.values()]
    return sorted(groups, key=lambda g: (LABELS.index(g.label), g.text()))


def slash_only(c: Change) -> bool:
    """A route that only dropped or gained its trailing slash."""
    return c.change == "upstream-route" or (
        c.what == "route" and c.detail.endswith("(trailing slash only)")
    )


def _names(ops: Sequence[str]) -> str:
    shown = ", ".join(f"`{n}`" for n in ops[:8])
    return shown + (f" and {len(ops) - 8} more" if len(ops) > 8 else "")


def sdk_lines(changes: Sequence[Change]) -> dict[Label, list[str]]:
    """Per label, one line per change (a model's change once); routes that only changed
    their trailing slash, and operations that changed source, one line each."""
    out: dict[Label, list[str]] = {label: [] for label in LABELS}
    moved = [c for c in changes if c.what == "source"]
    for g in group(c for c in changes if not slash_only(c) and c.what != "source"):
        out[g.label].append(g.text())
    ops = sorted({c.operation for c in changes if slash_only(c)})
    if ops:
        out["neutral"].append(
            f"Upstream dropped or added the trailing slash of {len(ops)} route(s); the SDK "
            f"keeps sending its pinned routes: {_names(ops)}."
        )
    for detail in sorted({c.detail for c in moved}):
        same = sorted(c.operation for c in moved if c.detail == detail)
        out["neutral"].append(
            f"{len(same)} operation(s) take their shape {detail}: {_names(same)}."
        )
    return out


def changelog(old: dict[str, Any], new: dict[str, Any], notes: list[str] | None = None) -> str:
    """Markdown between two patched builds, breaking changes first (``make changelog``)."""
    changes = diff(document_facts(old, pinned=True), document_facts(new, pinned=True))
    lines = sdk_lines(changes)
    out = ["# API changes", ""]
    for label in LABELS:
        out += [f"## {label.capitalize()} ({len(lines[label])})", ""]
        out += [f"- {line}" for line in lines[label]] or ["- none"]
        out.append("")
    if notes:
        out += [f"## Overlay notes ({len(notes)})", "", *[f"- {n}" for n in notes], ""]
    out += ["Labels:", "", *[f"- {rule}" for rule in RULES]]
    return "\n".join(out) + "\n"
