"""Session fixtures: the wheel and the sdist (built once), and a venv per interpreter and KIND.

Interpreters come from $VAST_SDK_TEST_PYTHONS (os.pathsep-separated; default: this one), e.g.

    P=/root/.pyenv/versions
    VAST_SDK_TEST_PYTHONS=$P/3.12.1/bin/python3.12:$P/3.13.0/bin/python3.13 pytest -m package

Each venv is removed when the tests that use it are done (pytest runs them together).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from .installed import KINDS, Venv, build_sdist, build_wheel, install, install_lowest
from .installed import pythons_under_test as _pythons


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from this checkout (once per session)."""
    return build_wheel(tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="session")
def sdist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist built from this checkout (once per session)."""
    return build_sdist(tmp_path_factory.mktemp("sdist"))


TARGETS = [(python, kind) for python in _pythons() for kind in KINDS]


@pytest.fixture(scope="session", params=TARGETS, ids=lambda t: f"{Path(t[0]).name}-{t[1]}")
def venv(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Venv]:
    """A fresh venv (outside the checkout) by one interpreter, with the package installed from
    one KIND of artifact with its testing extra, and pytest."""
    python, kind = request.param
    where = tmp_path_factory.mktemp(f"venv-{kind}") / "env"
    if kind == "lowest":
        made = install_lowest(request.getfixturevalue("wheel"), where, python=python)
    else:
        made = install(request.getfixturevalue(kind), where, python=python, kind=kind)
    yield made
    shutil.rmtree(where, ignore_errors=True)


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A working directory outside the checkout."""
    return tmp_path
