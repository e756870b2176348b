"""Finding the API key the way the official vastai CLI does, and keeping it out of sight."""

from __future__ import annotations

import os
from pathlib import Path


def key_locations() -> list[Path]:
    """Key files in the CLI's order: $XDG_CONFIG_HOME/vastai/vast_api_key, then ~/.vast_api_key."""
    home = Path(os.path.expanduser("~"))
    xdg = os.environ.get("XDG_CONFIG_HOME") or str(home / ".config")
    return [Path(xdg) / "vastai" / "vast_api_key", home / ".vast_api_key"]


def discover_api_key(explicit: str | None) -> tuple[str | None, list[str]]:
    """Return (key or None, the places looked in): explicit, VAST_API_KEY, then the key files."""
    looked = ["api_key= argument", "VAST_API_KEY environment variable"]
    if explicit:
        return explicit.strip(), looked[:1]
    env = os.environ.get("VAST_API_KEY", "").strip()
    if env:
        return env, looked
    for path in key_locations():
        looked.append(str(path))
        try:
            text = path.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            continue
        if text:
            return text, looked
    return None, looked


def redact(key: str | None) -> str:
    """The key as it may be shown: its last four characters at most."""
    if not key:
        return "None"
    return "'..." + (key[-4:] if len(key) >= 12 else "") + "'"


def scrub(text: str, key: str | None) -> str:
    """Replace every occurrence of the key in text (belt and braces for messages and logs)."""
    if key and len(key) >= 4 and key in text:
        return text.replace(key, "[REDACTED]")
    return text
