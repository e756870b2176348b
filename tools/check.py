"""The drift check: the committed ``_generated`` must be exactly what spec + overlay generate."""

from __future__ import annotations

import difflib
import tempfile
from pathlib import Path

from .generate import build, write


def tree(base: Path) -> dict[str, bytes]:
    """Every file under ``base`` (no caches), by relative path."""
    return {
        str(p.relative_to(base)): p.read_bytes()
        for p in sorted(base.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def compare(committed: Path, fresh: Path) -> list[str]:
    """Human-readable differences between two generated trees (empty when identical)."""
    old, new = tree(committed), tree(fresh)
    problems = [f"missing (the spec + overlay generate it): {n}" for n in sorted(new.keys() - old)]
    problems += [
        f"extra (not generated from the spec + overlay): {n}" for n in sorted(old.keys() - new)
    ]
    for name in sorted(old.keys() & new.keys()):
        if old[name] != new[name]:
            diff = difflib.unified_diff(
                old[name].decode(errors="replace").splitlines(),
                new[name].decode(errors="replace").splitlines(),
                f"committed/{name}",
                f"generated/{name}",
                lineterm="",
                n=1,
            )
            lines = list(diff)
            shown = "\n    ".join(lines[:12]) + ("\n    ..." if len(lines) > 12 else "")
            problems.append(f"changed: {name}\n    {shown}")
    return problems


def drift(committed: Path, docs: Path) -> list[str]:
    """Regenerate into a temporary directory; compare with ``committed`` and ``docs``."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "_generated"
        generated = build()
        write(generated, fresh, Path(tmp) / "docs")
        problems = compare(committed, fresh)
        for rel in sorted(generated.docs):
            mine, theirs = docs / rel, Path(tmp) / "docs" / rel
            if not mine.exists() or mine.read_bytes() != theirs.read_bytes():
                problems.append(f"changed: docs/{rel} (regenerate it)")
        return problems
