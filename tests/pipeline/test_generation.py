"""python -m tools generate: deterministic output, drift detection, the next revision, the stamp."""

from __future__ import annotations

import ast
import hashlib
import inspect
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import tools
import vast_sdk
from tools.check import compare, tree
from tools.generate import HEADER, generator_input
from vast_sdk import AsyncVast, Vast
from vast_sdk._spec import iter_operations

from .pipeline_helpers import (
    NEXT_SPEC,
    OVERLAY,
    ROOT,
    SPEC,
    Expected,
    check_generated,
    expected_operations,
    run_generate,
)

GENERATED = ROOT / "vast_sdk" / "_generated"


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
    assert compare(GENERATED, fresh) == []


def test_check_names_a_hand_edit_and_a_stray_file(fresh: Path, tmp_path: Path) -> None:
    edited = tmp_path / "_generated"
    shutil.copytree(fresh, edited)
    target = edited / "api" / "detach_ssh_key.py"
    target.write_text(target.read_text().replace("/ssh/{", "/ssh-keys/{"))
    (edited / "api" / "hand_written.py").write_text("x = 1\n")
    problems = compare(edited, fresh)
    assert any(p.startswith("changed: api/detach_ssh_key.py") and "ssh-keys" in p for p in problems)
    assert "extra (not generated from the spec + overlay): api/hand_written.py" in problems


def test_check_command_fails_on_drift(tmp_path: Path) -> None:
    """`python -m tools check` (make check-generated) exits 1 with a readable report."""
    checkout = tmp_path / "checkout"
    for name in ("tools", "templates", "vast_sdk"):
        shutil.copytree(ROOT / name, checkout / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("openapi.overlay.yaml", "openapi.overlay.lock", "openapi-python-client.yaml"):
        shutil.copy(ROOT / name, checkout / name)
    shutil.copy(ROOT / "pyproject.toml", checkout / "pyproject.toml")
    (checkout / "openapi.json").symlink_to(SPEC.resolve())
    (tmp_path / "shared").symlink_to(SPEC.resolve().parent.parent)  # the other sources
    stray = checkout / "vast_sdk" / "_generated" / "api" / "hand_written.py"
    stray.write_text("x = 1\n")
    run = subprocess.run(
        [sys.executable, "-m", "tools", "check"],
        cwd=checkout,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(checkout)},
    )
    assert run.returncode == 1, run.stdout
    assert "extra (not generated from the spec + overlay): api/hand_written.py" in run.stderr
    assert "Never edit generated code by hand" in run.stderr


def test_the_generated_tree_has_every_expected_operation(expected: Expected) -> None:
    check_generated(GENERATED, ROOT / "docs", expected)


def test_stamp_records_what_the_code_was_made_from(expected: Expected) -> None:
    stamp = json.loads((GENERATED / "STAMP.json").read_text())
    assert stamp["sources"][0] == {
        "name": "seed",
        "sha256": hashlib.sha256(SPEC.read_bytes()).hexdigest(),
    }
    assert stamp["overlay_sha256"] == hashlib.sha256(OVERLAY.read_bytes()).hexdigest()
    assert stamp["generator"] == f"openapi-python-client {tools.generator_pin()}"
    assert stamp["operations"] == len(expected.shapes)
    assert [source["name"] for source in stamp["sources"]] == list(expected.documented)


def test_the_generator_version_has_one_home() -> None:
    """pyproject.toml pins it; the tools read it from there (and refuse another version)."""
    assert tools.generator_pin() == tools.check_generator() == "0.29.1"
    hardcoded = [
        p.name for p in (ROOT / "tools").glob("*.py") if "0.29.1" in p.read_text(encoding="utf-8")
    ]
    assert hardcoded == []


def test_every_operation_is_one_module_and_two_methods(patched: dict[str, Any]) -> None:
    names = {op["operationId"] for _m, _p, op in iter_operations(patched)}
    assert set(vast_sdk.OPERATIONS) == names
    modules = {p.stem for p in (GENERATED / "api").glob("*.py")} - {"__init__"}
    assert modules == names  # exactly one module each, no strays
    for name in names:
        op = vast_sdk.OPERATIONS[name]
        for cls in (Vast, AsyncVast):
            assert f"``{op.method} {op.path}``" in (getattr(cls, name).__doc__ or ""), (cls, name)
        assert inspect.iscoroutinefunction(getattr(AsyncVast, name))
        assert not inspect.iscoroutinefunction(getattr(Vast, name))


def test_no_generated_code_goes_unused() -> None:
    """Each operation module defines request() and, when it has a JSON body, parse(); both are
    what the methods call. No sync/asyncio/_detailed leftovers, no client or error modules."""
    source = (GENERATED / "_operations.py").read_text()
    for path in sorted((GENERATED / "api").glob("*.py")):
        if path.stem == "__init__":
            continue
        tree_ = ast.parse(path.read_text())
        defs = {n.name for n in tree_.body if isinstance(n, ast.FunctionDef)}
        assert defs in ({"request"}, {"request", "parse"}), (path.name, defs)
        assert source.count(f"from .api import {path.stem} as _m") == 2  # sync and async
    assert not (GENERATED / "client.py").exists() and not (GENERATED / "errors.py").exists()
    assert not (GENERATED / "types.py").exists()


def test_raw_methods_are_derived_not_written_out() -> None:
    """One line per operation and flavour: the raw variants wrap the plain methods."""
    source = (GENERATED / "_operations.py").read_text()
    tree_ = ast.parse(source)
    raw = next(
        n for n in tree_.body if isinstance(n, ast.ClassDef) and n.name == "SyncRawOperations"
    )
    methods = [n for n in raw.body if isinstance(n, ast.FunctionDef)]
    assert [m.name for m in methods] == ["__init__"]
    assert source.count("def detach_ssh_key(") == 2  # sync and async, nothing else


def test_no_ast_over_generated_files() -> None:
    """The tools read the generator's parsed model and the spec, never its emitted text."""
    offenders = [p.name for p in (ROOT / "tools").glob("*.py") if "import ast" in p.read_text()]
    assert offenders == []


def test_imports_are_decided_from_the_views_not_the_rendered_text() -> None:
    """No tool searches code it rendered (``"datetime." in text``, ``f"{name}(" in code``) to
    decide what a module imports; code shapes live in templates/."""
    sniffing = re.compile(r"""(["'][^"'\n]*["']|f["'][^"'\n]*["'])\s+in\s+(text|code|source)\b""")
    offenders = {
        p.name: found
        for p in sorted((ROOT / "tools").glob("*.py"))
        if (found := sniffing.findall(p.read_text()))
    }
    assert offenders == {}
    assert (ROOT / "templates" / "_code.jinja").exists()


def test_docstrings_document_every_keyword() -> None:
    doc = Vast.create_instance.__doc__ or ""
    params = [p for p in inspect.signature(Vast.create_instance).parameters if p not in ("self",)]
    assert len(params) > 20
    for name in params:
        assert f"\n            {name}: " in doc, name
    assert "Retries: not idempotent" in doc


def test_seed_method_matches_the_commissioning_page() -> None:
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
    assert inspect.signature(Vast.detach_ssh_key).return_annotation == "DetachSshKeyResponse"


def test_serverless_operations_are_marked_for_run_vast_ai() -> None:
    serverless = {n for n, op in vast_sdk.OPERATIONS.items() if op.host == "serverless"}
    assert serverless == {
        "route",
        "get_endpoint_logs",
        "get_endpoint_workers",
        "get_workergroup_logs",
        "get_workergroup_workers",
        "get_wrkgrp_logs",  # production-only: the overlay says host: serverless
        "update_workers",
    }


def test_response_fields_the_api_always_sends_are_narrow() -> None:
    from vast_sdk.models import CreateInstanceResponse, Offer, SshKey

    hints = {
        cls.__name__: {f: str(a) for f, a in cls.__annotations__.items()}
        for cls in (Offer, CreateInstanceResponse, SshKey)
    }
    assert hints["Offer"]["id"] == "int"
    assert hints["Offer"]["gpu_name"] == "str"
    assert hints["Offer"]["reliability"] == "float | None"
    assert hints["CreateInstanceResponse"]["new_contract"] == "int"
    assert hints["SshKey"]["id"] == "int"


def test_request_models_keep_not_given_apart_from_none() -> None:
    from vast_sdk import UNSET
    from vast_sdk.models import CreateInstanceBody, CreateTeamBody

    body = CreateInstanceBody(image="img", label="")
    assert body.disk is UNSET
    assert body.to_dict() == {"image": "img", "label": ""}  # only what was given is sent
    assert CreateTeamBody(team_name="t", permissions={}).to_dict() == {
        "team_name": "t",
        "permissions": {},
    }


def test_a_shared_component_is_split_into_request_and_response_models() -> None:
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "components": {"schemas": {"Thing": {"type": "object", "properties": {"a": {}}}}},
        "paths": {
            "/x": {
                "post": {
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        }
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        },
                        "404": {
                            "description": "no",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        },
                    },
                }
            }
        },
    }
    out = generator_input(doc)
    schemas = out["components"]["schemas"]
    assert schemas["Thing"]["x-vast-role"] == "response"
    assert "x-vast-role" not in schemas["ThingInput"]
    op = out["paths"]["/x"]["post"]
    body = op["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/ThingInput"}
    assert "content" not in op["responses"]["404"]  # error bodies make no models


def test_the_next_spec_revision_regenerates_and_typechecks(tmp_path: Path) -> None:
    """The spec-change workflow: the next revision generates cleanly into a full package."""
    pkg = tmp_path / "vast_sdk"
    shutil.copytree(
        ROOT / "vast_sdk",
        pkg,
        ignore=shutil.ignore_patterns("__pycache__", "_generated", "testing"),
    )
    run = run_generate(pkg, spec=NEXT_SPEC, lenient=True)
    assert run.returncode == 0, run.stderr
    assert "stale fix" not in run.stderr  # every fix still finds its target
    expected = expected_operations(primary=NEXT_SPEC)  # the seed-only operations go
    check_generated(pkg / "_generated", pkg / "docs", expected)
    probe = (
        "import vast_sdk; ops = vast_sdk.OPERATIONS; "
        f"assert set(ops) == set({sorted(expected.names)!r}), len(ops); "
        "assert ops['detach_ssh_key'].path == '/api/v0/instances/{id}/ssh/{ssh_key_id}/'; "
        "assert hasattr(vast_sdk.Vast, 'show_charges'); "
        "assert hasattr(vast_sdk.AsyncVast, 'show_instances')"
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


def test_every_generated_file_says_it_is_generated(expected: Expected) -> None:
    header = HEADER.format(version=tools.generator_pin())
    files = list(GENERATED.rglob("*.py"))
    assert len(files) > len(expected.shapes)  # a module per operation, and the models
    unmarked = [str(f) for f in files if not f.read_text().startswith(header)]
    assert unmarked == []


def test_the_fake_spec_holds_facts_only() -> None:
    text = (GENERATED / "fake_spec.json").read_text()
    doc = json.loads(text)
    prose: list[str] = []

    def walk(node: Any, in_properties: bool) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                prose_key = key in ("description", "summary", "example", "examples")
                if not in_properties and prose_key and value != "":  # responses keep ""
                    prose.append(key)
                walk(value, key == "properties" and not in_properties)
        elif isinstance(node, list):
            for value in node:
                walk(value, False)

    walk(doc, False)
    assert prose == []


def test_the_changelog_names_every_source_the_code_was_generated_from() -> None:
    stamp = json.loads((GENERATED / "STAMP.json").read_text())
    changelog = (ROOT / "CHANGELOG.md").read_text()
    for source in stamp["sources"]:
        assert source["sha256"] in changelog, source["name"]
