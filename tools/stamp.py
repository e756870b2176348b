"""Print the generation stamp: what vast_sdk/_generated was made from (like Stainless' .stats.yml).

python tools/stamp.py SPEC OVERLAY GENERATOR_VERSION
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from overlay import iter_operations


def main(argv: list[str]) -> int:
    spec_path, overlay_path, version = argv
    spec_bytes = Path(spec_path).read_bytes()
    spec = json.loads(spec_bytes)
    stamp = {
        "spec_sha256": hashlib.sha256(spec_bytes).hexdigest(),
        "overlay_sha256": hashlib.sha256(Path(overlay_path).read_bytes()).hexdigest(),
        "generator": f"openapi-python-client {version}",
        "spec_version": spec.get("info", {}).get("version"),
        "operations": sum(1 for _ in iter_operations(spec)),
    }
    print(json.dumps(stamp, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
