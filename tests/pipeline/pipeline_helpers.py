"""Paths and helpers shared by the generation-pipeline tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi.json"
NEXT_SPEC = ROOT.parent / "shared" / "specs" / "vast-openapi-next.json"
OVERLAY = ROOT / "openapi.overlay.yaml"
sys.path.insert(0, str(ROOT / "tools"))


def run_generate(
    out: Path, spec: Path | None = None, lenient: bool = False
) -> subprocess.CompletedProcess[str]:
    """Run generate.sh into out/_generated with the venv's tools on PATH."""
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHON"] = sys.executable
    if spec is not None:
        env["SPEC"] = str(spec)
    if lenient:
        env["OVERLAY_FLAGS"] = "--lenient"
    return subprocess.run(
        [str(ROOT / "generate.sh"), str(out)], env=env, capture_output=True, text=True, timeout=300
    )
