"""Session fixtures: the wheel and the sdist (built once, side by side), and a venv per
interpreter and KIND, made in the background.

Interpreters come from $VAST_SDK_TEST_PYTHONS (os.pathsep-separated; default: this one), e.g.

    P=/root/.pyenv/versions
    VAST_SDK_TEST_PYTHONS=$P/3.12.1/bin/python3.12:$P/3.13.0/bin/python3.13 pytest -m package

pip spends most of an install waiting on the package index, one request at a time, and the
runs in a venv mostly wait on their subprocesses, so the venvs are made a few at a time in
threads as soon as the wheel and the sdist exist; each venv's smoke runs (installed.SMOKE) and
client suite (CLIENT_TESTS) run in the same thread right after its install. Each test that
takes ``made`` or ``venv`` waits for its venv and looks at what it ran; the venv is removed when
those tests are done (pytest runs them together).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from .installed import (
    CLIENT_TESTS,
    KINDS,
    Made,
    build_sdist,
    build_wheel,
    install,
    install_lowest,
    run_client_tests,
    run_smoke,
)
from .installed import pythons_under_test as _pythons

TARGETS = [(python, kind) for python in _pythons() for kind in KINDS]
AT_ONCE = 3
"""Venvs made (and client suites run) at the same time."""


@pytest.fixture(scope="session")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(wheel, sdist) built from this checkout, at the same time (once per session)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        wheel = pool.submit(build_wheel, tmp_path_factory.mktemp("dist"))
        sdist = pool.submit(build_sdist, tmp_path_factory.mktemp("sdist"))
        return wheel.result(), sdist.result()


@pytest.fixture(scope="session")
def wheel(artifacts: tuple[Path, Path]) -> Path:
    """The wheel built from this checkout."""
    return artifacts[0]


@pytest.fixture(scope="session")
def sdist(artifacts: tuple[Path, Path]) -> Path:
    """The sdist built from this checkout."""
    return artifacts[1]


def _make(python: str, kind: str, wheel: Path, sdist: Path, where: Path) -> Made:
    """One venv from its KIND of artifact, then its smoke runs and client suite (in this
    thread), each in a folder of its own under ``where`` (outside the checkout)."""
    env = where / "env"
    if kind == "lowest":
        venv = install_lowest(wheel, env, python=python)
    else:
        venv = install(sdist if kind == "sdist" else wheel, env, python=python, kind=kind)
    smoke = run_smoke(venv, where / "smoke")
    client = run_client_tests(venv, where / "outside", CLIENT_TESTS[kind])
    return Made(venv, smoke, where / "smoke", client)


@pytest.fixture(scope="session")
def venvs(
    artifacts: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[tuple[str, str], Future[Made]]]:
    """Every target's venv and client-suite run, started in the background, AT_ONCE at a time,
    in the order the tests use them."""
    wheel, sdist = artifacts
    pool = ThreadPoolExecutor(max_workers=AT_ONCE, thread_name_prefix="venv")
    futures = {
        (python, kind): pool.submit(
            _make, python, kind, wheel, sdist, tmp_path_factory.mktemp(f"venv-{kind}")
        )
        for python, kind in TARGETS
    }
    yield futures
    pool.shutdown(cancel_futures=True)


@pytest.fixture(scope="session", params=TARGETS, ids=lambda t: f"{Path(t[0]).name}-{t[1]}")
def made(
    request: pytest.FixtureRequest, venvs: dict[tuple[str, str], Future[Made]]
) -> Iterator[Made]:
    """A fresh venv (outside the checkout) by one interpreter, with the package installed from
    one KIND of artifact with its testing extra, and pytest; and its client suite's run."""
    result = venvs[request.param].result()
    yield result
    shutil.rmtree(result.venv.root, ignore_errors=True)
