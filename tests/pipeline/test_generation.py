"""generate.sh: deterministic output, drift detection, the next spec revision, the stamp."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from check_generated import compare, tree
from pipeline_helpers import NEXT_SPEC, OVERLAY, ROOT, SPEC, run_generate

import vast_sdk
from vast_sdk import AsyncVast, Vast


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen1")
    run = run_generate(out)
    assert run.returncode == 0, run.stderr
    return out / "_generated"


def test_generation_is_deterministic(fresh: Path, tmp_path: Path) -> None:
    run = run_generate(tmp_path)
    assert run.returncode == 0, run.stderr
    assert tree(fresh) == tree(tmp_path / "_generated")


def test_committed_generated_code_matches_spec_and_overlay(fresh: Path) -> None:
    assert compare(ROOT / "vast_sdk" / "_generated", fresh) == []


def test_check_generated_fails_on_a_hand_edit(tmp_path: Path) -> None:
    pkg = tmp_path / "vast_sdk"
    shutil.copytree(ROOT / "vast_sdk", pkg, ignore=shutil.ignore_patterns("__pycache__"))
    target = pkg / "_generated" / "api" / "instances" / "detach_ssh_key.py"
    target.write_text(target.read_text().replace('"method": "delete"', '"method": "post"'))
    (pkg / "_generated" / "api" / "instances" / "hand_written.py").write_text("x = 1\n")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    run = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "check_generated.py"), str(pkg)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert run.returncode == 1
    assert "changed: api/instances/detach_ssh_key.py" in run.stderr
    assert (
        '-        "method": "post",' in run.stderr and '+        "method": "delete",' in run.stderr
    )
    assert (
        "extra (not generated from the spec + overlay): api/instances/hand_written.py" in run.stderr
    )
    assert "Never edit generated code by hand" in run.stderr


def test_stamp_records_what_the_code_was_made_from() -> None:
    stamp = json.loads((ROOT / "vast_sdk" / "_generated" / "STAMP.json").read_text())
    assert stamp["spec_sha256"] == hashlib.sha256(SPEC.read_bytes()).hexdigest()
    assert stamp["overlay_sha256"] == hashlib.sha256(OVERLAY.read_bytes()).hexdigest()
    assert stamp["generator"] == "openapi-python-client 0.29.1"
    assert stamp["operations"] == 86


def test_every_operation_is_one_generated_function_and_method(patched: dict[str, Any]) -> None:
    from overlay import iter_operations

    import vast_sdk._generated._operations as ops_module

    names = {op["operationId"] for _m, _p, op in iter_operations(patched)}
    assert set(vast_sdk.OPERATIONS) == names
    api_dir = ROOT / "vast_sdk" / "_generated" / "api"
    modules = [p.stem for p in api_dir.rglob("*.py") if p.stem != "__init__"]
    assert sorted(modules) == sorted(names)  # exactly one module each, no strays
    for name in names:
        op = vast_sdk.OPERATIONS[name]
        for cls in (Vast, AsyncVast, ops_module.SyncRawOperations, ops_module.AsyncRawOperations):
            method = getattr(cls, name)
            assert f"``{op.method} {op.path}``" in (method.__doc__ or ""), (cls, name)


def test_seed_method_matches_the_commissioning_page() -> None:
    import inspect

    op = vast_sdk.OPERATIONS["detach_ssh_key"]
    assert (op.method, op.path, op.auth, op.host) == (
        "DELETE",
        "/api/v0/instances/{id}/ssh/{ssh_key_id}/",
        "required",
        "api",
    )
    params = inspect.signature(Vast.detach_ssh_key).parameters
    assert params["id"].annotation == "int" and params["ssh_key_id"].annotation == "int"
    assert params["id"].kind is inspect.Parameter.KEYWORD_ONLY
    assert inspect.signature(Vast.detach_ssh_key).return_annotation == "DetachSshKeyResponse200"


def test_serverless_operations_are_marked_for_run_vast_ai() -> None:
    serverless = {n for n, op in vast_sdk.OPERATIONS.items() if op.host == "serverless"}
    assert serverless == {
        "route",
        "get_endpoint_logs",
        "get_endpoint_workers",
        "get_workergroup_logs",
        "get_workergroup_workers",
    }


def test_the_next_spec_revision_regenerates_and_typechecks(tmp_path: Path) -> None:
    """The spec-change workflow: the next revision generates cleanly into a full package."""
    pkg = tmp_path / "vast_sdk"
    shutil.copytree(
        ROOT / "vast_sdk",
        pkg,
        ignore=shutil.ignore_patterns("__pycache__", "_generated", "testing"),
    )
    run = run_generate(pkg.parent / "vast_sdk", spec=NEXT_SPEC, lenient=True)
    assert run.returncode == 0, run.stderr
    # the one fix whose target the next revision renamed is reported, not silently dropped
    assert "stale fix" in run.stderr and "team/roles" in run.stderr
    probe = (
        "import vast_sdk; ops = vast_sdk.OPERATIONS; "
        "assert len(ops) == 100, len(ops); "
        "assert ops['detach_ssh_key'].path == '/api/v0/instances/{id}/ssh/{ssh_key_id}'; "
        "assert hasattr(vast_sdk.Vast, 'show_charges'); "
        "assert hasattr(vast_sdk.AsyncVast, 'show_instances_v1')"
    )
    check = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
    )
    assert check.returncode == 0, check.stderr
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "vast_sdk"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert mypy.returncode == 0, mypy.stdout[-3000:]


def test_every_generated_file_says_it_is_generated() -> None:
    from mark_generated import HEADER

    files = list((ROOT / "vast_sdk" / "_generated").rglob("*.py"))
    assert len(files) > 400
    unmarked = [str(f) for f in files if not f.read_text().startswith(HEADER)]
    assert unmarked == []
