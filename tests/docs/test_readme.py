"""Every Python snippet in README.md runs, unchanged, against a FakeVast on loopback."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from vast_sdk.testing import FakeVast

ROOT = Path(__file__).resolve().parents[2]
SNIPPETS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), re.S)


def test_readme_has_snippets() -> None:
    assert len(SNIPPETS) >= 6


@pytest.mark.parametrize("code", SNIPPETS, ids=[f"snippet{i}" for i in range(len(SNIPPETS))])
def test_readme_snippet_runs(code: str, tmp_path: Path) -> None:
    fake = FakeVast()
    with fake.serve() as url:
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("VAST_")},
            "HOME": str(tmp_path),
            "VAST_URL": url,
            "VAST_API_KEY": fake.api_key,
        }
        run = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
        )
    assert run.returncode == 0, f"{code}\n--- stderr ---\n{run.stderr}"
    assert not fake.errors
