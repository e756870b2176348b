"""openapi.overlay.yaml as typed records: one per operation, one per schema, one per transform.

``load_overlay`` reads the YAML (refusing a key given twice) and ``read_overlay`` checks it
and returns an ``Overlay``. Every problem names its entry (``operations["PUT /api/v0/asks/{id}/"]
.sdk: ...``) and, when the text is known, its line. Every rule carries a ``Rule``: where it is
in the file and why it exists, which is what the provenance of a patched document names
(``tools/provenance.py``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

import yaml

from vast_sdk._reserved import collision
from vast_sdk._spec import parse_key, shape

from .sources import YAML_BASE, DuplicateKey, StrictLoader

OVERLAY_FILE = "openapi.overlay.yaml"

Action = Literal["set", "merge", "remove", "hoist"]
Host = Literal["api", "serverless"]
DateKind = Literal["epoch", "epoch-days"]
QueryKind = Literal["offers", "volumes", "network_volumes"]

_NAME = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
_MARKERS = ("json", "send", "dates", "echo", "paginate", "query", "absent")
_RECORD_KEYS = (
    "name", "formerly", "idempotent", "why", "host", "sdk", "docs", "models", "keywords",
    "evidence", "define", "fixes",
)  # fmt: skip
_CLASS = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_FIX_KEYS = ("why", "at", "optional", *get_args(Action))


class OverlayError(Exception):
    """The overlay and the spec disagree, or the overlay is malformed; the message says what
    to change and names the entry."""


# ---------------------------------------------------------------- the YAML text


def load_overlay(text: str | bytes) -> dict[str, Any]:
    """The overlay document as plain data; OverlayError for a key given twice or a document
    that is not a mapping."""
    try:
        data = yaml.load(text, Loader=StrictLoader)
    except DuplicateKey as dup:
        raise OverlayError(
            f"overlay line {dup.line}: {dup.key!r} is given twice in one mapping"
        ) from None
    if not isinstance(data, dict):
        raise OverlayError("the overlay is not a YAML mapping")
    return data


Lines = Mapping[tuple[str | int, ...], int]
"""The line (1-based) of every mapping value and sequence item, by its path of keys/indexes."""


def overlay_lines(text: str | bytes) -> dict[tuple[str | int, ...], int]:
    """Where each entry of the overlay starts, so a rule can say where it is written."""
    root = yaml.compose(text, Loader=YAML_BASE)
    found: dict[tuple[str | int, ...], int] = {}

    def walk(node: yaml.Node, path: tuple[str | int, ...]) -> None:
        if isinstance(node, yaml.MappingNode):
            for key_node, value in node.value:
                here = (*path, str(key_node.value))
                found[here] = key_node.start_mark.line + 1
                walk(value, here)
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                found[(*path, i)] = item.start_mark.line + 1
                walk(item, (*path, i))

    if root is not None:
        walk(root, ())
    return found


# ---------------------------------------------------------------- the records


@dataclass(frozen=True)
class Rule:
    """One rule of the overlay, as a person finds it: where it is written and why it exists."""

    where: str
    """E.g. ``operations["PUT /api/v0/asks/{id}/"].fixes[2]``, ``schemas.Instance[0]``,
    ``transforms.nullable-keyword``."""
    why: str
    line: int | None = None
    """Its line in openapi.overlay.yaml, when the overlay was read from text."""

    def __str__(self) -> str:
        place = f"{OVERLAY_FILE}:{self.line} " if self.line else ""
        return f"{place}{self.where} ({self.why})"


@dataclass(frozen=True)
class Fix:
    """A correction to an upstream node: ``action`` applied at ``at`` (a pointer inside the
    operation or schema; "" for the node itself)."""

    rule: Rule
    at: str
    action: Action
    value: Any
    optional: bool = False
    """Its target exists only in some revisions: absent there is not stale."""


@dataclass(frozen=True)
class Paginate:
    """A cursor-paged listing: the page's items field, the next cursor's field, the keyword
    the cursor is sent as."""

    items: str
    next: str
    cursor: str


@dataclass(frozen=True)
class Absent:
    """A success body whose ``field`` is null means "no such resource": raise ``error``."""

    field: str
    error: str


@dataclass(frozen=True)
class Behaviour:
    """What the SDK does on the wire for one operation, beyond what the spec says (``sdk``)."""

    rule: Rule
    json: tuple[str, ...] = ()
    """Query parameters sent as JSON text (a mapping or list is json.dumps-ed)."""
    send: Mapping[str, Any] = field(default_factory=dict)
    """Parameter or body field -> the value sent when the caller gives none."""
    dates: Mapping[str, DateKind] = field(default_factory=dict)
    """Parameter or body field -> how a datetime/date given for it is sent."""
    echo: Mapping[str, str] = field(default_factory=dict)
    """Body field -> the path keyword whose value it repeats."""
    paginate: Paginate | None = None
    query: QueryKind | None = None
    """The official CLI's query language kind the ``query`` keyword takes."""
    absent: Absent | None = None


@dataclass(frozen=True)
class ModelPin:
    """A model name the overlay pins where the naming rule (tools/naming.py) is not enough."""

    name: str
    rule: Rule


@dataclass(frozen=True)
class KeywordPin:
    """A keyword users keep although upstream renamed the wire name it was pinned from:
    ``keywords: {tail: {wire: tail_lines, why}}`` sends the ``tail`` keyword as ``tail_lines``."""

    keyword: str
    """The pinned name: the wire name the keyword was made from (openapi.overlay.lock)."""
    wire: str
    """The name upstream uses now, which the SDK sends."""
    rule: Rule


@dataclass(frozen=True)
class OperationRecord:
    """Everything the overlay says about one operation, keyed by the route the SDK sends."""

    key: str
    """``"METHOD /path"`` as sent (trailing slash included), with the SDK's path keywords."""
    method: str
    """Lower case."""
    path: str
    name: str
    """The pinned snake_case method name."""
    idempotent: bool
    why: str
    """Why the record says what it does; for ``idempotent: false``, what a replay would do twice."""
    host: Host = "api"
    sdk: Behaviour | None = None
    docs: Mapping[str, str] = field(default_factory=dict)
    """Our own words: ``_`` for the operation, else a parameter or body field as sent."""
    models: Mapping[str, ModelPin] = field(default_factory=dict)
    """The naming rule's name of one of its models -> the name the SDK exports instead."""
    keywords: Mapping[str, KeywordPin] = field(default_factory=dict)
    """Pinned keyword -> the new wire name upstream renamed it to."""
    evidence: str = ""
    """For ``define``: what shows production serves the operation (the official client's code)."""
    define: Mapping[str, Any] | None = None
    """The operation object, for an operation production serves that no document describes."""
    fixes: tuple[Fix, ...] = ()
    line: int | None = None
    formerly: Mapping[str, str] = field(default_factory=dict)
    """Names the operation had before (old name -> why it was renamed): each stays a method
    for one release that warns (DeprecationWarning) and calls this one."""

    @property
    def shape(self) -> tuple[str, str]:
        return shape(self.method, self.path)

    def wire(self, name: str) -> str:
        """The wire name of a parameter or body field the record names: a pinned keyword
        upstream renamed (``keywords``) is sent under its new name; any other name is one."""
        pin = self.keywords.get(name)
        return pin.wire if pin is not None else name

    def rule(self, part: str, why: str | None = None) -> Rule:
        """A Rule for one part of this record (``pin``, ``define``, ``docs`` ...)."""
        return Rule(f"operations[{self.key!r}].{part}", why or self.why, self.line)


@dataclass(frozen=True)
class SchemaRecord:
    """The corrections to one component schema (``schemas.NAME``), applied in order."""

    name: str
    fixes: tuple[Fix, ...]


@dataclass(frozen=True)
class TransformRecord:
    """A document-wide rewrite implemented in tools/overlay.py."""

    name: str
    rule: Rule


@dataclass(frozen=True)
class Overlay:
    """The overlay, checked: sources, one record per operation and per schema, transforms."""

    sources: tuple[Mapping[str, Any], ...]
    operations: tuple[OperationRecord, ...]
    schemas: tuple[SchemaRecord, ...]
    transforms: tuple[TransformRecord, ...]

    def record_for(self, method: str, path: str) -> OperationRecord | None:
        """The record of the operation with this method and path *shape* (any revision's
        spelling of the path: parameter names and the trailing slash do not matter)."""
        wanted = shape(method, path)
        return next((r for r in self.operations if r.shape == wanted), None)

    def by_name(self, name: str) -> OperationRecord | None:
        return next((r for r in self.operations if r.name == name), None)

    def model_pins(self) -> dict[str, ModelPin]:
        """Every record's model pins, by the naming rule's name; OverlayError when two
        records pin the same one."""
        pins: dict[str, ModelPin] = {}
        for record in self.operations:
            for key, pin in record.models.items():
                if key in pins:
                    raise OverlayError(
                        f"{pin.rule.where}: {key} is pinned by {pins[key].rule.where} too"
                    )
                pins[key] = pin
        return pins


# ---------------------------------------------------------------- reading and checking


class _Reader:
    """Collects every problem of the overlay before failing, each naming its entry."""

    def __init__(self, lines: Lines) -> None:
        self.lines = lines
        self.problems: list[str] = []

    def problem(self, where: str, path: tuple[str | int, ...], message: str) -> None:
        line = self.lines.get(path)
        self.problems.append(f"{where}{f' (line {line})' if line else ''}: {message}")

    def text(self, value: Any, where: str, path: tuple[str | int, ...], what: str) -> str:
        if not isinstance(value, str) or not value.strip():
            self.problem(where, path, f"{what} must be a non-empty text")
            return ""
        if "\n" in value.strip():
            self.problem(where, path, f"{what} must be one line")
        return value

    def mapping(self, value: Any, where: str, path: tuple[str | int, ...]) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.problem(where, path, f"must be a mapping, not {type(value).__name__}")
            return {}
        return value

    def keys(
        self, data: Mapping[str, Any], allowed: tuple[str, ...], where: str, path: Any
    ) -> None:
        unknown = [k for k in data if k not in allowed]
        if unknown:
            self.problem(where, path, f"unknown key(s) {unknown} (allowed: {', '.join(allowed)})")

    # -- fixes

    def fix(self, data: Any, where: str, path: tuple[str | int, ...]) -> Fix | None:
        item = self.mapping(data, where, path)
        if not item:
            return None
        self.keys(item, _FIX_KEYS, where, path)
        why = self.text(item.get("why"), where, path, "'why'")
        actions = [a for a in get_args(Action) if a in item]
        if len(actions) != 1:
            self.problem(where, path, f"needs exactly one action of {', '.join(get_args(Action))}")
            return None
        at = item.get("at", "")
        if not isinstance(at, str):
            self.problem(where, path, "'at' must be a pointer text")
            return None
        optional = item.get("optional", False)
        if not isinstance(optional, bool):
            self.problem(where, path, "'optional' must be true or false")
        action: Action = actions[0]
        return Fix(
            Rule(where, why, self.lines.get(path)), at, action, item[action], optional is True
        )

    def fixes(self, data: Any, where: str, path: tuple[str | int, ...]) -> tuple[Fix, ...]:
        if not isinstance(data, list):
            self.problem(where, path, "must be a list of fixes")
            return ()
        found = [self.fix(item, f"{where}[{i}]", (*path, i)) for i, item in enumerate(data)]
        return tuple(f for f in found if f is not None)

    # -- the sdk block

    def behaviour(self, data: Any, where: str, path: tuple[str | int, ...]) -> Behaviour | None:
        item = self.mapping(data, where, path)
        if not item:
            return None
        self.keys(item, ("why", *_MARKERS), where, path)
        why = self.text(item.get("why"), where, (*path, "why"), "'why'")
        if not any(k in item for k in _MARKERS):
            self.problem(where, path, f"names no behaviour (one of {', '.join(_MARKERS)})")
        names = item.get("json", [])
        if not (isinstance(names, list) and all(isinstance(n, str) for n in names)):
            self.problem(where, (*path, "json"), "'json' must be a list of parameter names")
            names = []
        send = self.mapping(item.get("send", {}), f"{where}.send", (*path, "send"))
        dates = self.mapping(item.get("dates", {}), f"{where}.dates", (*path, "dates"))
        for name, kind in dates.items():
            if kind not in get_args(DateKind):
                self.problem(
                    f"{where}.dates", (*path, "dates", name),
                    f"{name}: {kind!r} is not one of {', '.join(get_args(DateKind))}",
                )  # fmt: skip
        echo = self.mapping(item.get("echo", {}), f"{where}.echo", (*path, "echo"))
        if not all(isinstance(v, str) for v in echo.values()):
            self.problem(f"{where}.echo", (*path, "echo"), "each value names a path keyword")
        paginate = None
        if "paginate" in item:
            p = self.mapping(item["paginate"], f"{where}.paginate", (*path, "paginate"))
            self.keys(p, ("items", "next", "cursor"), f"{where}.paginate", (*path, "paginate"))
            if all(isinstance(p.get(k), str) for k in ("items", "next", "cursor")):
                paginate = Paginate(p["items"], p["next"], p["cursor"])
            else:
                self.problem(f"{where}.paginate", (*path, "paginate"), "needs items, next, cursor")
        query = item.get("query")
        if query is not None and query not in get_args(QueryKind):
            self.problem(
                where, (*path, "query"), f"query must be one of {', '.join(get_args(QueryKind))}"
            )
            query = None
        absent = None
        if "absent" in item:
            a = self.mapping(item["absent"], f"{where}.absent", (*path, "absent"))
            if isinstance(a.get("field"), str) and isinstance(a.get("error"), str):
                absent = Absent(a["field"], a["error"])
            else:
                self.problem(f"{where}.absent", (*path, "absent"), "needs 'field' and 'error'")
        return Behaviour(
            rule=Rule(where, why, self.lines.get(path)),
            json=tuple(names),
            send=dict(send),
            dates=dict(dates),
            echo=dict(echo),
            paginate=paginate,
            query=query,
            absent=absent,
        )

    # -- one operation

    def operation(self, key: Any, data: Any) -> OperationRecord | None:
        where = f"operations[{key!r}]"
        path: tuple[str | int, ...] = ("operations", str(key))
        try:
            method, route = parse_key(str(key))
        except ValueError:
            self.problem(where, path, "the key must be 'METHOD /path', the route the SDK sends")
            return None
        item = self.mapping(data, where, path)
        if not item:
            return None
        self.keys(item, _RECORD_KEYS, where, path)
        name = item.get("name")
        if not isinstance(name, str) or not _NAME.match(name):
            self.problem(where, (*path, "name"), f"name {name!r} is not snake_case")
            name = ""
        elif (clash := collision(name)) is not None:
            self.problem(
                where, (*path, "name"),
                f"the operation's name {name!r} collides with {clash} (vast_sdk/_reserved.py): "
                "pin another name",
            )  # fmt: skip
        formerly: dict[str, str] = {}
        for old, reason in self.mapping(
            item.get("formerly", {}), f"{where}.formerly", (*path, "formerly")
        ).items():
            here = (*path, "formerly", str(old))
            if not (isinstance(old, str) and _NAME.match(old)):
                self.problem(where, here, f"former name {old!r} is not snake_case")
                continue
            if (clash := collision(old)) is not None:
                self.problem(where, here, f"the former name {old!r} collides with {clash}")
            formerly[old] = self.text(reason, f"{where}.formerly.{old}", here, "'why'")
        idempotent = item.get("idempotent")
        if not isinstance(idempotent, bool):
            self.problem(
                where, (*path, "idempotent"),
                "'idempotent' must be true or false (reviewed per operation)",
            )  # fmt: skip
        why = item.get("why", "")
        if idempotent is False or "why" in item:
            what = "'why' (what a replay would do twice)" if idempotent is False else "'why'"
            why = self.text(why, where, (*path, "why"), what)
        host = item.get("host", "api")
        if host not in get_args(Host):
            self.problem(where, (*path, "host"), "host must be api or serverless")
            host = "api"
        docs = self.mapping(item.get("docs", {}), f"{where}.docs", (*path, "docs"))
        for doc_key, text in docs.items():
            self.text(text, f"{where}.docs.{doc_key}", (*path, "docs", doc_key), "a doc")
        define = None
        evidence = ""
        if "define" in item or "evidence" in item:
            define = self.mapping(item.get("define"), f"{where}.define", (*path, "define"))
            what = "'evidence' (what shows production serves it)"
            evidence = self.text(item.get("evidence"), where, (*path, "evidence"), what)
        models = {}
        for rule_name, pin in self.mapping(
            item.get("models", {}), f"{where}.models", (*path, "models")
        ).items():
            here = (*path, "models", str(rule_name))
            entry = self.mapping(pin, f"{where}.models.{rule_name}", here)
            self.keys(entry, ("name", "why"), f"{where}.models.{rule_name}", here)
            pinned = entry.get("name")
            if not (isinstance(pinned, str) and _CLASS.match(pinned) and _CLASS.match(rule_name)):
                self.problem(where, here, "a model pin maps a class name to a class name")
                continue
            why = self.text(entry.get("why"), f"{where}.models.{rule_name}", here, "'why'")
            rule = Rule(f"{where}.models.{rule_name}", why, self.lines.get(here))
            models[str(rule_name)] = ModelPin(pinned, rule)
        keywords = {}
        for pinned, entry in self.mapping(
            item.get("keywords", {}), f"{where}.keywords", (*path, "keywords")
        ).items():
            here = (*path, "keywords", str(pinned))
            at = f"{where}.keywords.{pinned}"
            entry = self.mapping(entry, at, here)
            self.keys(entry, ("wire", "why"), at, here)
            wire = entry.get("wire")
            if not (isinstance(wire, str) and wire and wire != pinned):
                self.problem(at, here, "'wire' names the field upstream renamed it to")
                continue
            why = self.text(entry.get("why"), at, here, "'why'")
            keywords[str(pinned)] = KeywordPin(
                str(pinned), wire, Rule(at, why, self.lines.get(here))
            )
        wires = [k.wire for k in keywords.values()]
        if len(set(wires)) != len(wires):
            self.problem(
                f"{where}.keywords", (*path, "keywords"), "two keywords map to one wire name"
            )
        sdk = None
        if "sdk" in item:
            sdk = self.behaviour(item["sdk"], f"{where}.sdk", (*path, "sdk"))
        fixes: tuple[Fix, ...] = ()
        if "fixes" in item:
            fixes = self.fixes(item["fixes"], f"{where}.fixes", (*path, "fixes"))
        return OperationRecord(
            key=str(key),
            method=method,
            path=route,
            name=name,
            formerly=formerly,
            idempotent=idempotent is True,
            why=str(why or ""),
            host=host,
            sdk=sdk,
            docs={str(k): str(v) for k, v in docs.items()},
            models=models,
            keywords=keywords,
            evidence=evidence,
            define=define,
            fixes=fixes,
            line=self.lines.get(path),
        )


def read_overlay(data: Mapping[str, Any], lines: Lines | None = None) -> Overlay:
    """Check the overlay document and return it as records; OverlayError lists every problem,
    each naming its entry (and its line, given ``lines`` from ``overlay_lines``)."""
    reader = _Reader(lines or {})
    top = ("sources", "schemas", "operations", "transforms")
    reader.keys(data, top, "the overlay", ())
    sources = data.get("sources") or [{"name": "primary", "path": "openapi.json"}]
    operations = []
    shapes: dict[tuple[str, str], str] = {}
    names: dict[str, str] = {}
    for key, value in reader.mapping(data.get("operations", {}), "operations", ()).items():
        record = reader.operation(key, value)
        if record is None:
            continue
        where = f"operations[{record.key!r}]"
        if record.shape in shapes:
            reader.problem(
                where, ("operations", record.key),
                f"has the method and path shape of {shapes[record.shape]!r}: one record each",
            )  # fmt: skip
        shapes[record.shape] = record.key
        if record.name in names:
            reader.problem(
                where, ("operations", record.key, "name"),
                f"name {record.name!r} is used by both {names[record.name]!r} and {record.key!r}",
            )  # fmt: skip
        names[record.name] = record.key
        for old in record.formerly:
            if old in names:
                reader.problem(
                    where, ("operations", record.key, "formerly", old),
                    f"former name {old!r} is also the name of {names[old]!r}",
                )  # fmt: skip
            names[old] = record.key
        operations.append(record)
    schemas = []
    for name, fixes in reader.mapping(data.get("schemas", {}), "schemas", ()).items():
        found = reader.fixes(fixes, f"schemas.{name}", ("schemas", str(name)))
        schemas.append(SchemaRecord(str(name), found))
    transforms = []
    raw_transforms = data.get("transforms", [])
    for i, item in enumerate(raw_transforms if isinstance(raw_transforms, list) else []):
        entry = reader.mapping(item, f"transforms[{i}]", ("transforms", i))
        where = f"transforms.{entry.get('name')}"
        why = reader.text(entry.get("why"), where, ("transforms", i), "'why'")
        transforms.append(
            TransformRecord(
                str(entry.get("name")), Rule(where, why, reader.lines.get(("transforms", i)))
            )
        )
    if reader.problems:
        raise OverlayError("\n".join(reader.problems))
    return Overlay(tuple(sources), tuple(operations), tuple(schemas), tuple(transforms))
