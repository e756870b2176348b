"""python -m tools changelog: what changes between spec revisions, by the SDK's pinned names."""

from __future__ import annotations

import subprocess
import sys

from pipeline_helpers import NEXT_SPEC, ROOT, SPEC


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
    text = _changelog(str(SPEC), str(NEXT_SPEC))
    assert "## Added operations (22)" in text
    assert "- `show_charges`: GET /api/v0/charges" in text
    assert "## Removed operations (8)" in text
    assert "- `show_instances`: GET /api/v0/instances/" in text
    # the seed call keeps its name; only the trailing slash of its route changes
    assert (
        "- `detach_ssh_key`\n  - route: DELETE /api/v0/instances/{id}/ssh/{ssh_key_id}/ -> "
        "DELETE /api/v0/instances/{id}/ssh/{ssh_key_id}\n"
    ) in text
    # a renamed path parameter is a keyword-argument change users must see
    assert "- `show_team_role`\n" in text and "  - parameter removed: `path id`" in text


def test_no_changes_between_a_revision_and_itself() -> None:
    text = _changelog(str(SPEC), str(SPEC))
    assert "## Added operations (0)\n\n- none" in text
    assert "## Removed operations (0)\n\n- none" in text
    assert "## Changed operations (0)\n\n- none" in text
