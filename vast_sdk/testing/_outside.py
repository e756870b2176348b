"""URLs the fake serves besides the API's operations: result objects and serverless workers.

They are not in the spec (no validation, no auth), but show up in ``fake.calls`` under their
names below, and ``fake.fail_next(name, ...)`` / ``fake.rate_limit(name, ...)`` work on them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ._base import Reply
from ._results import PREFIX as RESULTS
from ._results import serve_result
from ._state import State
from ._workers import PREFIX as WORKERS
from ._workers import serve_worker

OutsideHandler = Callable[[State, str, dict[str, str], dict[str, str], Any], Reply]

ROUTES: dict[str, tuple[str, re.Pattern[str], OutsideHandler]] = {
    "result_url": ("GET", re.compile(re.escape(RESULTS) + r"/(.+)"), serve_result),
    "worker": ("POST", re.compile(re.escape(WORKERS) + r"/(.+)"), serve_worker),
}
"""name -> (method, path pattern, handler(state, matched, query, headers, body))."""


def match(method: str, path: str) -> tuple[str, str, OutsideHandler] | Reply | None:
    """(name, the path's tail, handler) for one of these URLs; a 405 Reply for a wrong method;
    None for anything else (the API's routes)."""
    for name, (wanted, pattern, handler) in ROUTES.items():
        found = pattern.fullmatch(path)
        if found is None:
            continue
        if method != wanted:
            return Reply(405, {"error": f"{method} not allowed; use {wanted}"})
        return name, found.group(1), handler
    return None


def origin(headers: dict[str, str], fallback: str) -> str:
    """``http://host[:port]`` the request was sent to (where the fake's own URLs point)."""
    host = headers.get("host", "").strip()
    return f"http://{host}" if host else fallback
