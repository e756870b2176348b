"""The overlay's ``formerly``: an operation's old names, each checked like a pinned name."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tools.overlay import OverlayError, read_overlay

VOLUMES = "GET /api/v0/volumes"


def test_show_volumes_was_list_volumes(overlay: dict[str, Any]) -> None:
    record = read_overlay(overlay).by_name("show_volumes")
    assert record is not None and list(record.formerly) == ["list_volumes"]
    assert "CLI" in record.formerly["list_volumes"]


@pytest.mark.parametrize(
    ("old", "problem"),
    [
        ("logs", "collides with the hand-written helper Vast.logs"),
        ("show_instance", "is also the name of"),
        ("ListVolumes", "is not snake_case"),
    ],
)
def test_a_former_name_is_checked_like_a_name(
    overlay: dict[str, Any], old: str, problem: str
) -> None:
    bad = copy.deepcopy(overlay)
    bad["operations"][VOLUMES]["formerly"] = {old: "a reason"}
    with pytest.raises(OverlayError, match=problem):
        read_overlay(bad)


def test_a_former_name_needs_its_reason(overlay: dict[str, Any]) -> None:
    bad = copy.deepcopy(overlay)
    bad["operations"][VOLUMES]["formerly"] = {"list_volumes": ""}
    with pytest.raises(OverlayError, match="'why' must be a non-empty text"):
        read_overlay(bad)


def test_the_old_model_names_are_listed_with_the_renames() -> None:
    from vast_sdk._generated.models._renamed import RENAMED

    assert RENAMED["ListVolumesResponse"] == "ShowVolumesResponse"
    assert RENAMED["ListVolumesType"] == "ShowVolumesType"
