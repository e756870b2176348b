"""A total deadline that ends a call while its connection is still being opened: nothing was
sent, so even a call that rents or pays is retried (as after a refused connection), on both
clients; once the request is out, it is not (test_money_safety.py, test_async.py).

The listener here never completes a handshake: its accept queue is kept full, so the kernel
leaves every further connection attempt waiting, as an overloaded host would.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from vast_sdk import APITimeoutError, AsyncVast, Vast

from .conftest import KEY, AsyncSleepRecorder, SleepRecorder


@pytest.fixture
def unanswered() -> Iterator[str]:
    """The URL of a loopback listener whose connections never complete."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    queued: list[socket.socket] = []
    for _ in range(2):  # fill the accept queue (its length is 1 for a backlog of 0)
        filler = socket.socket()
        filler.setblocking(False)
        filler.connect_ex(("127.0.0.1", port))
        queued.append(filler)
    probe = socket.socket()
    probe.settimeout(0.2)
    with pytest.raises(TimeoutError):  # the queue is full: a connection attempt now waits
        probe.connect(("127.0.0.1", port))
    probe.close()
    yield f"http://127.0.0.1:{port}"
    for s in (*queued, listener):
        s.close()


def test_a_money_call_still_connecting_at_its_deadline_is_retried(unanswered: str) -> None:
    sleeps = SleepRecorder()
    with Vast(api_key=KEY, base_url=unanswered, timeout=0.3, max_retries=2, pacing=False) as vast:
        vast.requester.sleep = sleeps
        with pytest.raises(APITimeoutError) as caught:
            vast.transfer_credit(recipient="a@b.c", amount=10.0)
    assert len(sleeps.delays) == 2  # nothing was sent: retried like a refused connection
    assert "connect" in str(caught.value).lower(), caught.value


@pytest.mark.anyio
async def test_async_a_money_call_still_connecting_at_its_deadline_is_retried(
    unanswered: str,
) -> None:
    sleeps = AsyncSleepRecorder()
    async with AsyncVast(
        api_key=KEY, base_url=unanswered, timeout=0.3, max_retries=2, pacing=False
    ) as avast:
        avast.requester.sleep = sleeps
        with pytest.raises(APITimeoutError) as caught:
            await avast.transfer_credit(recipient="a@b.c", amount=10.0)
    assert len(sleeps.delays) == 2
    assert "connect" in str(caught.value).lower(), caught.value
