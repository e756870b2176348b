"""Session fixtures: the wheel (built once) and a venv with it installed, per interpreter.

Interpreters come from $VAST_SDK_TEST_PYTHONS (os.pathsep-separated; default: this one), e.g.

    P=/root/.pyenv/versions
    VAST_SDK_TEST_PYTHONS=$P/3.12.1/bin/python3.12:$P/3.13.0/bin/python3.13 pytest -m package
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .installed import Venv, build_wheel, install, pythons_under_test


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "package: builds the wheel and tests it installed outside the checkout"
    )


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from this checkout (once per session)."""
    return build_wheel(tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="session", params=pythons_under_test(), ids=lambda p: Path(p).name)
def venv(
    request: pytest.FixtureRequest, wheel: Path, tmp_path_factory: pytest.TempPathFactory
) -> Venv:
    """A fresh venv (outside the checkout) with ``wheel[testing]`` and pytest installed."""
    python: str = request.param
    return install(wheel, tmp_path_factory.mktemp("venv") / "env", python=python)


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A working directory outside the checkout."""
    return tmp_path
