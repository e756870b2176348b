"""public_port: where a container port is reached, from an Instance or the API's JSON, with the
shapes production sends (HostPort as text, IPv6 entries, missing fields), and an error that
names the ports that are published."""

from __future__ import annotations

import pickle
from typing import Any

import pytest

from vast_sdk import InvalidRequestError, VastError
from vast_sdk._workflows._ports import mapped_ports, public_port, ssh_address
from vast_sdk._workflows._rent_errors import PortNotMappedError
from vast_sdk.models import Instance


def running(**fields: Any) -> dict[str, Any]:
    """An instance as show_instance returns it once running (direct SSH and 8080 mapped)."""
    row: dict[str, Any] = {
        "id": 24000017,
        "machine_id": 52001,
        "actual_status": "running",
        "intended_status": "running",
        "public_ipaddr": "203.0.113.7\n",  # production pads it
        "ssh_host": "ssh4.vast.ai",
        "ssh_port": 30517,
        "image_runtype": "ssh_direc ssh_proxy",
        "ports": {
            "22/tcp": [
                {"HostIp": "0.0.0.0", "HostPort": "41022"},
                {"HostIp": "::", "HostPort": "41022"},
            ],
            "8080/tcp": [
                {"HostIp": "::", "HostPort": "41081"},  # the IPv6 entry first
                {"HostIp": "0.0.0.0", "HostPort": "41080"},
            ],
            "5000/udp": [{"HostIp": "0.0.0.0", "HostPort": "41500"}],
        },
    }
    row.update(fields)
    return row


@pytest.mark.parametrize("as_model", [True, False], ids=["Instance", "json"])
def test_direct_mappings_are_the_public_ip_and_the_host_port(as_model: bool) -> None:
    raw = running()
    inst: Any = Instance.from_dict(raw) if as_model else raw
    assert public_port(inst, 8080) == ("203.0.113.7", 41080)  # the IPv4 entry
    assert public_port(inst, "8080/tcp") == ("203.0.113.7", 41080)
    assert public_port(inst, 22) == ("203.0.113.7", 41022)
    assert public_port(inst, "5000/udp") == ("203.0.113.7", 41500)
    assert mapped_ports(inst) == ("22/tcp", "5000/udp", "8080/tcp")


def test_host_port_sent_as_a_number_is_read_too() -> None:
    raw = running(ports={"8080/tcp": [{"HostIp": "0.0.0.0", "HostPort": 41080}]})
    assert public_port(Instance.from_dict(raw), 8080) == ("203.0.113.7", 41080)


def test_ssh_falls_back_to_the_proxy_and_direct_false_asks_for_it() -> None:
    proxy_only = running(ports={})
    assert public_port(proxy_only, 22) == ("ssh4.vast.ai", 30517)
    assert public_port(running(), 22, direct=False) == ("ssh4.vast.ai", 30517)
    jupyter = running(ports={}, image_runtype="jupyter_direc ssh_direc")
    assert public_port(jupyter, 22) == ("ssh4.vast.ai", 30518)  # ssh_port is Jupyter's
    assert ssh_address(proxy_only) == ("ssh4.vast.ai", 30517)


def test_a_port_that_is_not_mapped_names_the_ports_that_are() -> None:
    with pytest.raises(PortNotMappedError) as caught:
        public_port(Instance.from_dict(running()), 6006)
    err = caught.value
    assert err.port == "6006/tcp" and err.instance_id == 24000017
    assert err.mapped == ("22/tcp", "5000/udp", "8080/tcp")
    assert "22/tcp, 5000/udp, 8080/tcp" in str(err) and "ports=(6006,)" in str(err)
    assert isinstance(err, LookupError) and isinstance(err, VastError)
    back = pickle.loads(pickle.dumps(err))
    assert back.mapped == err.mapped and str(back) == str(err)


def test_tcp_and_udp_are_different_ports() -> None:
    with pytest.raises(PortNotMappedError, match="5000/tcp"):
        public_port(running(), 5000)


def test_an_instance_that_is_not_running_yet_says_so() -> None:
    loading = running(actual_status="loading", ports={}, ssh_host=None, ssh_port=None)
    with pytest.raises(PortNotMappedError, match="actual_status 'loading'") as caught:
        public_port(loading, 8080)
    assert caught.value.mapped == ()
    assert ssh_address(loading) is None


@pytest.mark.parametrize(
    "fields",
    [
        {"ports": None},
        {"ports": {"8080/tcp": None}},
        {"ports": {"8080/tcp": []}},
        {"ports": {"8080/tcp": [{"HostIp": "0.0.0.0"}]}},
        {"ports": {"8080/tcp": [{"HostIp": "0.0.0.0", "HostPort": ""}]}},
        {"ports": {"8080/tcp": [{"HostIp": "0.0.0.0", "HostPort": "0"}]}},
        {"ports": {"8080/tcp": [{"HostIp": "0.0.0.0", "HostPort": "a1"}]}},
        {"ports": {"8080/tcp": [{"HostIp": "0.0.0.0", "HostPort": "\u0663\u0664"}]}},
        {"ports": {"8080/tcp": [{"HostIp": "0.0.0.0", "HostPort": True}]}},
        {"ports": {"8080/tcp": [None, 7]}},
        {"ports": "8080"},
        {"public_ipaddr": None},
        {"public_ipaddr": "  "},
    ],
)
def test_shapes_without_an_address_are_the_typed_error_never_a_crash(
    fields: dict[str, Any],
) -> None:
    raw = running(**fields)
    raw.pop("ssh_host")
    with pytest.raises(PortNotMappedError):
        public_port(raw, 8080)


def test_direct_true_never_answers_with_the_proxy() -> None:
    with pytest.raises(PortNotMappedError, match="no direct address"):
        public_port(running(ports={}), 22, direct=True)
    with pytest.raises(PortNotMappedError, match="proxy serves SSH"):
        public_port(running(), 8080, direct=False)


@pytest.mark.parametrize("bad", [0, 70000, "http", "22/sctp", None, True, 22.5])
def test_a_port_argument_that_is_not_a_port_is_refused(bad: Any) -> None:
    with pytest.raises(InvalidRequestError):
        public_port(running(), bad)
