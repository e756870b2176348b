"""``import vast_sdk`` stays cheap: the ~170 generated model modules load only when used."""

from __future__ import annotations

import json
import subprocess
import sys

from .pipeline_helpers import ROOT

COUNT = """
import json, sys
import vast_sdk
before = sorted(m for m in sys.modules if m.startswith("vast_sdk._generated.models."))
api_before = sorted(m for m in sys.modules if m.startswith("vast_sdk._generated.api."))
from vast_sdk.models import Instance
after = sorted(m for m in sys.modules if m.startswith("vast_sdk._generated.models."))
print(json.dumps({"before": before, "api_before": api_before, "after": after}))
"""


def test_import_loads_no_model_or_endpoint_module() -> None:
    run = subprocess.run([sys.executable, "-c", COUNT], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    counts = json.loads(run.stdout)
    total = len(list((ROOT / "vast_sdk" / "_generated" / "models").glob("*.py")))
    assert total > 150
    assert counts["before"] == []
    assert counts["api_before"] == []
    # one model pulls in only itself and what it references, never the whole set
    assert "vast_sdk._generated.models.instance_model" in counts["after"]
    assert len(counts["after"]) < 10
