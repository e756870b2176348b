"""Paths and helpers shared by the generation-pipeline tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tools import NEXT_SPEC, OVERLAY, ROOT, SPEC

__all__ = ["NEXT_SPEC", "OVERLAY", "ROOT", "SPEC", "run_generate"]


def run_generate(
    out: Path, spec: Path | None = None, lenient: bool = False
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m tools generate`` (the whole pipeline, one process) into out/_generated."""
    cmd = [sys.executable, "-m", "tools", "generate", "--out", str(out)]
    if spec is not None:
        cmd += ["--spec", str(spec)]
    if lenient:
        cmd.append("--lenient")
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
