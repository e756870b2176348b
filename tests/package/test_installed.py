"""The package, installed with the 'testing' extra in fresh venvs, works without the checkout:
FakeVast finds its spec in the package, the CLI serves it, the pytest plugin's fixture works, and
the client tests pass against it. Each test that takes ``made`` runs once per interpreter
($VAST_SDK_TEST_PYTHONS) and per KIND: from the wheel, from the sdist, and from the wheel on the
lowest declared dependency versions (see installed.py).

The venvs are made, and what runs in them (installed.SMOKE, the client suites) is run, in the
background, three venvs at a time (see conftest.py): the wait is mostly pip's, on the package
index, and the subprocesses'. Run alone with ``pytest -m package``; skip with
``-m "not package"``.
"""

from __future__ import annotations

import email.parser
import io
import json
import re
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest
from packaging.version import Version

from vast_sdk import OPERATIONS

from .installed import (
    PIP_WITH_TAR_FILTER,
    ROOT,
    Made,
    Served,
    build_wheel,
    expected_versions,
    pip_version,
)

pytestmark = pytest.mark.package


def inside(path: str | Path, parent: Path) -> bool:
    return Path(path).resolve().is_relative_to(parent.resolve())


def test_the_wheel_ships_the_fake_spec_and_no_checkout_files(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "vast_sdk/_generated/fake_spec.json" in names
    assert "vast_sdk/testing/pytest_plugin.py" in names
    assert not [n for n in names if n.split("/")[0] not in ("vast_sdk", wheel_info(wheel))]
    spec = json.loads(zipfile.ZipFile(wheel).read("vast_sdk/_generated/fake_spec.json"))
    assert "description" not in spec["info"]  # facts only


def test_the_pypi_description_is_the_readme_with_no_link_that_needs_the_repository(
    wheel: Path,
) -> None:
    """PyPI shows the README with no file of the repository beside it and no heading anchors:
    the built description keeps every heading, code block and web link, and turns each link to
    a section into its text and each link to a file into the file's path."""
    text = zipfile.ZipFile(wheel).read(f"{wheel_info(wheel)}/METADATA").decode()
    meta = email.parser.Parser().parsestr(text)
    description = meta.get_payload()
    assert isinstance(description, str)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert meta["Description-Content-Type"] == "text/markdown"

    def links(markdown: str) -> list[tuple[str, str]]:
        return re.findall(r"\[([^\]]+)\]\(([^)\s]+)\)", markdown)

    relative = [(label, target) for label, target in links(readme) if "://" not in target]
    assert len(relative) > 10  # the README does link its files and sections
    assert [t for _, t in links(description) if not t.startswith("https://")] == []
    assert [link for link in links(readme) if "://" in link[1]] == links(description)
    for _, target in relative:
        if not target.startswith("#"):
            assert f"`{target}`" in description, target
    headings = re.compile(r"^#{1,6} .*$", re.MULTILINE)
    assert headings.findall(description) == headings.findall(readme)
    fences = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
    assert fences.findall(description) == fences.findall(readme)


def test_the_project_urls_are_the_declared_ones(wheel: Path) -> None:
    text = zipfile.ZipFile(wheel).read(f"{wheel_info(wheel)}/METADATA").decode()
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["urls"]
    found = email.parser.Parser().parsestr(text).get_all("Project-URL")
    assert found == [f"{name}, {url}" for name, url in declared.items()]
    assert all(url.startswith("https://") for url in declared.values())


def wheel_info(wheel: Path) -> str:
    name, version = wheel.name.split("-")[:2]
    return f"{name}-{version}.dist-info"


def test_the_venv_cannot_see_the_checkout(made: Made) -> None:
    venv = made.venv
    assert not inside(made.outside, ROOT)
    done = made.result("where")
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert inside(seen["vast_sdk"], venv.root), seen["vast_sdk"]
    assert inside(seen["spec"], venv.root) and seen["spec"].endswith("fake_spec.json")
    assert inside(seen["prefix"], venv.root)
    assert not [p for p in seen["path"] if p and inside(p, ROOT)], seen["path"]
    assert seen["env"] == []


def test_fake_vast_in_process(made: Made) -> None:
    done = made.result("search")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["offers"] == 1 and result["gpu"]
    assert result["operations"] == len(OPERATIONS) and result["errors"] == []  # the checkout's


def test_the_cli_serves_on_loopback(made: Made) -> None:
    served: Served = made.result("serve")
    if not served.url.startswith("http://127.0.0.1:"):
        pytest.fail(f"the CLI printed {served.url!r}, not its URL:\n{served.stderr}")
    assert served.call is not None
    assert served.call.returncode == 0, served.call.stderr
    assert served.call.stdout.split() == ["you@example.com", "2"]
    assert served.returncode == 0


def test_a_user_project_gets_the_fixture(made: Made) -> None:
    done = made.result("project")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 passed" in done.stdout


SDIST_TOP = {"vast_sdk", "README.md", "LICENSE", "CHANGELOG.md", "pyproject.toml", "PKG-INFO"}
"""What the sdist holds: the package, what its metadata reads, and the licence and changelog."""


def test_the_sdist_holds_the_package_and_no_links(sdist: Path, tmp_path: Path) -> None:
    with tarfile.open(sdist) as tar:
        members = tar.getmembers()
        assert not [m.name for m in members if m.issym() or m.islnk()]
        tar.extractall(tmp_path, filter="data")  # what pip >= 24.1 applies: no link out, no ..
    (top,) = tmp_path.iterdir()
    assert top.name == sdist.name.removesuffix(".tar.gz")
    assert {p.name for p in top.iterdir()} - {".gitignore"} == SDIST_TOP
    assert (top / "vast_sdk" / "py.typed").is_file()
    assert (top / "vast_sdk" / "_generated" / "fake_spec.json").is_file()


def test_the_sdist_builds_the_wheel_the_checkout_builds(
    sdist: Path, wheel: Path, tmp_path: Path
) -> None:
    """The sdist is complete: the wheel pip builds from it has the same files, byte for byte."""
    rebuilt = build_wheel(tmp_path, root=sdist)
    assert rebuilt.name == wheel.name
    ours, theirs = zipfile.ZipFile(wheel), zipfile.ZipFile(rebuilt)
    assert sorted(ours.namelist()) == sorted(theirs.namelist())
    for name in ours.namelist():
        if not name.endswith(".dist-info/RECORD"):
            assert ours.read(name) == theirs.read(name), name


def test_the_installing_pip_refuses_an_sdist_that_links_out(sdist: Path, tmp_path: Path) -> None:
    """What the sdist used to be (openapi.json, a link to ../shared) does not install with the
    pip these tests use, so the sdist venvs below prove the fix, not an old pip's leniency."""
    assert pip_version() >= PIP_WITH_TAR_FILTER, "run 'make install' for a current pip"
    linked = tmp_path / sdist.name
    top = sdist.name.removesuffix(".tar.gz")
    with tarfile.open(sdist) as tar, tarfile.open(linked, "w:gz") as out:
        for member in tar.getmembers():
            out.addfile(member, tar.extractfile(member) if member.isfile() else None)
        link = tarfile.TarInfo(f"{top}/openapi.json")
        link.type, link.linkname = tarfile.SYMTYPE, "../shared/specs/vast-openapi.json"
        out.addfile(link, io.BytesIO())
    with pytest.raises(RuntimeError, match="outside the destination"):
        build_wheel(tmp_path / "out", root=linked)


def test_the_dependencies_are_at_the_intended_versions(made: Made) -> None:
    """wheel and sdist: constraints-dev.txt's pins (the newest tested); lowest: each declared
    minimum exactly. pip check: every installed requirement is satisfied (it raises if not)."""
    expected = expected_versions(made.venv.kind)
    done, _ = made.result("versions")
    assert done.returncode == 0, done.stderr
    installed = json.loads(done.stdout)
    assert {n: Version(v) for n, v in installed.items()} == {
        n: Version(v) for n, v in expected.items()
    }, (made.venv.kind, installed)


def test_the_client_tests_pass_installed(made: Made) -> None:
    """tests/client, copied outside the checkout, against the installed package: the sync
    deadline hook attaches and trickled headers time out, at the lowest and newest versions
    (CLIENT_TESTS says which files each KIND runs; the run is made with the venv)."""
    done = made.client_run
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr
    assert " passed" in done.stdout.splitlines()[-1] and "failed" not in done.stdout
