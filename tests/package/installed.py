"""Build the wheel and the sdist from this checkout and install them in fresh venvs that cannot
see the checkout.

Reusable outside pytest (another smoke suite runs the same steps on other Pythons):

    wheel = build_wheel(Path("/tmp/dist"))
    venv = install(wheel, Path("/tmp/venv312"), python="/usr/bin/python3.12")
    venv.run("-c", "import vast_sdk; print(vast_sdk.__file__)", cwd=Path("/tmp"))

Three kinds of venv (KINDS):

- ``wheel``: the wheel with its ``testing`` extra, every dependency at its constraints-dev.txt pin
  (the newest versions the dev toolchain is tested with);
- ``sdist``: the same, installed from the sdist: pip unpacks it (pip >= 24.1 refuses a member
  that links out of the tree) and builds the wheel with the project's build backend;
- ``lowest``: every runtime and ``testing`` dependency at exactly the minimum pyproject.toml
  declares (``minimums()``), then the wheel with ``--no-deps``; ``pip check`` must pass.

A venv is made without pip (fast); the checkout's pip installs into it with ``--python``, so
downloads come from pip's cache. Subprocesses get an environment without PYTHONPATH,
VIRTUAL_ENV, user site-packages or VAST_* variables, with the venv's bin first on PATH.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
import threading
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
"""The checkout the wheel is built from."""
CONSTRAINTS = ROOT / "constraints-dev.txt"
PYPROJECT = ROOT / "pyproject.toml"

PYTHONS_VARIABLE = "VAST_SDK_TEST_PYTHONS"
"""Interpreters to install into, separated by os.pathsep (default: the one running the tests)."""

KINDS = ("wheel", "sdist", "lowest")
"""What a venv is made from: see the module docstring."""

PIP_WITH_TAR_FILTER = (24, 1)
"""The first pip that unpacks an sdist with tarfile's 'data' filter (refusing links out of it)."""


def pythons_under_test() -> list[str]:
    """The interpreters named by $VAST_SDK_TEST_PYTHONS, or this one."""
    names = [p.strip() for p in os.environ.get(PYTHONS_VARIABLE, "").split(os.pathsep)]
    return [p for p in names if p] or [sys.executable]


def _check(cmd: list[str], what: str, timeout: float, **kwargs: Any) -> str:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, **kwargs)
    if done.returncode != 0:
        output = done.stdout + done.stderr
        raise RuntimeError(f"{what} failed ({done.returncode}): {' '.join(cmd)}\n{output}")
    out: str = done.stdout
    return out


def _pip(*args: str) -> list[str]:
    """The checkout's pip (the one running the tests: 'make install' keeps it current)."""
    return [sys.executable, "-m", "pip", *args]


def pip_version() -> tuple[int, ...]:
    """The version of the pip that builds and installs (major, minor, ...)."""
    out = _check(_pip("--version"), "pip --version", 60)
    return tuple(int(part) for part in re.findall(r"\d+", out.split()[1])[:3])


def build_wheel(dest: Path, root: Path = ROOT) -> Path:
    """Build the project's wheel into ``dest`` with pip (hatchling from the index); its path."""
    dest.mkdir(parents=True, exist_ok=True)
    cmd = _pip("wheel", "--no-deps", "--disable-pip-version-check", "-q", "-w", str(dest))
    _check([*cmd, str(root)], "pip wheel", 300, cwd=dest)
    return _one(dest, "vast_sdk-*.whl")


def build_sdist(dest: Path, root: Path = ROOT) -> Path:
    """Build the project's sdist into ``dest``; its path.

    pip cannot build an sdist, and ``python -m build`` would be one more dev tool, so this is
    that tool's core: the [build-system] requirements in a throwaway venv, then the backend's
    PEP 517 ``build_sdist`` hook, run in the checkout.
    """
    system = tomllib.loads((root / "pyproject.toml").read_text())["build-system"]
    env = dest / "build-env"
    _check([sys.executable, "-m", "venv", "--without-pip", str(env)], "venv", 120, env=clean_env())
    pip = _pip("--python", str(env / "bin" / "python"), "install", "-q")
    _check([*pip, "--disable-pip-version-check", *system["requires"]], "pip install", 300)
    module, _, attribute = system["build-backend"].partition(":")
    hook = (
        "import importlib, sys\n"
        "backend = importlib.import_module(sys.argv[1])\n"
        "for name in filter(None, sys.argv[2].split('.')):\n"
        "    backend = getattr(backend, name)\n"
        "print(backend.build_sdist(sys.argv[3]))\n"
    )
    out = dest / "dist"
    cmd = [str(env / "bin" / "python"), "-c", hook, module, attribute, str(out)]
    _check(cmd, "build_sdist", 300, cwd=root, env=clean_env(env / "bin"))
    return _one(out, "vast_sdk-*.tar.gz")


def _one(where: Path, pattern: str) -> Path:
    found = sorted(where.glob(pattern))
    if len(found) != 1:
        raise RuntimeError(f"expected one {pattern} in {where}, found {found}")
    return found[0]


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


def _requirements(extras: tuple[str, ...]) -> list[Requirement]:
    project = tomllib.loads(PYPROJECT.read_text())["project"]
    lines = list(project["dependencies"])
    for extra in extras:
        lines += project["optional-dependencies"][extra]
    return [Requirement(line) for line in lines]


def minimums(extras: tuple[str, ...] = ("testing",)) -> dict[str, str]:
    """{name: lowest version} of every runtime and ``extras`` dependency in pyproject.toml.

    Each must declare its minimum (one ``>=``, ``~=`` or ``==``): a dependency without one
    could be any version ever released, which nobody tests.
    """
    lowest: dict[str, str] = {}
    for req in _requirements(extras):
        floors = [s.version for s in req.specifier if s.operator in (">=", "~=", "==")]
        if len(floors) != 1 or req.marker is not None:
            raise ValueError(f"pyproject.toml: {req} must declare exactly one minimum, no marker")
        lowest[req.name] = floors[0]
    return lowest


def pins(path: Path = CONSTRAINTS) -> dict[str, str]:
    """{name: version} of the ``name==version`` lines of a constraints file."""
    found: dict[str, str] = {}
    for line in path.read_text().splitlines():
        name, sep, version = line.split("#")[0].strip().partition("==")
        if sep:
            found[name] = version
    return found


def pinned(name: str) -> str:
    """``name==version`` as constraints-dev.txt pins it."""
    for pin, version in pins().items():
        if _normal(pin) == _normal(name):
            return f"{pin}=={version}"
    raise KeyError(f"{name} is not pinned in {CONSTRAINTS.name}")


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def expected_versions(kind: str, extras: tuple[str, ...] = ("testing",)) -> dict[str, str]:
    """{name: version} a venv of ``kind`` must have for every direct dependency."""
    if kind == "lowest":
        return minimums(extras)
    names = [req.name for req in _requirements(extras)]
    return {name: pinned(name).split("==")[1] for name in names}


@dataclass(frozen=True)
class Venv:
    """A virtual environment with the package installed."""

    root: Path
    kind: str = "wheel"

    @property
    def bin(self) -> Path:
        return self.root / "bin"

    @property
    def python(self) -> Path:
        return self.bin / "python"

    def env(self) -> dict[str, str]:
        """clean_env, with byte-code caches written (into the venv and the outside folder):
        each of the venv's Python processes after the first starts without compiling again."""
        env = clean_env(self.bin)
        del env["PYTHONDONTWRITEBYTECODE"]
        return env

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

    def pip(self, *args: str, timeout: float = 600) -> str:
        """The checkout's pip, acting on this venv (checked; its stdout)."""
        cmd = _pip("--python", str(self.python), *args, "--disable-pip-version-check")
        return _check(cmd, f"pip {args[0]}", timeout, cwd=self.root, env=clean_env())


NO_COMPILE = ("--no-compile",)
"""pip compiles nothing ahead: the venv's processes write the byte code of what they import
(Venv.env), a fraction of what is installed."""


def _new_venv(where: Path, python: str, kind: str) -> Venv:
    if _inside(where, ROOT):
        raise ValueError(f"{where} is inside the checkout {ROOT}")
    _check([python, "-m", "venv", "--without-pip", str(where)], "venv", 120, env=clean_env())
    return Venv(where, kind)


def install(
    artifact: Path,
    where: Path,
    python: str = sys.executable,
    extras: str = "testing",
    also: tuple[str, ...] = ("pytest",),
    kind: str = "wheel",
) -> Venv:
    """A fresh venv at ``where`` (outside the checkout) made by ``python``, with
    ``artifact[extras]`` (a wheel or an sdist) and ``also`` installed under constraints-dev.txt."""
    venv = _new_venv(where, python, kind)
    requirement = f"{artifact}[{extras}]" if extras else str(artifact)
    venv.pip("install", "-q", *NO_COMPILE, "-c", str(CONSTRAINTS), requirement, *also)
    return venv


def install_lowest(
    wheel: Path,
    where: Path,
    python: str = sys.executable,
    extras: tuple[str, ...] = ("testing",),
    also: tuple[str, ...] = ("pytest",),
) -> Venv:
    """A fresh venv with every runtime and ``extras`` dependency at exactly its declared minimum
    (their own dependencies: the newest pip finds compatible), ``also`` at its constraints-dev.txt
    pin, then ``wheel`` with --no-deps; ``pip check`` proves the wheel accepts them all."""
    venv = _new_venv(where, python, "lowest")
    exact = [f"{name}=={version}" for name, version in minimums(extras).items()]
    venv.pip("install", "-q", *NO_COMPILE, *exact, *[pinned(name) for name in also])
    venv.pip("install", "-q", *NO_COMPILE, "--no-deps", str(wheel))
    venv.pip("check")
    return venv


CLIENT_TESTS = {
    # The whole client suite at the lowest versions; at the newest (the checkout's own suite
    # already runs them there), the deadline on this interpreter and the hook in the sdist.
    "lowest": ["."],
    "wheel": ["test_deadline_hook.py", "test_timeouts.py"],
    "sdist": ["test_deadline_hook.py"],
}
"""The files of tests/client each KIND of venv runs, installed (see run_client_tests)."""

_INSTALLED_HERE = """
import sys

import vast_sdk


def test_the_installed_package_is_the_one_tested():
    assert vast_sdk.__file__.startswith(sys.prefix), vast_sdk.__file__
"""


def run_client_tests(
    venv: Venv, outside: Path, selection: list[str]
) -> subprocess.CompletedProcess[str]:
    """tests/client, copied to ``outside`` (outside the checkout), run by ``venv``'s pytest on
    the installed package: ``selection`` (files or ".") and a test that the package under test
    is the installed one. Not checked: look at returncode and stdout."""
    tests = outside / "client"
    shutil.copytree(ROOT / "tests" / "client", tests, ignore=shutil.ignore_patterns("__pycache__"))
    (tests / "test_installed_here.py").write_text(_INSTALLED_HERE)
    selected = [str(tests / name) for name in selection]
    selected.append(str(tests / "test_installed_here.py"))
    return venv.run(
        "-m", "pytest", "-q", "-p", "no:cacheprovider", *selected, cwd=outside, timeout=300
    )


KEY = "k" * 64

WHERE = """
import json, os, sys
import vast_sdk
from vast_sdk.testing import spec_path
print(json.dumps({
    "vast_sdk": vast_sdk.__file__,
    "spec": str(spec_path()),
    "prefix": sys.prefix,
    "path": sys.path,
    "env": sorted(k for k in os.environ if k.startswith(("VAST_", "PYTHONPATH"))),
}))
"""

SEARCH = """
import json
from vast_sdk import Vast
from vast_sdk.testing import FakeVast
fake = FakeVast()
vast = fake.client()
assert isinstance(vast, Vast)
offers = vast.search_offers(limit=1)
print(json.dumps({"offers": len(offers.offers), "gpu": offers.offers[0].gpu_name,
                  "operations": len(fake.spec.operations), "errors": fake.errors}))
"""

CALL = """
import sys
from vast_sdk import Vast
with Vast(api_key=sys.argv[2], base_url=sys.argv[1]) as vast:
    print(vast.show_user().email, len(vast.search_offers(limit=2).offers))
"""

USER_TEST = """
import sys

import vast_sdk
from vast_sdk import Vast


def test_search(fake_vast):
    with Vast(api_key=fake_vast.api_key, base_url=fake_vast.url) as vast:
        assert len(vast.search_offers(limit=1).offers) == 1
    assert fake_vast.calls_to("search_offers")


def test_the_installed_package_is_used(fake_vast):
    assert vast_sdk.__file__.startswith(sys.prefix)
"""

VERSIONS = """
import json, sys
from importlib.metadata import version
print(json.dumps({name: version(name) for name in sys.argv[1:]}))
"""


@dataclass(frozen=True)
class Served:
    """``python -m vast_sdk.testing --port 0`` in a venv: the first line it printed, and, when
    that was its URL, a client's call to it and the server's exit status once terminated."""

    url: str
    call: subprocess.CompletedProcess[str] | None
    returncode: int | None
    stderr: str


def _where(venv: Venv, outside: Path) -> subprocess.CompletedProcess[str]:
    return venv.run("-c", WHERE, cwd=outside)


def _search(venv: Venv, outside: Path) -> subprocess.CompletedProcess[str]:
    return venv.run("-c", SEARCH, cwd=outside)


def _serve(venv: Venv, outside: Path) -> Served:
    server = venv.popen("-m", "vast_sdk.testing", "--port", "0", "--api-key", KEY, cwd=outside)
    try:
        url = first_line(server, timeout=60)
        if not url.startswith("http://127.0.0.1:"):
            server.kill()
            server.wait(timeout=10)
            assert server.stderr is not None
            return Served(url, None, None, server.stderr.read())
        call = venv.run("-c", CALL, url, KEY, cwd=outside)
    finally:
        server.terminate()
        server.wait(timeout=10)
    return Served(url, call, server.returncode, "")


def _project(venv: Venv, outside: Path) -> subprocess.CompletedProcess[str]:
    project = outside / "project"
    (project / "tests").mkdir(parents=True)
    (project / "pyproject.toml").write_text('[tool.pytest.ini_options]\ntestpaths = ["tests"]\n')
    (project / "tests" / "test_with_fake.py").write_text(textwrap.dedent(USER_TEST))
    return venv.run("-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=project, timeout=120)


def _versions(venv: Venv, outside: Path) -> tuple[subprocess.CompletedProcess[str], str]:
    done = venv.run("-c", VERSIONS, *expected_versions(venv.kind), cwd=outside)
    return done, venv.pip("check")


SMOKE: dict[str, Callable[[Venv, Path], Any]] = {
    "where": _where,
    "search": _search,
    "serve": _serve,
    "project": _project,
    "versions": _versions,
}
"""What each venv runs, each in a working directory of its own outside the checkout, right
after its install (test_installed.py looks at the results)."""


@dataclass(frozen=True)
class Made:
    """A venv, what its SMOKE runs gave (or raised), and its client suite's run: made together,
    in the background (conftest.py)."""

    venv: Venv
    smoke: dict[str, Any]
    outside: Path
    client_run: subprocess.CompletedProcess[str]

    def result(self, name: str) -> Any:
        """What SMOKE[name] returned; what it raised is raised again."""
        found = self.smoke[name]
        if isinstance(found, BaseException):
            raise found
        return found


def run_smoke(venv: Venv, outside: Path) -> dict[str, Any]:
    """Every SMOKE run on ``venv``, each in ``outside/<name>``: its result or its exception."""
    results: dict[str, Any] = {}
    for name, run in SMOKE.items():
        (outside / name).mkdir(parents=True)
        try:
            results[name] = run(venv, outside / name)
        except Exception as exc:  # kept for the test that looks at it
            results[name] = exc
    return results


def first_line(proc: subprocess.Popen[str], timeout: float) -> str:
    """The first line ``proc`` writes to stdout ('' if it exits or stays silent for timeout)."""
    assert proc.stdout is not None
    stdout = proc.stdout
    line: list[str] = []
    reader = threading.Thread(target=lambda: line.append(stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    return line[0].strip() if line else ""
