"""Finding the API key where the official vastai CLI keeps it, and keeping it out of sight.

The order is the CLI's (vastai 1.9.1: cli/main.py:154 and :202-208, cli/util.py:56-88 and
:177-183) less its two-factor session key file, ``vast_tfa_key``, which the CLI reads first and
this SDK never reads (the README's Authentication section says why): explicit key,
VAST_API_KEY, ``$XDG_CONFIG_HOME/vastai/vast_api_key``, ``~/.vast_api_key``.
"""

from __future__ import annotations

import os
import stat
import warnings
from pathlib import Path
from urllib.parse import quote

REDACTED = "[REDACTED]"

_KNOWN_KEYS: set[str] = set()
"""Every key a client of this process has used: the log filter (_logging.py) scrubs them all."""


def config_dir() -> Path:
    """The CLI's config folder: $XDG_CONFIG_HOME/vastai, or ~/.config/vastai when that variable
    is unset, empty or relative (as the ``xdg`` package the CLI uses decides)."""
    xdg = os.environ.get("XDG_CONFIG_HOME", "")
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path(os.path.expanduser("~")) / ".config"
    return base / "vastai"


def key_locations() -> list[Path]:
    """Key files in the CLI's order: <config_dir>/vast_api_key, then ~/.vast_api_key."""
    return [config_dir() / "vast_api_key", Path(os.path.expanduser("~")) / ".vast_api_key"]


def tfa_key_location() -> Path:
    """Where ``vastai tfa login`` saves its two-factor session key (never read here)."""
    return config_dir() / "vast_tfa_key"


def discover_api_key(explicit: str | None) -> tuple[str | None, list[str]]:
    """Return (key or None, the places looked in): explicit, VAST_API_KEY, then the key files.

    When no key is found and the CLI's two-factor session key file exists, the last place
    listed says it was not read and how to use it.
    """
    looked = ["api_key= argument", "VAST_API_KEY environment variable"]
    if explicit:
        return remember(explicit.strip()), looked[:1]
    env = os.environ.get("VAST_API_KEY", "").strip()
    if env:
        return remember(env), looked
    for path in key_locations():
        looked.append(str(path))
        try:
            text = path.read_text(encoding="utf-8-sig").strip()  # -sig: a BOM is not the key
        except (OSError, UnicodeDecodeError):
            continue
        if text:
            _warn_if_shared(path)
            return remember(text), looked
    tfa = tfa_key_location()
    if tfa.is_file():
        looked.append(
            f"{tfa} (the vastai CLI's two-factor session key: found, not read; "
            "pass it as api_key= to use it)"
        )
    return None, looked


def _warn_if_shared(path: Path) -> None:
    """Warn when a key file is readable (or writable) by the group or other users."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return
    if os.name == "posix" and mode & 0o077:
        warnings.warn(
            f"the Vast API key file {path} is accessible to other users (mode {mode:o}); "
            f"run: chmod 600 {path}",
            UserWarning,
            stacklevel=2,
        )


def remember(key: str) -> str:
    """Register a key for the log filter (see _logging.py) and return it."""
    if len(key) >= 4:
        _KNOWN_KEYS.add(key)
    return key


def known_keys() -> tuple[str, ...]:
    return tuple(_KNOWN_KEYS)


def redact(key: str | None) -> str:
    """The key as it may be shown: its last four characters at most."""
    if not key:
        return "None"
    return "'..." + (key[-4:] if len(key) >= 12 else "") + "'"


def key_forms(key: str | None) -> tuple[str, ...]:
    """The ways a key can appear in text: as is and percent-encoded (in a URL). Empty if short."""
    if not key or len(key) < 4:
        return ()
    quoted = quote(key, safe="")
    return (key,) if quoted == key else (key, quoted)


def scrub(text: str, key: str | None) -> str:
    """Replace every occurrence of the key in text (belt and braces for messages and logs).

    Scrub before cutting text short: a cut can leave most of a key that no longer matches.
    """
    for form in key_forms(key):
        if form in text:
            text = text.replace(form, REDACTED)
    return text
