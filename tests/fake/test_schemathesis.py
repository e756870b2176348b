"""An independent check of the fake against the spec: schemathesis fuzzes it over loopback.

Checks run: not_a_server_error, response_schema_conformance, content_type_conformance,
negative_data_rejection (schema-invalid requests must be refused) and status_code_conformance
(every status the fake answers is documented; the overlay documents the API's 400
invalid_request and 404 auth_error). Not run: positive_data_acceptance, which flags schema-valid
data the server must still refuse (unknown ids, a malformed SSH key, an absent env var...).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tools.generate import patched_spec
from vast_sdk import OPERATIONS
from vast_sdk.testing import FakeVast
from vast_sdk.testing._proven import proven_document

CHECKS = "not_a_server_error,response_schema_conformance,content_type_conformance"
CHECKS += ",negative_data_rejection,status_code_conformance"
MAX_EXAMPLES = 5
"""Fuzzed cases per operation: the run stays near 30 s over every operation (the examples phase
adds each documented example)."""


def test_schemathesis_finds_no_spec_violation(tmp_path: Path) -> None:
    # The full merged, patched spec, examples included (the fake ships a facts-only copy without
    # them): the examples phase then sends each operation its documented example.
    # The fake accepts the official client's proven forms where a document disagrees
    # (_proven.py, docs/wire.md F rows): fuzz against what it accepts, so a negative case is
    # one production refuses too.
    patched, _, _ = patched_spec()
    document = tmp_path / "openapi.patched.json"
    document.write_text(json.dumps(proven_document(patched)))
    fake = FakeVast()
    with fake.serve() as url:
        cmd = [
            str(Path(sys.executable).with_name("schemathesis")),
            "run",
            str(document),
            "--url",
            url,
            "--header",
            f"Authorization: Bearer {fake.api_key}",
            "--checks",
            CHECKS,
            "--phases",
            "examples,fuzzing",
            "--max-examples",
            str(MAX_EXAMPLES),
            "--seed",
            "20260101",
            "--no-shrink",
            # one worker: hypothesis's example caches are not thread-safe (8 workers once
            # failed CI with a FlakyFailure inside schemathesis's example generation); one is
            # also faster
            "--workers",
            "1",
            "--request-timeout",
            "10",
        ]
        env = {**os.environ, "NO_COLOR": "1", "SCHEMATHESIS_TELEMETRY": "false"}
        done = subprocess.run(
            cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
        )
    # the errors and failures first (the warnings after them can fill any tail)
    found = [i for i in (done.stdout.find(f"= {s} =") for s in ("ERRORS", "FAILURES")) if i >= 0]
    shown = done.stdout[min(found) :][:6000] if found else done.stdout[-6000:]
    report = shown + done.stderr[-2000:]
    assert done.returncode == 0, report
    count = len(OPERATIONS)
    assert f"{count} selected / {count} total" in done.stdout, report
    assert fake.errors == []
    assert {c.op for c in fake.calls} - {None} == set(fake.spec.operations)  # all routes hit
