"""Virtual sleep: a client whose waits move the fake's clock instead of blocking.

``FakeVast.client(virtual_sleep=True)``: retry back-off, ``wait_for_instance``, ``launch``,
result-URL and route polling all sleep by advancing ``fake.clock``, so code that waits minutes
against the real API runs in milliseconds against the fake, with the same number of requests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import anyio

if TYPE_CHECKING:
    from .. import AsyncVast, Vast
    from ._clock import FakeClock


def sync_virtual(client: Vast, clock: FakeClock) -> Vast:
    def sleep(seconds: float) -> None:
        clock.advance(max(0.0, seconds))

    client.requester.sleep = sleep  # the client's public sleep hook
    return client


def async_virtual(client: AsyncVast, clock: FakeClock) -> AsyncVast:
    async def sleep(seconds: float) -> None:
        clock.advance(max(0.0, seconds))
        await anyio.sleep(0)  # still a checkpoint: other tasks run, cancellation is seen

    client.requester.sleep = sleep  # the client's public sleep hook
    return client
