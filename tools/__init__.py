"""vast-sdk's build tools: overlay, generation, drift check and API changelog.

One typed package with one entry point, ``python -m tools`` (see ``tools/__main__.py``).
"""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The checkout: openapi.json, openapi.overlay.yaml, templates/ and vast_sdk/ live here."""

SPEC = ROOT / "openapi.json"
OVERLAY = ROOT / "openapi.overlay.yaml"
TEMPLATES = ROOT / "templates"
GENERATOR_CONFIG = ROOT / "openapi-python-client.yaml"
NEXT_SPEC = ROOT.parent / "shared" / "specs" / "vast-openapi-next.json"


class ToolError(Exception):
    """A build step failed; the message says what to do."""


def generator_pin() -> str:
    """The openapi-python-client version pyproject.toml pins (its one home)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for requirement in project["project"]["optional-dependencies"]["dev"]:
        found = re.fullmatch(r"openapi-python-client==([\w.]+)", requirement.replace(" ", ""))
        if found:
            return found.group(1)
    raise ToolError("pyproject.toml's dev extra must pin openapi-python-client==X.Y.Z")


def check_generator() -> str:
    """The pinned generator version, after checking that exactly it is installed."""
    pinned = generator_pin()
    try:
        installed = version("openapi-python-client")
    except PackageNotFoundError:
        installed = "none"
    if installed != pinned:
        raise ToolError(
            f"need openapi-python-client {pinned} (pinned in pyproject.toml), found {installed}: "
            "run 'make install'"
        )
    return pinned
