"""What README.md and docs/RELIABILITY.md say about the renting helpers matches the code: the
numbers they quote are the constants the helpers use, and the start-up failure table is the
one the waits apply."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest

from vast_sdk import AsyncVast, Vast
from vast_sdk._workflows._attempts import DEFAULT_ATTEMPTS
from vast_sdk._workflows._base import POLL_INTERVAL_ENV
from vast_sdk._workflows._destroy import CONFIRM_TIMEOUT
from vast_sdk._workflows._marker import LOOKUP_ATTEMPTS, LOOKUP_INTERVAL, MARKER_ENV
from vast_sdk._workflows._spend import DEFAULT_BID_MARGIN, search_body
from vast_sdk._workflows._startup import STARTUP_FAILURES
from vast_sdk._workflows._wait import DEFAULT_POLL_INTERVAL, DEFAULT_WAIT_TIMEOUT, EXITED_GRACE

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()
RELIABILITY = (ROOT / "docs" / "RELIABILITY.md").read_text()


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    "claim",
    [
        f"after {EXITED_GRACE:.0f} s of `exited`",
        f"every {DEFAULT_POLL_INTERVAL:.0f} s by default",
        f"`wait_timeout` ({DEFAULT_WAIT_TIMEOUT:.0f} s by default)",
        f"`min_bid` plus {DEFAULT_BID_MARGIN:.0%}".replace("%", " %"),
        f"({LOOKUP_ATTEMPTS} listings, {LOOKUP_INTERVAL:.0f} s apart)",
        f"`{MARKER_ENV}`",
        f"destroy_labelled(label, *, wait_timeout={CONFIRM_TIMEOUT:.0f})",
        f"attempts={DEFAULT_ATTEMPTS}",
        f"`{POLL_INTERVAL_ENV}` changes that default for every helper",
        "not rented, not external, room for `disk`; for query text too",
    ],
)
def test_the_readme_quotes_the_numbers_the_helpers_use(claim: str) -> None:
    assert claim in flat(README)


def test_launch_excludes_rented_offers_for_query_text_as_the_readme_says() -> None:
    assert search_body("gpu_name=RTX_4090", 10)["rented"] == {"eq": False}


@pytest.mark.parametrize("client", [Vast, AsyncVast])
def test_the_launch_signature_the_readme_shows_is_launchs(client: type[Vast | AsyncVast]) -> None:
    shown = re.search(r"`launch\(query, \*, (.*?), \*\*create_options\)`", flat(README), re.S)
    assert shown is not None
    params = inspect.signature(client.launch).parameters
    for part in shown.group(1).split(", "):
        name, _, default = part.partition("=")
        assert name in params, name
        if default:
            assert params[name].default == ast.literal_eval(default), name


def test_the_start_up_failure_table_is_the_one_the_waits_apply() -> None:
    section = RELIABILITY.split("### Start-up failures", 1)[1].split("\n### ", 1)[0]
    rows = [
        [cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]]
        for line in section.splitlines()
        if line.startswith("| ") and not line.startswith("| category") and "---" not in line
    ]
    documented = [
        (category, phrase.strip("`").replace("\\|", "|"), why, source)
        for category, phrase, why, source in rows
    ]
    assert documented == [(r.category, r.pattern, r.why, r.source) for r in STARTUP_FAILURES]
