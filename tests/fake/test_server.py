"""Ways to run the fake: loopback server, in-process transports, the CLI, the pytest plugin; and
where the spec comes from (the package ships it)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest

import vast_sdk
from vast_sdk import Vast
from vast_sdk.testing import FakeVast, _spec, spec_path

ROOT = Path(__file__).resolve().parents[2]


def test_serve_start_stop() -> None:
    fake = FakeVast()
    with fake.serve() as url:
        assert url.startswith("http://127.0.0.1:") and fake.url == url
        assert httpx.post(f"{url}/api/v0/bundles/", json={"limit": 1}).status_code == 200
    with pytest.raises(RuntimeError):
        _ = fake.url
    with pytest.raises(httpx.ConnectError):
        httpx.post(f"{url}/api/v0/bundles/", json={"limit": 1})
    with fake as same:  # start()/stop() through the context manager too
        assert httpx.get(f"{same.url}/api/v0/users/current/").status_code == 404
    fake.stop()  # twice is fine


def test_instances_do_not_share_state() -> None:
    a, b = FakeVast(), FakeVast()
    with a.client() as va, b.client() as vb:
        va.create_ssh_key(ssh_key="ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOnlyInA0123456789 a")
        assert len(va.show_ssh_keys()) == 1 and vb.show_ssh_keys() == []


def test_fake_client_helpers_follow_the_mode() -> None:
    fake = FakeVast()
    with fake.client() as local:
        assert local.base_url == "http://vast.localhost"
    with fake.serve() as url, fake.client() as remote:
        assert remote.base_url == url and remote.show_user().id == fake.state.user["id"]


def test_pytest_plugin_fixture(fake_vast: FakeVast, pytestconfig: pytest.Config) -> None:
    assert pytestconfig.pluginmanager.hasplugin("vast_sdk_testing")  # the pytest11 entry point
    with Vast(api_key=fake_vast.api_key, base_url=fake_vast.url) as vast:
        assert vast.search_offers(limit=2).offers


def cli(*args: str, **popen: object) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VAST_")}
    return subprocess.Popen(  # type: ignore[call-overload,no-any-return]
        [sys.executable, "-m", "vast_sdk.testing", *args],
        cwd=ROOT,
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **popen,
    )


def test_cli_prints_its_url_and_serves_until_stopped() -> None:
    proc = cli("--port", "0", "--api-key", "k" * 64)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        with Vast(api_key="k" * 64, base_url=url) as vast:
            assert vast.show_user().email == "you@example.com"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert proc.returncode == 0


def test_cli_run_passes_url_and_key_and_exit_code(tmp_path: Path) -> None:
    script = tmp_path / "probe.py"
    script.write_text(
        textwrap.dedent(
            """
            import os, sys
            from vast_sdk import Vast
            with Vast() as vast:
                print(vast.base_url == os.environ["VAST_URL"], vast.show_user().email)
            sys.exit(int(sys.argv[1]))
            """
        )
    )
    proc = cli("--run", str(script), "3")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 3, err
    assert out.strip() == "True you@example.com"


def test_cli_closed_bodies_refuses_an_undocumented_field(tmp_path: Path) -> None:
    script = tmp_path / "extra.py"
    script.write_text(
        textwrap.dedent(
            """
            from vast_sdk import BadRequestError, Vast
            with Vast() as vast:
                try:
                    vast.search_offers(limit=1, extra_body={"not_a_field": 1})
                    print("taken")
                except BadRequestError as e:
                    print("refused", "not_a_field" in str(e.body))
            """
        )
    )
    for flags, said in (([], "taken"), (["--closed-bodies"], "refused True")):
        proc = cli(*flags, "--run", str(script))
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        assert out.strip() == said, (flags, out, err)


def test_core_sdk_never_imports_testing() -> None:
    code = (
        "import sys, vast_sdk, vast_sdk.models; vast_sdk.Vast; "
        "print(sorted(m for m in sys.modules if m.startswith('vast_sdk.testing') "
        "or m.startswith('openapi_core')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    imports = re.compile(r"^\s*(from|import)\s+\S*testing", re.MULTILINE)
    core = Path(vast_sdk.__file__).parent
    for source in [*core.glob("*.py"), *core.glob("_generated/*.py")]:
        assert not imports.search(source.read_text()), source


def test_the_spec_is_the_one_shipped_in_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VAST_SDK_SPEC", raising=False)
    shipped = Path(vast_sdk.__file__).parent / "_generated" / "fake_spec.json"
    assert _spec.spec_path() == _spec.shipped_spec_path() == shipped
    assert spec_path() == shipped  # the public name
    document = json.loads(shipped.read_text())
    assert set(FakeVast().spec.operations) == set(vast_sdk.OPERATIONS)
    assert "description" not in document["info"]  # facts only: no upstream prose


def test_the_shipped_spec_is_valid_openapi() -> None:
    """FakeVast skips openapi-core's check of the shipped document (seconds, paid by every
    process that makes a fake): it is made here, once."""
    from openapi_spec_validator import validate

    validate(json.loads(_spec.shipped_spec_path().read_text()))


def test_spec_from_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    copy = tmp_path / "patched.json"
    shutil.copy(_spec.shipped_spec_path(), copy)
    monkeypatch.setenv("VAST_SDK_SPEC", str(copy))
    assert _spec.spec_path() == copy
    assert set(FakeVast().spec.operations) == set(vast_sdk.OPERATIONS)
    monkeypatch.setenv("VAST_SDK_SPEC", str(tmp_path / "missing.json"))
    with pytest.raises(_spec.SpecNotFoundError, match="VAST_SDK_SPEC"):
        _spec.spec_path()


def test_a_missing_shipped_spec_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VAST_SDK_SPEC", raising=False)
    monkeypatch.setattr(_spec, "SPEC_FILE", "no_such_spec.json")
    with pytest.raises(_spec.SpecNotFoundError, match=r"_generated/no_such_spec\.json is missing"):
        FakeVast()


def test_a_broken_spec_file_is_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("")
    with pytest.raises(_spec.SpecNotFoundError, match="not a JSON spec document"):
        FakeVast(spec_file=broken)
    with pytest.raises(_spec.SpecNotFoundError, match="cannot read"):
        FakeVast(spec_file=tmp_path / "absent.json")


def test_an_operation_without_auth_ignores_the_key(tmp_path: Path) -> None:
    """auth "none" (no security requirement): no key needed, and a bad one is not refused."""
    document = json.loads(_spec.shipped_spec_path().read_text())
    document["paths"]["/api/v0/bundles/"]["post"]["security"] = []
    changed = tmp_path / "no_auth.json"
    changed.write_text(json.dumps(document))
    fake = FakeVast(spec_file=changed)
    assert fake.spec.operations["search_offers"].auth == "none"
    assert fake.spec.operations["show_user"].auth == "required"
    with fake.serve() as url:
        for headers in ({}, {"Authorization": "Bearer wrong-key"}, {"Authorization": "Basic x"}):
            answer = httpx.post(f"{url}/api/v0/bundles/", json={"limit": 1}, headers=headers)
            assert answer.status_code == 200 and len(answer.json()["offers"]) == 1, headers
        refused = httpx.get(f"{url}/api/v0/users/current/", headers={"Authorization": "Bearer x"})
        assert refused.status_code == 404 and refused.json()["error"] == "auth_error"
    assert fake.errors == []
