"""`python -m tools upgrade` (make upgrade) end to end, in a copy of the checkout.

One drill regenerates (the review itself is drilled in process in test_drills.py): the seed
with a retyped model field and a newly required keyword, through the openapi.json link; the
retyped field is in the overlay-owned Instance, so the upgrade is taken with --lock (LOCK=1),
and mypy (the project's configuration: warn_unreachable) then catches the SSH helper that
checks ssh_port for an int. The others run the command in process up to its review (next
converted to YAML, through the overlay's ``sources`` path; preview changed in place).
Upstream documents are never copied into the checkout, and ../shared is never written.
"""

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
import yaml

from tools import ROOT, SPEC, ToolError
from tools.overlay import load_overlay
from tools.sources import Source, sources_from
from tools.upgrade import keep, kept, previous, repoint, run, write_entry

SPECS = SPEC.resolve().parent


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _checkout(tmp_path: Path, whole: bool = True) -> Path:
    """A copy of the checkout beside a writable ``shared/specs`` of links to the real ones;
    not ``whole``: only what a review reads (the overlay, the stamp, the seed link)."""
    checkout = tmp_path / "checkout"
    if whole:
        for name in ("tools", "templates", "vast_sdk", "docs"):
            ignore = shutil.ignore_patterns("__pycache__")
            shutil.copytree(ROOT / name, checkout / name, ignore=ignore)
        for name in ("openapi-python-client.yaml", "pyproject.toml", "CHANGELOG.md"):
            shutil.copy(ROOT / name, checkout / name)
    else:
        (checkout / "vast_sdk" / "_generated").mkdir(parents=True)
        stamp = ROOT / "vast_sdk" / "_generated" / "STAMP.json"
        shutil.copy(stamp, checkout / "vast_sdk" / "_generated" / "STAMP.json")
    for name in ("openapi.overlay.yaml", "openapi.overlay.lock"):
        shutil.copy(ROOT / name, checkout / name)
    specs = tmp_path / "shared" / "specs"
    specs.mkdir(parents=True)
    for name in ("vast-openapi.json", "vast-openapi-next.json", "vast-openapi-preview.json"):
        (specs / name).symlink_to(SPECS / name)
    (checkout / "openapi.json").symlink_to("../shared/specs/vast-openapi.json")
    return checkout


def _tools(checkout: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    env.pop("VAST_SDK_SOURCE_STORE", None)
    return subprocess.run(
        [sys.executable, "-m", "tools", *args],
        cwd=checkout,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def _seed() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((SPECS / "vast-openapi.json").read_text(encoding="utf-8"))
    return doc


def test_upgrading_the_seed_regenerates_and_writes_the_changelog(tmp_path: Path) -> None:
    checkout = _checkout(tmp_path)
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    changelog_before = (checkout / "CHANGELOG.md").read_text(encoding="utf-8")

    # a rename the overlay's docs still name, and the overlay-owned Instance retyped:
    # reviewed, nothing changed, exit 1
    blocked = _seed()
    logs = blocked["paths"]["/api/v0/instances/request_logs/{id}"]["put"]
    props = logs["requestBody"]["content"]["application/json"]["schema"]["properties"]
    props["tail_lines"] = props.pop("tail")
    blocked["components"]["schemas"]["Instance"]["properties"]["ssh_port"] = {"type": "string"}
    (incoming / "blocked.json").write_text(json.dumps(blocked), encoding="utf-8")
    code, text = run([("seed", incoming / "blocked.json")], root=checkout)
    assert code == 1, text
    assert "- BREAKING: `show_logs`: keyword `tail` renamed to `tail_lines`" in text
    assert "docs: show_logs has no parameter or body field 'tail'" in text
    assert "Instance in 'seed' changed (properties/ssh_port/type" in text
    assert "take the upgrade with LOCK=1 (--lock)" in text
    assert "Nothing was changed" in text
    assert os.readlink(checkout / "openapi.json") == "../shared/specs/vast-openapi.json"
    assert (checkout / "CHANGELOG.md").read_text(encoding="utf-8") == changelog_before

    # a retyped model field and a newly required keyword: breaking, and generated
    edited = _seed()
    edited["components"]["schemas"]["Instance"]["properties"]["ssh_port"] = {"type": "string"}
    body = edited["paths"]["/api/v0/instances/request_logs/{id}"]["put"]["requestBody"]
    body["content"]["application/json"]["schema"]["required"] = ["filter"]
    new = incoming / "vast-openapi.json"
    new.write_text(json.dumps(edited, indent=1), encoding="utf-8")
    # reviewed: taken with --lock, which records the retyped Instance in the lock
    lock_before = (checkout / "openapi.overlay.lock").read_text(encoding="utf-8")
    run2 = _tools(checkout, "upgrade", "seed", str(new), "--lock")
    assert run2.returncode == 0, run2.stderr + run2.stdout
    assert "- BREAKING: `show_logs`: keyword `filter` now required" in run2.stdout
    assert "- openapi.overlay.lock: the new revisions recorded (review its diff)" in run2.stdout
    lock_after = (checkout / "openapi.overlay.lock").read_text(encoding="utf-8")
    changed = set(lock_after.splitlines()) - set(lock_before.splitlines())
    assert [line.strip() for line in changed] == ["ssh_port: {type: string}"]  # seed's Instance

    # the previous revision is kept, content-addressed, outside the package
    old_sha = _sha(SPECS / "vast-openapi.json")
    assert (checkout / ".sources" / f"{old_sha}.json").read_bytes() == (
        SPECS / "vast-openapi.json"
    ).read_bytes()
    # the reference moved; the upstream file stayed where it is
    assert os.readlink(checkout / "openapi.json") == "../incoming/vast-openapi.json"
    generated = checkout / "vast_sdk" / "_generated"
    stamp = json.loads((generated / "STAMP.json").read_text(encoding="utf-8"))
    assert stamp["sources"][0] == {"name": "seed", "sha256": _sha(new)}
    models = "".join(p.read_text() for p in (generated / "models").glob("*.py"))
    assert "    ssh_port: str | None = None\n" in models
    assert 'required=("filter",)' in (generated / "api" / "show_logs.py").read_text()
    detach = (generated / "api" / "detach_ssh_key.py").read_text()
    assert "``DELETE /api/v0/instances/{id}/ssh/{ssh_key_id}/``" in detach
    assert 'f"/api/v0/instances/{_r.quote_path(id)}/ssh/{_r.quote_path(ssh_key_id)}/"' in detach

    changelog = (checkout / "CHANGELOG.md").read_text(encoding="utf-8")
    entry = changelog.split("## [0.1.0] - Unreleased", 1)[1].split("### Added", 1)[0]
    assert "### API: upstream `seed` updated" in entry
    assert entry.index("**Breaking**") < entry.index("`Instance.ssh_port`")
    assert "- `show_logs`: keyword `filter` now required" in entry
    assert f"Generated from `seed` sha256 `{_sha(new)}` (was `{old_sha}`)." in entry

    # a second run has nothing to do
    code, text = run([("seed", new)], root=checkout)
    assert code == 0 and "nothing to do" in text, text

    # the SSH helper reads ssh_port as an int: with it retyped, mypy (the project's settings,
    # warn_unreachable) says its check can never pass, instead of the helper failing quietly
    (checkout / "vast_sdk" / "py.typed").touch()
    typecheck = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "vast_sdk/_workflows/_ssh.py"],
        cwd=checkout,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(checkout)},
    )
    assert typecheck.returncode == 1, typecheck.stdout + typecheck.stderr
    unreachable = [line for line in typecheck.stdout.splitlines() if "[unreachable]" in line]
    assert unreachable and all("vast_sdk/_workflows/_ssh.py" in line for line in unreachable)


def test_a_source_converted_to_yaml_and_one_changed_in_place(tmp_path: Path) -> None:
    """next as YAML says the same: the review finds nothing, and the overlay's sources path
    is what moves. preview replaced in place: compared with the revision kept in the store."""
    checkout = _checkout(tmp_path, whole=False)
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    doc = json.loads((SPECS / "vast-openapi-next.json").read_text(encoding="utf-8"))
    new = incoming / "vast-openapi-next.yaml"
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    new.write_text(yaml.dump(doc, Dumper=dumper, sort_keys=False), encoding="utf-8")
    code, text = run([("next", new)], root=checkout, review_only=True)
    assert code == 0, text
    assert "## Every change in `next` (0)" in text
    assert "- none: the document says the same (its format may differ)" in text
    assert "- nothing: the SDK does not change" in text
    moved = repoint(checkout, checkout / "openapi.overlay.yaml", "next", new)
    assert moved is not None
    overlay = (checkout / "openapi.overlay.yaml").read_text(encoding="utf-8")
    assert '- {name: next, path: "../incoming/vast-openapi-next.yaml"}' in overlay
    assert sources_from(load_overlay(overlay), root=checkout)[1].load() == doc
    moved.undo()
    assert (checkout / "openapi.overlay.yaml").read_bytes() == (
        ROOT / "openapi.overlay.yaml"
    ).read_bytes()

    # preview changes in place (the file the overlay names is replaced): the review compares
    # it with the revision the code was generated from, kept in the store by the run above
    preview = tmp_path / "shared" / "specs" / "vast-openapi-preview.json"
    edited = json.loads(preview.read_text(encoding="utf-8"))
    edited["paths"]["/api/v0/team"]["put"]["requestBody"]["content"]["application/json"]["schema"][
        "properties"
    ]["name"] = {"type": "string"}
    preview.unlink()
    preview.write_text(json.dumps(edited), encoding="utf-8")
    code, text = run([("preview", preview)], root=checkout, review_only=True)
    assert code == 1, text
    assert "- ADDITIVE: `update_team`: keyword `name` added (string)" in text
    # every keyword is pinned: a new one is recorded once reviewed (LOCK=1)
    assert "keyword(s) `name` of update_team (body) are not pinned" in text
    assert "Nothing was changed" in text


def test_a_missing_previous_revision_and_a_file_inside_the_checkout_are_refused(
    tmp_path: Path,
) -> None:
    store = tmp_path / "store"
    doc = tmp_path / "doc.json"
    doc.write_text('{"paths": {}}', encoding="utf-8")
    source = Source("seed", doc)
    kept_copy = keep(doc, store)
    assert kept_copy == store / f"{_sha(doc)}.json" and kept(_sha(doc), store) == kept_copy
    assert previous(source, _sha(doc), store) == kept_copy
    doc.write_text('{"paths": {"/x": {}}}', encoding="utf-8")  # changed in place
    assert previous(source, hashlib.sha256(b'{"paths": {}}').hexdigest(), store) == kept_copy
    with pytest.raises(ToolError, match=r"neither at .* now nor kept in"):
        previous(source, "0" * 64, store)
    with pytest.raises(ToolError, match="upstream documents stay out of the repository"):
        run([("seed", ROOT / "pyproject.toml")], store=store)


def test_the_changelog_entry_goes_first_in_the_unreleased_section(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    path.write_text("# Changelog\n\n## [1.0.0] - 2026-01-01\n\n### Added\n\n- x\n")
    write_entry(path, "### API: upstream `seed` updated\n\n- y\n")
    text = path.read_text()
    assert text.index("## [Unreleased]") < text.index("### API") < text.index("## [1.0.0]")
    write_entry(path, "### API: upstream `next` updated\n")
    text = path.read_text()
    assert text.index("`next`") < text.index("`seed`") < text.index("## [1.0.0]")
    assert text.count("## [Unreleased]") == 1
