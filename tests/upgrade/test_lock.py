"""openapi.overlay.lock: generation stops on what differs from it, naming the rules (--lenient
lists every one); ``python -m tools overlay lock`` writes it, exactly as committed."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools import OVERLAY, SPEC
from tools.__main__ import main
from tools.generate import patched_spec
from tools.lock import ABSENT, Lock, changes, differences, lock_path, parse, render
from tools.overlay import OverlayError, load_overlay

LOCK = lock_path(OVERLAY)


def _seed(edit: Any) -> dict[str, Any]:
    seed: dict[str, Any] = json.loads(SPEC.read_text(encoding="utf-8"))
    edit(seed)
    return seed


def test_generation_stops_on_a_changed_expectation_and_lenient_lists_every_one(
    tmp_path: Path,
) -> None:
    """Upstream drops Instance.ports (a rule recreates it) and makes gpu_name required (a rule
    replaces the list): strict generation names both rules; lenient lists them all."""

    def edit(seed: dict[str, Any]) -> None:
        instance = seed["components"]["schemas"]["Instance"]
        del instance["properties"]["ports"]
        instance["required"] = ["gpu_name"]

    path = tmp_path / "seed.json"
    path.write_text(json.dumps(_seed(edit)), encoding="utf-8")
    with pytest.raises(OverlayError) as caught:
        patched_spec(path, prose=False)
    message = str(caught.value)
    assert "upstream dropped #/components/schemas/Instance > properties/ports" in message
    assert "rule(s): openapi.overlay.yaml:" in message and "schemas.Instance[1] (" in message
    assert "upstream now defines #/components/schemas/Instance > required" in message
    assert "schemas.Instance[4] (an instance row always has its id" in message
    assert "run make overlay-lock" in message
    _patched, notes, _sources = patched_spec(path, lenient=True)
    assert [n.split(":", 1)[0] for n in notes] == [
        "expectation changed",
        "expectation changed",
        "schemas.Instance (overlay-owned) differs from the documents",
    ]


def test_overlay_lock_writes_the_committed_lock(tmp_path: Path, capsys: Any) -> None:
    """The committed lock is exactly what the command writes for today's documents (a hand
    edit, or an overlay change not recorded, shows here and in every generation)."""
    overlay = tmp_path / "openapi.overlay.yaml"
    shutil.copy(OVERLAY, overlay)
    assert main(["overlay", "lock", "--overlay", str(overlay)]) == 0
    assert lock_path(overlay).read_bytes() == LOCK.read_bytes()
    assert "wrote openapi.overlay.lock" in capsys.readouterr().out
    assert parse(LOCK.read_text(encoding="utf-8")) == parse(render(parse(LOCK.read_text())))


def test_overlay_lock_refuses_an_overlay_with_problems(tmp_path: Path, capsys: Any) -> None:
    data = load_overlay(OVERLAY.read_bytes())
    stale = {"why": "a fix for a field no document has", "at": "properties/no/type", "set": "x"}
    data["schemas"]["Instance"].append(stale)
    overlay = tmp_path / "openapi.overlay.yaml"
    overlay.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    assert main(["overlay", "lock", "--overlay", str(overlay)]) == 1
    assert "fix them before recording the lock" in capsys.readouterr().err
    assert not lock_path(overlay).exists()


def test_a_missing_lock_stops_generation(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay.yaml"
    shutil.copy(OVERLAY, overlay)
    with pytest.raises(OverlayError, match=r"no openapi.overlay.lock beside the overlay"):
        patched_spec(None, overlay)


def test_what_a_refresh_records_reads_as_a_review() -> None:
    old = Lock(
        expect={"#/components/schemas/Instance": {"properties/ports": {"type": "array"}}},
        schemas={"Offer": {"seed": ABSENT}},
        keywords={"PUT /x/": {"body": ("tail", "filter")}},
    )
    new = copy.deepcopy(old)
    new.expect["#/components/schemas/Instance"]["properties/ports"] = ABSENT
    new.schemas["Offer"]["next"] = {"type": "object"}
    new.keywords["PUT /x/"] = {"body": ("filter", "lines"), "query": ("owner",)}
    assert changes(old, new) == [
        'expect #/components/schemas/Instance > properties/ports: {"type": "array"} -> absent',
        'schemas.Offer in \'next\': absent -> {"type": "object"}',
        "keywords PUT /x/ (query): pinned owner",
        "keywords PUT /x/ (body): pinned lines",
        "keywords PUT /x/ (body): dropped tail (breaking for users)",
    ]
    assert parse(render(new)) == new
    assert list(differences({"a": 1, "b": [1]}, {"a": 2, "c": None})) == [
        "a: 1 -> 2",
        "b: [1] -> absent",
        "c: absent -> null",
    ]


def test_a_malformed_lock_is_named() -> None:
    with pytest.raises(OverlayError, match="not a version 1 lock"):
        parse("expect: {}\n")
    with pytest.raises(OverlayError, match=r"expect\['X'\]\['a'\] is neither 'absent'"):
        parse("version: 1\nexpect: {X: {a: 3}}\n")
