"""openapi.overlay.lock: what the overlay relies on in the upstream documents, recorded.

The overlay corrects the documents; each correction was written against the documents as they
were. The lock, beside the overlay, records what that was, so that an upstream change under a
rule stops generation instead of being silently overridden, and every keyword users type stays
the same. It is written by ``python -m tools overlay lock`` (``make overlay-lock``), never by
hand, after a maintainer has reviewed what changed; its diff is the record of that review.
Three sections:

- ``expect``: for every node an overlay rule replaces or creates (a fix's ``set``, ``remove``
  or ``hoist`` target, each value a ``merge`` writes, a schema the overlay defines), the
  upstream shape it was written against: the node without prose, or ``absent``.
- ``schemas``: every source's own version of each overlay-owned schema (the overlay's
  ``schemas`` section: ``Instance``, ``Offer``, ``SshKey``...), without prose, or ``absent``,
  including versions the SDK does not take (a later source's ``Instance``).
- ``keywords``: each operation's query and body keywords, by their pinned name: the wire name
  they were pinned from (an operation record's ``keywords`` maps one to a new wire name when
  upstream renames it, so the user's keyword stays).

Every generation compares the documents with it (``check``): a node that changed, a rule or a
keyword it does not record, an overlay-owned schema that changed in any source, a pinned
keyword that is gone: each is a problem naming the rules involved (an error; ``--lenient``
lists them all). Nothing here reads the overlay's text: the nodes are observed while the
overlay is applied (``tools/overlay.py``, ``Observed``).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal

import yaml

from .overlay_records import OverlayError, Rule, SchemaRecord

LOCK_FILE = "openapi.overlay.lock"
REFRESH = "make overlay-lock"
"""The reviewed command that records what the documents say now."""

ROOT_POINTER = "/"
"""How the lock writes the pointer of a whole node (a schema the overlay defines)."""

Location = Literal["query", "body"]
LOCATIONS: tuple[Location, ...] = ("query", "body")

_PROSE = frozenset({"description", "summary", "example", "examples", "externalDocs", "title"})
"""Keys holding prose or samples, not shape (vast_sdk._spec's set, titles included)."""

_HEADER = """\
# openapi.overlay.lock: what openapi.overlay.yaml relies on in the upstream documents.
# Written by `python -m tools overlay lock` (make overlay-lock) after a maintainer reviewed
# the change; never edited by hand. Every generation compares the documents with it and stops
# on a difference, naming the overlay rules involved (docs/regenerating.md, "The lock").
#   expect    each node an overlay rule replaces or creates: its upstream shape (no prose)
#   schemas   each source's own version of every overlay-owned schema (no prose)
#   keywords  each operation's query and body keywords, by pinned name
"""


class _Absent:
    """A node the documents do not have (a rule creates it)."""

    _instance: _Absent | None = None

    def __new__(cls) -> _Absent:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "absent"


ABSENT: Final = _Absent()


def lock_path(overlay_path: Path) -> Path:
    """The lock of an overlay: beside it, ``<overlay name without .yaml>.lock``."""
    name = overlay_path.name
    for suffix in (".yaml", ".yml"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return overlay_path.with_name(f"{name}.lock")


# ---------------------------------------------------------------- shapes


def shape_of(node: Any) -> Any:
    """``node`` without prose: what the SDK's types depend on (keys under ``properties`` are
    field names, kept whatever they are called)."""

    def strip(value: Any, in_properties: bool) -> Any:
        if isinstance(value, dict):
            return {
                str(k): strip(v, k == "properties" and not in_properties)
                for k, v in value.items()
                if in_properties or k not in _PROSE
            }
        if isinstance(value, list):
            return [strip(v, False) for v in value]
        return value

    return ABSENT if node is ABSENT else strip(copy.deepcopy(node), False)


def is_prose(pointer: str) -> bool:
    """A pointer to prose (a description, an example...), not to a field called so."""
    segments = [s for s in pointer.split("/") if s]
    if not segments or segments[-1] not in _PROSE:
        return False
    return len(segments) < 2 or segments[-2] != "properties"


def _text(value: Any, limit: int = 90) -> str:
    text = "absent" if value is ABSENT else json.dumps(value, sort_keys=True)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def differences(old: Any, new: Any, at: str = "") -> Iterator[str]:
    """Where two shapes differ, one line each: ``properties/ssh_port/type: "integer" ->
    "string"``, ``properties/x: absent -> {...}``."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(old.keys() | new.keys()):
            here = f"{at}/{key}" if at else str(key)
            yield from differences(old.get(key, ABSENT), new.get(key, ABSENT), here)
    elif old != new or type(old) is not type(new):
        yield f"{at}: {_text(old)} -> {_text(new)}" if at else f"{_text(old)} -> {_text(new)}"


def _summary(old: Any, new: Any, limit: int = 4) -> str:
    lines = list(differences(old, new))
    shown = "; ".join(lines[:limit])
    return shown + (f"; and {len(lines) - limit} more" if len(lines) > limit else "")


# ---------------------------------------------------------------- what one application saw


@dataclass
class Expected:
    """One node rules replace or create, as the documents have it now."""

    owner: str
    """The operation record's key (``"PUT /api/v0/asks/{id}/"``) or ``#/components/schemas/X``."""
    pointer: str
    """Inside the owner, as the rules write it (``~1`` escapes); "" for the owner itself."""
    node: Any
    """Its shape now (``shape_of``), or ABSENT."""
    rules: list[Rule] = field(default_factory=list)


@dataclass
class Pinned:
    """One operation's keywords now: pinned name -> wire name, by location."""

    name: str
    """The operation's pinned method name (for messages)."""
    keywords: dict[Location, dict[str, str]] = field(default_factory=dict)
    renames: dict[str, Rule] = field(default_factory=dict)
    """Pinned name -> the record's ``keywords`` entry that maps it to a new wire name."""


@dataclass
class Observed:
    """What the overlay relies on, as seen while applying it to these documents."""

    owners: set[str] = field(default_factory=set)
    """Every record key and ``#/components/schemas/X`` the overlay has (matched or not)."""
    applied: set[str] = field(default_factory=set)
    """The owners whose rules ran on upstream nodes (matched records, not ``define``d ones)."""
    expected: dict[tuple[str, str], Expected] = field(default_factory=dict)
    schemas: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Overlay-owned schema -> source name -> its shape there (or ABSENT)."""
    schema_rules: dict[str, list[Rule]] = field(default_factory=dict)
    operations: dict[str, Pinned] = field(default_factory=dict)
    """Matched record key -> its keywords now."""

    def expect(self, owner: str, pointer: str, node: Any, rule: Rule) -> None:
        found = self.expected.setdefault((owner, pointer), Expected(owner, pointer, node))
        if rule not in found.rules:
            found.rules.append(rule)

    def schema(
        self, name: str, rules: Sequence[Rule], sources: Sequence[tuple[str, Mapping[str, Any]]]
    ) -> None:
        """Each source's own version of the overlay-owned schema ``name``."""
        self.schema_rules[name] = list(rules)
        versions = {}
        for source, doc in sources:
            found = (doc.get("components") or {}).get("schemas", {}).get(name, ABSENT)
            versions[source] = shape_of(found)
        self.schemas[name] = versions


def observe_sources(
    seen: Observed,
    schemas: Sequence[SchemaRecord],
    sources: Sequence[tuple[str, Mapping[str, Any]]],
) -> None:
    """Each source's own version of every overlay-owned schema (``sources``: name, document)."""
    for schema in schemas:
        seen.schema(schema.name, [f.rule for f in schema.fixes], sources)


# ---------------------------------------------------------------- the lock


@dataclass
class Lock:
    """The recorded expectations (see the module docstring)."""

    expect: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Owner -> pointer -> shape or ABSENT."""
    schemas: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Overlay-owned schema -> source -> shape or ABSENT."""
    keywords: dict[str, dict[Location, tuple[str, ...]]] = field(default_factory=dict)
    """Record key -> location -> pinned keyword names, sorted."""

    @classmethod
    def of(cls, seen: Observed) -> Lock:
        """The lock recording ``seen``."""
        lock = cls()
        for (owner, pointer), e in sorted(seen.expected.items()):
            lock.expect.setdefault(owner, {})[pointer] = e.node
        lock.schemas = {name: dict(sorted(v.items())) for name, v in sorted(seen.schemas.items())}
        for key, pinned in sorted(seen.operations.items()):
            found = {loc: tuple(sorted(names)) for loc, names in pinned.keywords.items() if names}
            if found:
                lock.keywords[key] = found
        return lock


def _entry(node: Any) -> Any:
    return "absent" if node is ABSENT else {"upstream": node}


def _from_entry(value: Any, where: str) -> Any:
    if value == "absent":
        return ABSENT
    if isinstance(value, dict) and set(value) == {"upstream"}:
        return value["upstream"]
    raise OverlayError(f"{LOCK_FILE}: {where} is neither 'absent' nor {{upstream: ...}}")


def _dump(value: Any, indent: int) -> str:
    """``value`` as YAML lines indented by ``indent``: keys sorted, small leaf collections on
    one line."""
    dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text = yaml.dump(
        value, Dumper=dumper, sort_keys=True, default_flow_style=None, width=100,
        allow_unicode=True,
    )  # fmt: skip
    pad = " " * indent
    return "".join(pad + line for line in text.splitlines(keepends=True))


def _key(text: str) -> str:
    """A mapping key as YAML: plain when it reads back as itself, else double-quoted."""
    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        if yaml.load(f"{text}: 0", Loader=loader) == {text: 0}:
            return text
    except yaml.YAMLError:
        pass
    return json.dumps(text)


def _item(key: str, value: Any, indent: int) -> str:
    """``key: value`` in block style at ``indent``: a scalar on the same line, a collection
    below it."""
    pad = " " * indent
    if isinstance(value, (dict, list)) and value:
        return f"{pad}{_key(key)}:\n" + _dump(value, indent + 2)
    return f"{pad}{_key(key)}: {_dump(value, 0).strip().removesuffix('...').strip()}\n"


def render(lock: Lock) -> str:
    """The lock file's text: one block per owner, each entry on its own lines, sorted (so a
    refresh's diff shows exactly the entries that changed)."""
    out = [_HEADER, "version: 1\n", "expect:\n"]
    for owner, nodes in sorted(lock.expect.items()):
        out.append(f"  {_key(owner)}:\n")
        for pointer, node in sorted(nodes.items()):
            out.append(_item(pointer or ROOT_POINTER, _entry(node), 4))
    out.append("schemas:\n")
    for name, versions in sorted(lock.schemas.items()):
        out.append(f"  {_key(name)}:\n")
        for source, node in sorted(versions.items()):
            out.append(_item(source, _entry(node), 4))
    out.append("keywords:\n")
    for key, found in sorted(lock.keywords.items()):
        out.append(f"  {_key(key)}:\n")
        for loc, names in sorted(found.items()):  # one a line: a diff shows each keyword
            out.append(f"    {loc}:\n" + "".join(f"      - {_key(n)}\n" for n in names))
    return "".join(out)


def parse(text: str) -> Lock:
    """A lock file's text as a Lock; OverlayError naming what is malformed."""
    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        raise OverlayError(f"{LOCK_FILE} is not valid YAML ({exc}): run {REFRESH}") from None
    if not isinstance(data, dict) or data.get("version") != 1:
        raise OverlayError(f"{LOCK_FILE} is not a version 1 lock: run {REFRESH}")
    lock = Lock()
    for owner, nodes in (data.get("expect") or {}).items():
        lock.expect[str(owner)] = {
            ("" if p == ROOT_POINTER else str(p)): _from_entry(v, f"expect[{owner!r}][{p!r}]")
            for p, v in (nodes or {}).items()
        }
    for name, versions in (data.get("schemas") or {}).items():
        lock.schemas[str(name)] = {
            str(s): _from_entry(v, f"schemas.{name}.{s}") for s, v in (versions or {}).items()
        }
    for key, found in (data.get("keywords") or {}).items():
        lock.keywords[str(key)] = {
            loc: tuple(str(n) for n in names) for loc, names in found.items() if loc in LOCATIONS
        }
    return lock


def read(path: Path) -> Lock | None:
    """The lock at ``path``, or None when there is none."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return parse(text)


def write(path: Path, lock: Lock) -> None:
    path.write_text(render(lock), encoding="utf-8")


# ---------------------------------------------------------------- comparing


def _rules(rules: Sequence[Rule]) -> str:
    return "; ".join(str(r) for r in rules) or "no rule"


def check(lock: Lock | None, seen: Observed) -> list[str]:
    """Every difference between the documents (as ``seen``) and the lock, each naming the
    overlay rules involved and what to do. Empty when the lock holds."""
    if lock is None:
        return [
            f"no {LOCK_FILE} beside the overlay: the rules' expectations and the keyword pins "
            f"are not recorded; review the documents, then run {REFRESH}"
        ]
    return _expectations(lock, seen) + _schemas(lock, seen) + _keywords(lock, seen)


def _where(owner: str, pointer: str) -> str:
    return f"{owner} > {pointer}" if pointer else owner


def _expectations(lock: Lock, seen: Observed) -> list[str]:
    out = []
    for (owner, pointer), e in sorted(seen.expected.items()):
        where = _where(owner, pointer)
        recorded = lock.expect.get(owner, {})
        if pointer not in recorded:
            out.append(
                f"expectation not recorded: {where} is replaced or created by {_rules(e.rules)}, "
                f"and {LOCK_FILE} does not say what the documents had there: run {REFRESH}"
            )
            continue
        was, now = recorded[pointer], e.node
        if was == now:
            continue
        if was is ABSENT:
            what = f"upstream now defines {where}, which the overlay creates"
        elif now is ABSENT:
            what = f"upstream dropped {where}, which the overlay replaces (and so recreates)"
        else:
            what = f"upstream changed {where}, which the overlay replaces"
        out.append(
            f"expectation changed: {what} ({_summary(was, now)}); rule(s): {_rules(e.rules)}. "
            f"Check each still holds (fix or delete it), then run {REFRESH}"
        )
    for owner, nodes in sorted(lock.expect.items()):
        if owner not in seen.owners:
            out.append(f"{LOCK_FILE}: expect[{owner!r}] names no overlay entry: run {REFRESH}")
            continue
        if owner not in seen.applied:
            continue  # its record matches no operation: reported as a stale record
        for pointer in sorted(nodes):
            if (owner, pointer) not in seen.expected:
                out.append(
                    f"{LOCK_FILE}: no rule replaces or creates {_where(owner, pointer)} any "
                    f"more: run {REFRESH}"
                )
    return out


def _schemas(lock: Lock, seen: Observed) -> list[str]:
    out = []
    for name, versions in sorted(seen.schemas.items()):
        recorded = lock.schemas.get(name)
        rules = _rules(seen.schema_rules.get(name, []))
        if recorded is None:
            out.append(
                f"schemas.{name}: the overlay owns it and {LOCK_FILE} records no source's "
                f"version of it: run {REFRESH}"
            )
            continue
        for source in sorted(versions.keys() | recorded.keys()):
            was, now = recorded.get(source, ABSENT), versions.get(source, ABSENT)
            if was == now:
                continue
            if source not in versions:
                what = f"source '{source}' is gone"
            elif was is ABSENT:
                what = f"'{source}' now defines {name}"
            elif now is ABSENT:
                what = f"'{source}' no longer defines {name}"
            else:
                what = f"{name} in '{source}' changed"
            out.append(
                f"schemas.{name} (overlay-owned) differs from the documents: {what} "
                f"({_summary(was, now)}); the overlay's {name} does not follow it; its rules: "
                f"{rules}. Check they still hold, then run {REFRESH}"
            )
    for name in sorted(lock.schemas.keys() - seen.schemas.keys()):
        out.append(f"{LOCK_FILE}: schemas.{name} is not overlay-owned any more: run {REFRESH}")
    return out


def _keywords(lock: Lock, seen: Observed) -> list[str]:
    out = []
    for key, pinned in sorted(seen.operations.items()):
        recorded = lock.keywords.get(key, {})
        where = f"operations[{key!r}]"
        for loc in LOCATIONS:
            now = pinned.keywords.get(loc, {})
            was = set(recorded.get(loc, ()))
            gone = sorted(was - now.keys())
            new = sorted(set(now) - was)
            for name in gone:
                hint = ""
                if new:
                    choices = ", ".join(f"`{n}`" for n in new)
                    hint = (
                        f" Upstream now has {loc} field(s) {choices}: if it renamed `{name}`, "
                        f"keep the user's keyword by adding to {where} "
                        f"`keywords: {{{name}: {{wire: {new[0]}, why: ...}}}}`;"
                    )
                out.append(
                    f"keyword `{name}` of {pinned.name} ({loc}, pinned in {LOCK_FILE}) is gone "
                    f"upstream.{hint} if it is gone for good, {REFRESH} drops it (a breaking "
                    "change: the changelog lists it)"
                )
            if new:
                names = ", ".join(f"`{n}`" for n in new)
                out.append(
                    f"keyword(s) {names} of {pinned.name} ({loc}) are not pinned: review them "
                    f"(a rename pairs with a keyword that is gone), then run {REFRESH}"
                )
    for key in sorted(lock.keywords.keys() - seen.operations.keys()):
        if key not in seen.owners:
            out.append(f"{LOCK_FILE}: keywords[{key!r}] names no operation record: run {REFRESH}")
    return out


def changes(old: Lock | None, new: Lock) -> list[str]:
    """What a refresh records, one line each (printed by ``overlay lock`` for the review)."""
    old = old or Lock()
    out = []
    for owner in sorted(old.expect.keys() | new.expect.keys()):
        a, b = old.expect.get(owner, {}), new.expect.get(owner, {})
        for pointer in sorted(a.keys() | b.keys()):
            where = _where(owner, pointer)
            if pointer not in a:
                out.append(f"expect {where}: recorded ({_text(b[pointer])})")
            elif pointer not in b:
                out.append(f"expect {where}: no longer relied on")
            elif a[pointer] != b[pointer]:
                out.append(f"expect {where}: {_summary(a[pointer], b[pointer])}")
    for name in sorted(old.schemas.keys() | new.schemas.keys()):
        a, b = old.schemas.get(name, {}), new.schemas.get(name, {})
        for source in sorted(a.keys() | b.keys()):
            was, now = a.get(source, ABSENT), b.get(source, ABSENT)
            if was != now:
                out.append(f"schemas.{name} in '{source}': {_summary(was, now)}")
    for key in sorted(old.keywords.keys() | new.keywords.keys()):
        a_kw, b_kw = old.keywords.get(key, {}), new.keywords.get(key, {})
        for loc in LOCATIONS:
            before, after = set(a_kw.get(loc, ())), set(b_kw.get(loc, ()))
            if after - before:
                out.append(f"keywords {key} ({loc}): pinned {', '.join(sorted(after - before))}")
            if before - after:
                out.append(
                    f"keywords {key} ({loc}): dropped {', '.join(sorted(before - after))} "
                    "(breaking for users)"
                )
    return out
