"""Every workflow example runs against a local FakeVast as its docstring says
(``python -m vast_sdk.testing --run examples/X.py``, here with ``--closed-bodies``: no example
sends a body field its operation does not document), and asks before renting on the real API."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from vast_sdk.testing import FakeVast

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = {
    "launch": ("running (success", "ssh:   ssh -p", "proxy: ssh://root@ssh", "Destroyed instance"),
    "wait_for_instance": ("loading: Pulling image", "Running since", "Destroyed instance"),
    "ssh": ("registered on the account and attached", "ssh-url:  ssh://root@", "Destroyed"),
    "logs_and_execute": ("Container started", "kaalia: contract", "\t/workspace/data"),
    "start_stop_label": ("stop instance:  exited", "label 'paused by vast-sdk example'"),
    "list_instances": ("instances: 0 in all", "by type: {'credit': 50.0}", "charges so far: $0.00"),
    "serverless": ('"echo": {"prompt": "Say hello in French."', "Deleted endpoint"),
    "launch_robust": ("at most $0.6/h", "  port 8080: ", "  port 6006: ", "Destroyed instance"),
    "lease": ("Leased instance", "Container started", "gone: True"),
    "fleet": ("Fleet of 3 running", "Stopped all: ['exited'", "confirmed gone"),
    "destroy_labelled": ("labelled 'leftover-job'", "Destroyed and confirmed gone: [2"),
    "ports": ("vLLM API:    http://", "TensorBoard: http://", "it publishes 22/tcp, 6006/tcp"),
    "provisioner": (
        "-head'), (",
        "-worker')]",
        "head port 8080: ",
        "Resumed: ['UP', 'UP']",
        "; left: []",
    ),
}
RENTING = (
    "launch",
    "wait_for_instance",
    "ssh",
    "logs_and_execute",
    "start_stop_label",
    "launch_robust",
    "lease",
    "fleet",
    "ports",
    "provisioner",
)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[int, str]]:
    """Each example run once, all at the same time (each with its own fake), clean env."""
    home = tmp_path_factory.mktemp("home")
    env = {k: v for k, v in os.environ.items() if not k.startswith("VAST_")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home))
    procs = {
        name: subprocess.Popen(
            # closed bodies: an example sending a field its operation does not document fails
            [
                sys.executable,
                "-m",
                "vast_sdk.testing",
                "--closed-bodies",
                "--run",
                f"examples/{name}.py",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for name in EXPECTED
    }
    return {name: (p.wait(timeout=120), p.communicate()[0]) for name, p in procs.items()}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_runs_against_the_local_fake(name: str, runs: dict[str, tuple[int, str]]) -> None:
    code, out = runs[name]
    assert code == 0, out
    for text in EXPECTED[name]:
        assert text in out, out
    assert "Traceback" not in out


@pytest.fixture(scope="module")
def real_looking() -> Iterator[FakeVast]:
    fake = FakeVast()
    with fake.serve():
        yield fake


def load(name: str, monkeypatch: pytest.MonkeyPatch, fake: FakeVast) -> ModuleType:
    monkeypatch.setenv("VAST_URL", fake.url)
    monkeypatch.setenv("VAST_API_KEY", fake.api_key)
    spec = importlib.util.spec_from_file_location(
        f"example_{name}", ROOT / "examples" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "DEFAULT_BASE_URL", fake.url)  # pretend it is the real API
    monkeypatch.setattr(sys, "argv", [f"{name}.py"])
    return module


@pytest.mark.parametrize("name", RENTING)
def test_asks_before_renting_on_the_real_api(
    name: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    real_looking: FakeVast,
) -> None:
    assert load(name, monkeypatch, real_looking).main() == 2
    assert real_looking.calls_to("create_instance") == []
    assert "re-run with --yes" in capsys.readouterr().out


def test_destroy_labelled_wants_a_label_on_the_real_api(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], real_looking: FakeVast
) -> None:
    assert load("destroy_labelled", monkeypatch, real_looking).main() == 2
    assert "usage: destroy_labelled.py LABEL" in capsys.readouterr().out
    assert real_looking.calls_to("create_instance") == []
    assert real_looking.calls_to("destroy_instances") == []


def test_the_spot_launch_example_bids(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakeVast()
    with fake.serve():
        module = load("launch_robust", monkeypatch, fake)
        monkeypatch.setattr(module, "DEFAULT_BASE_URL", "https://console.vast.ai")  # the fake
        monkeypatch.setattr(sys, "argv", ["launch_robust.py", "--spot"])
        monkeypatch.setenv("VAST_POLL_INTERVAL", "0.01")
        assert module.main() == 0
    assert "(bid)" in capsys.readouterr().out and fake.state.instances == {}


def test_serverless_wants_an_endpoint_on_the_real_api(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], real_looking: FakeVast
) -> None:
    assert load("serverless", monkeypatch, real_looking).main() == 2
    assert "usage: serverless.py ENDPOINT PATH" in capsys.readouterr().out
    assert real_looking.calls_to("create_endpoint") == []
