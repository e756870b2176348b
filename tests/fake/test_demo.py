"""examples/quickstart.py: the `make demo` path end to end, and its promise never to leave an
instance running."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from vast_sdk import InternalServerError
from vast_sdk.testing import FakeVast

ROOT = Path(__file__).resolve().parents[2]
QUICKSTART = ROOT / "examples" / "quickstart.py"


def test_demo_runs_with_no_key_and_no_network(tmp_path: Path) -> None:
    """What `make demo` runs, in a clean environment (no key, no config, no VAST_URL)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("VAST_")}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "vast_sdk.testing", "--run", str(QUICKSTART)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    for n in range(1, 8):
        assert f"[{n}/7]" in out
    assert "(local fake)" in out and "1x RTX 4090" in out
    assert "status: loading" in out and "status: running" in out
    assert "SSH key removed from instance." in out and "Instance destroyed successfully" in out
    assert out.rstrip().endswith("Done.")


def load_quickstart(monkeypatch: pytest.MonkeyPatch, fake: FakeVast) -> ModuleType:
    monkeypatch.setenv("VAST_URL", fake.url)
    monkeypatch.setenv("VAST_API_KEY", fake.api_key)
    monkeypatch.setenv("VAST_POLL_INTERVAL", "0")
    spec = importlib.util.spec_from_file_location("quickstart_under_test", QUICKSTART)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_quickstart_destroys_the_instance_when_a_step_fails(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakeVast(auto_advance=5.0)
    with fake.serve():
        quickstart = load_quickstart(monkeypatch, fake)
        fake.fail_next("attach_ssh_key", status=500)
        with pytest.raises(InternalServerError):
            quickstart.main()
    assert len(fake.calls_to("create_instance")) == 1
    assert fake.state.instances == {}  # destroyed in the finally
    assert fake.state.ssh_keys == {}  # and the throwaway key deleted
    assert "[7/7] Destroying instance" in capsys.readouterr().out


def test_quickstart_asks_before_renting_on_the_real_api(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakeVast()
    with fake.serve():
        quickstart = load_quickstart(monkeypatch, fake)
        monkeypatch.setattr(quickstart, "DEFAULT_BASE_URL", fake.url)  # pretend it is the real API
        monkeypatch.setattr(sys, "argv", ["quickstart.py"])
        assert quickstart.main() == 2
    assert fake.calls_to("create_instance") == []
    assert "re-run with --yes" in capsys.readouterr().out
