"""The collision guard: no operation may be pinned as a helper, a client attribute, a Python
keyword or a builtin, and the reserved list (vast_sdk/_reserved.py) covers the clients' face."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools.overlay import OverlayError, read_overlay
from vast_sdk import OPERATIONS, AsyncVast, Vast
from vast_sdk._generated._operations import RENAMED_OPERATIONS
from vast_sdk._reserved import CLIENT_ATTRIBUTES, HELPERS, collision

from .pipeline_helpers import run_generate

LOGS = "PUT /api/v0/instances/request_logs/{id}/"


def _public(obj: object) -> set[str]:
    return {n for n in dir(obj) if not n.startswith("_")}


def test_the_reserved_list_covers_every_public_attribute_that_is_not_an_operation() -> None:
    """A new helper or client attribute must be added to vast_sdk/_reserved.py, or an
    upstream operation could one day be pinned to its name."""
    reserved = HELPERS | CLIENT_ATTRIBUTES
    with Vast(api_key="k" * 16) as vast:
        sync = _public(Vast) | _public(vast)
    client = AsyncVast(api_key="k" * 16)
    face = sync | _public(AsyncVast) | _public(client)
    renamed = set(RENAMED_OPERATIONS)  # old names (the overlay's formerly): checked there
    missing = sorted(face - set(OPERATIONS) - renamed - reserved)
    assert missing == [], f"add to vast_sdk/_reserved.py: {missing}"
    assert {"launch", "logs", "wait_for_instance", "close", "with_options"} <= reserved
    assert [n for n in OPERATIONS if collision(n)] == []  # the overlay passes its own guard


@pytest.mark.parametrize(
    ("name", "clash"),
    [
        ("logs", "the hand-written helper Vast.logs / AsyncVast.logs"),
        ("close", "the client attribute Vast.close / AsyncVast.close"),
        ("timeout", "the client attribute Vast.timeout / AsyncVast.timeout"),
        ("type", "the Python keyword 'type'"),
        ("list", "the Python builtin 'list'"),
        ("lambda", "the Python keyword 'lambda'"),
    ],
)
def test_the_guard_names_the_operation_and_what_it_collides_with(
    overlay: dict[str, Any], name: str, clash: str
) -> None:
    bad = copy.deepcopy(overlay)
    bad["operations"][LOGS]["name"] = name
    with pytest.raises(OverlayError) as caught:
        read_overlay(bad)
    message = str(caught.value)
    assert f"operations[{LOGS!r}]" in message and f"name {name!r} collides with" in message
    assert clash in message


def test_generation_fails_on_a_colliding_name(overlay: dict[str, Any], tmp_path: Path) -> None:
    bad = copy.deepcopy(overlay)
    bad["operations"][LOGS]["name"] = "launch"
    edited = tmp_path / "overlay.yaml"
    edited.write_text(yaml.safe_dump(bad, sort_keys=False))
    run = run_generate(tmp_path / "out", overlay=edited)
    assert run.returncode == 1
    assert f"operations[{LOGS!r}]" in run.stderr
    assert "collides with the hand-written helper Vast.launch" in run.stderr
    assert not (tmp_path / "out").exists()
