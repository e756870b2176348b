"""SSH: where to connect to an instance (like ``vastai ssh-url``), and putting your key on it."""

from __future__ import annotations

import base64
import binascii
import os
import struct
from collections.abc import Awaitable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard, cast

from .._errors import InvalidRequestError, NotFoundError
from ._base import AsyncHelper, SyncHelper
from ._errors import SSHUnavailableError
from ._read import InstanceLike
from ._rent_errors import PortNotMappedError

if TYPE_CHECKING:
    from ..models import Instance, SshKey
    from ._ports import PortLike

DEFAULT_KEY_FILES = (
    "id_ed25519.pub",
    "id_rsa.pub",
    "id_ecdsa.pub",
    "id_ed25519_sk.pub",
    "id_ecdsa_sk.pub",
)
"""Public keys looked for in ``~/.ssh``, in this order, when no path is given."""
_KEY_TYPES = ("ssh-", "ecdsa-", "sk-")


@dataclass(frozen=True)
class SSHEndpoint:
    """Where to SSH into an instance: ``host``, ``port`` and ``user``; ``direct`` is True for
    the machine's own address, False for Vast's SSH proxy."""

    host: str
    port: int
    direct: bool
    user: str = "root"

    def _netloc(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host  # IPv6
        return f"{self.user}@{host}:{self.port}"

    @property
    def url(self) -> str:
        """``ssh://root@host:port``, what ``vastai ssh-url`` prints."""
        return f"ssh://{self._netloc()}"

    @property
    def scp_url(self) -> str:
        """``scp://root@host:port``, what ``vastai scp-url`` prints."""
        return f"scp://{self._netloc()}"

    def command(self, *, identity_file: str | os.PathLike[str] | None = None) -> list[str]:
        """The ``ssh`` command line as a list (``subprocess.run([*cmd, "nvidia-smi"])``).

        Args:
            identity_file: A private key file for ``ssh -i`` (default: ssh's own choice).
        """
        cmd = ["ssh", "-p", str(self.port)]
        if identity_file is not None:
            cmd += ["-i", os.fspath(identity_file)]
        return [*cmd, f"{self.user}@{self.host}"]

    def __str__(self) -> str:
        return self.url


def ssh_endpoint(instance: Instance, *, direct: bool | None = None) -> SSHEndpoint:
    """Where to SSH into ``instance``, by the rules of the official ``vastai ssh-url``.

    Direct SSH goes to the machine's public IP and the host port Docker maps to the
    container's port 22 (``ports["22/tcp"][0]["HostPort"]``). Proxy SSH goes to Vast's
    ``ssh_host``:``ssh_port`` (plus one for Jupyter instances, whose ``ssh_port`` is Jupyter's).

    Args:
        instance: The instance, e.g. from ``wait_for_instance`` or ``launch``.
        direct: True for direct SSH, False for the proxy; None (default) prefers direct when
            the instance maps port 22, like the CLI.

    Raises:
        SSHUnavailableError: the instance has no address of that kind (not running yet?).
    """
    direct_found = _direct(instance)
    if direct is None:
        direct = direct_found is not None
    if direct:
        if direct_found is None:
            raise SSHUnavailableError(
                f"instance {instance.id} has no direct SSH address (public_ipaddr and a host "
                "port for 22/tcp): is it running, and was it created with direct SSH?"
            )
        return SSHEndpoint(direct_found[0], direct_found[1], direct=True)
    host, port = (instance.ssh_host or "").strip(), instance.ssh_port
    if not host or not isinstance(port, int) or port <= 0:
        raise SSHUnavailableError(
            f"instance {instance.id} has no proxy SSH address (ssh_host, ssh_port): is it running?"
        )
    if "jupyter" in (instance.image_runtype or ""):
        port += 1
    return SSHEndpoint(host, port, direct=False)


def _direct(instance: Instance) -> tuple[str, int] | None:
    host = (instance.public_ipaddr or "").strip()
    mapped = (instance.ports or {}).get("22/tcp") or []
    try:
        port = int(mapped[0].host_port or "")
    except (IndexError, ValueError):
        return None
    return (host, port) if host and port > 0 else None


# ---------------------------------------------------------------- the local public key


def read_public_key(path: str | os.PathLike[str] | None) -> tuple[Path, str]:
    """(the file, its key as one ``type base64 [comment]`` line), checked to be a public key.

    Without ``path``, the first of DEFAULT_KEY_FILES found in ``~/.ssh``. A private key is
    refused without being echoed anywhere.
    """
    if path is None:
        folder = Path.home() / ".ssh"
        found = next((folder / n for n in DEFAULT_KEY_FILES if (folder / n).is_file()), None)
        if found is None:
            raise InvalidRequestError(
                f"no SSH public key in {folder} (looked for {', '.join(DEFAULT_KEY_FILES)}); "
                "make one with `ssh-keygen -t ed25519`, or pass path="
            )
        file = found
    else:
        file = Path(path).expanduser()
    try:
        text = file.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InvalidRequestError(f"cannot read SSH key file {file}: {exc.strerror}") from None
    if "PRIVATE KEY" in text:
        raise InvalidRequestError(
            f"{file} is a private key: pass the public key ({file.name}.pub), which is all "
            "Vast needs (the private key never leaves your machine)"
        )
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if len(lines) != 1 or not _well_formed(lines[0]):
        raise InvalidRequestError(
            f"{file} is not one OpenSSH public key line (type, base64 key, optional comment)"
        )
    return file, " ".join(lines[0].split())


def _well_formed(line: str) -> bool:
    parts = line.split()
    if len(parts) < 2 or not parts[0].startswith(_KEY_TYPES):
        return False
    try:
        blob = base64.b64decode(parts[1], validate=True)
        (length,) = struct.unpack(">I", blob[:4])
    except (binascii.Error, struct.error):
        return False
    return blob[4 : 4 + length] == parts[0].encode()


def same_key(a: str, b: str) -> bool:
    """True when two public key lines hold the same key (the comment does not count)."""
    return a.split()[:2] == b.split()[:2]


@dataclass(frozen=True)
class AttachedSSHKey:
    """What attach_local_ssh_key did: the account's key ``key_id`` (for ``detach_ssh_key`` and
    ``delete_ssh_key``), the ``public_key`` line attached (as the account stores it), the
    ``path`` it was read from, and ``registered``: True when this call added it to the
    account."""

    key_id: int
    public_key: str
    path: Path
    registered: bool


def _account_key(keys: list[SshKey], public_key: str) -> SshKey | None:
    return next((k for k in keys if isinstance(k.key, str) and same_key(k.key, public_key)), None)


def _is_id(instance: object) -> TypeGuard[int]:
    return isinstance(instance, int) and not isinstance(instance, bool)


def _checked(instance: object, what: str) -> Instance:
    from ..models import Instance

    if not isinstance(instance, Instance):
        raise InvalidRequestError(
            f"{what} takes an Instance or an instance id (int), got {type(instance).__name__}"
        )
    return instance


def _ssh_missing(instance_id: int) -> SSHUnavailableError:
    return SSHUnavailableError(f"instance {instance_id} does not exist (show_instance)")


def _port_missing(instance_id: int, port: PortLike) -> PortNotMappedError:
    return PortNotMappedError(
        f"instance {instance_id} does not exist (show_instance)",
        instance_id=instance_id,
        port=str(port),
        mapped=(),
    )


class SyncAddresses(SyncHelper):
    """ssh_url, scp_url, ssh_command and public_port on Vast: an Instance (no request) or an
    instance id (one ``show_instance``)."""

    def _fetch(self, instance_id: int) -> Instance | None:
        try:
            return self.ops.show_instance(id=instance_id).instances
        except NotFoundError:  # the API's 200 with instances: null, as the core reads it
            return None

    def _instance(self, instance: Instance | int, what: str) -> Instance:
        if not _is_id(instance):
            return _checked(instance, what)
        found = self._fetch(instance)
        if found is None:
            raise _ssh_missing(instance)
        return found

    def ssh_url(self, instance: Instance | int, *, direct: bool | None = None) -> str:
        """The ``ssh://root@host:port`` URL of an instance, like ``vastai ssh-url``.

        Args:
            instance: The instance (from ``wait_for_instance``, ``launch``...; no request is
                made), or its id (fetched with ``show_instance``).
            direct: True for direct SSH (public IP, mapped port 22), False for Vast's SSH
                proxy; None (default) prefers direct when the instance has it, like the CLI.

        Returns:
            The URL, e.g. ``ssh://root@203.0.113.7:41022``.

        Raises:
            SSHUnavailableError: no address of that kind (is the instance running?), or no
                instance with that id.
        """
        return ssh_endpoint(self._instance(instance, "ssh_url"), direct=direct).url

    def scp_url(self, instance: Instance | int, *, direct: bool | None = None) -> str:
        """The ``scp://root@host:port`` URL of an instance, like ``vastai scp-url``.

        Args:
            instance: The instance (from ``wait_for_instance``, ``launch``...; no request is
                made), or its id (fetched with ``show_instance``).
            direct: True for direct SSH (public IP, mapped port 22), False for Vast's SSH
                proxy; None (default) prefers direct when the instance has it, like the CLI.

        Returns:
            The URL, e.g. ``scp://root@203.0.113.7:41022``.

        Raises:
            SSHUnavailableError: no address of that kind (is the instance running?), or no
                instance with that id.
        """
        return ssh_endpoint(self._instance(instance, "scp_url"), direct=direct).scp_url

    def ssh_command(
        self,
        instance: Instance | int,
        *,
        direct: bool | None = None,
        identity_file: str | os.PathLike[str] | None = None,
    ) -> list[str]:
        """The ssh command for an instance: ``["ssh", "-p", port, "root@host"]``.

        Append a remote command and run it: ``subprocess.run([*cmd, "nvidia-smi"])``; or show
        it with ``shlex.join(cmd)``.

        Args:
            instance: The instance (no request is made), or its id (fetched with
                ``show_instance``).
            direct: As for ``ssh_url``.
            identity_file: A private key file for ``ssh -i`` (default: ssh's own choice).

        Returns:
            The command as a list of arguments.

        Raises:
            SSHUnavailableError: no address of that kind (is the instance running?), or no
                instance with that id.
        """
        endpoint = ssh_endpoint(self._instance(instance, "ssh_command"), direct=direct)
        return endpoint.command(identity_file=identity_file)

    def public_port(
        self, instance: InstanceLike | int, port: PortLike, *, direct: bool | None = None
    ) -> tuple[str, int]:
        """Where container ``port`` of an instance is reached from outside: ``(host, port)``.

        ``vast_sdk.public_port`` for an instance id too: the direct mapping (the machine's
        ``public_ipaddr`` and the host port Vast mapped, ``ports["8080/tcp"]``), or for SSH
        (22) Vast's proxy when there is no direct one.

        Args:
            instance: An Instance or its JSON object (no request is made), or its id
                (fetched with ``show_instance``).
            port: The container port: ``8080``, or ``"8080/udp"``.
            direct: True for the direct mapping only, False for the proxy only (SSH), None
                (default) for the direct mapping when there is one, else the proxy.

        Returns:
            ``(host, port)``, e.g. ``("203.0.113.7", 41022)``.

        Raises:
            PortNotMappedError: no such address; it names the ports the instance publishes.
            InvalidRequestError: ``port`` is not a port number.
        """
        from ._ports import public_port as find_port  # loaded at the first use

        if _is_id(instance):
            found = self._fetch(instance)
            if found is None:
                raise _port_missing(instance, port)
            return find_port(found, port, direct=direct)
        return find_port(cast("InstanceLike", instance), port, direct=direct)


class AsyncAddresses(AsyncHelper):
    """ssh_url, scp_url, ssh_command and public_port on AsyncVast: given an Instance they
    answer at once (no request, not awaited); given an instance id they return an awaitable
    (one ``show_instance``): ``await avast.ssh_url(123)``. AsyncVast types them with the
    overloads of _typing.py (the return type follows the argument)."""

    async def _fetch(self, instance_id: int) -> Instance | None:
        try:
            return (await self.ops.show_instance(id=instance_id)).instances
        except NotFoundError:  # the API's 200 with instances: null, as the core reads it
            return None

    async def _ssh_by_id(self, instance_id: int, direct: bool | None, kind: str) -> str:
        found = await self._fetch(instance_id)
        if found is None:
            raise _ssh_missing(instance_id)
        endpoint = ssh_endpoint(found, direct=direct)
        return endpoint.url if kind == "ssh" else endpoint.scp_url

    def ssh_url(
        self, instance: Instance | int, *, direct: bool | None = None
    ) -> str | Awaitable[str]:
        """The ``ssh://root@host:port`` URL of an instance, like ``vastai ssh-url``.

        Args:
            instance: The instance (from ``wait_for_instance``, ``launch``...; no request is
                made), or its id (fetched with ``show_instance``: await the result).
            direct: True for direct SSH (public IP, mapped port 22), False for Vast's SSH
                proxy; None (default) prefers direct when the instance has it, like the CLI.

        Returns:
            The URL, e.g. ``ssh://root@203.0.113.7:41022`` (an awaitable of it for an id).

        Raises:
            SSHUnavailableError: no address of that kind (is the instance running?), or no
                instance with that id.
        """
        if _is_id(instance):
            return self._ssh_by_id(instance, direct, "ssh")
        return ssh_endpoint(_checked(instance, "ssh_url"), direct=direct).url

    def scp_url(
        self, instance: Instance | int, *, direct: bool | None = None
    ) -> str | Awaitable[str]:
        """The ``scp://root@host:port`` URL of an instance, like ``vastai scp-url``.

        Args:
            instance: The instance (from ``wait_for_instance``, ``launch``...; no request is
                made), or its id (fetched with ``show_instance``: await the result).
            direct: True for direct SSH (public IP, mapped port 22), False for Vast's SSH
                proxy; None (default) prefers direct when the instance has it, like the CLI.

        Returns:
            The URL, e.g. ``scp://root@203.0.113.7:41022`` (an awaitable of it for an id).

        Raises:
            SSHUnavailableError: no address of that kind (is the instance running?), or no
                instance with that id.
        """
        if _is_id(instance):
            return self._ssh_by_id(instance, direct, "scp")
        return ssh_endpoint(_checked(instance, "scp_url"), direct=direct).scp_url

    async def _command_by_id(
        self, instance_id: int, direct: bool | None, identity_file: str | os.PathLike[str] | None
    ) -> list[str]:
        found = await self._fetch(instance_id)
        if found is None:
            raise _ssh_missing(instance_id)
        return ssh_endpoint(found, direct=direct).command(identity_file=identity_file)

    def ssh_command(
        self,
        instance: Instance | int,
        *,
        direct: bool | None = None,
        identity_file: str | os.PathLike[str] | None = None,
    ) -> list[str] | Awaitable[list[str]]:
        """The ssh command for an instance: ``["ssh", "-p", port, "root@host"]``.

        Append a remote command and run it: ``subprocess.run([*cmd, "nvidia-smi"])``; or show
        it with ``shlex.join(cmd)``.

        Args:
            instance: The instance (the list is returned at once, no request), or its id
                (fetched with ``show_instance``: await the result).
            direct: As for ``ssh_url``.
            identity_file: A private key file for ``ssh -i`` (default: ssh's own choice).

        Returns:
            The command as a list of arguments (an awaitable of it for an id).

        Raises:
            SSHUnavailableError: no address of that kind (is the instance running?), or no
                instance with that id.
        """
        if _is_id(instance):
            return self._command_by_id(instance, direct, identity_file)
        endpoint = ssh_endpoint(_checked(instance, "ssh_command"), direct=direct)
        return endpoint.command(identity_file=identity_file)

    async def _port_by_id(
        self, instance_id: int, port: PortLike, direct: bool | None
    ) -> tuple[str, int]:
        found = await self._fetch(instance_id)
        if found is None:
            raise _port_missing(instance_id, port)
        from ._ports import public_port as find_port

        return find_port(found, port, direct=direct)

    def public_port(
        self, instance: InstanceLike | int, port: PortLike, *, direct: bool | None = None
    ) -> tuple[str, int] | Awaitable[tuple[str, int]]:
        """Where container ``port`` of an instance is reached from outside: ``(host, port)``.

        ``vast_sdk.public_port`` for an instance id too: the direct mapping (the machine's
        ``public_ipaddr`` and the host port Vast mapped, ``ports["8080/tcp"]``), or for SSH
        (22) Vast's proxy when there is no direct one.

        Args:
            instance: An Instance or its JSON object (answered at once, no request), or its
                id (fetched with ``show_instance``: await the result).
            port: The container port: ``8080``, or ``"8080/udp"``.
            direct: True for the direct mapping only, False for the proxy only (SSH), None
                (default) for the direct mapping when there is one, else the proxy.

        Returns:
            ``(host, port)``, e.g. ``("203.0.113.7", 41022)`` (an awaitable of it for an id).

        Raises:
            PortNotMappedError: no such address; it names the ports the instance publishes.
            InvalidRequestError: ``port`` is not a port number.
        """
        if _is_id(instance):
            return self._port_by_id(instance, port, direct)
        from ._ports import public_port as find_port  # loaded at the first use

        return find_port(cast("InstanceLike", instance), port, direct=direct)


class SyncSSH(SyncHelper):
    def attach_local_ssh_key(
        self, id: int, path: str | os.PathLike[str] | None = None
    ) -> AttachedSSHKey:
        """Let your own SSH key into instance ``id``: read it, register it, attach it.

        Reads your public key (``path``, or the first of ``~/.ssh/id_ed25519.pub``,
        ``id_rsa.pub``, ``id_ecdsa.pub``... that exists), adds it to the account unless a key
        with the same text is already there (``show_ssh_keys``; the comment does not count),
        then attaches it to the instance. Only the public key is read and sent.

        Args:
            id: The instance.
            path: The public key file (``.pub``); default: found in ``~/.ssh`` as above.

        Returns:
            AttachedSSHKey: the account key's id, the key line, the file, and whether this
            call registered it.

        Raises:
            InvalidRequestError: no key file, or not a public key (nothing is sent).
            NotFoundError: no such instance (from attach_ssh_key).
        """
        file, public_key = read_public_key(path)
        known = _account_key(self.ops.show_ssh_keys(), public_key)
        if known is not None:  # attach it as the account has it: no second copy is made
            public_key, key_id, registered = known.key, known.id, False
        else:
            key_id, registered = self.ops.create_ssh_key(ssh_key=public_key).key.id, True
        self.ops.attach_ssh_key(id=id, ssh_key=public_key)
        return AttachedSSHKey(key_id, public_key, file, registered=registered)


class AsyncSSH(AsyncHelper):
    async def attach_local_ssh_key(
        self, id: int, path: str | os.PathLike[str] | None = None
    ) -> AttachedSSHKey:
        """Let your own SSH key into instance ``id``: read it, register it, attach it.

        Reads your public key (``path``, or the first of ``~/.ssh/id_ed25519.pub``,
        ``id_rsa.pub``, ``id_ecdsa.pub``... that exists), adds it to the account unless a key
        with the same text is already there (``show_ssh_keys``; the comment does not count),
        then attaches it to the instance. Only the public key is read and sent.

        Args:
            id: The instance.
            path: The public key file (``.pub``); default: found in ``~/.ssh`` as above.

        Returns:
            AttachedSSHKey: the account key's id, the key line, the file, and whether this
            call registered it.

        Raises:
            InvalidRequestError: no key file, or not a public key (nothing is sent).
            NotFoundError: no such instance (from attach_ssh_key).
        """
        file, public_key = read_public_key(path)
        known = _account_key(await self.ops.show_ssh_keys(), public_key)
        if known is not None:  # attach it as the account has it: no second copy is made
            public_key, key_id, registered = known.key, known.id, False
        else:
            key_id, registered = (await self.ops.create_ssh_key(ssh_key=public_key)).key.id, True
        await self.ops.attach_ssh_key(id=id, ssh_key=public_key)
        return AttachedSSHKey(key_id, public_key, file, registered=registered)
