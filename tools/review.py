"""The upgrade review: every change in the upgraded sources, labelled, with what becomes of it.

Works on the merged and overlay-patched documents (no generator run), so a review takes a
fraction of a second. Both sides are built from their sources with the CURRENT overlay:

- what users get: the changes between the SDK built from the old sources and from the new
  (``tools/changelog.py``, by pinned name): the changelog entry;
- every change in each upgraded source, as published (by operation shape), with its fate:
  **reaches** the SDK, **shadowed** (the SDK takes that operation from an earlier source: an
  operation takes its shape from the first source that has it), **overridden** by an overlay
  rule (named, ``tools/attribution.py``), **absorbed** (a keyword upstream renamed that the
  overlay keeps: users type the same, the SDK sends the new name) or **blocked** (an
  operation without a pinned name);
- the problems that would stop a strict generation (stale rules, unpinned operations), and
  apart, what differs from openapi.overlay.lock (``tools/lock.py``: a node a rule replaces or
  creates changed upstream, an overlay-owned schema changed in a source, a keyword is gone or
  new), which ``make upgrade ... LOCK=1`` records once reviewed.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from vast_sdk._spec import iter_operations, shape

from .attribution import rules_over
from .changelog import (
    LABELS,
    RULES,
    Address,
    Change,
    Label,
    OpFacts,
    diff,
    document_facts,
    prose_only,
    sdk_lines,
    slash_only,
)
from .lock import Lock, Observed, check, observe_sources
from .overlay import OverlayError, apply_overlay
from .overlay_records import Lines, Overlay, read_overlay
from .provenance import Provenance
from .sources import Merged, Source, merge_sources, overlay_components

Fate = Literal["reaches", "shadowed", "overridden", "absorbed", "blocked"]
Docs = list[tuple[Source, dict[str, Any]]]


# ---------------------------------------------------------------- one side


@dataclass
class Build:
    """The sources of one side of the upgrade, merged and patched as the SDK sees them."""

    sources: Docs
    merged: Merged
    patched: dict[str, Any] | None
    """The lenient build (an unpinned operation under a provisional name); None when the
    overlay cannot be applied at all."""
    problems: list[str]
    """What stops a strict generation: stale rules, unpinned operations, overlay errors."""
    trace: Provenance = field(default_factory=Provenance)
    """Which overlay rule touched which node of ``patched``."""
    facts: dict[str, OpFacts] = field(default_factory=dict)
    """The SDK's operations, by pinned name."""
    upstream: dict[str, dict[str, OpFacts]] = field(default_factory=dict)
    """Per source: its operations as published, by shape (filled on demand)."""
    records: Overlay | None = None
    observed: Observed = field(default_factory=Observed)
    """What the overlay relies on in these sources (tools/lock.py)."""
    lock_problems: list[str] = field(default_factory=list)
    """How these sources differ from openapi.overlay.lock (stops a strict generation too)."""

    @functools.cached_property
    def names(self) -> dict[tuple[str, str], str]:
        """Operation shape (as upstream spells the path) -> pinned name."""
        return {
            shape(method, str(op.get("x-vast-upstream-path", path))): str(op.get("operationId"))
            for method, path, op in iter_operations(self.patched or {})
        }

    def upstream_facts(self, name: str) -> dict[str, OpFacts]:
        if name not in self.upstream:
            doc = next(d for s, d in self.sources if s.name == name)
            self.upstream[name] = document_facts(doc, pinned=False)
        return self.upstream[name]


def make_build(
    overlay: Mapping[str, Any],
    sources: Docs,
    lines: Lines | None = None,
    *,
    lock: Lock | None,
) -> Build:
    """Merge ``sources`` and apply the overlay leniently, recording which rule touched what
    (``lines``: the overlay's, from ``overlay_lines``, so each rule names its line) and what
    it relies on, compared with ``lock`` (None: there is none)."""
    merged = merge_sources(sources, overlay_components(overlay))
    trace = Provenance()
    seen = Observed()
    try:
        records = read_overlay(overlay, lines)
        patched, notes = apply_overlay(
            merged.doc, records, lenient=True, allow_unpinned=True, trace=trace, observe=seen
        )
    except OverlayError as exc:
        return Build(sources, merged, None, str(exc).splitlines())
    observe_sources(seen, records.schemas, [(s.name, d) for s, d in sources])
    build = Build(sources, merged, patched, notes, trace, document_facts(patched, pinned=True))
    build.records, build.observed, build.lock_problems = records, seen, check(lock, seen)
    return build


# ---------------------------------------------------------------- findings


@dataclass(frozen=True)
class Finding:
    """One upstream change and what becomes of it."""

    source: str
    change: Change
    fate: Fate
    reason: str

    @property
    def label(self) -> Label:
        return self.change.label


@dataclass
class Upgraded:
    """One source's revisions and its findings."""

    name: str
    old_sha: str
    new_sha: str
    findings: list[Finding] = field(default_factory=list)
    prose: list[str] = field(default_factory=list)
    """Operations that changed in prose only (the package ships none of it)."""


@dataclass
class Review:
    upgraded: list[Upgraded]
    sdk: list[Change]
    """What users get: the SDK built from the old sources against the one from the new."""
    problems: list[str]
    """What stops generation: fix these, then run the same command again."""
    old: Build
    new: Build
    lock_problems: list[str] = field(default_factory=list)
    """The part of ``problems`` that differs from openapi.overlay.lock: once reviewed,
    recording the new revisions in the lock (``--lock``) settles them."""


def _sdk_address(c: Change, name: str | None, build: Build, source: str) -> Address | None:
    """Where the upstream change is in the patched document (components renamed by the
    merge, path keywords by the overlay)."""
    at = c.at
    if at is None:
        return None
    if at.schema is not None:
        renames = build.merged.renames.get(source, {})
        return Address(None, renames.get(at.schema, at.schema), at.pointer)
    if name is None:
        return None
    pointer = at.pointer
    facts = build.facts.get(name)
    if pointer[:1] == ("parameters",) and c.slot.startswith("path #") and facts is not None:
        position = int(c.slot[len("path #") :].split(".")[0].split("[")[0])
        pinned = [s.strip("{}") for s in facts.route.split("/") if s.startswith("{")]
        if position < len(pinned):
            pointer = ("parameters", f"name={pinned[position]}", *pointer[2:])
    return Address(name, None, pointer)


def _reached(c: Change, sdk: Sequence[Change], name: str) -> bool:
    """The upstream change shows among the SDK's changes of ``name``."""
    return any(
        s.operation == name
        and s.what == c.what
        and s.change == c.change
        and (s.name == c.name or c.slot.startswith("path #"))
        for s in sdk
    )


def _absorbed(c: Change, build: Build, name: str) -> str | None:
    """Why an upstream keyword rename does not reach users: the overlay keeps the keyword
    (its record's ``keywords``) and the SDK sends the new name; None when it does not."""
    facts, record = build.facts.get(name), build.records.by_name(name) if build.records else None
    if facts is None or record is None or c.change != "renamed" or not c.to:
        return None
    location = c.slot.partition(":")[0]
    kept = facts.keywords.get(f"{location}:{c.name}")
    pin = record.keywords.get(c.name)
    if kept is None or pin is None or kept.wire != c.to:
        return None
    return (
        f"absorbed by the keyword pin: users keep `{c.name}`, the SDK sends `{c.to}` ({pin.rule})"
    )


def _overridden(build: Build, at: Address | None, c: Change, name: str | None) -> str:
    rules = rules_over(build.trace, at, c, name) if at is not None else []
    if rules:
        return "overridden by the overlay: " + "; ".join(rules)
    return "does not reach the SDK (no overlay rule found for it; the build shows no change)"


def fate(source: str, c: Change, old: Build, new: Build, sdk: Sequence[Change]) -> tuple[Fate, str]:
    """What becomes of upstream change ``c`` in ``source``, and why, in one line."""
    method, _, path = c.operation.partition(" ")
    key = (method, path)
    name = new.names.get(key) or old.names.get(key)
    before, after = old.merged.providers.get(key), new.merged.providers.get(key)
    if c.what == "operation" and c.change == "added":
        if after != source:
            return "shadowed", f"shadowed: '{after}' describes it first; the SDK keeps `{name}`"
        if name is None or name.startswith("unpinned_"):
            return "blocked", "blocked: it has no pinned name yet (see the problems below)"
        return "reaches", f"reaches the SDK: new method `{name}`"
    if c.what == "operation" and c.change == "removed":
        if before != source and after == before:
            return "shadowed", f"shadowed: the SDK takes `{name}` from '{before}', which has it"
        if before != source and after is not None:
            return "shadowed", f"shadowed: the SDK took `{name}` from '{before}', now '{after}'"
        if before != source:
            return "reaches", f"reaches the SDK: '{before}' removed it too; `{name}` is removed"
        if after is not None:
            return "reaches", (
                f"reaches the SDK: `{name}` now takes its shape from '{after}' (see what users get)"
            )
        if name is not None and name in new.facts:
            return "overridden", _overridden(new, Address(name), c, name)
        return "reaches", f"reaches the SDK: `{name}` is removed"
    provider = after or before
    if provider != source:
        return "shadowed", f"shadowed: the SDK takes `{name}` from '{provider}'"
    absorbed = _absorbed(c, new, name) if name is not None else None
    if absorbed is not None:
        return "absorbed", absorbed
    if name is not None and _reached(c, sdk, name):
        return "reaches", f"reaches the SDK: `{name}`"
    return "overridden", _overridden(new, _sdk_address(c, name, new, source), c, name)


def review(
    overlay: Mapping[str, Any],
    old_sources: Docs,
    new_sources: Docs,
    digests: Mapping[str, tuple[str, str]],
    *,
    lock: Lock | None,
    old: Build | None = None,
    lines: Lines | None = None,
) -> Review:
    """Review two sets of the same sources. ``digests``: the upgraded sources, name -> (old,
    new) sha256. ``lock``: openapi.overlay.lock (None: there is none). ``old``: an already
    made build of ``old_sources`` (with this overlay). ``lines``: the overlay's lines
    (``overlay_lines``), so each rule names its line."""
    old = old or make_build(overlay, old_sources, lines, lock=lock)
    new = make_build(overlay, new_sources, lines, lock=lock)
    built = old.patched is not None and new.patched is not None
    sdk = diff(old.facts, new.facts) if built else []
    upgraded = []
    for name, (old_sha, new_sha) in digests.items():
        before, after = old.upstream_facts(name), new.upstream_facts(name)
        changes = diff(before, after)
        u = Upgraded(name, old_sha, new_sha, prose=prose_only(before, after, changes))
        for c in changes:
            found = fate(name, c, old, new, sdk) if built else _UNBUILT
            u.findings.append(Finding(name, c, *found))
        upgraded.append(u)
    problems = list(new.problems) + new.lock_problems
    if old.patched is None:  # the overlay does not apply to the revisions before either
        problems += [f"(the previous revisions) {p}" for p in old.problems]
    return Review(upgraded, sdk, problems, old, new, list(new.lock_problems))


_UNBUILT: tuple[Fate, str] = (
    "blocked",
    "blocked: the overlay cannot be applied to these documents (see the problems below)",
)


# ---------------------------------------------------------------- the texts


def _finding_groups(findings: Sequence[Finding]) -> list[tuple[Finding, list[str]]]:
    """A component's change seen through several operations once; routes that only dropped
    or gained their trailing slash once per fate. Breaking first, what reaches users first."""
    found: dict[tuple[str, ...], tuple[Finding, list[str]]] = {}
    for f in findings:
        c = f.change
        if slash_only(c):
            key: tuple[str, ...] = ("slash", f.fate, f.reason if f.fate == "shadowed" else "")
        elif c.subject:
            key = (c.label, c.subject, c.what, c.change, c.detail, f.fate)
        else:
            key = (c.label, c.operation, c.what, c.slot, c.name, c.change, c.detail)
        found.setdefault(key, (f, []))[1].append(c.route)
    return sorted(
        found.values(),
        key=lambda p: (LABELS.index(p[0].label), p[0].fate != "reaches", p[0].change.route),
    )


def finding_text(f: Finding, routes: Sequence[str] = ()) -> str:
    """One finding (or a group of them) as a line, in upstream terms."""
    c = f.change
    if slash_only(c) and len(routes) > 1:
        return f"{len(routes)} routes dropped or gained their trailing slash"
    if c.what == "operation":
        return f"{c.route}: {c.detail}"
    if c.subject and len(routes) > 1:
        return f"`{c.subject}` (in {', '.join(sorted(routes))}): {c.detail}"
    thing = f"{c.what} `{c.name}`" if c.name else c.what
    if c.subject:
        thing += f" (`{c.subject}`)"
    return f"{c.route}: {thing} {c.detail}"


def _reason(f: Finding, routes: Sequence[str]) -> str:
    if slash_only(f.change) and len(routes) > 1 and f.fate == "overridden":
        return "overridden by the overlay: each operations entry pins the route the SDK sends"
    return f.reason


def render_review(r: Review, kept_at: Mapping[str, Path] | None = None) -> str:
    """The review a maintainer reads before anything changes (Markdown)."""
    lines = ["# Upgrade review", ""]
    for u in r.upgraded:
        where = f" (previous kept at {kept_at[u.name]})" if kept_at and u.name in kept_at else ""
        lines.append(f"- `{u.name}`: {u.old_sha[:12]} -> {u.new_sha[:12]}{where}")
    lines += ["", "Labels:", *[f"- {rule}" for rule in RULES], ""]
    sdk = sdk_lines(r.sdk)
    counts = ", ".join(f"{len(sdk[label])} {label}" for label in LABELS)
    lines += [f"## What users get ({counts}): the changelog entry", ""]
    lines += [f"- {label.upper()}: {line}" for label in LABELS for line in sdk[label]]
    if r.new.patched is None:
        lines.append("- unknown: the overlay cannot be applied (see the problems below)")
    elif not r.sdk:
        lines.append("- nothing: the SDK does not change")
    for u in r.upgraded:
        lines += ["", f"## Every change in `{u.name}` ({len(u.findings)})", ""]
        for f, routes in _finding_groups(u.findings):
            lines += [
                f"- {f.label.upper()}: {finding_text(f, routes)}",
                f"  - {_reason(f, routes)}",
            ]
        if u.prose:
            lines.append(
                f"- NEUTRAL: {len(u.prose)} operation(s) changed in prose only (descriptions, "
                "summaries, examples; the package ships none of it)"
            )
        if not u.findings and not u.prose:
            lines.append("- none: the document says the same (its format may differ)")
    if r.problems:
        lines += ["", f"## Problems that stop generation ({len(r.problems)})", ""]
        lines += [f"- {p}" for p in r.problems]
    if r.lock_problems:
        lines += [
            "",
            f"{len(r.lock_problems)} of them differ from openapi.overlay.lock (what the overlay "
            "was written against): check each rule named still holds, then take the upgrade "
            "with LOCK=1 (--lock), which records the new revisions there.",
        ]
    return "\n".join(lines) + "\n"


def changelog_entry(r: Review) -> str:
    """The user-facing entry: breaking first, then added and changed; then the upstream
    changes the SDK does not follow; the revisions it was generated from."""
    names = ", ".join(f"`{u.name}`" for u in r.upgraded)
    lines = [f"### API: upstream {names} updated", ""]
    sdk = sdk_lines(r.sdk)
    titles = {"breaking": "Breaking", "additive": "Added", "neutral": "Changed"}
    for label in LABELS:
        if sdk[label]:
            lines += [f"**{titles[label]}**", "", *[f"- {x}" for x in sdk[label]], ""]
    if not r.sdk:
        lines += ["No change to the SDK's methods, keywords or models.", ""]
    kept = [
        (f, routes)
        for u in r.upgraded
        for f, routes in _finding_groups(u.findings)
        if f.fate in ("shadowed", "overridden")
    ]
    if kept:
        lines += ["**Not followed** (upstream changed it; the SDK keeps its shape)", ""]
        for f, routes in kept:
            lines.append(
                f"- `{f.source}`, {f.label}: {finding_text(f, routes)}; {_reason(f, routes)}"
            )
        lines.append("")
    for u in r.upgraded:
        lines.append(f"Generated from `{u.name}` sha256 `{u.new_sha}` (was `{u.old_sha}`).")
    return "\n".join(lines).rstrip() + "\n"
