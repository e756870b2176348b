"""Model names users can read: one rule, the overlay's pins, one-line docstrings, and the old
names kept for one release with a DeprecationWarning."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import warnings

import pytest

import tools
import vast_sdk.models
from tools.naming import rule_name, sdk_names
from tools.overlay_records import ModelPin, Rule
from vast_sdk import OPERATIONS
from vast_sdk._generated import models as generated_models
from vast_sdk._generated.models._renamed import RENAMED

from .pipeline_helpers import ROOT

MODELS = ROOT / "vast_sdk" / "_generated" / "models"


def test_no_exported_name_is_generator_shaped() -> None:
    bad = [n for n in vast_sdk.models.__all__ if re.search(r"Response\d|Type\d", n)]
    assert bad == []
    assert len(vast_sdk.models.__all__) > len(OPERATIONS)  # the check has names to check


@pytest.mark.parametrize(
    ("generated", "sdk"),
    [
        ("ShowInstanceResponse200", "ShowInstanceResponse"),
        ("ShowInvoicesResponse200ResultsType0Item", "ShowInvoicesResultsItem"),
        ("ShowMachinesResponse200MachinesType0Item", "ShowMachinesItem"),  # no stutter
        ("ShowClustersResponse200ClustersAdditionalProperty", "ShowClustersValue"),
        ("InstancePortsType0AdditionalPropertyItem", "InstancePortsValueItem"),
        ("CreateInstanceBodyVolumeInfo", "CreateInstanceBodyVolumeInfo"),
        ("Offer", "Offer"),
    ],
)
def test_the_rule(generated: str, sdk: str) -> None:
    assert rule_name(generated, OPERATIONS) == sdk


def test_pins_clashes_and_stale_pins() -> None:
    rule = Rule("operations['GET /x'].models.ShowGpuTrendsGpusValue", "a test's own pin", 7)
    pins = {"ShowGpuTrendsGpusValue": ModelPin("GpuTrends", rule)}
    generated = ["ShowGpuTrendsResponse200GpusType0AdditionalProperty"]
    assert sdk_names(generated, OPERATIONS, pins) == {generated[0]: "GpuTrends"}
    with pytest.raises(tools.ToolError, match=r"no model is named 'ShowGpuTrendsGpusValue'"):
        sdk_names(["Offer"], OPERATIONS, pins)
    with pytest.raises(
        tools.ToolError,
        match="model names clash: ShowInstanceResponse and ShowInstanceResponse200 are both "
        "named ShowInstanceResponse",
    ):
        sdk_names(["ShowInstanceResponse200", "ShowInstanceResponse"], OPERATIONS, {})


def test_the_overlay_pins_the_issue_example() -> None:
    from vast_sdk.models import GpuTrends, GpuTrendsSupplyDemand, ShowGpuTrendsResponse

    hints = {k: str(v) for k, v in ShowGpuTrendsResponse.__annotations__.items()}
    assert "GpuTrends" in hints["gpus"]
    assert "GpuTrendsSupplyDemand" in str(GpuTrends.__annotations__["supply_demand"])
    assert GpuTrendsSupplyDemand.__module__.endswith(".gpu_trends_supply_demand")


def _class_doc(source: str, name: str) -> str | None:
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == name:
            return ast.get_docstring(node)
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", None) == name:
            after = tree.body[tree.body.index(node) + 1]
            value = getattr(after, "value", None)
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                return value.value
            return None
    return None


def test_every_exported_model_says_in_one_line_what_it_is() -> None:
    seen: set[str] = set()
    for name, module in generated_models._MODULES.items():
        doc = _class_doc((MODELS / f"{module}.py").read_text(), name)
        assert doc and "\n" not in doc and doc.endswith("."), (name, doc)
        assert "of the Vast.ai API" not in doc, name  # not the generic line
        seen.add(doc)
    assert len(seen) > len(generated_models._MODULES) // 2  # not one sentence for all
    from vast_sdk.models import Instance, ShowInstanceResponse, ShowInvoicesResultsItem

    assert ShowInstanceResponse.__doc__ == "The answer of show_instance."
    assert ShowInvoicesResultsItem.__doc__ == "One element of ShowInvoicesResponse.results."
    assert (Instance.__doc__ or "").startswith("Used in ShowInstanceResponse.instances, ")


def test_old_names_still_import_and_warn_with_the_new_name() -> None:
    assert RENAMED["ShowInstanceResponse200"] == "ShowInstanceResponse"
    assert (
        RENAMED["ShowGpuTrendsResponse200GpusType0AdditionalPropertySupplyDemandType0"]
        == "GpuTrendsSupplyDemand"
    )
    for module in (vast_sdk.models, generated_models):
        renamed = r"ShowInstanceResponse200 is renamed ShowInstanceResponse"
        with pytest.warns(DeprecationWarning, match=renamed):
            old = module.ShowInstanceResponse200
        assert old is vast_sdk.models.ShowInstanceResponse
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        exec("from vast_sdk.models import DetachSshKeyResponse200 as D", {})
    assert [w.filename for w in caught] == ["<string>"]  # points at the user's import
    assert not set(RENAMED) & set(vast_sdk.models.__all__)
    with pytest.raises(AttributeError, match="NoSuchModel"):
        vast_sdk.models.NoSuchModel  # noqa: B018


def test_the_renames_cost_nothing_at_import() -> None:
    probe = (
        "import sys, json, vast_sdk; from vast_sdk.models import Instance, ShowInstanceResponse; "
        "print(json.dumps(sorted(m for m in sys.modules if m.endswith('_renamed'))))"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == []


def test_the_changelog_links_every_rename() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text()
    assert "docs/model-renames.md" in changelog
    renames = (ROOT / "docs" / "model-renames.md").read_text()
    for old, new in RENAMED.items():
        assert f"| `{old}` | `{new}` |" in renames
