"""Fixtures for the official CLI suite: a FakeVast as ``python -m vast_sdk.testing`` serves it,
on loopback, and the official ``vastai`` 1.9.1 CLI pointed at it (in-process, official.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from vast_sdk.testing import FakeVast
from vast_sdk.testing.__main__ import _parser

from .official import OfficialCLI, Result

pytest.importorskip("vastai", reason="the official vastai package (a dev dependency) is needed")


@dataclass
class Served:
    """The fake, the CLI on it, and what the test expects the fake to have refused."""

    fake: FakeVast
    cli: OfficialCLI
    expected_refusals: set[tuple[str, int]]
    """(operation, status) answers the test provokes on purpose."""

    def __call__(self, *argv: str, raw: bool = True, stdin: str = "") -> Result:
        return self.cli(*argv, raw=raw, stdin=stdin)

    def refused(self) -> list[tuple[str | None, str, int]]:
        """Every 4xx/5xx the fake answered that the test did not ask for (the CLI polls a
        result URL until it is uploaded: S3's 404 before that is expected)."""
        return [
            (c.op, c.path, c.status)
            for c in self.fake.calls
            if c.status >= 400
            and not (c.op == "result_url" and c.status == 404)
            and (c.op, c.status) not in self.expected_refusals
        ]


@pytest.fixture(scope="session")
def cli_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The CLI's HOME for the session (it reads and writes its config and cache there)."""
    return tmp_path_factory.mktemp("vastai-home")


@pytest.fixture
def served(cli_home: Path, tmp_path: Path) -> Iterator[Served]:
    """A FakeVast with the command line's defaults, served on 127.0.0.1, and the CLI on it.
    When the test ends, the fake must have answered within its spec and refused nothing the
    test did not provoke."""
    args = _parser().parse_args([])  # python -m vast_sdk.testing's own defaults
    fake = FakeVast(
        seed=args.seed,
        api_key=args.api_key,
        boot_seconds=args.boot_seconds,
        auto_advance=args.auto_advance,
    )
    gpus = sorted({o["gpu_name"] for o in fake.state.offers.values()})
    with fake.serve() as url:
        cli = OfficialCLI(url, fake.api_key, cli_home, gpus)
        cli.cache = tmp_path  # ssh-url's address cache, per test
        served = Served(fake, cli, set())
        yield served
    assert fake.errors == []
    assert served.refused() == []
