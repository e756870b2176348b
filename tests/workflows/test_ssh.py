"""SSH: addresses by the rules of `vastai ssh-url`, and attaching the local public key."""

from __future__ import annotations

import base64
import json
import struct
from pathlib import Path
from typing import Any

import pytest

from vast_sdk import (
    AttachedSSHKey,
    InvalidRequestError,
    NotFoundError,
    SSHEndpoint,
    SSHUnavailableError,
    ssh_endpoint,
)
from vast_sdk.models import Instance
from vast_sdk.testing import FakeVast

from .conftest import Api, new_instance, run


def public_key(kind: str = "ssh-ed25519", comment: str = "me@laptop", seed: int = 1) -> str:
    blob = struct.pack(">I", len(kind)) + kind.encode() + struct.pack(">I", 32) + bytes([seed]) * 32
    return f"{kind} {base64.b64encode(blob).decode()} {comment}"


def instance(**fields: Any) -> Instance:
    return Instance.from_dict({"id": 5, "machine_id": 6, **fields})


DIRECT = {"public_ipaddr": "203.0.113.9\n", "ports": {"22/tcp": [{"HostPort": "41022"}]}}
PROXY = {"ssh_host": "ssh4.vast.ai", "ssh_port": 10544, "image_runtype": "ssh"}


def test_direct_ssh_is_preferred_like_the_cli() -> None:
    both = instance(**DIRECT, **PROXY)
    assert ssh_endpoint(both) == SSHEndpoint("203.0.113.9", 41022, direct=True)
    assert ssh_endpoint(both, direct=False) == SSHEndpoint("ssh4.vast.ai", 10544, direct=False)
    assert str(ssh_endpoint(both)) == "ssh://root@203.0.113.9:41022"


def test_proxy_ssh_when_no_port_22_is_mapped() -> None:
    assert ssh_endpoint(instance(**PROXY)).url == "ssh://root@ssh4.vast.ai:10544"
    jupyter = instance(**{**PROXY, "image_runtype": "jupyter_direc ssh_direc"})
    assert ssh_endpoint(jupyter).port == 10545  # ssh_port is Jupyter's: SSH is the next one


def test_urls_and_the_command() -> None:
    end = ssh_endpoint(instance(**DIRECT))
    assert end.scp_url == "scp://root@203.0.113.9:41022"
    assert end.command() == ["ssh", "-p", "41022", "root@203.0.113.9"]
    key = Path("/home/me/.ssh/id_ed25519")
    assert end.command(identity_file=key)[3:5] == ["-i", "/home/me/.ssh/id_ed25519"]
    v6 = ssh_endpoint(instance(public_ipaddr="2001:db8::7", ports=DIRECT["ports"]))
    assert v6.url == "ssh://root@[2001:db8::7]:41022" and v6.command()[-1] == "root@2001:db8::7"


@pytest.mark.parametrize(
    ("fields", "direct", "what"),
    [
        ({}, None, "no proxy SSH address"),
        (PROXY, True, "no direct SSH address"),
        ({**DIRECT, "ports": {"22/tcp": []}}, True, "no direct SSH address"),
        ({**DIRECT, "ports": {"22/tcp": [{"HostPort": "x"}]}}, True, "no direct SSH address"),
        ({"public_ipaddr": "203.0.113.9", "ssh_host": "h"}, None, "no proxy SSH address"),
    ],
)
def test_no_address_is_a_clear_error(
    fields: dict[str, Any], direct: bool | None, what: str
) -> None:
    with pytest.raises(SSHUnavailableError, match=what):
        ssh_endpoint(instance(**fields), direct=direct)


def test_the_client_methods_on_a_fake_instance(mode: str, fake: FakeVast) -> None:
    iid = new_instance(fake, running=True)

    async def scenario(api: Api) -> Any:
        shown = (await api.show_instance(id=iid)).instances
        client = api.client
        return (
            shown,
            client.ssh_url(shown),
            client.scp_url(shown, direct=False),
            (client.ssh_command(shown, identity_file="k")),
        )

    (shown, url, scp, cmd), _ = run(mode, fake, scenario)
    port = shown.ports["22/tcp"][0].host_port
    assert url == f"ssh://root@{shown.public_ipaddr}:{port}"
    assert scp == f"scp://root@{shown.ssh_host}:{shown.ssh_port}"
    assert cmd == ["ssh", "-p", port, "-i", "k", f"root@{shown.public_ipaddr}"]


# ---------------------------------------------------------------- attach_local_ssh_key


def write_key(home: Path, name: str, text: str) -> Path:
    folder = home / ".ssh"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text + "\n")
    return path


def attached_keys(fake: FakeVast, iid: int) -> list[str]:
    with fake.client() as vast:
        shown = vast.show_instance_ssh_keys(id=iid).ssh_keys
    return [k["public_key"] for k in json.loads(shown or "[]")]


def test_registers_then_attaches_the_default_key(
    mode: str, fake: FakeVast, no_real_key: Path
) -> None:
    key = public_key()
    write_key(no_real_key, "id_rsa.pub", public_key("ssh-rsa", seed=2))
    path = write_key(no_real_key, "id_ed25519.pub", key)  # preferred over id_rsa
    iid = new_instance(fake, running=True)

    async def scenario(api: Api) -> Any:
        return await api.attach_local_ssh_key(iid)

    done, _ = run(mode, fake, scenario)
    assert isinstance(done, AttachedSSHKey) and done.registered and done.path == path
    assert done.public_key == key and fake.state.ssh_keys[done.key_id]["key"] == key
    assert attached_keys(fake, iid) == [key]
    assert len(fake.calls_to("create_ssh_key")) == 1


def test_a_key_already_on_the_account_is_not_added_again(
    mode: str, fake: FakeVast, tmp_path: Path
) -> None:
    with fake.client() as vast:
        known = vast.create_ssh_key(ssh_key=public_key(comment="old-comment")).key.id
    path = tmp_path / "work.pub"
    path.write_text(public_key(comment="new-comment"))
    iid = new_instance(fake)

    async def scenario(api: Api) -> Any:
        return await api.attach_local_ssh_key(iid, path)

    done, _ = run(mode, fake, scenario)
    assert (done.key_id, done.registered) == (known, False)
    assert len(fake.calls_to("create_ssh_key")) == 1  # only the setup's
    assert len(fake.state.ssh_keys) == 1 and len(attached_keys(fake, iid)) == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE=\n", "is a private key"),
        ("ssh-ed25519 not-base64!", "not one OpenSSH public key line"),
        (public_key() + "\n" + public_key(seed=3), "not one OpenSSH public key line"),
        (public_key().replace("ssh-ed25519 ", "ssh-rsa ", 1), "not one OpenSSH public key"),
    ],
)
def test_what_is_not_a_public_key_is_never_sent(
    mode: str, fake: FakeVast, tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "key"
    path.write_text(text)

    async def scenario(api: Api) -> Any:
        return await api.attach_local_ssh_key(1, path)

    with pytest.raises(InvalidRequestError, match=message) as caught:
        run(mode, fake, scenario)
    assert fake.calls == [] and "b3BlbnNzaC1rZXktdjE" not in str(caught.value)


def test_no_key_file_says_where_it_looked(mode: str, fake: FakeVast, tmp_path: Path) -> None:
    async def default(api: Api) -> Any:
        return await api.attach_local_ssh_key(1)

    with pytest.raises(InvalidRequestError, match=r"looked for id_ed25519\.pub, id_rsa\.pub"):
        run(mode, fake, default)

    async def missing(api: Api) -> Any:
        return await api.attach_local_ssh_key(1, tmp_path / "nope.pub")

    with pytest.raises(InvalidRequestError, match="cannot read SSH key file"):
        run(mode, fake, missing)
    assert fake.calls == []


def test_an_unknown_instance_is_not_found(mode: str, fake: FakeVast, tmp_path: Path) -> None:
    path = tmp_path / "k.pub"
    path.write_text(public_key())

    async def scenario(api: Api) -> Any:
        return await api.attach_local_ssh_key(999, path)

    with pytest.raises(NotFoundError):
        run(mode, fake, scenario)
