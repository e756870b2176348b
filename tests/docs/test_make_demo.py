"""`make demo`, the README's first command: a local FakeVast without a key, the API with one.

The demo has its own small venv (build/demo-venv: the package and its testing extra), not the
dev toolchain's .venv, so it starts in seconds on a fresh clone. Both venvs are made with
PYTHON (default python3): one older than 3.11 is named before pip runs, and a venv made by
another Python is made again (tested on a scratch copy of the Makefile, with make -n).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
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


# ------------------------------------------------------------ which Python makes the venvs

MAKE_FILES = ("Makefile", "pyproject.toml", "constraints-dev.txt")


def _scratch(tmp_path: Path) -> Path:
    """The Makefile and the files its venv rules depend on, copied to a scratch folder (so no
    test can touch the checkout's venvs)."""
    root = tmp_path / "checkout"
    root.mkdir()
    for name in MAKE_FILES:
        shutil.copy2(ROOT / name, root / name)
    return root


def _shim(path: Path, says: str, status: int = 0) -> Path:
    """An executable that prints ``says`` and exits with ``status``, whatever it is asked."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"#!/bin/sh\necho '{says}'\nexit {status}\n")
    path.chmod(0o755)
    return path


def _make(root: Path, *args: str, path: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VAST_", "MAKE", "MFLAGS"))}
    for name in ("PYTHON", "TEST_WORKERS"):  # what a make running these tests exports to them
        env.pop(name, None)
    if path is not None:
        env["PATH"] = f"{path}{os.pathsep}{env['PATH']}"
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def _old_pythons(tmp_path: Path) -> list[tuple[list[str], str]]:
    """(make arguments, the version make should name): a shim python3 on PATH that reports
    3.10, and a real Python 3.10 when pyenv has one."""
    cases: list[tuple[list[str], str]] = [([], "3.10.12")]
    for real in sorted(Path(os.path.expanduser("~/.pyenv/versions")).glob("3.10.*/bin/python3.10")):
        cases.append(([f"PYTHON={real}"], real.parts[-3]))
    return cases


@pytest.mark.parametrize("target", ["demo", "install", "test"])
def test_a_python_older_than_3_11_is_named_before_pip_runs(tmp_path: Path, target: str) -> None:
    root = _scratch(tmp_path)
    shims = tmp_path / "shims"
    _shim(shims / "python3", "3.10.12", status=1)  # what an old python3 answers make's check
    for args, version in _old_pythons(tmp_path):
        run = _make(root, target, *args, path=shims)
        assert run.returncode != 0
        python = args[0].removeprefix("PYTHON=") if args else "python3"
        assert f"vast-sdk needs Python >= 3.11, but PYTHON={python} is {version}." in run.stderr
        assert f"run e.g.: make {target} PYTHON=python3.11" in run.stderr
        assert "ResolutionImpossible" not in run.stdout + run.stderr
        assert not (root / ".venv").exists() and not (root / "build").exists()


def _venv_by(root: Path, venv: str, python_id: str | None) -> None:
    """A venv whose python reports ``python_id`` (None: its python is gone), up to date."""
    if python_id is None:
        (root / venv / "bin").mkdir(parents=True)
        (root / venv / "bin" / "python").symlink_to(root / "gone" / "python3.12")
    else:
        _shim(root / venv / "bin" / "python", python_id)
    stamp = root / venv / ".installed"
    stamp.touch()
    os.utime(stamp, (time.time() + 60, time.time() + 60))  # newer than pyproject.toml


def _this_python() -> str:
    major, minor, micro = sys.version_info[:3]
    return f"{major}.{minor}.{micro} {sys.base_prefix}"


@pytest.mark.parametrize(
    ("venv", "target", "created"),
    [
        (".venv", "install", "-m venv .venv"),
        ("build/demo-venv", "build/demo-venv/.installed", "-m venv --without-pip build/demo-venv"),
    ],
)
def test_a_venv_made_by_another_python_is_made_again(
    tmp_path: Path, venv: str, target: str, created: str
) -> None:
    root = _scratch(tmp_path)
    me = f"PYTHON={sys.executable}"
    _venv_by(root, venv, _this_python())
    plan = _make(root, "-n", target, me)
    assert plan.returncode == 0, plan.stderr
    assert created not in plan.stdout  # made by this Python: up to date

    for other in ["3.12.1 /opt/python/3.12.1", f"3.11.0 {sys.base_prefix}", None]:
        shutil.rmtree(root / venv)
        _venv_by(root, venv, other)
        plan = _make(root, "-n", target, me)
        assert plan.returncode == 0, plan.stderr
        assert f"{sys.executable} {created}" in plan.stdout, other
        assert f"rm -rf {venv}" in plan.stdout
        assert "was made by another Python than" in plan.stdout
