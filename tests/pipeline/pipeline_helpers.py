"""Paths and helpers shared by the generation-pipeline tests.

Counts are never written into a test: what the SDK must have is derived from the upstream
documents (the overlay's ``sources``) and the overlay itself (``expected_operations``), and
the checks that depend on it live here (``check_patched``, ``check_generated``), so the proof
that adding an operation needs no test edit (test_counts.py) runs exactly the checks the suite
runs.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tools import NEXT_SPEC, OVERLAY, ROOT, SPEC
from tools.overlay_records import Overlay, load_overlay, read_overlay
from tools.sources import Source, merge, sources_from
from vast_sdk._spec import iter_operations, shape

__all__ = [
    "NEXT_SPEC",
    "OVERLAY",
    "ROOT",
    "SPEC",
    "Expected",
    "check_generated",
    "check_patched",
    "expected_operations",
    "run_generate",
    "with_sources",
]

Shape = tuple[str, str]


def with_sources(seed: dict[str, Any]) -> dict[str, Any]:
    """``seed`` as the primary source, merged with the overlay's other sources."""
    overlay = load_overlay(OVERLAY.read_text())
    rest = sources_from(overlay)[1:]
    return merge([(sources_from(overlay)[0], seed), *[(s, s.load()) for s in rest]])


def run_generate(
    out: Path, spec: Path | None = None, lenient: bool = False, overlay: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m tools generate`` (the whole pipeline, one process) into out/_generated."""
    cmd = [sys.executable, "-m", "tools", "generate", "--out", str(out)]
    if spec is not None:
        cmd += ["--spec", str(spec)]
    if overlay is not None:
        cmd += ["--overlay", str(overlay)]
    if lenient:
        cmd.append("--lenient")
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)


@dataclass(frozen=True)
class Expected:
    """What the SDK must have, from the documents and the overlay (never a number in a test)."""

    documented: dict[str, set[Shape]]
    """Each source's operations, by method and path shape."""
    defined: set[Shape]
    """Operations the overlay defines (production serves them, no document describes them)."""
    records: Overlay

    @property
    def shapes(self) -> set[Shape]:
        """Every operation: the union of the documents plus the overlay's own."""
        return set().union(*self.documented.values()) | self.defined

    @property
    def names(self) -> set[str]:
        """The pinned names of those operations."""
        by_shape = {r.shape: r.name for r in self.records.operations}
        return {by_shape[s] for s in self.shapes}

    def only_in(self, source: str) -> set[Shape]:
        """Operations no other source (and no overlay definition) has."""
        others = [v for k, v in self.documented.items() if k != source]
        return self.documented[source] - set().union(*others) - self.defined


def _shapes(doc: dict[str, Any]) -> set[Shape]:
    return {shape(m, p) for m, p, _op in iter_operations(doc)}


def expected_operations(overlay: Path = OVERLAY, *, primary: Path | None = None) -> Expected:
    """The operations generation must produce for these sources: read from the upstream
    documents themselves and the overlay. ``primary`` replaces the first source (as
    ``--spec`` does)."""
    data = load_overlay(overlay.read_text())
    sources: list[Source] = sources_from(data, primary)
    documented = {s.name: _shapes(s.load()) for s in sources}
    records = read_overlay(data)
    defined = {r.shape for r in records.operations if r.define is not None}
    return Expected(documented, defined, records)


def check_patched(patched: dict[str, Any], expected: Expected) -> None:
    """The patched document has exactly the expected operations, each pinned by one record
    to a unique snake_case name, the overlay's own marked undocumented."""
    ops = list(iter_operations(patched))
    ours = sorted(shape(m, p) for m, p, _op in ops)
    assert ours == sorted(expected.shapes)  # each operation exactly once
    names = [str(op["operationId"]) for _m, _p, op in ops]
    assert sorted(names) == sorted(expected.names)
    assert len(set(names)) == len(names)
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", n) for n in names)
    undocumented = {shape(m, p) for m, p, op in ops if op.get("x-undocumented")}
    assert undocumented == expected.defined
    sources = {op.get("x-vast-source") for _m, _p, op in ops}
    assert sources == set(expected.documented) | ({"overlay"} if expected.defined else set())


def check_generated(generated: Path, docs: Path, expected: Expected) -> None:
    """A generated tree (``_generated`` and its docs/api.md) for the expected operations:
    one module each, the stamp's and the API page's counts, FakeVast's spec."""
    count = len(expected.shapes)
    modules = {p.stem for p in (generated / "api").glob("*.py")} - {"__init__"}
    assert modules == expected.names
    stamp = json.loads((generated / "STAMP.json").read_text())
    assert stamp["operations"] == count
    fake = json.loads((generated / "fake_spec.json").read_text())
    assert _shapes(fake) == expected.shapes
    api = (docs / "api.md").read_text()
    assert f"been acted on. {count} operations." in api
    assert sorted(re.findall(r"^### `(\w+)`$", api, flags=re.M)) == sorted(expected.names)
