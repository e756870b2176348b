"""Paths and helpers shared by the generation-pipeline tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from tools import NEXT_SPEC, OVERLAY, ROOT, SPEC
from tools.overlay_records import load_overlay
from tools.sources import merge, sources_from

__all__ = ["NEXT_SPEC", "OVERLAY", "ROOT", "SPEC", "run_generate", "with_sources"]


def with_sources(seed: dict[str, Any]) -> dict[str, Any]:
    """``seed`` as the primary source, merged with the overlay's other sources."""
    overlay = load_overlay(OVERLAY.read_text())
    rest = sources_from(overlay)[1:]
    return merge([(sources_from(overlay)[0], seed), *[(s, s.load()) for s in rest]])


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
