"""The pytest11 entry point loads in every pytest run: it must import without the extra."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import builtins, sys
real_import = builtins.__import__
def no_extra(name, *args, **kwargs):
    if name.split(".")[0] in ("openapi_core", "werkzeug"):
        raise ImportError(f"No module named {name!r}", name=name)
    return real_import(name, *args, **kwargs)
builtins.__import__ = no_extra
import vast_sdk.testing.pytest_plugin  # what pytest does for the entry point
import vast_sdk.testing
try:
    vast_sdk.testing.FakeVast
except ImportError as exc:
    print("clear error:", exc)
"""


def test_plugin_imports_without_the_testing_extra() -> None:
    run = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "clear error: vast_sdk.testing needs the 'testing' extra" in run.stdout
