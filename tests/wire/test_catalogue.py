"""The catalogue as a whole: it records, it covers the SDK's operations, and every difference
between the official package and the SDK has a row in docs/wire.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import vast_sdk

from .catalogue import cases
from .compare import differences
from .recorder import KEY, Call, Recorder
from .rows import rows

pytest.importorskip("vastai", reason="the official vastai package (a dev dependency) is needed")

HERE = Path(__file__).parent


def test_every_official_call_made_its_request(recorded: dict[str, tuple[Call, Call]]) -> None:
    failed = {
        key: repr(official.error)
        for key, (official, _sdk) in recorded.items()
        if not official.requests
    }
    assert failed == {}


def test_every_case_names_a_real_operation() -> None:
    unknown = sorted({c.op for c in cases()} - set(vast_sdk.OPERATIONS))
    assert unknown == []
    keys = [c.key for c in cases()]
    assert len(keys) == len(set(keys)), "two cases share a key: give one a label"


def test_every_difference_has_a_row(recorded: dict[str, tuple[Call, Call]]) -> None:
    """A new disagreement (a new vastai or SDK revision) fails here until docs/wire.md has it."""
    listed = set().union(*(r.operations for r in rows().values()))
    unlisted = {}
    for case in cases():
        official, sdk = recorded[case.key]
        found = differences(official, sdk)
        if found and case.op not in listed:
            unlisted[case.key] = found
    assert unlisted == {}


def test_the_document_names_only_real_operations() -> None:
    named = set().union(*(r.operations for r in rows().values()))
    assert sorted(named - set(vast_sdk.OPERATIONS)) == []


def test_every_row_has_a_test() -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in HERE.glob("test_*.py"))
    tested = set(re.findall(r'@row\("(W\d+)"\)', source))
    assert sorted(set(rows()) - tested) == []


def test_the_cli_reaches_the_recorder(rec: Recorder) -> None:
    """The harness drives the installed CLI too: ``vastai --url ... show machines``."""
    call = rec.cli(["show", "machines", "--raw"])
    assert call.error is None, call.output
    sent = call.last  # after its GET /users/current
    assert (sent.method, sent.path, sent.query_json) == ("GET", "/api/v0/machines", {"owner": "me"})
    assert sent.authorized
    assert KEY not in sent.raw_query and KEY.encode() not in sent.body
