"""The ``vast_sdk`` logger; VAST_LOG=debug|info turns on a stderr handler for it."""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("vast_sdk")


def setup_logging() -> None:
    """Honour VAST_LOG once at import; without it the SDK only emits to your own handlers."""
    level = os.environ.get("VAST_LOG", "").strip().lower()
    if level not in ("debug", "info"):
        return
    if not any(getattr(h, "_vast_sdk", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        handler._vast_sdk = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
