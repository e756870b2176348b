"""Import cost of vast_sdk, as ratios against baselines measured in the same run.

Each case runs in a fresh interpreter with a warm bytecode cache, as an installed package
does; we time `python -c CODE` end to end, take the median of N runs, and report it against
- floor: `import httpx, attrs` (what any httpx+attrs SDK pays), and
- eager: importing every generated model module (what the generator's models/__init__ does).

    python benchmarks/import_time.py [--runs N]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

CASES = {
    "floor: import httpx, attrs": "import httpx, attrs",
    "vast_sdk: import vast_sdk": "import vast_sdk",
    "vast_sdk + first call's modules": (
        "import vast_sdk; from vast_sdk._generated.api import detach_ssh_key"
    ),
    "eager: every model module": (
        "import importlib, vast_sdk._generated.models as m\nfor n in m.__all__: getattr(m, n)"
    ),
}


def measure(code: str, runs: int, env: dict[str, str]) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> int:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 15
    # As installed packages run: with a bytecode cache (kept out of the tree).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="vast-bench-pyc-")
    for code in CASES.values():
        measure(code, 2, env)  # warm the OS file cache and write the bytecode
    results = {name: measure(code, runs, env) for name, code in CASES.items()}
    floor = results["floor: import httpx, attrs"]
    eager = results["eager: every model module"]
    print(f"median of {runs} fresh interpreters each")
    print(f"{'case':36} {'seconds':>8} {'x floor':>8} {'x eager':>8}")
    for name, seconds in results.items():
        print(f"{name:36} {seconds:8.3f} {seconds / floor:8.2f} {seconds / eager:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
