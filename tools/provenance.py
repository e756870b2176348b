"""Which overlay rule touched which node of the patched document.

``apply_overlay(..., trace=Provenance())`` records one ``Touch`` per node a rule defines, pins,
sets, merges, removes, hoists, marks, describes or transforms. A node is addressed by the
operation it belongs to (its pinned name) or the component schema, and a pointer of segments
inside it, unescaped (``("requestBody", "content", "application/json", "schema")``); a list
element that has a ``name`` is addressed as ``name=VALUE`` (``("parameters", "name=owner")``),
whatever index or form the rule used. Upstream review tools ask ``over(...)`` which rules
decide a node they see changing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from .overlay_records import Rule

TouchAction = Literal[
    "define", "pin", "set", "merge", "remove", "hoist", "mark", "describe", "transform"
]

REPLACING: frozenset[TouchAction] = frozenset({"define", "set", "remove", "hoist"})
"""Actions that replace the node they touch, and so everything below it."""


@dataclass(frozen=True)
class Node:
    """A node of the patched document: inside an operation (by pinned name) or a component
    schema (by name), at ``pointer``."""

    operation: str | None = None
    schema: str | None = None
    pointer: tuple[str, ...] = ()

    def __str__(self) -> str:
        owner = self.operation
        if owner is None:
            owner = f"#/components/schemas/{self.schema}"
        return f"{owner} > {'/'.join(self.pointer)}" if self.pointer else str(owner)


@dataclass(frozen=True)
class Touch:
    """One rule acting on one node."""

    rule: Rule
    action: TouchAction
    node: Node


@dataclass
class Provenance:
    """Every touch of one overlay application, in the order the rules ran."""

    touches: list[Touch] = field(default_factory=list)

    def add(self, rule: Rule, action: TouchAction, node: Node) -> None:
        self.touches.append(Touch(rule, action, node))

    def of_operation(self, name: str) -> list[Touch]:
        """Every touch inside the operation pinned as ``name``."""
        return [t for t in self.touches if t.node.operation == name]

    def of_schema(self, name: str) -> list[Touch]:
        """Every touch inside the component schema ``name``."""
        return [t for t in self.touches if t.node.schema == name]

    def over(
        self,
        *,
        operation: str | None = None,
        schema: str | None = None,
        pointer: Sequence[str] = (),
    ) -> list[Touch]:
        """The touches that decide this node: a rule at the node itself; above it, one that
        replaces the node wholesale (define, set, remove, hoist: an upstream change there is
        overridden); below it, any (the rule edits part of the node)."""
        if (operation is None) == (schema is None):
            raise ValueError("name exactly one of operation and schema")
        wanted = tuple(pointer)
        found = []
        for t in self.touches:
            if t.node.operation != operation or t.node.schema != schema:
                continue
            at = t.node.pointer
            above = wanted[: len(at)] == at and t.action in REPLACING
            below = at[: len(wanted)] == wanted
            if above or below:
                found.append(t)
        return found

    def rules(self, touches: Sequence[Touch] | None = None) -> list[Rule]:
        """The distinct rules of ``touches`` (default: all), in the order they ran."""
        return list(dict.fromkeys(t.rule for t in (self.touches if touches is None else touches)))
