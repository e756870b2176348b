"""Which overlay rule decides a node of the patched document: the upgrade review's "overridden
by the overlay (rule ...)".

BLACK-BOX for now: the rules are read from the overlay's text (its fixes' targets, the
operations entries, the transforms) and matched against the node's address; nothing is
recorded while the overlay is applied. ``rules_over`` is the one function the review calls:
once tools/overlay.py records provenance (``apply_overlay(..., trace=Provenance())``, branch
``gen``), its body becomes ``trace.over(...)`` and the rest of this module goes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from vast_sdk._spec import parse_key, shape

from .changelog import Address, Change

_REPLACING = ("set", "remove", "hoist", "define")


@dataclass(frozen=True)
class _Touch:
    rule: str
    action: str
    at: Address


def _segments(pointer: str) -> tuple[str, ...]:
    return tuple(s.replace("~1", "/").replace("~0", "~") for s in pointer.split("/") if s)


def _merged_keys(value: Any, at: Address, depth: int = 0) -> Iterator[Address]:
    """The nodes a merge writes: each key it sets (and below, a level or two)."""
    if isinstance(value, dict) and depth < 3:
        for key, sub in value.items():
            here = at.below(str(key))
            yield here
            yield from _merged_keys(sub, here, depth + 1)


def _describe(where: str, why: Any) -> str:
    return f"{where} ({why})" if why else where


class _Rules:
    """The overlay's rules with the node each acts on (both overlay layouts: the flat
    ``fixes`` list, and per-operation/per-schema records)."""

    def __init__(self, overlay: Mapping[str, Any]) -> None:
        self.names: dict[tuple[str, str], tuple[str, str]] = {}
        """Operation shape -> (overlay key, pinned name)."""
        operations = overlay.get("operations") or {}
        for key, entry in operations.items():
            try:
                self.names[shape(*parse_key(str(key)))] = (str(key), str(entry.get("name", "")))
            except ValueError:
                continue
        self.touches: list[_Touch] = []
        for i, fix in enumerate(overlay.get("fixes") or []):
            target = str(fix.get("target", ""))
            if target.startswith("#/components/schemas/"):
                segs = _segments(target[len("#/components/schemas/") :])
                at = Address(None, segs[0], segs[1:]) if segs else None
            elif target.startswith("#"):
                at = None
            else:
                key, _, pointer = target.partition(" > ")
                name = self.name_of(key)
                at = Address(name, None, _segments(pointer)) if name else None
            if at is not None:
                self._add(_describe(f"fixes[{i}] {target}", fix.get("why")), fix, at)
        for name, fixes in (overlay.get("schemas") or {}).items():
            for i, fix in enumerate(fixes or []):
                at = Address(None, str(name), _segments(str(fix.get("at", ""))))
                self._add(_describe(f"schemas.{name}[{i}]", fix.get("why")), fix, at)
        for key, entry in operations.items():
            pinned = str(entry.get("name", ""))
            for i, fix in enumerate(entry.get("fixes") or []):
                at = Address(pinned, None, _segments(str(fix.get("at", ""))))
                self._add(_describe(f"operations[{key!r}].fixes[{i}]", fix.get("why")), fix, at)
            if "define" in entry:
                self.touches.append(
                    _Touch(f"operations[{key!r}].define", "define", Address(pinned))
                )
        for key in overlay.get("add_operations") or {}:
            name = self.name_of(str(key))
            if name:
                self.touches.append(_Touch(f"add_operations[{key!r}]", "define", Address(name)))
        self.transforms = {
            str(t.get("name")): str(t.get("why", "")) for t in overlay.get("transforms") or []
        }

    def name_of(self, key: str) -> str | None:
        try:
            found = self.names.get(shape(*parse_key(key)))
        except ValueError:
            return None
        return found[1] if found else None

    def _add(self, rule: str, fix: Mapping[str, Any], at: Address) -> None:
        action = next((a for a in ("set", "merge", "remove", "hoist") if a in fix), "set")
        self.touches.append(_Touch(rule, action, at))
        if action == "merge":
            for below in _merged_keys(fix["merge"], at):
                self.touches.append(_Touch(rule, "set", below))

    def over(self, at: Address) -> list[str]:
        """Rules at the node or replacing a node above it; else rules editing part of it."""
        deciding, inside = [], []
        for t in self.touches:
            if (t.at.operation, t.at.schema) != (at.operation, at.schema):
                continue
            mine, theirs = at.pointer, t.at.pointer
            if theirs == mine or (mine[: len(theirs)] == theirs and t.action in _REPLACING):
                deciding.append(t.rule)
            elif theirs[: len(mine)] == mine and len(theirs) > len(mine):
                inside.append(t.rule)
        return list(dict.fromkeys(deciding or inside))

    def transform(self, name: str) -> str:
        why = self.transforms.get(name)
        return _describe(f"transforms.{name}", why) if why is not None else ""


_CACHE: dict[int, tuple[Mapping[str, Any], _Rules]] = {}


def _rules(overlay: Mapping[str, Any]) -> _Rules:
    hit = _CACHE.get(id(overlay))
    if hit is None or hit[0] is not overlay:
        hit = (overlay, _Rules(overlay))
        _CACHE.clear()
        _CACHE[id(overlay)] = hit
    return hit[1]


def rules_over(
    overlay: Mapping[str, Any], at: Address, change: Change, operation: str | None
) -> list[str]:
    """The overlay rules that decide the node ``at`` (an address in the patched document:
    pinned operation name or component schema), for ``change`` seen upstream there in the
    operation pinned as ``operation``.

    Black-box: fixes by their targets, the operations entry for routes and path keywords,
    and the transforms by the kind of change they absorb.
    """
    rules = _rules(overlay)
    if at.operation is not None and not at.pointer:  # the operation itself: what defines it
        found = [t.rule for t in rules.touches if t.at == at and t.action == "define"]
    else:
        found = rules.over(at) if at.operation is not None or at.schema is not None else []
    path_keyword = change.slot.startswith("path")
    if operation is not None and (change.what == "route" or path_keyword):
        found += _pins(rules, operation)
    if change.what in ("response field", "returns"):
        if change.change.startswith("enum"):
            found.append(rules.transform("open-response-enums"))
        if change.change in ("type", "optional") and "null" in change.detail:
            found.append(rules.transform("nullable-response-fields"))
    if change.what == "keyword" and change.change == "type" and "null" in change.detail:
        found.append(rules.transform("nullable-keyword"))
    if change.what == "statuses":
        found += [
            rules.transform("document-invalid-request"),
            rules.transform("document-auth-error"),
        ]
    return [r for r in dict.fromkeys(found) if r]


def _pins(rules: _Rules, operation: str) -> list[str]:
    """The operations entry pinning this operation's route and path keywords."""
    for key, name in rules.names.values():
        if name == operation:
            return [f"operations[{key!r}] (pins the route the SDK sends and its path keywords)"]
    return []
