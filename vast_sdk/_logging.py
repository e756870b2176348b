"""The ``vast_sdk`` logger; VAST_LOG=debug|info turns on a stderr handler for it.

Every API key a client has used is scrubbed from the records of this logger and of the loggers
the SDK's calls go through (httpx, httpcore): a redirect URL or a response header that echoes
the key reaches their logs. The filter is added at import, whether or not VAST_LOG is set.
"""

from __future__ import annotations

import logging
import os

from ._auth import known_keys, scrub

logger = logging.getLogger("vast_sdk")

SCRUBBED_LOGGERS = (
    "vast_sdk",
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
"""A logger's filters see only the records logged to it by name, not its children's."""


class KeyFilter(logging.Filter):
    """Replaces every known API key in a record's message (it never drops a record)."""

    def filter(self, record: logging.LogRecord) -> bool:
        keys = known_keys()
        if not keys:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: logging reports it when it is formatted
            return True
        cleaned = message
        for key in keys:
            cleaned = scrub(cleaned, key)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def install_key_filter() -> None:
    """Put one KeyFilter on each of SCRUBBED_LOGGERS (idempotent)."""
    for name in SCRUBBED_LOGGERS:
        target = logging.getLogger(name)
        if not any(isinstance(f, KeyFilter) for f in target.filters):
            target.addFilter(KeyFilter())


def setup_logging() -> None:
    """Honour VAST_LOG once at import; without it the SDK only emits to your own handlers."""
    install_key_filter()
    level = os.environ.get("VAST_LOG", "").strip().lower()
    if level not in ("debug", "info"):
        return
    if not any(getattr(h, "_vast_sdk", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        handler._vast_sdk = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
