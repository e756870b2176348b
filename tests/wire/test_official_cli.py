"""The official ``vastai`` CLI runs against FakeVast (issue 10: it takes what production takes).

``vastai --url http://127.0.0.1:PORT --api-key KEY ...`` (vastai 1.9.1, a test dependency only)
is run as a subprocess against a FakeVast served on loopback, for its common commands: search
offers, create/show/destroy instance, logs, ssh keys, user. Each must succeed with the fake's
state behind it, and the fake must have refused nothing and crashed on nothing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from vast_sdk.testing import FakeVast

KEY = "k-official-cli-0123456789"
PUBLIC_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOfficialCliWireTestKey000000000000000000 t@x"


def _vastai() -> str:
    found = Path(sys.executable).with_name("vastai")
    if found.exists():
        return str(found)
    which = shutil.which("vastai")
    if which is None:  # pragma: no cover - vastai is a test dependency
        pytest.fail("the official vastai package (a test dependency) is not installed")
    return which


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[FakeVast, str]]:
    fake = FakeVast(api_key=KEY)
    with fake.serve() as url:
        yield fake, url


def _run(url: str, home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VAST")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), NO_COLOR="1")
    return subprocess.run(
        [_vastai(), "--url", url, "--api-key", KEY, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def _json(result: subprocess.CompletedProcess[str]) -> Any:
    assert result.returncode == 0, result.stderr + result.stdout
    assert '"error": true' not in result.stdout, result.stdout
    return json.loads(result.stdout)


def test_the_official_cli_runs_its_common_commands_against_fakevast(
    served: tuple[FakeVast, str], tmp_path: Path
) -> None:
    fake, url = served
    user = _json(_run(url, tmp_path, "show", "user", "--raw"))
    assert user["id"] and user["email"]

    offers = _json(_run(url, tmp_path, "search", "offers", "--raw"))
    assert offers, "the fake's catalogue has rentable offers"
    offer = offers[0]["id"]

    created = _json(
        _run(
            url,
            tmp_path,
            "create",
            "instance",
            str(offer),
            "--image",
            "pytorch/pytorch",
            "--disk",
            "20",
            "--raw",
        )
    )
    assert created["success"] is True
    instance = created["new_contract"]

    shown = _json(_run(url, tmp_path, "show", "instances", "--raw"))
    assert [i["id"] for i in shown] == [instance]
    one = _json(_run(url, tmp_path, "show", "instance", str(instance), "--raw"))
    assert one["id"] == instance

    logs = _run(url, tmp_path, "logs", str(instance))
    assert logs.returncode == 0, logs.stderr
    assert '"error": true' not in logs.stdout and "pytorch/pytorch" in logs.stdout

    added = _run(url, tmp_path, "create", "ssh-key", PUBLIC_KEY, "--raw")
    assert added.returncode == 0 and "'success': True" in added.stdout, added.stdout
    keys = _json(_run(url, tmp_path, "show", "ssh-keys", "--raw"))
    assert [k["key"] for k in keys] == [PUBLIC_KEY]
    deleted = _run(url, tmp_path, "delete", "ssh-key", str(keys[0]["id"]), "--raw")
    assert deleted.returncode == 0 and '"error": true' not in deleted.stdout, deleted.stdout
    assert _json(_run(url, tmp_path, "show", "ssh-keys", "--raw")) == []

    destroyed = _run(url, tmp_path, "destroy", "instance", str(instance), "--raw", stdin="y\n")
    assert destroyed.returncode == 0 and '"error": true' not in destroyed.stdout, destroyed.stdout
    assert _json(_run(url, tmp_path, "show", "instances", "--raw")) == []

    assert fake.errors == []
    # vastai polls the logs' result URL until it is uploaded: a 404 before that is S3's answer
    refused = [
        (s.op, s.method, s.path, s.status)
        for s in fake.calls
        if s.status >= 400 and not (s.op == "result_url" and s.status == 404)
    ]
    assert refused == [], refused
