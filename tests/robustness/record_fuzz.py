"""Copy the totals of the last fuzz run into docs/RELIABILITY.md.

    .venv/bin/pytest tests/robustness/test_fuzz.py        # writes build/fuzz-totals.json
    .venv/bin/python tests/robustness/record_fuzz.py      # rewrites the totals block

VAST_FUZZ_PROFILE=long runs many more bodies. The block sits between the two markers below.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
TOTALS = ROOT / "build" / "fuzz-totals.json"
DOC = ROOT / "docs" / "RELIABILITY.md"
START = "<!-- fuzz-totals: start (tests/robustness/record_fuzz.py writes this block) -->"
END = "<!-- fuzz-totals: end -->"


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{name} {n:,}" for name, n in counts.items())


def render(totals: dict[str, Any]) -> str:
    """The markdown block for one run's totals."""
    outcomes = totals["outcomes"]
    plain = ("value", "None")
    foreign = sum(n for name, n in outcomes.items() if name.startswith("FOREIGN"))
    errors = sum(n for name, n in outcomes.items() if name not in plain)
    rows = [
        (
            "profile",
            f"`{totals['profile']}`, {totals.get('per_operation', '?')} bodies per operation"
            f" + {10 * totals.get('per_operation', 0)} async, {totals['seconds']} s",
        ),
        ("bodies tried", f"{totals['bodies']:,}"),
        ("operations", f"{totals['operations']} of {totals['operations_in_sdk']}"),
        ("values of the declared type", f"{outcomes.get('value', 0):,}"),
        ("None (no documented body)", f"{outcomes.get('None', 0):,}"),
        ("typed errors (VastError)", f"{errors - foreign:,}"),
        ("anything else", f"{foreign:,}"),
        ("errors by type", _counts({k: v for k, v in outcomes.items() if k not in plain})),
        ("mutations", _counts(totals["mutations"])),
        ("body forms", _counts(totals["forms"])),
        ("encodings", _counts(totals["encodings"])),
        ("status classes", _counts(totals["status_classes"])),
    ]
    table = "\n".join(f"| {name} | {value} |" for name, value in rows)
    return f"{START}\n| last run | |\n| --- | --- |\n{table}\n{END}"


def replace_block(doc: str, block: str) -> str:
    head, start, rest = doc.partition(START)
    _, end, tail = rest.partition(END)
    if not start or not end:
        raise ValueError(f"{DOC} has no fuzz-totals markers")
    return head + block + tail


def main() -> int:
    if not TOTALS.exists():
        print(f"{TOTALS} is missing: run tests/robustness/test_fuzz.py first", file=sys.stderr)
        return 1
    totals = json.loads(TOTALS.read_text(encoding="utf-8"))
    DOC.write_text(replace_block(DOC.read_text(encoding="utf-8"), render(totals)), "utf-8")
    print(f"{DOC.relative_to(ROOT)}: {totals['bodies']:,} bodies ({totals['profile']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
