"""Ports and env: asking for container ports, reading back where they are published, and the
official CLI's docker-style env string.

On the wire, a rental asks for a port inside its ``env`` object, the way the official CLI sends
``--env "-p 8080:8080"`` (``vastai/utils.py:parse_env``) and dstack sends ``{"-p 10022:10022":
"1"}``: a key ``-p HOST:CONTAINER[/udp]`` with the value ``"1"``. Vast maps each such container
port to a host port of its own choosing and shows it the way Docker does::

    "ports": {"8080/tcp": [{"HostIp": "0.0.0.0", "HostPort": "41022"}, ...]}

with ``public_ipaddr`` the machine's address. SSH is also reachable through Vast's proxy,
``ssh_host``:``ssh_port`` (for a Jupyter runtype ``ssh_port`` is Jupyter's and SSH is the next
port, which is how ``vastai ssh-url`` reads it).

Everything here is pure: no request is made.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from .._errors import InvalidRequestError
from ._read import InstanceLike, get, instance_id, integer, text
from ._rent_errors import EnvError, PortNotMappedError

__all__ = [
    "EnvLike",
    "PortLike",
    "build_env",
    "mapped_ports",
    "parse_env_string",
    "port_env",
    "public_port",
    "ssh_address",
]

PortLike = int | str
"""A container port: ``8080``, or ``"8080/tcp"`` / ``"8080/udp"``."""

EnvLike = Mapping[str, str] | str
"""What ``env=`` takes: a mapping of names to text, or the official CLI's docker-style string
(``"-e A=b -p 8080:8080"``)."""

SSH_PORT = 22
_PROTOCOLS = ("tcp", "udp")
_PORT_SPEC = re.compile(r"^(?:(\d{1,5}):)?(\d{1,5})(?:/(tcp|udp))?$")
"""A ``-p`` value: ``[HOST:]CONTAINER[/tcp|/udp]`` (Docker's form, without an IP)."""

# The official parser's character sets, as vastai/utils.py:parse_env checks each value
# (a value with another character is dropped without a word).
_CLI_PORT_CHARS = frozenset("0123456789:tcp/udp")
_CLI_VOLUME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:./_")
_CLI_NETWORK_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")
_CLI_FLAGS = ("-e", "-p", "-h", "-v", "-n")
_QUOTES = "'\""


# ---------------------------------------------------------------- reading published ports


def _port_key(port: PortLike) -> tuple[str, int]:
    """(``"8080/tcp"``, 8080) for 8080 or ``"8080/tcp"``; InvalidRequestError otherwise."""
    number: int | None
    proto = "tcp"
    if isinstance(port, str):
        head, _, tail = port.strip().partition("/")
        number = integer(head)
        if tail:
            proto = tail.lower()
    else:
        number = integer(port)
    if number is None or not 1 <= number <= 65535 or proto not in _PROTOCOLS:
        raise InvalidRequestError(
            f"port must be 1-65535, optionally with /tcp or /udp (8080, '8080/udp'); got {port!r}"
        )
    return f"{number}/{proto}", number


def _host_ports(entries: object) -> list[tuple[str | None, int]]:
    """(HostIp, HostPort) of each usable mapping entry; model items and JSON objects alike."""
    if not isinstance(entries, (list, tuple)):
        return []
    found: list[tuple[str | None, int]] = []
    for entry in entries:
        if isinstance(entry, Mapping):
            host_ip, host_port = entry.get("HostIp"), entry.get("HostPort")
        else:
            host_ip, host_port = getattr(entry, "host_ip", None), getattr(entry, "host_port", None)
        number = integer(host_port)
        if number is not None and 1 <= number <= 65535:
            found.append((host_ip if isinstance(host_ip, str) else None, number))
    return found


def mapped_ports(instance: InstanceLike) -> tuple[str, ...]:
    """The container ports the instance publishes now (``("22/tcp", "8080/tcp")``), sorted
    by number; empty while it is not running (the API shows ports only then)."""
    ports = get(instance, "ports")
    if not isinstance(ports, Mapping):
        return ()
    keys = [str(k) for k, v in ports.items() if _host_ports(v)]
    return tuple(sorted(keys, key=lambda k: (integer(k.partition("/")[0]) or 0, k)))


def _direct(instance: InstanceLike, key: str) -> tuple[str, int] | None:
    host = text(instance, "public_ipaddr")
    ports = get(instance, "ports")
    if host is None or not isinstance(ports, Mapping):
        return None
    entries = _host_ports(ports.get(key))
    if not entries:
        return None
    ipv4 = [port for ip, port in entries if ip is None or ":" not in ip]  # public_ipaddr is v4
    return host, (ipv4 or [port for _, port in entries])[0]


def _proxy(instance: InstanceLike, number: int, key: str) -> tuple[str, int] | None:
    """Vast's SSH proxy address, which only serves SSH (container port 22/tcp)."""
    if number != SSH_PORT or key != "22/tcp":
        return None
    host, port = text(instance, "ssh_host"), integer(get(instance, "ssh_port"))
    if host is None or port is None or port <= 0:
        return None
    runtype = get(instance, "image_runtype")
    if isinstance(runtype, str) and "jupyter" in runtype:
        port += 1
    return host, port


def public_port(
    instance: InstanceLike, port: PortLike, *, direct: bool | None = None
) -> tuple[str, int]:
    """Where container ``port`` of ``instance`` is reached from outside: ``(host, port)``.

    A direct mapping is the machine's ``public_ipaddr`` and the host port Vast mapped to the
    container port (``ports["8080/tcp"][0]["HostPort"]``, which the API sends as text). SSH
    (port 22) is also reachable through Vast's proxy, ``ssh_host``:``ssh_port``.

    Args:
        instance: An Instance (from ``wait_for_instance``, ``launch``, ``show_instances``) or
            the instance's JSON object.
        port: The container port: ``8080``, or ``"8080/udp"`` for UDP.
        direct: True for the direct mapping only, False for the proxy only (SSH), None
            (default) for the direct mapping when there is one, else the proxy.

    Returns:
        ``(host, port)``, e.g. ``("203.0.113.7", 41022)``.

    Raises:
        PortNotMappedError: no such address; its message and ``mapped`` name the ports the
            instance does publish (none while it is not running).
        InvalidRequestError: ``port`` is not a port number.
    """
    key, number = _port_key(port)
    found = None
    if direct is not False:
        found = _direct(instance, key)
    if found is None and direct is not True:
        found = _proxy(instance, number, key)
    if found is not None:
        return found
    mapped = mapped_ports(instance)
    iid = instance_id(instance)
    raise PortNotMappedError(
        f"instance {iid}: no {_kind(direct)}address for port {key}: "
        f"{_why(instance, key, number, direct, mapped)}",
        instance_id=iid,
        port=key,
        mapped=mapped,
    )


def _kind(direct: bool | None) -> str:
    return {True: "direct ", False: "proxy ", None: ""}[direct]


def _why(
    instance: InstanceLike, key: str, number: int, direct: bool | None, mapped: tuple[str, ...]
) -> str:
    """Why public_port found no address, naming what the instance does publish."""
    status = get(instance, "actual_status")
    if direct is False:
        if number != SSH_PORT or key != "22/tcp":
            return "Vast's proxy serves SSH (22/tcp) only"
        return f"it has no ssh_host/ssh_port (actual_status {status!r})"
    if not mapped:
        if status != "running":
            return (
                f"it publishes no ports yet (actual_status {status!r}: ports appear once it runs)"
            )
        return "it publishes no ports"
    if key not in mapped:
        return (
            f"it publishes {', '.join(mapped)}; ask for {key} when renting "
            f"(ports=({number},) or env '-p {number}:{number}')"
        )
    return f"it publishes {', '.join(mapped)}, but has no public_ipaddr"


def ssh_address(instance: InstanceLike) -> tuple[str, int] | None:
    """Where to SSH into ``instance`` now (direct when mapped, else the proxy), or None while
    no address is published. ``wait_for_instance(..., ssh=True)`` waits for one."""
    try:
        return public_port(instance, SSH_PORT)
    except PortNotMappedError:
        return None


# ---------------------------------------------------------------- asking for ports


def port_env(ports: Iterable[PortLike]) -> dict[str, str]:
    """The env entries that ask for container ``ports``: ``{"-p 8080:8080": "1", ...}``.

    The wire form the official CLI sends for ``-p 8080:8080`` (Vast picks the host port; the
    host half only has to be there). UDP ports are ``"-p 5000:5000/udp"``.

    Raises:
        InvalidRequestError: a port is not 1-65535 (with /tcp or /udp).
    """
    if isinstance(ports, (str, bytes, int)):
        raise InvalidRequestError(f"ports must be a sequence of ports, e.g. (8080,); got {ports!r}")
    env: dict[str, str] = {}
    for port in ports:
        key, number = _port_key(port)
        suffix = "/udp" if key.endswith("/udp") else ""
        env[f"-p {number}:{number}{suffix}"] = "1"
    return env


def _container_port(spec: str) -> str | None:
    """``"8080/tcp"`` for a valid ``-p`` value (``9000:8080``, ``8080/udp``...), else None."""
    found = _PORT_SPEC.match(spec)
    if found is None:
        return None
    numbers = [int(g) for g in found.group(1, 2) if g is not None]
    if not all(1 <= n <= 65535 for n in numbers):
        return None
    return f"{found.group(2)}/{found.group(3) or 'tcp'}"


def build_env(env: EnvLike | None, ports: Iterable[PortLike] = ()) -> dict[str, str] | None:
    """The ``env`` object to send for a rental: ``env`` read as a mapping or as the official
    CLI's docker-style string, plus the ``-p`` entries for ``ports`` (a container port the env
    maps already is not added again). None when there is nothing to send.

    Args:
        env: A mapping of names to text (``-p ...`` keys pass through, checked), or a string
            such as ``"-e HF_HOME=/w -p 8080:8080"`` (see ``parse_env_string``).
        ports: Container ports to publish, e.g. ``(8080, 6006)``.

    Raises:
        EnvError: ``env`` is another type, a value is not text, a ``-p`` key is not a port
            mapping, or the string has a part the official CLI would drop (nothing is sent).
        InvalidRequestError: a port is not 1-65535.
    """
    if env is None:
        merged: dict[str, str] = {}
    elif isinstance(env, str):
        merged = parse_env_string(env)
    elif isinstance(env, Mapping):
        merged = _checked_mapping(env)
    else:
        raise EnvError(
            "env must be a mapping of names to text, or a docker-style string such as "
            f"'-e NAME=value -p 8080:8080'; got {type(env).__name__}"
        )
    published = {_container_port(k[2:].strip()) for k in merged if k.startswith("-p")}
    for key, value in port_env(ports).items():
        if _container_port(key[3:]) not in published:
            merged[key] = value
    return merged or None


def _checked_mapping(env: Mapping[Any, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in env.items():
        if not isinstance(name, str) or not name.strip():
            raise EnvError(f"env names must be non-empty text; got {name!r}", token=repr(name))
        if not isinstance(value, str):
            raise EnvError(
                f"env[{name!r}] must be text, got {type(value).__name__} {value!r}: "
                f"pass {str(value)!r}",
                token=name,
            )
        if name.startswith("-p") and _container_port(name[2:].strip()) is None:
            raise EnvError(
                f"env key {name!r} is not a port mapping: write '-p 8080:8080' "
                "(or '-p 8080:8080/udp'), or use ports=(8080,)",
                token=name,
            )
        out[name] = value
    return out


# ---------------------------------------------------------------- the official CLI's string


def _cli_tokens(env: str) -> list[str]:
    """The string cut at spaces outside quotes, exactly as vastai/utils.py:smart_split cuts it
    (only ``" "`` separates; each quote character toggles its own state; quotes are kept)."""
    tokens: list[str] = []
    current: list[str] = []
    single = double = False
    for char in env:
        if char == " " and not (single or double):
            tokens.append("".join(current))
            current = []
            continue
        if char == "'":
            single = not single
        elif char == '"':
            double = not double
        current.append(char)
    if single or double:
        raise EnvError(
            f"env {env!r}: a quote is not closed, so everything after it would be read as "
            "one value",
            env=env,
        )
    tokens.append("".join(current))
    return tokens


def parse_env_string(env: str) -> dict[str, str]:
    """The ``env`` object for the official CLI's docker-style string, as ``vastai`` sends it.

    Reads ``-e NAME=value``, ``-p [HOST:]PORT[/udp]``, ``-h HOSTNAME``, ``-v SRC:DST`` and
    ``-n NETWORK`` exactly as ``vastai/utils.py:parse_env`` (1.9.1) does: parts are separated
    by single spaces (quotes keep spaces inside a value), ``-e`` values lose their surrounding
    quotes, and ``-p``/``-v``/``-n`` become keys with the value ``"1"``. The result is the same
    object the official CLI sends.

    Where the official parser would silently drop or garble a part, this refuses the whole
    string instead (nothing is sent): a word that follows no flag, a flag with no value or
    followed by two spaces, ``-e`` without ``=`` or with an empty, quoted or flag-like name,
    a ``-p`` that is not a port mapping, ``-v``/``-n`` values with characters the CLI drops,
    a ``-h`` with no name, or an unclosed quote.

    Raises:
        EnvError: naming the part at fault.
    """
    tokens = _cli_tokens(env)
    result: dict[str, str] = {}
    flag: str | None = None
    for token in tokens:
        if flag is None:
            if token in _CLI_FLAGS:
                flag = token
            elif token:  # an empty token is a space too many between parts: harmless here
                raise EnvError(
                    f"env {env!r}: {token!r} follows no flag (-e, -p, -h, -v or -n); the "
                    "official CLI would drop it",
                    token=token,
                    env=env,
                )
            continue
        _cli_value(env, flag, token, result)
        flag = None
    if flag is not None:
        raise EnvError(f"env {env!r}: {flag} has no value", token=flag, env=env)
    return result


def _cli_value(env: str, flag: str, token: str, result: dict[str, str]) -> None:
    """Add what ``flag token`` means to ``result`` (the official parser's rules), or raise."""

    def refuse(why: str) -> EnvError:
        return EnvError(f"env {env!r}: {flag} {token!r}: {why}", token=token, env=env)

    if not token:
        raise refuse("two spaces after the flag: the official CLI reads an empty value there")
    if flag == "-e":
        name, sep, value = token.partition("=")
        if not sep:
            raise refuse("expected NAME=value (the official CLI drops it)")
        if not name or name.startswith("-") or any(c in name for c in _QUOTES + " \t\r\n"):
            raise refuse(
                "the name must be plain text before '=' (quote the value only: -e NAME='a b')"
            )
        result[name] = value.strip(_QUOTES)
    elif flag == "-p":
        if not set(token) <= _CLI_PORT_CHARS or _container_port(token) is None:
            raise refuse("not a port mapping such as 8080:8080 or 8080:8080/udp")
        result[f"-p {token}"] = "1"
    elif flag == "-v":
        if not set(token) <= _CLI_VOLUME_CHARS:
            raise refuse("only letters, digits and : . / _ are kept by the official CLI")
        result[f"-v {token}"] = "1"
    elif flag == "-n":
        if not set(token) <= _CLI_NETWORK_CHARS:
            raise refuse("only lowercase letters, digits and - are kept by the official CLI")
        if token.startswith("-"):
            raise refuse("a network name is expected after -n")
        result[f"-n {token}"] = "1"
    else:  # -h
        if token.startswith("-"):
            raise refuse("a host name is expected after -h")
        result["-h"] = token
