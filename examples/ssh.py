"""SSH into an instance: attach your own public key, then print the ssh and scp addresses.

    python -m vast_sdk.testing --run examples/ssh.py       # local FakeVast (a throwaway key)
    VAST_API_KEY=... python examples/ssh.py [KEY.pub]      # the real API: rents a GPU!

Rents the cheapest instance with ``launch``, puts your key on it with ``attach_local_ssh_key``
(``~/.ssh/id_ed25519.pub``, ``id_rsa.pub``..., or the file given; added to the account first if
it is not there), prints the direct and proxy SSH commands like ``vastai ssh-url``, and destroys
the instance. Against the local fake, with no key of yours, it makes a throwaway public key.
Against the real API it asks before renting (``--yes`` skips the question).
"""

from __future__ import annotations

import base64
import secrets
import shlex
import struct
import sys
import tempfile
from pathlib import Path

from vast_sdk import DEFAULT_BASE_URL, SSHUnavailableError, Vast, VastError


def confirm(question: str) -> bool:
    if "--yes" in sys.argv[1:]:
        return True
    if not sys.stdin.isatty():
        print("This would rent a real GPU; re-run with --yes to go ahead.")
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def key_file(real: bool) -> Path | None:
    """The key to attach: the file given, else None (the SDK looks in ~/.ssh); on the local fake
    with no key in ~/.ssh, a throwaway public key nobody holds the private half of."""
    given = [a for a in sys.argv[1:] if not a.startswith("--")]
    if given:
        return Path(given[0])
    if real or any((Path.home() / ".ssh").glob("id_*.pub")):
        return None
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + secrets.token_bytes(32)
    path = Path(tempfile.mkdtemp()) / "throwaway.pub"
    path.write_text(f"ssh-ed25519 {base64.b64encode(blob).decode()} vast-sdk-example\n")
    return path


def main() -> int:
    with Vast() as vast:
        real = vast.base_url == DEFAULT_BASE_URL
        if real and not confirm("Rent a GPU on the real API?"):
            return 2
        instance = vast.launch(image="ubuntu:22.04", disk=10)
        try:
            attached = vast.attach_local_ssh_key(instance.id, key_file(real))
            how = "registered on the account and" if attached.registered else "already known,"
            print(f"Key {attached.key_id} from {attached.path}: {how} attached to {instance.id}")
            print(f"  ssh-url:  {vast.ssh_url(instance)}")
            print(f"  scp-url:  {vast.scp_url(instance)}")
            print(f"  direct:   {shlex.join(vast.ssh_command(instance))}")
            try:
                print(f"  proxy:    {shlex.join(vast.ssh_command(instance, direct=False))}")
            except SSHUnavailableError as exc:
                print(f"  proxy:    none ({exc})")
        finally:
            vast.destroy_instance(id=instance.id)
            print(f"Destroyed instance {instance.id}.")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except VastError as exc:
        print(f"ssh example failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)
