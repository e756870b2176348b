"""docs/RELIABILITY.md: its fuzz-totals block can be rewritten, and names only real tests."""

from __future__ import annotations

import re
from pathlib import Path

from vast_sdk import OPERATIONS

from . import record_fuzz

SAMPLE = {
    "profile": "ci",
    "per_operation": 20,
    "seconds": 61.0,
    "bodies": 4320,
    "operations": len(OPERATIONS),
    "operations_in_sdk": len(OPERATIONS),
    "outcomes": {"value": 1000, "None": 5, "ResponseParseError": 3000, "FOREIGN KeyError": 0},
    "mutations": {"valid": 1},
    "forms": {"json": 1},
    "encodings": {"gzip": 1},
    "status_classes": {"2xx": 1},
}


def test_the_totals_block_is_rewritten_in_place() -> None:
    doc = record_fuzz.DOC.read_text(encoding="utf-8")
    block = record_fuzz.render(SAMPLE)
    again = record_fuzz.replace_block(doc, block)
    assert again.count(record_fuzz.START) == again.count(record_fuzz.END) == 1
    assert "| bodies tried | 4,320 |" in again
    assert "| anything else | 0 |" in again
    assert record_fuzz.replace_block(again, block) == again  # idempotent
    head = doc.partition(record_fuzz.START)[0]
    assert again.startswith(head)


def test_every_test_the_document_names_exists() -> None:
    doc = record_fuzz.DOC.read_text(encoding="utf-8")
    tests = Path(__file__).parent.parent  # the scenarios name tests of every folder
    files = sorted(tests.rglob("test_*.py"))
    source = "\n".join(p.read_text(encoding="utf-8") for p in files)
    named = set(re.findall(r"`(?:test_\w+\.py::)?(test_\w+)", doc))
    assert named, "the document names no test"
    missing = sorted(n for n in named if f"def {n}" not in source and f"{n}.py" not in doc)
    assert missing == []
    names = {p.name for p in files}
    for file in set(re.findall(r"`(test_\w+\.py)", doc)):
        assert file in names, file
