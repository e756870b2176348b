"""Print the wire comparison of every catalogued operation (Markdown).

    cd tests && ../.venv/bin/python -m wire.table [OPERATION ...]

One row per case: the operation, the official function, and each difference between the
request the official vastai 1.9.1 package sends and the SDK's (or "same"). Runs offline: both
clients talk to a loopback recorder.
"""

from __future__ import annotations

import sys

from .catalogue import cases, run_official
from .compare import differences
from .recorder import Recorder


def rows(only: set[str] | None = None) -> list[tuple[str, str, list[str]]]:
    """(case key, official source, differences) for every case (or those of ``only``)."""
    out = []
    with Recorder() as rec:
        for case in cases():
            if only and case.op not in only:
                continue
            official = run_official(rec, case)
            out.append((case.key, case.source, differences(official, rec.sdk(case.sdk))))
    return out


def main(argv: list[str]) -> int:
    print("| operation | official | SDK vs official |")
    print("| --- | --- | --- |")
    for key, source, diffs in rows(set(argv) or None):
        text = "<br>".join(d.replace("|", "\\|") for d in diffs) or "same"
        print(f"| `{key}` | `{source}` | {text} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
