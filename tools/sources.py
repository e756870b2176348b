"""One document from several upstream ones: the primary, then supplements adding what it lacks.

Vast publishes three OpenAPI documents and none is complete. The rule (docs/regenerating.md):
an operation takes its shape from the FIRST source in the overlay's ``sources`` list that has
it (by method and path shape); later sources only add operations no earlier one has. The
components an added operation uses come with it, renamed on a clash with a different schema
(``{Source}{Name}``). Each operation records where it came from in ``x-vast-source``.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vast_sdk._spec import iter_operations, shape

from . import ROOT, ToolError

_COMPONENT = "#/components/schemas/"


@dataclass(frozen=True)
class Source:
    """One upstream document: its short name and where it is (relative to the checkout)."""

    name: str
    path: Path

    def load(self) -> dict[str, Any]:
        try:
            doc: dict[str, Any] = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ToolError(f"source {self.name!r}: {self.path} does not exist") from None
        return doc


def sources_from(overlay: dict[str, Any], primary: Path | None = None) -> list[Source]:
    """The overlay's ``sources`` list (the first may be replaced, e.g. by a newer revision)."""
    entries = overlay.get("sources") or [{"name": "primary", "path": "openapi.json"}]
    out = [Source(str(e["name"]), ROOT / str(e["path"])) for e in entries]
    if primary is not None:
        out[0] = Source(out[0].name, primary)
    return out


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


def merge(sources: list[tuple[Source, dict[str, Any]]]) -> dict[str, Any]:
    """The primary document plus every operation a later source adds."""
    (first, primary), *rest = sources
    doc = copy.deepcopy(primary)
    have = set()
    for method, path, op in iter_operations(doc):
        have.add(shape(method, path))
        op["x-vast-source"] = first.name
    schemes = doc.setdefault("components", {}).setdefault("securitySchemes", {})
    for source, other in rest:
        prefix = source.name[:1].upper() + source.name[1:]
        for method, path, op in iter_operations(other):
            if shape(method, path) in have:
                continue
            have.add(shape(method, path))
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
            _rename_refs(added, _import_components(doc, other, names, prefix))
            for requirement in added.get("security", []):
                for scheme in requirement:
                    theirs = other.get("components", {}).get("securitySchemes", {}).get(scheme)
                    if scheme not in schemes and theirs is not None:
                        schemes[scheme] = copy.deepcopy(theirs)
            doc["paths"].setdefault(path, {})[method] = added
    return doc


def load_merged(overlay: dict[str, Any], primary: Path | None = None) -> dict[str, Any]:
    """Merge the overlay's sources (the first replaced by ``primary`` when given)."""
    chosen = sources_from(overlay, primary)
    return merge([(s, s.load()) for s in chosen])
