"""Rewrite the generated models/__init__.py so each model module loads on first use.

openapi-python-client's models/__init__.py imports every model eagerly (~370 modules,
~0.4 s). This keeps the same names and __all__ but resolves them through a module
__getattr__, so importing one endpoint loads only the models it needs.

    python tools/lazy_models.py GENERATED_PACKAGE_DIR
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

TEMPLATE = '''\
"""Data models used in inputs and outputs; each loads on first use (see tools/lazy_models.py)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
{type_imports}

_MODULES: dict[str, str] = {{
{modules}
}}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}")
    value = getattr(importlib.import_module(f"{{__name__}}.{{module}}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
{alls}
]
'''


def main(argv: list[str]) -> int:
    init = Path(argv[0]) / "models" / "__init__.py"
    pairs: list[tuple[str, str]] = []
    for node in ast.parse(init.read_text()).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 1:
            pairs.extend((alias.name, node.module) for alias in node.names)
    pairs.sort()
    init.write_text(
        TEMPLATE.format(
            type_imports="\n".join(f"    from .{m} import {n}" for n, m in pairs),
            modules="\n".join(f'    "{n}": "{m}",' for n, m in pairs),
            alls="\n".join(f'    "{n}",' for n, _ in pairs),
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
