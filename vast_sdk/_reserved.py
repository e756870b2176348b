"""Names no API operation may be pinned as: the rest of ``Vast``'s and ``AsyncVast``'s public face.

Every operation becomes a method of the same name on both clients, next to the hand-written
helpers and the client's own attributes. An upstream operation pinned as ``logs`` or
``close`` would shadow one (or be shadowed by it) without a word, so generation
(``tools/overlay_records.py``) refuses such a name, naming the operation and what it would
collide with. The list is hand-written, in one place, so the generator needs nothing from the
client's modules; a test (tests/pipeline/test_reserved.py) checks that it covers every public
attribute of ``Vast`` and ``AsyncVast`` that is not an operation, so a new helper cannot be
forgotten. Standard library only.
"""

from __future__ import annotations

import builtins
import keyword
from typing import Final

__all__ = ["CLIENT_ATTRIBUTES", "HELPERS", "collision"]

HELPERS: Final = frozenset(
    {
        "attach_local_ssh_key",
        "call_endpoint",
        "destroy_labelled",
        "execute_text",
        "label_instance",
        "launch",
        "lease",
        "logs",
        "public_port",
        "scp_url",
        "ssh_command",
        "ssh_url",
        "start_instance",
        "stop_instance",
        "wait_for_instance",
        "wait_for_instances",
    }
)
"""Hand-written helpers built from operations."""

CLIENT_ATTRIBUTES: Final = frozenset(
    {
        "allow_insecure_http",
        "api_key",
        "api_key_hint",
        "base_url",
        "close",
        "default_headers",
        "extra_headers",
        "http_client",
        "max_response_size",
        "max_retries",
        "pacing",
        "request",
        "requester",
        "serverless_url",
        "timeout",
        "with_options",
        "with_raw_response",
    }
)
"""The client's settings, its lifecycle and per-call keywords (``request``/``requester``: the
request core's entry points, kept free)."""


SOFT_KEYWORDS: Final = frozenset({"_", "case", "match", "type"})
"""Python 3.12's soft keywords, fixed here so every supported Python refuses the same names."""


def collision(name: str) -> str | None:
    """What an operation pinned as ``name`` would collide with, or None when it is free."""
    if name in HELPERS:
        return f"the hand-written helper Vast.{name} / AsyncVast.{name}"
    if name in CLIENT_ATTRIBUTES:
        return f"the client attribute Vast.{name} / AsyncVast.{name}"
    if keyword.iskeyword(name) or name in SOFT_KEYWORDS:
        return f"the Python keyword {name!r}"
    if not name.startswith("_") and hasattr(builtins, name):
        return f"the Python builtin {name!r}, which the generated class body would shadow"
    return None
