"""The rows of docs/wire.md, read from the document itself.

Each table row starts ``| W<n> | done |`` or ``| W<n> | pending |``. :func:`row` marks a test
with its row: a pending row's tests are ``xfail(strict=True)`` (they pass once the lead's
overlay or generator change lands, and strict xfail then fails the suite until the row is
flipped to ``done``); a done row's tests are plain tests. Flipping the word in the document is
the whole follow-up.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "wire.md"

_ROW = re.compile(r"^\| (W\d+) \| (done|pending) \| (.*)$")

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Row:
    id: str
    status: str
    operations: frozenset[str]
    """The operation names the row's Operations cell gives in backticks."""
    needs: str


def rows() -> dict[str, Row]:
    """Every row of docs/wire.md's table, by id."""
    found: dict[str, Row] = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        m = _ROW.match(line)
        if not m:
            continue
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        ops = frozenset(re.findall(r"`([a-z][a-z0-9_]*)`", cells[2]))
        found[m.group(1)] = Row(m.group(1), m.group(2), ops, cells[-1])
    return found


def row(row_id: str) -> Callable[[F], F]:
    """Mark a test as one of ``row_id``'s: strict xfail while the row is pending."""
    found = rows().get(row_id)
    if found is None:
        raise KeyError(f"docs/wire.md has no row {row_id}")

    def mark(test: F) -> F:
        test.wire_row = row_id  # type: ignore[attr-defined]
        if found.status == "pending":
            reason = f"docs/wire.md {row_id} is pending (needs: {found.needs})"
            return pytest.mark.xfail(strict=True, reason=reason)(test)  # type: ignore[no-any-return]
        return test

    return mark
