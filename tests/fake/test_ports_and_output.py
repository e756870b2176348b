"""What an instance publishes (the ports its rental asked for, direct and proxy addresses) and
what its logs hold (the fake's own lines, marked, and the job output a test feeds)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from vast_sdk import BadRequestError, Vast
from vast_sdk.testing import FakeVast


def rent(vast: Vast, **fields: Any) -> int:
    offer = vast.search_offers(gpu_name={"eq": "RTX 4090"}, order=[["dph_total", "asc"]]).offers[0]
    return int(vast.create_instance(id=offer.id, image="ubuntu:22.04", **fields).new_contract)


def raw(fake: FakeVast, iid: int) -> dict[str, Any]:
    answer = httpx.get(
        f"{fake.url}/api/v0/instances/{iid}/", headers={"Authorization": f"Bearer {fake.api_key}"}
    )
    shown: dict[str, Any] = answer.json()["instances"]
    return shown


def test_the_ports_a_rental_asks_for_are_published_as_docker_shows_them(
    vast: Vast, fake: FakeVast
) -> None:
    env = {"-p 8080:8080": "1", "-p 8081:8081/udp": "1", "-p 70000:10022": "1", "TZ": "UTC"}
    iid = rent(vast, env=env, runtype="jupyter_direc ssh_direc ssh_proxy")
    loading = raw(fake, iid)
    assert loading["ports"] == {}  # published once the container runs
    assert loading["direct_port_start"] > 0 and loading["public_ipaddr"]
    fake.clock.advance(fake.state.boot_seconds)
    shown = raw(fake, iid)
    assert set(shown["ports"]) == {"22/tcp", "8080/tcp", "8081/udp", "10022/tcp"}
    hosts = []
    for mappings in shown["ports"].values():
        assert [m["HostIp"] for m in mappings] == ["0.0.0.0", "::"]
        assert len({m["HostPort"] for m in mappings}) == 1
        hosts.append(int(mappings[0]["HostPort"]))
    assert (shown["direct_port_start"], shown["direct_port_end"]) == (min(hosts), max(hosts))
    assert len(set(hosts)) == 4  # one host port each, from the instance's block
    assert ["TZ", "UTC"] in shown["extra_env"] and ["-p 8080:8080", "1"] in shown["extra_env"]
    # the model the SDK parses it into
    model = vast.show_instance(id=iid).instances
    assert model.ports is not None
    assert model.ports["10022/tcp"][0].host_port == str(
        fake.state.instances[iid]["_ports"]["10022/tcp"]
    )


@pytest.mark.parametrize(
    ("runtype", "direct"),
    [
        (None, {"22/tcp"}),  # no runtype: SSH direct and through the proxy
        ("ssh", set()),  # the CLI's default: the proxy only
        ("ssh_proxy", set()),
        ("ssh_direc ssh_proxy", {"22/tcp"}),
        ("jupyter_proxy ssh_proxy", set()),
        ("jupyter_direc ssh_direc ssh_proxy", {"22/tcp", "8080/tcp"}),
        ("args", set()),
    ],
)
def test_each_runtype_maps_what_vast_opens_for_it(
    vast: Vast, fake: FakeVast, runtype: str | None, direct: set[str]
) -> None:
    fields = {} if runtype is None else {"runtype": runtype}
    iid = rent(vast, **fields)
    fake.clock.advance(fake.state.boot_seconds)
    shown = raw(fake, iid)
    assert set(shown["ports"]) == direct
    assert shown["ssh_host"].endswith(".vast.ai") and shown["ssh_port"] > 0  # the proxy
    if not direct:
        assert (shown["direct_port_start"], shown["direct_port_end"]) == (-1, -1)


def test_the_official_ssh_url_rules_find_the_addresses(vast: Vast, fake: FakeVast) -> None:
    """``vastai ssh-url`` (cli/commands/misc.py:_ssh_url): ports["22/tcp"] on public_ipaddr
    when mapped, else ssh_host:ssh_port (+1 for a Jupyter runtype)."""
    direct = rent(vast, runtype="ssh_direc ssh_proxy")
    jupyter = rent(vast, runtype="jupyter_proxy ssh_proxy")
    fake.clock.advance(fake.state.boot_seconds)
    d, j = vast.show_instance(id=direct).instances, vast.show_instance(id=jupyter).instances
    assert d.ports is not None and j.ssh_port is not None
    assert vast.ssh_url(d) == f"ssh://root@{d.public_ipaddr}:{d.ports['22/tcp'][0].host_port}"
    assert vast.ssh_url(j) == f"ssh://root@{j.ssh_host}:{j.ssh_port + 1}"


@pytest.mark.parametrize(
    "env",
    [
        {"-p abc:def": "1"},
        {"-p 8080:99999": "1"},
        {"A": {"nested": "value"}},
        {"A": ["list"]},
    ],
)
def test_env_the_api_cannot_use_is_refused(vast: Vast, env: dict[str, Any]) -> None:
    with pytest.raises(BadRequestError) as refused:
        rent(vast, env=env)
    assert refused.value.error == "invalid_args"


def test_env_values_are_any_text(vast: Vast, fake: FakeVast) -> None:
    env = {"URL": "https://x.example/a?b=c&d=e", "TOKEN": "a/b:c=d+e", "EMPTY": "", "N": 3}
    iid = rent(vast, env=env)
    assert fake.state.instances[iid]["_env"] == {**env, "N": "3"}


# ---------------------------------------------------------------- output


def test_logs_mark_the_fakes_lines_and_return_the_job_output(fake: FakeVast) -> None:
    with fake.client(virtual_sleep=True) as vast:
        iid = rent(vast, onstart="python train.py --epochs 2 && echo finished")
        fake.clock.advance(fake.state.boot_seconds)
        before = vast.logs(iid)
        assert "finished" not in before and "train.py" not in before  # no echo of onstart
        assert all(ln.startswith("[FakeVast] ") for ln in before.splitlines() if ln)
        fake.write_output(iid, "epoch 1: loss 0.41\nepoch 2: loss 0.28\nfinished\n")
        lines = vast.logs(iid).splitlines()
        assert [ln for ln in lines if not ln.startswith("[FakeVast] ")] == [
            "epoch 1: loss 0.41",
            "epoch 2: loss 0.28",
            "finished",
        ]
        assert vast.logs(iid, tail=1).strip() == "finished"
        assert vast.logs(iid, filter="epoch 2").strip() == "epoch 2: loss 0.28"
        assert "finished" not in vast.logs(iid, daemon_logs=True)


def test_execute_returns_the_output_a_test_scripts(fake: FakeVast) -> None:
    with fake.client(virtual_sleep=True) as vast:
        iid = rent(vast)
        fake.clock.advance(fake.state.boot_seconds)
        fake.write_output(iid, "checkpoint-100\ncheckpoint-200\n", command="ls /workspace/ckpt")
        assert vast.execute_text(iid, "ls /workspace/ckpt") == "checkpoint-100\ncheckpoint-200\n"
        assert "README.md" in vast.execute_text(iid, "ls /workspace")  # unscripted: the fake FS
        with pytest.raises(ValueError, match="only ls, rm and du"):
            fake.write_output(iid, "x", command="cat /etc/passwd")
        with pytest.raises(ValueError, match="no instance"):
            fake.write_output(1, "x")
