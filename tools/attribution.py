"""Which overlay rule decides a node of the patched document: the upgrade review's "overridden
by the overlay (rule ...)".

Read from the provenance ``apply_overlay(..., trace=Provenance())`` records (which rule
defined, pinned, set, merged, removed, hoisted, marked or transformed which node): no guess
from the overlay's text.
"""

from __future__ import annotations

from .changelog import Address, Change
from .overlay_records import OVERLAY_FILE
from .provenance import REPLACING, Provenance, Touch

_NOISE = frozenset({"describe"})
"""Our own words on a node never override what upstream says about its shape."""

_ABSORBS = {
    "transforms.open-response-enums": ("enum-added", "enum-removed", "enum"),
    "transforms.nullable-response-fields": ("type", "optional", "required"),
    "transforms.nullable-keyword": ("type",),
    "transforms.array-items": ("type",),
}
"""The kinds of upstream change each transform can hide (a transform touches every node of
its kind, so it names the cause only for these)."""


def _relevant(t: Touch, change: Change) -> bool:
    if t.action != "transform":
        return True
    return change.change in _ABSORBS.get(t.rule.where, ())


_DOES = {"pin": "pins the route the SDK sends and its path keywords", "define": "defines it"}


def _text(t: Touch) -> str:
    """The rule as a person finds it: line, entry, why (or what it does)."""
    if t.rule.why:
        return str(t.rule)
    place = f"{OVERLAY_FILE}:{t.rule.line} " if t.rule.line else ""
    does = _DOES.get(t.action)
    return f"{place}{t.rule.where}" + (f" ({does})" if does else "")


def _pins(trace: Provenance, operation: str) -> list[Touch]:
    """The record that pins this operation's route and path keywords."""
    return [t for t in trace.of_operation(operation) if t.action == "pin"][:1]


def rules_over(trace: Provenance, at: Address, change: Change, operation: str | None) -> list[str]:
    """The overlay rules deciding the node ``at`` (in the patched document) where ``change``
    happened upstream, in the operation pinned as ``operation``: a rule at the node or one
    replacing a node above it; else the rules editing parts of it."""
    renamed_path = change.slot.startswith("path #") and change.change == "renamed"
    if operation is not None and (change.what == "route" or renamed_path):
        touches = _pins(trace, operation)
    elif at.operation is None and at.schema is None:
        touches = []
    else:
        pointer = at.pointer[:-1] if at.pointer[-1:] == ("enum",) else at.pointer
        touches = trace.over(operation=at.operation, schema=at.schema, pointer=pointer)
        touches = [t for t in touches if _relevant(t, change)]
        deciding = [
            t
            for t in touches
            if t.node.pointer == pointer
            or (pointer[: len(t.node.pointer)] == t.node.pointer and t.action in REPLACING)
        ]
        # a rule written for this node first, then a document-wide one, then parts of it
        touches = (
            [t for t in deciding if t.action != "transform"]
            or deciding
            or [t for t in touches if t.action not in _NOISE and t.action != "transform"]
        )
        if not at.pointer:  # the operation itself: only what defines it
            touches = [t for t in touches if t.action == "define"]
    return list(dict.fromkeys(_text(t) for t in touches))
