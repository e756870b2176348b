"""The README's Python snippets as files, so mypy --strict checks what users copy."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from . import ROOT

_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def snippets(readme: Path = ROOT / "README.md") -> list[str]:
    """Every fenced ``python`` block of the README, in order."""
    return [m.group(1) for m in _BLOCK.finditer(readme.read_text(encoding="utf-8"))]


def write_snippets(out: Path) -> list[Path]:
    """Write each snippet to ``out/readme_NN.py`` (the folder is replaced)."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    paths = []
    for i, code in enumerate(snippets(), 1):
        path = out / f"readme_{i:02d}.py"
        path.write_text(code, encoding="utf-8")
        paths.append(path)
    return paths
