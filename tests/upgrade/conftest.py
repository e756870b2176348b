"""Upgrade drills: each edits a temporary copy of the upstream documents and reviews the
upgrade in process, on the merged and overlay-patched documents (no generator run)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from tools import OVERLAY
from tools.lock import Lock, lock_path
from tools.lock import read as read_lock
from tools.overlay import load_overlay
from tools.review import Build, Review, changelog_entry, make_build, render_review, review
from tools.sources import Source, sources_from

Docs = list[tuple[Source, dict[str, Any]]]
Edit = Callable[[dict[str, Any]], None]

SEED_CALL = ("delete", "/api/v0/instances/{id}/ssh/{ssh_key_id}/")
"""The commissioned call (../shared/specs/seed-detach-ssh-key.md), sent exactly so."""


@dataclass
class Drill:
    """One reviewed upgrade: the review, its text and the changelog entry."""

    review: Review
    text: str
    entry: str

    @property
    def problems(self) -> str:
        """Every problem that stops generation, one a line."""
        return "\n".join(self.review.problems)

    def findings(self, source: str) -> list[str]:
        """Each finding of ``source`` as one line: LABEL fate: change; reason."""
        return [
            f"{f.label.upper()} {f.fate}: {f.change.text()}; {f.reason}"
            for u in self.review.upgraded
            if u.name == source
            for f in u.findings
        ]


@pytest.fixture(scope="session")
def overlay() -> dict[str, Any]:
    data: dict[str, Any] = load_overlay(OVERLAY.read_bytes())
    return data


@pytest.fixture(scope="session")
def documents(overlay: dict[str, Any]) -> Docs:
    """The overlay's sources as they are now (the revisions before every drill)."""
    return [(s, s.load()) for s in sources_from(overlay)]


@pytest.fixture(scope="session")
def lock() -> Lock:
    """openapi.overlay.lock: what the overlay relies on in the documents as they are now."""
    found = read_lock(lock_path(OVERLAY))
    assert found is not None
    return found


@pytest.fixture(scope="session")
def before(overlay: dict[str, Any], documents: Docs, lock: Lock) -> Build:
    return make_build(overlay, documents, lock=lock)


def assert_seed_call(build: Build) -> None:
    """The seed call is sent exactly as documented, with its keywords, after the upgrade."""
    assert build.patched is not None
    method, path = SEED_CALL
    op = build.patched["paths"][path][method]
    assert op["operationId"] == "detach_ssh_key"
    keywords = [p["name"] for p in op["parameters"] if p["in"] == "path"]
    assert keywords == ["id", "ssh_key_id"]
    assert build.facts["detach_ssh_key"].route == "DELETE /api/v0/instances/{id}/ssh/{ssh_key_id}/"


@pytest.fixture
def drill(
    overlay: dict[str, Any], documents: Docs, before: Build, lock: Lock
) -> Callable[..., Drill]:
    """Review ``edits`` (source name -> an edit of a copy of its document); ``overlay_edit``
    changes a copy of the overlay first (what a maintainer does after a review). Every drill
    checks the seed call, but one whose overlay cannot be applied (there is no build)."""

    def run(
        edits: dict[str, Edit],
        overlay_edit: Edit | None = None,
        check_seed_call: bool = True,
        relocked: Lock | None = None,
    ) -> Drill:
        """``relocked``: review with this lock instead (what the maintainer recorded)."""
        chosen = overlay
        old = before
        recorded = relocked or lock
        if overlay_edit is not None or relocked is not None:
            chosen = copy.deepcopy(overlay)
            if overlay_edit is not None:
                overlay_edit(chosen)
            old = make_build(chosen, documents, lock=recorded)
        new_docs: Docs = []
        digests = {}
        for source, doc in documents:
            if source.name in edits:
                doc = copy.deepcopy(doc)
                edits[source.name](doc)
                digests[source.name] = ("0" * 64, "1" * 64)
            new_docs.append((source, doc))
        r = review(chosen, documents, new_docs, digests, lock=recorded, old=old)
        if check_seed_call:  # else the review says the overlay cannot be applied
            assert_seed_call(r.new)
        return Drill(r, render_review(r), changelog_entry(r))

    return run
