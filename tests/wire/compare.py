"""Compare the official package's request with the SDK's, aspect by aspect.

:func:`differences` names every way the two wire forms differ: method, path (trailing slash
included), query parameters (values read as JSON, so ``{"a":1}`` and ``{"a": 1}`` agree, but
``"1"`` and ``1`` in a JSON body do not), the JSON body and whether there is one. Explicit
nulls the official package sends for fields its caller left out are not counted: the SDK sends
only what its caller gives (the overlay's ``no-request-defaults`` transform, docs/wire.md W30).
The account key the official serverless client adds to every URL (``?api_key=``, docs/wire.md
W9) is not counted either: the SDK never puts a key in a URL. An SDK call that raised before
sending is a difference too.

``python -m wire.table`` (from ``tests/``) prints the whole catalogue's comparison.
"""

from __future__ import annotations

import json
from typing import Any

from .recorder import KEY, Call, Recorded


def drop_nulls(value: Any) -> Any:
    """``value`` without the object members whose value is null (top level and nested)."""
    if isinstance(value, dict):
        return {k: drop_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [drop_nulls(v) for v in value]
    return value


def canon(value: Any) -> str:
    """JSON with sorted keys: equal only if equal on the wire (True != 1, 1.0 != 1, "1" != 1)."""
    return json.dumps(value, sort_keys=True)


def _same(a: Any, b: Any) -> bool:
    return canon(a) == canon(b)


def body_differences(official: Recorded, sdk: Recorded) -> list[str]:
    """How the JSON bodies differ (nulls the official package sends by default ignored)."""
    if not official.body and not sdk.body:
        return []
    if not sdk.body:
        return [f"body: official sends {official.body.decode()!s}, the SDK sends none"]
    if not official.body:
        return [f"body: the SDK sends {sdk.body.decode()!s}, official sends none"]
    a, b = drop_nulls(official.json), drop_nulls(sdk.json)
    if not (isinstance(a, dict) and isinstance(b, dict)):
        return [] if _same(a, b) else [f"body: official {canon(a)} vs SDK {canon(b)}"]
    out = []
    for key in sorted(a.keys() - b.keys()):
        out.append(f"body.{key}: only official sends it ({canon(a[key])})")
    for key in sorted(b.keys() - a.keys()):
        out.append(f"body.{key}: only the SDK sends it ({canon(b[key])})")
    for key in sorted(a.keys() & b.keys()):
        if not _same(a[key], b[key]):
            out.append(f"body.{key}: official {canon(a[key])} vs SDK {canon(b[key])}")
    return out


def query_differences(official: Recorded, sdk: Recorded) -> list[str]:
    a, b = official.query_json, sdk.query_json
    if a.get("api_key") == KEY and "api_key" not in b:
        del a["api_key"]  # W9: the key in the URL, which the SDK never sends
    out = []
    for key in sorted(a.keys() - b.keys()):
        out.append(f"query.{key}: only official sends it ({canon(a[key])})")
    for key in sorted(b.keys() - a.keys()):
        out.append(f"query.{key}: only the SDK sends it ({canon(b[key])})")
    for key in sorted(a.keys() & b.keys()):
        if not _same(a[key], b[key]):
            out.append(f"query.{key}: official {canon(a[key])} vs SDK {canon(b[key])}")
    return out


def differences(official: Call, sdk: Call) -> list[str]:
    """Every way the SDK's request differs from the official package's (empty: the same)."""
    o = official.last
    if sdk.error is not None and not sdk.requests:
        return [f"the SDK raised before sending: {type(sdk.error).__name__}: {sdk.error}"]
    s = sdk.last
    out = []
    if o.method != s.method:
        out.append(f"method: official {o.method} vs SDK {s.method}")
    if o.path != s.path:
        out.append(f"path: official {o.path} vs SDK {s.path}")
    out += query_differences(o, s)
    out += body_differences(o, s)
    return out
