"""`make demo`, the README's first command: a local FakeVast without a key, the API with one.

The demo has its own small venv (build/demo-venv: the package and its testing extra), not the
dev toolchain's .venv, so it starts in seconds on a fresh clone.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from vast_sdk.testing import FakeVast

ROOT = Path(__file__).resolve().parents[2]
DEMO_VENV = ROOT / "build" / "demo-venv"


@pytest.fixture(scope="module", autouse=True)
def demo_venv() -> Path:
    """Set up the demo's venv once, in the real environment: the demo runs below replace HOME,
    where pip keeps its cache and user configuration."""
    run = subprocess.run(
        ["make", "--no-print-directory", "build/demo-venv/.installed"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        stdin=subprocess.DEVNULL,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    return DEMO_VENV


def _make_demo(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VAST_")}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / ".config"), **extra)
    return subprocess.run(
        ["make", "--no-print-directory", "demo"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        stdin=subprocess.DEVNULL,
    )


def test_without_a_key_the_demo_runs_on_a_local_fake(tmp_path: Path) -> None:
    run = _make_demo(tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "FakeVast serving http://127.0.0.1:" in run.stderr
    assert "(local fake)" in run.stdout and "[7/7] Destroying instance" in run.stdout
    assert run.stdout.rstrip().endswith("Done.")


def test_with_a_key_the_demo_uses_the_configured_api(tmp_path: Path) -> None:
    key_file = tmp_path / ".config" / "vastai" / "vast_api_key"
    key_file.parent.mkdir(parents=True)
    fake = FakeVast()
    key_file.write_text(fake.api_key)  # a configured key, as the vastai CLI stores it
    with fake.serve() as url:
        run = _make_demo(tmp_path, VAST_URL=url, VAST_POLL_INTERVAL="0.05")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "an API key is configured" in run.stdout
    assert "FakeVast serving" not in run.stderr  # no second, built-in fake was started
    assert f"vast-sdk quickstart against {url}" in run.stdout
    assert fake.calls_to("create_instance") and fake.calls_to("destroy_instance")
    assert fake.state.instances == {}  # the demo never leaves an instance running


@pytest.mark.parametrize("target", ["demo", "demo-local"])
def test_the_demo_never_sets_up_the_dev_toolchain(target: str) -> None:
    # -W pyproject.toml: as if it had just changed, so every venv the target needs is rebuilt
    dry = subprocess.run(
        ["make", "--no-print-directory", "-n", "-W", "pyproject.toml", target],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert dry.returncode == 0, dry.stderr
    assert "-e '.[testing]'" in dry.stdout
    assert "'.[dev]'" not in dry.stdout


def test_the_demo_venv_holds_the_package_and_its_testing_extra_only(demo_venv: Path) -> None:
    probe = "import importlib.metadata as m; print(*(d.name for d in m.distributions()))"
    run = subprocess.run(
        [str(demo_venv / "bin" / "python"), "-c", probe], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    names = {name.lower() for name in run.stdout.split()}
    assert {"vast-sdk", "httpx", "attrs", "openapi-core", "werkzeug"} <= names
    assert not names & {"mypy", "ruff", "pytest", "openapi-python-client", "schemathesis"}
