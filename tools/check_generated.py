"""Fail when vast_sdk/_generated differs from what openapi.json + the overlay produce.

Regenerates into a temporary directory and compares file by file, printing a readable
summary (missing, extra and changed files, with the first differing lines).

    python tools/check_generated.py [PACKAGE_DIR]   (default: vast_sdk)
"""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def tree(base: Path) -> dict[str, bytes]:
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


def main(argv: list[str]) -> int:
    package = Path(argv[0]) if argv else ROOT / "vast_sdk"
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PYTHON": sys.executable}
        run = subprocess.run(
            [str(ROOT / "generate.sh"), tmp], env=env, capture_output=True, text=True
        )
        if run.returncode != 0:
            print(f"check-generated: generation failed:\n{run.stderr}", file=sys.stderr)
            return 1
        problems = compare(package / "_generated", Path(tmp) / "_generated")
    if problems:
        print(
            f"check-generated: {package / '_generated'} is not what openapi.json + "
            f"openapi.overlay.yaml generate ({len(problems)} difference(s)).\n"
            "Never edit generated code by hand: change the overlay or tools/, then run "
            "'make generate' and commit the result.\n",
            file=sys.stderr,
        )
        for p in problems:
            print(f"  - {p}", file=sys.stderr)
        return 1
    print("check-generated: vast_sdk/_generated matches openapi.json + openapi.overlay.yaml")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
