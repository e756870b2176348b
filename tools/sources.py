"""One document from several upstream ones: the primary, then supplements adding what it lacks.

Vast publishes three OpenAPI documents and none is complete. The rule (docs/regenerating.md):
an operation takes its shape from the FIRST source in the overlay's ``sources`` list that has
it (by method and path shape); later sources only add operations no earlier one has. The
components an added operation uses come with it, renamed on a clash with a different schema
(``{Source}{Name}``). Each operation records where it came from in ``x-vast-source``. A
component the overlay refers to by name but no chosen operation brings (the primary replaced
by a document that inlines it) also comes from the first source that has it.

Every source is read by ``load_document``: JSON or YAML, and an unreadable one is a
``SourceError`` naming the file and the line.
"""

from __future__ import annotations

import copy
import datetime
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from vast_sdk._spec import iter_operations, shape

from . import ROOT, ToolError

_COMPONENT = "#/components/schemas/"


class SourceError(ToolError):
    """An upstream document cannot be read; the message names the file and, when known, the
    line and column."""


# ---------------------------------------------------------------- reading one document


YAML_BASE: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser where PyYAML has it (about 5x faster), with PyYAML's own safe constructor
and resolver either way (the same data)."""


class DuplicateKey(Exception):
    """A mapping key given twice: the key as read, and its line (1-based; None from JSON)."""

    def __init__(self, key: Any, line: int | None) -> None:
        super().__init__(key)
        self.key, self.line = key, line


class StrictLoader(YAML_BASE):  # type: ignore[misc]
    """YAML as a data model: a key given twice raises DuplicateKey (PyYAML keeps the last
    silently, which would hide an operation, a pinned name or a docs entry). The upstream
    documents and the overlay are both read with it."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise DuplicateKey(key, key_node.start_mark.line + 1)
            seen.add(key)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep)
        return mapping


def _is_json(path: Path, text: str) -> bool:
    """By the file's suffix (a link's target's: openapi.json may point at a YAML seed), else
    by its first character."""
    suffix = path.resolve().suffix.lower()
    if suffix in (".yaml", ".yml"):
        return False
    return suffix == ".json" or text.lstrip().startswith(("{", "["))


def _json_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DuplicateKey(key, None)
        out[key] = value
    return out


def _duplicate_line(text: str, key: str) -> int | None:
    """Where a JSON key is given twice (json reports no position for it): a best effort,
    reading the text as YAML, which locates every key."""
    try:
        yaml.load(text, Loader=StrictLoader)
    except DuplicateKey as dup:
        return dup.line if str(dup.key) == key else None
    except yaml.YAMLError:
        return None
    return None


def _plain(node: Any, where: str, name: str) -> Any:
    """YAML values as JSON has them: keys as text (a status code written 200: is "200"),
    dates as ISO text; anything else JSON cannot hold is an error naming its place."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if isinstance(key, bool) or not isinstance(key, (str, int, float)):
                raise SourceError(f"{name}: key {key!r} at {where or '/'} is not text")
            out[str(key)] = _plain(value, f"{where}/{key}", name)
        return out
    if isinstance(node, list):
        return [_plain(v, f"{where}/{i}", name) for i, v in enumerate(node)]
    if isinstance(node, (datetime.date, datetime.datetime)):
        return node.isoformat()
    if node is None or isinstance(node, (str, int, float, bool)):
        return node
    raise SourceError(
        f"{name}: the value at {where or '/'} is not JSON data ({type(node).__name__})"
    )


def load_document(path: Path, label: str | None = None) -> dict[str, Any]:
    """An OpenAPI document, JSON or YAML (by suffix, else by its first character).

    Raises SourceError naming the file (and ``label``, the source's name) and, for a syntax
    error or a key given twice, the line: never a raw JSONDecodeError or YAMLError.
    """
    name = f"source {label!r} ({path})" if label else str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(f"{name} does not exist") from None
    except OSError as exc:
        raise SourceError(f"{name} cannot be read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SourceError(f"{name}, line {line}: not UTF-8 text") from None
    data: Any
    if _is_json(path, text):
        try:
            data = json.loads(text, object_pairs_hook=_json_pairs)
        except json.JSONDecodeError as exc:
            raise SourceError(
                f"{name}, line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})"
            ) from None
        except DuplicateKey as dup:
            found = _duplicate_line(text, dup.key)
            where = f", line {found}" if found else ""
            raise SourceError(
                f"{name}{where}: key {dup.key!r} is given twice in one object"
            ) from None
    else:
        try:
            data = _plain(yaml.load(text, Loader=StrictLoader), "", name)
        except DuplicateKey as dup:
            raise SourceError(
                f"{name}, line {dup.line}: key {str(dup.key)!r} is given twice in one mapping"
            ) from None
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            where = f", line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            raise SourceError(f"{name}{where}: not valid YAML ({exc.problem or exc})") from None
        except yaml.YAMLError as exc:
            raise SourceError(f"{name}: not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise SourceError(f"{name}: an OpenAPI document is a mapping, not {type(data).__name__}")
    if not isinstance(data.get("paths", {}), dict):
        raise SourceError(f"{name}: 'paths' is not a mapping")
    return data


# ---------------------------------------------------------------- the overlay's sources


@dataclass(frozen=True)
class Source:
    """One upstream document: its short name and where it is (relative to the checkout)."""

    name: str
    path: Path

    def load(self) -> dict[str, Any]:
        return load_document(self.path, self.name)


def sources_from(
    overlay: Mapping[str, Any], primary: Path | None = None, *, root: Path = ROOT
) -> list[Source]:
    """The overlay's ``sources`` list (the first may be replaced, e.g. by a newer revision);
    paths are relative to ``root`` (the checkout)."""
    entries = overlay.get("sources") or [{"name": "primary", "path": "openapi.json"}]
    out = [Source(str(e["name"]), root / str(e["path"])) for e in entries]
    if primary is not None:
        # named after the source it is, when it is one of them (a trial of next as primary)
        same = [s.name for s in out if s.path.resolve() == primary.resolve()]
        out[0] = Source(same[0] if same else out[0].name, primary)
    return out


# ---------------------------------------------------------------- the merge


def _refs(node: Any) -> set[str]:
    """Component names referenced anywhere below ``node``."""
    found: set[str] = set()
    todo = [node]
    while todo:
        item = todo.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref.startswith(_COMPONENT):
                found.add(ref[len(_COMPONENT) :])
            todo.extend(item.values())
        elif isinstance(item, list):
            todo.extend(item)
    return found


def _closure(components: dict[str, Any], names: set[str]) -> set[str]:
    seen: set[str] = set()
    todo = sorted(names)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        if name not in components:
            raise ToolError(f"$ref to a missing component {name!r}")
        seen.add(name)
        todo.extend(sorted(_refs(components[name]) - seen))
    return seen


def _rename_refs(node: Any, renames: dict[str, str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_COMPONENT):
            name = ref[len(_COMPONENT) :]
            if name in renames:
                node["$ref"] = _COMPONENT + renames[name]
        for value in node.values():
            _rename_refs(value, renames)
    elif isinstance(node, list):
        for value in node:
            _rename_refs(value, renames)


def _import_components(
    into: dict[str, Any], source: dict[str, Any], names: set[str], prefix: str
) -> dict[str, str]:
    """Copy components ``names`` from ``source`` into ``into``; returns the renames made."""
    theirs = source.get("components", {}).get("schemas", {})
    ours = into.setdefault("components", {}).setdefault("schemas", {})
    renames: dict[str, str] = {}
    for name in sorted(names):
        if name in ours and ours[name] != theirs[name]:
            new = f"{prefix}{name}"
            if new in ours and ours[new] != theirs[name]:
                raise ToolError(f"cannot import component {name!r} from {prefix}: {new} exists")
            renames[name] = new
    for name in sorted(names):
        schema = copy.deepcopy(theirs[name])
        _rename_refs(schema, renames)
        ours.setdefault(renames.get(name, name), schema)
    return renames


@dataclass
class Merged:
    """The merged document and what the merge decided."""

    doc: dict[str, Any]
    providers: dict[tuple[str, str], str] = field(default_factory=dict)
    """Operation shape -> the name of the source it takes its shape from."""
    renames: dict[str, dict[str, str]] = field(default_factory=dict)
    """Source name -> {component name in that source: name in the merged document}."""


def _prefix(name: str) -> str:
    return name[:1].upper() + name[1:]


def merge_sources(
    sources: list[tuple[Source, dict[str, Any]]], components: Iterable[str] = ()
) -> Merged:
    """The primary document plus every operation a later source adds; then each of
    ``components`` (names the overlay refers to) still missing, from the first source that
    has it."""
    (first, primary), *rest = sources
    doc = copy.deepcopy(primary)
    out = Merged(doc)
    for method, path, op in iter_operations(doc):
        out.providers[shape(method, path)] = first.name
        op["x-vast-source"] = first.name
    schemes = doc.setdefault("components", {}).setdefault("securitySchemes", {})
    for source, other in rest:
        prefix = _prefix(source.name)
        for method, path, op in iter_operations(other):
            if shape(method, path) in out.providers:
                continue
            out.providers[shape(method, path)] = source.name
            item = other["paths"][path]
            added = copy.deepcopy(op)
            added.setdefault("parameters", [])
            added["parameters"] = copy.deepcopy(item.get("parameters", [])) + added["parameters"]
            if "servers" in item and "servers" not in added:
                added["servers"] = copy.deepcopy(item["servers"])
            if "security" not in added and "security" in other:
                added["security"] = copy.deepcopy(other["security"])
            added["x-vast-source"] = source.name
            names = _closure(other.get("components", {}).get("schemas", {}), _refs(added))
            renames = _import_components(doc, other, names, prefix)
            out.renames.setdefault(source.name, {}).update(renames)
            _rename_refs(added, renames)
            for requirement in added.get("security", []):
                for scheme in requirement:
                    theirs = other.get("components", {}).get("securitySchemes", {}).get(scheme)
                    if scheme not in schemes and theirs is not None:
                        schemes[scheme] = copy.deepcopy(theirs)
            doc["paths"].setdefault(path, {})[method] = added
    ours = doc.setdefault("components", {}).setdefault("schemas", {})
    for name in sorted(set(components)):
        if name in ours:
            continue
        for source, other in rest:
            theirs = other.get("components", {}).get("schemas", {})
            if name in theirs:
                names = _closure(theirs, {name})
                renames = _import_components(doc, other, names, _prefix(source.name))
                out.renames.setdefault(source.name, {}).update(renames)
                break
    return out


def merge(
    sources: list[tuple[Source, dict[str, Any]]], components: Iterable[str] = ()
) -> dict[str, Any]:
    """The merged document (see ``merge_sources``)."""
    return merge_sources(sources, components).doc


_NAMED = re.compile(re.escape(_COMPONENT) + r"([^/\s\"']+)")


def overlay_components(overlay: Mapping[str, Any]) -> set[str]:
    """Component schemas the overlay names: in a ``$ref``, a ``#/components/schemas/X``
    target, or as a key of its ``schemas`` section."""
    found: set[str] = set()
    schemas = overlay.get("schemas")
    if isinstance(schemas, dict):
        found.update(str(k) for k in schemas)
    todo: list[Any] = [v for k, v in overlay.items() if k != "sources"]
    while todo:
        item = todo.pop()
        if isinstance(item, dict):
            todo.extend(item.values())
        elif isinstance(item, list):
            todo.extend(item)
        elif isinstance(item, str) and _COMPONENT in item:
            found.update(_NAMED.findall(item))
    return found


def load_merged(
    overlay: Mapping[str, Any], primary: Path | None = None, *, root: Path = ROOT
) -> dict[str, Any]:
    """Merge the overlay's sources (the first replaced by ``primary`` when given)."""
    chosen = sources_from(overlay, primary, root=root)
    return merge([(s, s.load()) for s in chosen], overlay_components(overlay))
