"""Ports: ask for container ports when renting, read back where each is reached.

    python -m vast_sdk.testing --run examples/ports.py     # a local FakeVast: no key, no cost
    VAST_API_KEY=... python examples/ports.py              # the real API: rents a GPU!

``launch(..., ports=(8080, 6006))`` publishes the container ports (the wire form is the
official CLI's ``-p 8080:8080`` in env); Vast maps each to a host port of its choosing.
``public_port(instance, 8080)`` returns ``(host, port)`` from the Instance (no request), or from
the instance's id (one request); port 22 falls back to Vast's SSH proxy. Asking for a port the
instance does not publish raises PortNotMappedError naming the ones it does. Against the real
API it asks before renting (``--yes`` skips it).
"""

from __future__ import annotations

import sys

from vast_sdk import DEFAULT_BASE_URL, PortNotMappedError, Vast, VastError, public_port


def confirm(question: str) -> bool:
    if "--yes" in sys.argv[1:]:
        return True
    if not sys.stdin.isatty():
        print("This would rent a real GPU; re-run with --yes to go ahead.")
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def main() -> int:
    with Vast() as vast:
        if vast.base_url == DEFAULT_BASE_URL and not confirm("Rent a GPU on the real API?"):
            return 2
        with vast.lease("num_gpus=1", image="vllm/vllm-openai", ports=(8000, 6006)) as instance:
            host, port = public_port(instance, 8000)
            print(f"vLLM API:    http://{host}:{port}/v1/models")
            host, port = vast.public_port(instance.id, 6006)  # by id: fetches the instance
            print(f"TensorBoard: http://{host}:{port}/")
            host, port = public_port(instance, 22)
            print(f"SSH:         ssh -p {port} root@{host}")
            try:
                public_port(instance, 5432)
            except PortNotMappedError as exc:
                print(f"Port 5432:   not published (it publishes {', '.join(exc.mapped)})")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except VastError as exc:
        print(f"ports example failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)
