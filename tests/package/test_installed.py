"""The wheel, installed with the 'testing' extra in a fresh venv, works without the checkout:
FakeVast finds its spec in the package, the CLI serves it, the pytest plugin's fixture works.

Takes ~20 s (a wheel build with hatchling from the index, a venv, a pinned install from pip's
cache). Run alone with ``pytest -m package``; skip with ``-m "not package"``.
"""

from __future__ import annotations

import json
import textwrap
import zipfile
from pathlib import Path

import pytest

from .installed import ROOT, Venv, first_line

pytestmark = pytest.mark.package

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


def inside(path: str | Path, parent: Path) -> bool:
    return Path(path).resolve().is_relative_to(parent.resolve())


def test_the_wheel_ships_the_fake_spec_and_no_checkout_files(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "vast_sdk/_generated/fake_spec.json" in names
    assert "vast_sdk/testing/pytest_plugin.py" in names
    assert not [n for n in names if n.split("/")[0] not in ("vast_sdk", wheel_info(wheel))]
    spec = json.loads(zipfile.ZipFile(wheel).read("vast_sdk/_generated/fake_spec.json"))
    assert "description" not in spec["info"]  # facts only


def wheel_info(wheel: Path) -> str:
    name, version = wheel.name.split("-")[:2]
    return f"{name}-{version}.dist-info"


def test_the_venv_cannot_see_the_checkout(venv: Venv, outside: Path) -> None:
    assert not inside(outside, ROOT)
    done = venv.run("-c", WHERE, cwd=outside)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert inside(seen["vast_sdk"], venv.root), seen["vast_sdk"]
    assert inside(seen["spec"], venv.root) and seen["spec"].endswith("fake_spec.json")
    assert inside(seen["prefix"], venv.root)
    assert not [p for p in seen["path"] if p and inside(p, ROOT)], seen["path"]
    assert seen["env"] == []


def test_fake_vast_in_process(venv: Venv, outside: Path) -> None:
    done = venv.run("-c", SEARCH, cwd=outside)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["offers"] == 1 and result["gpu"]
    assert result["operations"] == 86 and result["errors"] == []


def test_the_cli_serves_on_loopback(venv: Venv, outside: Path) -> None:
    server = venv.popen("-m", "vast_sdk.testing", "--port", "0", "--api-key", KEY, cwd=outside)
    try:
        url = first_line(server, timeout=60)
        if not url.startswith("http://127.0.0.1:"):
            server.kill()
            server.wait(timeout=10)
            assert server.stderr is not None
            pytest.fail(f"the CLI printed {url!r}, not its URL:\n{server.stderr.read()}")
        done = venv.run("-c", CALL, url, KEY, cwd=outside)
        assert done.returncode == 0, done.stderr
        assert done.stdout.split() == ["you@example.com", "2"]
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert server.returncode == 0


def test_a_user_project_gets_the_fixture(venv: Venv, outside: Path) -> None:
    project = outside / "project"
    (project / "tests").mkdir(parents=True)
    (project / "pyproject.toml").write_text('[tool.pytest.ini_options]\ntestpaths = ["tests"]\n')
    (project / "tests" / "test_with_fake.py").write_text(textwrap.dedent(USER_TEST))
    done = venv.run("-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=project, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 passed" in done.stdout
