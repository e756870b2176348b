"""Build the wheel from this checkout and install it in a fresh venv that cannot see the checkout.

Reusable outside pytest (another smoke suite runs the same steps on other Pythons):

    wheel = build_wheel(Path("/tmp/dist"))
    venv = install(wheel, Path("/tmp/venv312"), python="/usr/bin/python3.12")
    venv.run("-c", "import vast_sdk; print(vast_sdk.__file__)", cwd=Path("/tmp"))

The venv is made without pip (fast); the checkout's pip installs into it with ``--python``,
pinned by constraints-dev.txt so versions match the dev venv and downloads come from pip's cache.
Subprocesses get an environment without PYTHONPATH, VIRTUAL_ENV, user site-packages or VAST_*
variables, with the venv's bin first on PATH.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
"""The checkout the wheel is built from."""
CONSTRAINTS = ROOT / "constraints-dev.txt"

PYTHONS_VARIABLE = "VAST_SDK_TEST_PYTHONS"
"""Interpreters to install into, separated by os.pathsep (default: the one running the tests)."""


def pythons_under_test() -> list[str]:
    """The interpreters named by $VAST_SDK_TEST_PYTHONS, or this one."""
    names = [p.strip() for p in os.environ.get(PYTHONS_VARIABLE, "").split(os.pathsep)]
    return [p for p in names if p] or [sys.executable]


def _check(cmd: list[str], what: str, timeout: float, **kwargs: Any) -> str:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, **kwargs)
    if done.returncode != 0:
        raise RuntimeError(f"{what} failed ({done.returncode}): {' '.join(cmd)}\n{done.stderr}")
    out: str = done.stdout
    return out


def build_wheel(dest: Path, root: Path = ROOT) -> Path:
    """Build the project's wheel into ``dest`` with pip (hatchling from the index); its path."""
    dest.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check"]
    _check([*cmd, "-q", "-w", str(dest), str(root)], "pip wheel", 300, cwd=dest)
    wheels = sorted(dest.glob("vast_sdk-*.whl"))
    if len(wheels) != 1:
        raise RuntimeError(f"expected one vast_sdk wheel in {dest}, found {wheels}")
    return wheels[0]


def clean_env(bin_dir: Path | None = None) -> dict[str, str]:
    """os.environ without anything that could point Python at the checkout or a real API."""
    drop = {"PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV", "PYTEST_ADDOPTS"}
    env = {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("VAST_")}
    env["PYTHONNOUSERSITE"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    path = [p for p in env.get("PATH", "").split(os.pathsep) if p and not _inside(p, ROOT)]
    env["PATH"] = os.pathsep.join([str(bin_dir), *path] if bin_dir else path)
    return env


def _inside(path: str | Path, parent: Path) -> bool:
    return Path(path).resolve().is_relative_to(parent.resolve())


@dataclass(frozen=True)
class Venv:
    """A virtual environment with the wheel installed."""

    root: Path

    @property
    def bin(self) -> Path:
        return self.root / "bin"

    @property
    def python(self) -> Path:
        return self.bin / "python"

    def env(self) -> dict[str, str]:
        return clean_env(self.bin)

    def run(
        self, *args: str, cwd: Path, timeout: float = 60, input: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        """``python ARGS`` in the venv (not checked: look at returncode)."""
        return subprocess.run(
            [str(self.python), *args],
            cwd=cwd,
            env=self.env(),
            input=input,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def popen(self, *args: str, cwd: Path) -> subprocess.Popen[str]:
        """``python ARGS`` in the venv, running in the background (stdout, stderr piped)."""
        return subprocess.Popen(
            [str(self.python), *args],
            cwd=cwd,
            env=self.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )


def install(
    wheel: Path,
    where: Path,
    python: str = sys.executable,
    extras: str = "testing",
    also: tuple[str, ...] = ("pytest",),
) -> Venv:
    """A fresh venv at ``where`` (outside the checkout) made by ``python``, with
    ``wheel[extras]`` and ``also`` installed under constraints-dev.txt."""
    if _inside(where, ROOT):
        raise ValueError(f"{where} is inside the checkout {ROOT}")
    _check([python, "-m", "venv", "--without-pip", str(where)], "venv", 120, env=clean_env())
    venv = Venv(where)
    requirement = f"{wheel}[{extras}]" if extras else str(wheel)
    pip = [sys.executable, "-m", "pip", "--python", str(venv.python), "install", "-q"]
    pip += ["--disable-pip-version-check", "-c", str(CONSTRAINTS), requirement, *also]
    _check(pip, "pip install", 600, cwd=where, env=clean_env())
    return venv


def first_line(proc: subprocess.Popen[str], timeout: float) -> str:
    """The first line ``proc`` writes to stdout ('' if it exits or stays silent for timeout)."""
    assert proc.stdout is not None
    stdout = proc.stdout
    line: list[str] = []
    reader = threading.Thread(target=lambda: line.append(stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    return line[0].strip() if line else ""
