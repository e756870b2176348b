"""The network side of an instance: the ports a rental asks for and how they are published.

A rental asks for ports in its ``env``, the way the official CLI (``-p 8080:8080`` in
``--env``, parsed by ``vastai/utils.py:parse_env``) and dstack (``{"-p 10022:10022": "1"}``)
send them: a key ``-p HOST:CONTAINER`` or ``-p HOST:CONTAINER/udp`` with any value. Its
``runtype`` adds the direct ports Vast opens itself: 22 for ``ssh_direc``, 8080 (Jupyter) for
``jupyter_direc``. Each mapped container port gets a host port from the instance's block of the
machine's direct range (the host half of ``-p`` is not kept: Vast picks the external port), and
is published the way Docker reports it, only while the container runs:

    "ports": {"8080/tcp": [{"HostIp": "0.0.0.0", "HostPort": "20001"},
                           {"HostIp": "::", "HostPort": "20001"}]}

with ``public_ipaddr`` the machine's address and ``direct_port_start``/``direct_port_end`` the
block (``-1`` when nothing is mapped). SSH through Vast's proxy is ``ssh_host``:``ssh_port``
(for a Jupyter runtype ``ssh_port`` is Jupyter's and SSH is the next port, as the official
``vastai ssh-url`` reads it); direct SSH is ``public_ipaddr``:``ports["22/tcp"]``.
"""

from __future__ import annotations

import re
from typing import Any

from ._base import reject
from ._state import Row, State

DEFAULT_RUNTYPE = "ssh_direc ssh_proxy"
"""What an instance runs as when the rental names no runtype (SSH direct and through the proxy,
like the console's default templates; production's own default is not documented)."""

JUPYTER_PORT = 8080
"""The container port Vast's Jupyter listens on."""

BLOCK = 100
"""Host ports reserved per instance on its machine."""

_PORT_KEY = re.compile(r"^-p\s+(?:(\d{1,5}):)?(\d{1,5})(?:/(tcp|udp))?$")


def _key(port: int, proto: str = "tcp") -> str:
    return f"{port}/{proto}"


def split_env(env: Any) -> tuple[dict[str, str], list[str]]:
    """(every entry as text, the container ports it maps as ``"8080/tcp"`` keys).

    Values may be any text (tokens, URLs, ``a=b:c/d+e``): the official client sends them as
    typed. A value that is not a string, number or boolean, or a ``-p`` key that is not a port
    mapping, is refused with 400 ``invalid_args``.
    """
    if env is None:
        return {}, []
    if not isinstance(env, dict):
        raise reject(400, "invalid_args", "env must be an object of names to values")
    entries: dict[str, str] = {}
    ports: list[str] = []
    for name, value in env.items():
        if isinstance(value, (dict, list)) or value is None:
            raise reject(400, "invalid_args", f"env {name!r}: the value must be text")
        text = str(value).lower() if isinstance(value, bool) else str(value)
        key = str(name)
        if key.startswith("-p"):
            found = _PORT_KEY.match(key.strip())
            port = int(found.group(2)) if found else 0
            if found is None or not 1 <= port <= 65535:
                raise reject(400, "invalid_args", f"Invalid port mapping {key!r}")
            mapped = _key(port, found.group(3) or "tcp")
            if mapped not in ports:
                ports.append(mapped)
        entries[key] = text
    return entries, ports


def runtype_ports(runtype: str) -> list[str]:
    """The container ports a runtype maps directly."""
    words = runtype.split()
    found = []
    if "ssh_direc" in words:
        found.append(_key(22))
    if "jupyter_direc" in words:
        found.append(_key(JUPYTER_PORT))
    return found


def machine_base(machine_id: int) -> int:
    """Where a machine's direct port range starts (deterministic per machine)."""
    return 20_000 + (machine_id % 90) * 500


def allocate(s: State, machine_id: int, ports: list[str]) -> dict[str, int]:
    """Host ports for ``ports`` from the next free block of the machine's direct range."""
    if not ports:
        return {}
    cursor: dict[int, int] = s.port_blocks
    block = cursor.get(machine_id, 0)
    cursor[machine_id] = block + 1
    start = machine_base(machine_id) + (block % 5) * BLOCK
    ordered = sorted(ports, key=lambda k: (int(k.split("/")[0]), k))
    return {key: start + n for n, key in enumerate(ordered)}


LOOPBACK = "127.0.0.1"


def network(inst: Row, running: bool) -> dict[str, Any]:
    """The instance's address fields as the API shows them (ports only while running).

    A port opened with ``FakeVast.open_port`` is published at a real listener on loopback:
    the instance's ``public_ipaddr`` is then 127.0.0.1 and that port's HostPort the
    listener's; a proxy listener replaces ``ssh_host``/``ssh_port``.
    """
    mapped: dict[str, int] = dict(inst["_ports"])
    listeners: dict[str, int] = inst.get("_listeners") or {}
    mapped.update(listeners)
    ports = {
        key: [
            {"HostIp": "0.0.0.0", "HostPort": str(host)},
            {"HostIp": "::", "HostPort": str(host)},
        ]
        for key, host in sorted(mapped.items(), key=lambda kv: kv[1])
    }
    block = list(inst["_ports"].values())
    fields: dict[str, Any] = {
        "ports": ports if running else {},
        "public_ipaddr": LOOPBACK if listeners else inst["public_ipaddr"],
        "direct_port_start": min(block) if block else -1,
        "direct_port_end": max(block) if block else -1,
    }
    proxy = inst.get("_proxy_listener")
    if proxy is not None:
        jupyter = "jupyter" in (inst.get("image_runtype") or "")
        fields.update(ssh_host=LOOPBACK, ssh_port=proxy - 1 if jupyter else proxy)
    return fields
