"""The benchmark's HTTP server: a separate process that answers at once with precomputed bytes.

    python benchmarks/_server.py    # prints "PORT <n>" on stdout once it listens on 127.0.0.1

Raw asyncio protocol, HTTP/1.1 keep-alive, no parsing beyond the request line, the
Content-Length and one routing header, so the server costs the SDK and the baseline the same
tiny, constant amount. Routes (everything the suite sends):

- ``DELETE /api/v0/instances/...``  -> detach_ssh_key's ``{"success": true, ...}``
- ``GET /api/v0/audit_logs/``       -> a short list of audit log rows
- ``POST /api/v0/bundles/``         -> ``{"offers": [...]}`` with ``x-bench-offers: N`` full
  offers (FakeVast's catalogue rows, vast_sdk.testing._catalogue.build_offers), N from SIZES
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
from typing import Any

SIZES = (100, 2000, 10000)


def offers_payload(count: int) -> bytes:
    """``{"offers": [...]}`` with ``count`` full catalogue offers, repeated with unique ids."""
    from vast_sdk.testing._catalogue import build_offers

    rows = list(build_offers(random.Random(0), 1.7e9).values())
    out: list[dict[str, Any]] = []
    while len(out) < count:
        for row in rows:
            out.append({**row, "id": 30_000_000 + len(out)})
    return json.dumps({"offers": out[:count]}).encode()


def _response(body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


DETACH = _response(json.dumps({"success": True, "msg": "SSH key detached"}).encode())
AUDIT = _response(
    json.dumps(
        [
            {
                "ip_address": "198.51.100.7",
                "api_key_id": 7,
                "created_at": 1.7e9 + i,
                "api_call": "GET /api/v0/instances/",
                "args": "{}",
            }
            for i in range(5)
        ]
    ).encode()
)
NOT_FOUND = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"


class _Http(asyncio.Protocol):
    def __init__(self, offers: dict[bytes, bytes]) -> None:
        self.offers = offers
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].lower()
            length = 0
            at = head.find(b"\r\ncontent-length:")
            if at >= 0:
                stop = head.find(b"\r\n", at + 2)
                length = int(head[at + 17 : stop if stop >= 0 else len(head)])
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            assert self.transport is not None
            self.transport.write(self._answer(head))

    def _answer(self, head: bytes) -> bytes:
        if head.startswith(b"delete /api/v0/instances/"):
            return DETACH
        if head.startswith(b"get /api/v0/audit_logs/"):
            return AUDIT
        if head.startswith(b"post /api/v0/bundles/"):
            at = head.find(b"\r\nx-bench-offers:")
            if at >= 0:
                stop = head.find(b"\r\n", at + 2)
                count = head[at + 17 : stop if stop >= 0 else len(head)].strip()
                return self.offers.get(count, NOT_FOUND)
        return NOT_FOUND


async def serve() -> None:
    offers = {str(n).encode(): _response(offers_payload(n)) for n in SIZES}
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Http(offers), "127.0.0.1", 0, backlog=256)
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    # Exit when the parent's end of stdin closes, however the parent ended.
    stdin_closed = loop.run_in_executor(None, sys.stdin.buffer.read)
    async with server:
        await asyncio.wait(
            [stdin_closed, asyncio.ensure_future(server.serve_forever())],
            return_when=asyncio.FIRST_COMPLETED,
        )


if __name__ == "__main__":
    try:
        asyncio.run(serve())
    except KeyboardInterrupt:
        sys.exit(0)
