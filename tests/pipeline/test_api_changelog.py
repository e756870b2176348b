"""python -m tools changelog: what changes between spec revisions, by the SDK's pinned names."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tools.changelog import RULES, changelog
from vast_sdk._spec import iter_operations, shape

from .pipeline_helpers import NEXT_SPEC, ROOT, SPEC


def _changelog(old: str, new: str) -> str:
    run = subprocess.run(
        [sys.executable, "-m", "tools", "changelog", old, new],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_changelog_to_the_next_revision() -> None:
    """The upgrade note for making the docs' next revision the primary source, labelled."""
    text = _changelog(str(SPEC), str(NEXT_SPEC))
    breaking = text.split("## Breaking (", 1)[1].split("## Additive (", 1)[0]
    additive = text.split("## Additive (", 1)[1].split("## Neutral (", 1)[0]
    neutral = text.split("## Neutral (", 1)[1].split("## Overlay notes", 1)[0]
    # operations only the seed documents would go, breaking (counted from the documents)
    docs = [
        json.loads(p.read_text())
        for p in (SPEC, NEXT_SPEC, NEXT_SPEC.with_name("vast-openapi-preview.json"))
    ]
    seed, *others = [{shape(m, p) for m, p, _op in iter_operations(d)} for d in docs]
    seed_only = seed - set().union(*others)
    removed = [x for x in breaking.splitlines() if x.endswith("): removed")]
    assert len(removed) == len(seed_only) > 0
    assert "- `add_network_disk` (POST /api/v0/network_disk/): removed" in breaking
    # keyword changes users must see, breaking too
    assert "- `create_instance`: keyword `env` type object -> string" in breaking
    assert "- `create_template`: keyword `args_str` added (string)" in additive
    # upstream dropped the trailing slashes: one collapsed line, the pinned routes stay
    slash_line = next(x for x in neutral.splitlines() if "trailing slash" in x)
    assert "`detach_ssh_key`" in slash_line or " more." in slash_line
    assert "DELETE /api/v0/instances/{id}/ssh/{ssh_key_id}" not in text
    assert "operation(s) take their shape now from 'next' (was 'seed')" in neutral
    for rule in RULES:
        assert rule in text


def test_no_changes_between_a_revision_and_itself() -> None:
    text = _changelog(str(SPEC), str(SPEC))
    assert "## Breaking (0)\n\n- none" in text
    assert "## Additive (0)\n\n- none" in text
    assert "## Neutral (0)\n\n- none" in text


def test_statuses_return_types_and_nested_fields_are_reported(
    spec: dict[str, Any], tmp_path: Path
) -> None:
    from tools.generate import patched_spec

    old, _, _ = patched_spec()
    edited = copy.deepcopy(spec)
    op = edited["paths"]["/api/v0/instances/{id}/ssh/{ssh_key_id}/"]["delete"]
    op["responses"]["409"] = {"description": "conflict"}
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    schema["properties"]["detail"] = {"type": "object", "properties": {"when": {"type": "string"}}}
    bundles = edited["paths"]["/api/v0/bundles/"]["post"]["responses"]["200"]["content"]
    bundles["application/json"]["schema"] = {"type": "array", "items": {"type": "object"}}
    newer = tmp_path / "seed.json"
    newer.write_text(json.dumps(edited))
    new, _, _ = patched_spec(newer, lenient=True)
    text = changelog(old, new)
    assert (
        "- `detach_ssh_key`: statuses 200, 400, 404, 429, 500 -> 200, 400, 404, 409, 429, 500"
    ) in text
    # a new object field is one change (its own fields come with it)
    assert "- `detach_ssh_key`: response field `detail` added (object|null)" in text
    assert "`detail.when`" not in text
    assert "- `search_offers`: returns type object -> array" in text
    assert "- `search_offers`: response field `offers` removed" in text


def test_an_unpinned_operation_is_named_not_fatal(tmp_path: Path) -> None:
    edited = json.loads(SPEC.read_text())
    edited["paths"]["/api/v0/gpu_makes/unique/"] = {  # a route no record describes
        "get": {"summary": "show gpu makes", "responses": {"200": {"description": "ok"}}}
    }
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(edited))
    text = _changelog(str(SPEC), str(newer))
    assert "- `unpinned_show_gpu_makes` (GET /api/v0/gpu_makes/unique/): new operation" in text
    assert "GET /api/v0/gpu_makes/unique/ ('show gpu makes') has no pinned name" in text
