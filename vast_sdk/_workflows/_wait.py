"""wait_for_instance: poll show_instance until a status, or say clearly why it will not come.

The decisions (done, keep waiting, give up) live in ``Waiter``, which does no I/O, so the sync
and async methods are the same few lines around it.

When is an instance never going to be ``running``? The spec's poll-trap note and the official
CLI's self-test agree: ``actual_status`` ``offline`` or ``unknown`` (the host is gone), or
``exited`` (the container stopped), or ``intended_status`` ``stopped`` (nobody asked it to run).
One care: right after ``start_instance`` a stopped instance still shows ``exited`` for a while,
so ``exited`` ends the wait only once the instance has shown another status during the wait,
or after ``EXITED_GRACE`` seconds of it.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, TypeVar, get_args

from .._errors import (
    APIConnectionError,
    InternalServerError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    VastError,
)
from .._retry import parse_retry_after
from ._base import AsyncHelper, SyncHelper, Timer, positive
from ._errors import InstanceGoneError, InstanceStateError, WaitError, WaitTimeoutError

if TYPE_CHECKING:
    from ..models import Instance

log = logging.getLogger("vast_sdk")

WaitStatus = Literal["running", "stopped", "exited"]
"""What wait_for_instance can wait for: running, stopped (after stop_instance), or exited (a
container whose command finished)."""

ProgressCallback = Callable[["Instance"], object]
"""Called with the Instance after every poll (on AsyncVast it may also be a coroutine)."""

DEFAULT_WAIT_TIMEOUT = 900.0
"""Seconds: what the official CLI's self-test allows an instance to start."""
DEFAULT_POLL_INTERVAL = 5.0
"""Seconds between polls: well inside the API's rate limits for a handful of waits."""
EXITED_GRACE = 60.0
"""Seconds an ``exited`` instance (that showed nothing else meanwhile) gets to start."""
MAX_ERROR_BACKOFF = 60.0
"""Cap, in seconds, of the back-off between polls that failed (429, 5xx, no response)."""

HOST_GONE = frozenset({"offline", "unknown"})
"""actual_status values that mean the host stopped reporting: never ``running`` again."""
TRANSIENT = (RateLimitError, InternalServerError, APIConnectionError)
"""Poll failures (after the client's own retries) that the wait outlasts with back-off."""

_E = TypeVar("_E", bound=WaitError)


@dataclass
class Waiter:
    """The state of one wait; ``observe``/``failed`` return seconds to sleep or the Instance."""

    instance_id: int
    status: WaitStatus
    timeout: float
    poll_interval: float
    last: Instance | None = None
    errors: int = 0
    seen_other: bool = False
    exited_since: float | None = None
    _shown: tuple[str | None, str | None] | None = field(default=None, repr=False)

    @classmethod
    def start(cls, instance_id: int, status: str, timeout: float, poll_interval: float) -> Waiter:
        """Check the arguments (before any request) and begin."""
        if isinstance(instance_id, bool) or not isinstance(instance_id, int):
            raise InvalidRequestError(f"instance id must be an int, got {instance_id!r}")
        if status not in get_args(WaitStatus):
            names = ", ".join(repr(s) for s in get_args(WaitStatus))
            raise InvalidRequestError(f"status must be one of {names}, got {status!r}")
        return cls(
            instance_id,
            status,  # type: ignore[arg-type]  # checked against WaitStatus just above
            positive("timeout", timeout),
            positive("poll_interval", poll_interval),
        )

    # ------------------------------------------------------------------ outcomes

    def observe(self, instance: Instance | None, elapsed: float) -> Instance | float:
        """One poll's answer: the Instance when it has the status, else seconds to sleep.

        Raises InstanceGoneError (None: the API's answer for an id it does not know),
        InstanceStateError, or WaitTimeoutError.
        """
        if instance is None:
            raise self._error(InstanceGoneError, "does not exist (show_instance: null)", elapsed)
        self.last, self.errors = instance, 0
        self._log_change(instance)
        if self._reached(instance):
            return instance
        why = self._hopeless(instance, elapsed)
        if why:
            raise self._error(InstanceStateError, why, elapsed)
        return self._sleep_or_timeout(self.poll_interval, elapsed)

    def failed(self, exc: VastError, elapsed: float) -> float:
        """A poll failed transiently: seconds to back off, or WaitTimeoutError (from ``exc``)."""
        self.errors += 1
        delay = min(MAX_ERROR_BACKOFF, self.poll_interval * 2.0 ** (self.errors - 1))
        hinted = _retry_after(exc)
        if hinted is not None:
            delay = max(delay, min(hinted, MAX_ERROR_BACKOFF))
        log.info("wait_for_instance %d: %s; next poll in %.1fs", self.instance_id, exc, delay)
        try:
            return self._sleep_or_timeout(delay, elapsed)
        except WaitTimeoutError as timeout:
            raise timeout from exc

    def gone(self, exc: NotFoundError, elapsed: float) -> InstanceGoneError:
        """The error for a 404 answer (what a future API gives for an unknown id)."""
        return self._error(InstanceGoneError, f"does not exist ({exc.error or 404})", elapsed)

    # ------------------------------------------------------------------ the rules

    def _reached(self, inst: Instance) -> bool:
        actual, intended = inst.actual_status, inst.intended_status
        if self.status == "running":
            return actual == "running" and intended in (None, "running")
        if self.status == "stopped":
            return actual in ("exited", "stopped") or (
                intended == "stopped" and actual in (None, "created")
            )
        return actual == "exited"

    def _hopeless(self, inst: Instance, elapsed: float) -> str | None:
        """Why the instance will not reach ``running`` (None: keep waiting, or not 'running')."""
        actual, intended = inst.actual_status, inst.intended_status
        if actual != "exited":
            self.exited_since = None
            self.seen_other = self.seen_other or actual is not None
        if self.status != "running":
            return None
        if actual in HOST_GONE:
            return f"is {actual}: its host stopped reporting, so it will not start"
        if intended == "stopped":
            return "is stopped (intended_status 'stopped'): start it with start_instance first"
        if actual == "exited":
            if self.exited_since is None:
                self.exited_since = elapsed
            if self.seen_other:
                return "exited: its container stopped"
            if elapsed - self.exited_since >= EXITED_GRACE:
                return f"is still exited after {EXITED_GRACE:.0f}s"
        return None

    # ------------------------------------------------------------------ helpers

    def _sleep_or_timeout(self, delay: float, elapsed: float) -> float:
        remaining = self.timeout - elapsed
        if remaining <= 0:
            raise self._error(WaitTimeoutError, f"did not get there in {self.timeout:g}s", elapsed)
        return min(delay, remaining)

    def _error(self, cls: type[_E], why: str, elapsed: float) -> _E:
        inst = self.last
        seen = ""
        if inst is not None:
            seen = (
                f" (actual_status={inst.actual_status!r}, intended_status="
                f"{inst.intended_status!r}, status_msg={inst.status_msg!r})"
            )
        message = f"instance {self.instance_id} waiting for {self.status!r}: {why}{seen}"
        return cls(
            message,
            instance_id=self.instance_id,
            status=self.status,
            instance=inst,
            elapsed=elapsed,
        )

    def _log_change(self, inst: Instance) -> None:
        shown = (inst.actual_status, inst.status_msg)
        if shown != self._shown:
            self._shown = shown
            log.info("instance %d: %s (%s)", self.instance_id, shown[0], shown[1])


def _retry_after(exc: VastError) -> float | None:
    """The error's Retry-After in seconds (delta-seconds or an HTTP date), as the core reads it."""
    headers = getattr(exc, "headers", None)
    return parse_retry_after(headers.get("Retry-After") if headers is not None else None)


class SyncWait(SyncHelper):
    def wait_for_instance(
        self,
        id: int,
        status: WaitStatus = "running",
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
    ) -> Instance:
        """Wait until instance ``id`` has ``status``, and return it (with its SSH details).

        Polls ``show_instance`` every ``poll_interval`` seconds. A poll that fails after the
        client's own retries (429, 5xx, no response) does not end the wait: the next poll backs
        off (doubling, up to 60 s, longer if the API sent ``Retry-After``). It gives up, with
        an error saying why, as soon as waiting cannot help, instead of spinning until the
        timeout.

        Args:
            id: The instance (``create_instance(...).new_contract``).
            status: ``"running"`` (default), ``"stopped"`` (after ``stop_instance``), or
                ``"exited"`` (a container whose command has finished).
            timeout: Seconds to wait in all (default 900). A poll under way when it runs out
                is finished first.
            poll_interval: Seconds between polls (default 5).
            on_progress: Called with the Instance after every poll, e.g.
                ``lambda i: print(i.actual_status, i.status_msg)``. What it raises ends the
                wait.

        Raises:
            WaitTimeoutError: not there within ``timeout``.
            InstanceStateError: the instance cannot get there (waiting for ``running``:
                ``offline``, ``unknown``, ``exited`` (see EXITED_GRACE), or stopped).
            InstanceGoneError: no such instance (the API answers ``instances: null``).
            AuthenticationError, BadRequestError...: as the poll raised them.
        """
        waiter = Waiter.start(id, status, timeout, poll_interval)
        timer = Timer()
        while True:
            try:
                instance = self.ops.show_instance(id=id).instances
            except NotFoundError as exc:
                raise waiter.gone(exc, timer.elapsed()) from exc
            except TRANSIENT as exc:
                timer.sleep(waiter.failed(exc, timer.elapsed()), self.requester.pause)
                continue
            if instance is not None and on_progress is not None:
                on_progress(instance)
            step = waiter.observe(instance, timer.elapsed())
            if not isinstance(step, float):
                return step
            timer.sleep(step, self.requester.pause)


class AsyncWait(AsyncHelper):
    async def wait_for_instance(
        self,
        id: int,
        status: WaitStatus = "running",
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
    ) -> Instance:
        """Wait until instance ``id`` has ``status``, and return it (with its SSH details).

        Polls ``show_instance`` every ``poll_interval`` seconds. A poll that fails after the
        client's own retries (429, 5xx, no response) does not end the wait: the next poll backs
        off (doubling, up to 60 s, longer if the API sent ``Retry-After``). It gives up, with
        an error saying why, as soon as waiting cannot help, instead of spinning until the
        timeout. Cancelling the task stops the wait (nothing is left behind).

        Args:
            id: The instance (``(await create_instance(...)).new_contract``).
            status: ``"running"`` (default), ``"stopped"`` (after ``stop_instance``), or
                ``"exited"`` (a container whose command has finished).
            timeout: Seconds to wait in all (default 900). A poll under way when it runs out
                is finished first.
            poll_interval: Seconds between polls (default 5).
            on_progress: Called with the Instance after every poll (a coroutine function is
                awaited). What it raises ends the wait.

        Raises:
            WaitTimeoutError: not there within ``timeout``.
            InstanceStateError: the instance cannot get there (waiting for ``running``:
                ``offline``, ``unknown``, ``exited`` (see EXITED_GRACE), or stopped).
            InstanceGoneError: no such instance (the API answers ``instances: null``).
            AuthenticationError, BadRequestError...: as the poll raised them.
        """
        waiter = Waiter.start(id, status, timeout, poll_interval)
        timer = Timer()
        while True:
            try:
                instance = (await self.ops.show_instance(id=id)).instances
            except NotFoundError as exc:
                raise waiter.gone(exc, timer.elapsed()) from exc
            except TRANSIENT as exc:
                await timer.async_sleep(waiter.failed(exc, timer.elapsed()), self.requester.pause)
                continue
            if instance is not None and on_progress is not None:
                shown = on_progress(instance)
                if inspect.isawaitable(shown):
                    await shown
            step = waiter.observe(instance, timer.elapsed())
            if not isinstance(step, float):
                return step
            await timer.async_sleep(step, self.requester.pause)
