"""Upstream prose stays out of what the package ships and of the repo's generated docs.

The generated code is made from the sources with their descriptions, summaries and examples
stripped (``patched_spec(prose=False)``), so every text in it is the overlay's own or ours.
This guard searches the shipped package and the overlay for any upstream description or
summary paragraph of 40 characters or more, and docs/api.md (the repo's reference page, which
quotes each operation's one-line summary) for any description paragraph.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tools.generate import patched_spec
from tools.overlay_records import load_overlay
from tools.sources import sources_from

from .pipeline_helpers import OVERLAY, ROOT

SOURCES = [s.path for s in sources_from(load_overlay(OVERLAY.read_text()))]
"""The upstream documents (the only files outside the checkout a test reads)."""
MIN_CHARS = 40
"""Shorter texts are names and labels ("Maximum supported CUDA version"), not prose."""

# Messages the API sends on the wire, which FakeVast must answer with word for word (the
# upstream documents quote them as examples of responses).
WIRE_MESSAGES = ("vast_sdk/testing/",)


def _paragraphs(
    node: Any,
    found: set[str],
    in_properties: bool = False,
    keys: tuple[str, ...] = ("description", "summary"),
) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if not in_properties and key in keys and isinstance(value, str):
                for para in re.split(r"\n\s*\n", value):
                    text = " ".join(para.split())
                    if len(text) >= MIN_CHARS:
                        found.add(text)
            _paragraphs(value, found, key == "properties" and not in_properties, keys)
    elif isinstance(node, list):
        for value in node:
            _paragraphs(value, found, False, keys)


@pytest.fixture(scope="module")
def upstream_prose() -> set[str]:
    found: set[str] = set()
    for path in SOURCES:
        _paragraphs(json.loads(path.read_text()), found)
    assert len(found) > 1000  # the guard has something to look for
    return found


@pytest.fixture(scope="module")
def upstream_descriptions() -> set[str]:
    found: set[str] = set()
    for path in SOURCES:
        _paragraphs(json.loads(path.read_text()), found, keys=("description",))
    return found


def _copied(path: Path, prose: set[str]) -> list[str]:
    flat = " ".join(path.read_text(errors="replace").split())
    return sorted(text[:80] for text in prose if text in flat)


def test_the_package_and_api_docs_hold_no_upstream_prose(
    upstream_prose: set[str], upstream_descriptions: set[str]
) -> None:
    shipped = [
        p
        for p in (ROOT / "vast_sdk").rglob("*")
        if p.is_file()
        and p.suffix in (".py", ".json", ".md", ".pyi", ".txt")
        and not str(p.relative_to(ROOT)).startswith(WIRE_MESSAGES)
    ]
    assert len(shipped) > 600
    copied = {
        str(p.relative_to(ROOT)): c
        for p in [*shipped, OVERLAY]
        if (c := _copied(p, upstream_prose))
    }
    assert copied == {}
    assert _copied(ROOT / "docs" / "api.md", upstream_descriptions) == []


def test_the_guard_finds_copied_prose(upstream_prose: set[str], tmp_path: Path) -> None:
    sample = sorted(upstream_prose)[len(upstream_prose) // 2]
    leaky = tmp_path / "leaky.py"
    leaky.write_text(f'"""{sample}"""\n')
    assert _copied(leaky, upstream_prose) == [sample[:80]]


def test_the_code_is_generated_without_upstream_prose(upstream_prose: set[str]) -> None:
    stripped, _notes, _sources = patched_spec(prose=False)
    left: set[str] = set()
    _paragraphs(stripped, left)
    assert left and not left & upstream_prose  # every text left is the overlay's or the tools'
    with_prose, _notes, _sources = patched_spec()
    kept: set[str] = set()
    _paragraphs(with_prose, kept)
    assert kept & upstream_prose  # the testing artifact (schemathesis) keeps them
