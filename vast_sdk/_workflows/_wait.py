"""wait_for_instance and wait_for_instances: poll until a status, or say clearly why it will not
come.

The decisions (done, keep waiting, give up) live in ``Waiter`` (one instance) and ``FleetWait``
(_fleet.py, many), which do no I/O, so the sync and async methods are the same few lines
around them.

When is an instance never going to be ``running``? ``startup_verdict`` (_startup.py) decides:
a start-up failure in ``status_msg`` (the image cannot be pulled, the container cannot be
created...: InstanceStartError), a bid instance that was outbid (OutbidError), ``frozen``,
``offline`` or ``unknown`` (the host is gone), or ``intended_status`` ``stopped`` (nobody asked
it to run). ``exited`` needs care: right after ``start_instance`` a stopped instance still shows
``exited`` for a while, so ``exited`` ends the wait only once the instance has shown another
status during the wait, or after ``EXITED_GRACE`` seconds of it.

``ssh=True``: running is not reachable yet. The wait then also needs an SSH address published
(``ssh_address``) whose TCP port accepts a connection (a plain connect, closed at once; no SSH
is spoken), and keeps polling until both hold or the timeout runs out.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable, Iterable
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
from ._base import AsyncHelper, SyncHelper, Timer, poll_interval_of, positive, wait_timeout_of
from ._errors import InstanceGoneError, InstanceStateError, WaitError, WaitTimeoutError
from ._read import get, integer, text
from ._rent_errors import InstanceStartError, OutbidError

if TYPE_CHECKING:
    from ..models import Instance
    from ._fleet import FleetResult
    from ._startup import Verdict

log = logging.getLogger("vast_sdk")

WaitStatus = Literal["running", "stopped", "exited"]
"""What wait_for_instance can wait for: running, stopped (after stop_instance), or exited (a
container whose command finished)."""

ProgressCallback = Callable[["Instance"], object]
"""Called with the Instance after every poll (on AsyncVast it may also be a coroutine)."""

DEFAULT_WAIT_TIMEOUT = 900.0
"""Seconds: what the official CLI's self-test allows an instance to start."""
DEFAULT_POLL_INTERVAL = 5.0
"""Seconds between polls (VAST_POLL_INTERVAL changes it): well inside the API's rate limits
for a handful of waits; a fleet costs one listing walk per poll."""
EXITED_GRACE = 60.0
"""Seconds an ``exited`` instance (that showed nothing else meanwhile) gets to start."""
MAX_ERROR_BACKOFF = 60.0
"""Cap, in seconds, of the back-off between polls that failed (429, 5xx, no response)."""
PROBE_TIMEOUT = 5.0
"""Seconds a TCP connect to the SSH port may take (``ssh=True``)."""
LISTING_PAGE = 25
"""Rows per page of the v1 listing (its largest page)."""

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
    unreachable: str | None = None
    """Why the last SSH check failed (``ssh=True``), for the timeout's message."""
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
            positive("wait_timeout", timeout),
            positive("poll_interval", poll_interval),
        )

    # ------------------------------------------------------------------ outcomes

    def observe(self, instance: Instance | None, elapsed: float) -> Instance | float:
        """One poll's answer: the Instance when it has the status, else seconds to sleep.

        Raises InstanceGoneError (None: the API's answer for an id it does not know),
        InstanceStartError, OutbidError, InstanceStateError, or WaitTimeoutError.
        """
        if instance is None:
            raise self._error(InstanceGoneError, "does not exist (show_instance: null)", elapsed)
        self.last, self.errors = instance, 0
        self._log_change(instance)
        if self._reached(instance):
            return instance
        if self.status == "running":
            from ._startup import startup_verdict  # its table loads at the first wait

            verdict = startup_verdict(instance)
            if verdict.kind in ("failed", "outbid", "frozen"):
                raise self._verdict_error(verdict, instance, elapsed)
        why = self._hopeless(instance, elapsed)
        if why:
            raise self._error(InstanceStateError, why, elapsed)
        return self._sleep_or_timeout(self.poll_interval, elapsed)

    def not_reachable(self, why: str, elapsed: float) -> float:
        """The instance runs but SSH is not reachable yet (``why``): seconds to sleep, or
        WaitTimeoutError saying so."""
        self.unreachable = why
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

    def _verdict_error(self, verdict: Verdict, instance: Instance, elapsed: float) -> WaitError:
        if verdict.kind == "outbid":
            outbid = self._error(OutbidError, verdict.reason, elapsed)
            min_bid = get(instance, "min_bid")
            ok = isinstance(min_bid, (int, float)) and not isinstance(min_bid, bool)
            outbid.min_bid = float(min_bid) if ok else None
            return outbid
        if verdict.kind == "frozen":
            return self._error(InstanceStateError, verdict.reason, elapsed)
        failed = self._error(InstanceStartError, verdict.reason, elapsed)
        failed.status_msg = text(instance, "status_msg")
        failed.category = verdict.failure.category if verdict.failure else None
        failed.machine_id = integer(get(instance, "machine_id"))
        return failed

    # ------------------------------------------------------------------ helpers

    def _sleep_or_timeout(self, delay: float, elapsed: float) -> float:
        remaining = self.timeout - elapsed
        if remaining <= 0:
            why = f"did not get there in {self.timeout:g}s"
            if self.unreachable is not None:
                why += f" (running, but SSH is not reachable: {self.unreachable})"
            raise self._error(WaitTimeoutError, why, elapsed)
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


def check_ssh(status: str, ssh: bool) -> None:
    if not isinstance(ssh, bool):
        raise InvalidRequestError(f"ssh must be True or False, got {ssh!r}")
    if ssh and status != "running":
        raise InvalidRequestError(f"ssh=True waits for a running instance, not {status!r}")


# ---------------------------------------------------------------- is SSH reachable?


def _probe_timeout(remaining: float) -> float:
    return max(0.1, min(PROBE_TIMEOUT, remaining))


def reach_sync(instance: Instance, remaining: float) -> str | None:
    """None when ``instance`` publishes an SSH address whose TCP port accepts a connection,
    else why not."""
    import socket

    from ._ports import ssh_address

    address = ssh_address(instance)
    if address is None:
        return "no SSH address published yet"
    try:
        with socket.create_connection(address, timeout=_probe_timeout(remaining)):
            return None
    except OSError as exc:
        return f"{address[0]}:{address[1]} refused or did not answer ({exc.strerror or exc})"


async def reach_async(instance: Instance, remaining: float) -> str | None:
    """reach_sync for asyncio (a cancellation stops it)."""
    import anyio  # loaded with the async transport already

    from ._ports import ssh_address

    address = ssh_address(instance)
    if address is None:
        return "no SSH address published yet"
    try:
        with anyio.fail_after(_probe_timeout(remaining)):
            stream = await anyio.connect_tcp(*address)
        await stream.aclose()
        return None
    except (OSError, TimeoutError) as exc:
        why = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        return f"{address[0]}:{address[1]} refused or did not answer ({why})"


def _ids_of(ids: Iterable[int]) -> list[int]:
    if isinstance(ids, (str, bytes, int)):
        raise InvalidRequestError(f"ids must be a sequence of instance ids, got {ids!r}")
    return list(ids)


# ---------------------------------------------------------------- the methods


class SyncWait(SyncHelper):
    def wait_for_instance(
        self,
        id: int,
        status: WaitStatus = "running",
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        ssh: bool = False,
        on_progress: ProgressCallback | None = None,
        timeout: float | None = None,
    ) -> Instance:
        """Wait until instance ``id`` has ``status``, and return it (with its SSH details).

        Polls ``show_instance`` every ``poll_interval`` seconds. A poll that fails after the
        client's own retries (429, 5xx, no response) does not end the wait: the next poll backs
        off (doubling, up to 60 s, longer if the API sent ``Retry-After``). It gives up, with a
        typed error saying why, as soon as waiting cannot help (a start-up failure in
        ``status_msg``, an outbid bid, a frozen or stopped instance, a gone host), instead of
        spinning until the timeout.

        Args:
            id: The instance (``create_instance(...).new_contract``).
            status: ``"running"`` (default), ``"stopped"`` (after ``stop_instance``), or
                ``"exited"`` (a container whose command has finished).
            wait_timeout: Seconds to wait in all (default 900). A poll under way when it runs
                out is finished first.
            poll_interval: Seconds between polls (default 5, or VAST_POLL_INTERVAL).
            ssh: True (with ``"running"``): return only once an SSH address is published and
                its TCP port accepts a connection.
            on_progress: Called with the Instance after every poll, e.g.
                ``lambda i: print(i.actual_status, i.status_msg)``. What it raises ends the
                wait.
            timeout: Deprecated name of ``wait_timeout`` (a DeprecationWarning).

        Returns:
            The Instance as the last poll showed it.

        Raises:
            WaitTimeoutError: not there within ``wait_timeout``.
            InstanceStartError: ``status_msg`` reports a start-up failure (``.status_msg``,
                ``.category``, ``.machine_id``); see docs/RELIABILITY.md "Start-up failures".
            OutbidError: a bid instance was stopped by a higher bid.
            InstanceStateError: the instance cannot get there (waiting for ``running``:
                ``frozen``, ``offline``, ``unknown``, ``exited`` (see EXITED_GRACE), stopped).
            InstanceGoneError: no such instance (the API answers ``instances: null``).
            InvalidRequestError: bad arguments (checked before any request).
            AuthenticationError, BadRequestError...: as the poll raised them.
        """
        limit = wait_timeout_of(wait_timeout, timeout, DEFAULT_WAIT_TIMEOUT, "wait_for_instance")
        poll = poll_interval_of(poll_interval, DEFAULT_POLL_INTERVAL)
        check_ssh(status, ssh)
        return self.wait_one(id, status, limit, poll, ssh=ssh, on_progress=on_progress)

    def wait_one(
        self,
        id: int,
        status: str,
        wait_timeout: float,
        poll_interval: float,
        *,
        ssh: bool = False,
        on_progress: ProgressCallback | None = None,
    ) -> Instance:
        """wait_for_instance with its arguments resolved (what launch calls)."""
        waiter = Waiter.start(id, status, wait_timeout, poll_interval)
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
                if not ssh:
                    return step
                why = reach_sync(step, waiter.timeout - timer.elapsed())
                if why is None:
                    return step
                step = waiter.not_reachable(why, timer.elapsed())
            timer.sleep(step, self.requester.pause)

    def wait_for_instances(
        self,
        ids: Iterable[int],
        status: WaitStatus = "running",
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        ssh: bool = False,
        fail_fast: bool = False,
        on_progress: ProgressCallback | None = None,
        timeout: float | None = None,
    ) -> list[Instance]:
        """Wait until every instance of ``ids`` has ``status``; one listing walk per poll.

        Where ``wait_for_instance`` polls one instance, this walks the v1 listing
        (``show_instances``) narrowed to the ids still pending, 25 rows a page, once per
        ``poll_interval``: 1,000 instances cost 40 pages a poll instead of 1,000 calls. Each
        instance is decided by wait_for_instance's rules; an instance missing from the listing
        counts as gone only after two complete walks in a row.

        Args:
            ids: The instances to wait for.
            status: ``"running"`` (default), ``"stopped"`` or ``"exited"``.
            wait_timeout: Seconds to wait in all (default 900).
            poll_interval: Seconds between listing walks (default 5, or VAST_POLL_INTERVAL).
            ssh: True (with ``"running"``): an instance is ready only once its SSH address is
                published and accepts a TCP connection.
            fail_fast: True stops at the first instance that fails (the others are reported
                as not decided); False (default) decides every one.
            on_progress: Called with each pending Instance the listing shows, every poll.
            timeout: Deprecated name of ``wait_timeout`` (a DeprecationWarning).

        Returns:
            The Instances, in the order of ``ids``.

        Raises:
            InstancesWaitError: some will not get there: ``.failed`` maps their ids to the
                error that says why (as wait_for_instance raises it), ``.ready`` the others'.
            InvalidRequestError: bad arguments (checked before any request).
            AuthenticationError, BadRequestError...: as a listing raised them.
        """
        limit = wait_timeout_of(wait_timeout, timeout, DEFAULT_WAIT_TIMEOUT, "wait_for_instances")
        poll = poll_interval_of(poll_interval, DEFAULT_POLL_INTERVAL)
        check_ssh(status, ssh)
        result = self.wait_many(
            _ids_of(ids), status, limit, poll, ssh=ssh, fail_fast=fail_fast, on_progress=on_progress
        )
        error = result.error()
        if error is not None:
            raise error
        return result.instances

    def wait_many(
        self,
        ids: list[int],
        status: str,
        wait_timeout: float,
        poll_interval: float,
        *,
        ssh: bool = False,
        fail_fast: bool = False,
        on_progress: ProgressCallback | None = None,
    ) -> FleetResult:
        """wait_for_instances with its arguments resolved; the result, failures included."""
        from ._fleet import FleetResult, FleetWait

        fleet = FleetWait.start(
            ids, status, wait_timeout, poll_interval, fail_fast=fail_fast, probe=ssh
        )
        timer = Timer()
        while True:
            try:
                for filters in fleet.listing_filters():
                    first = self.ops.show_instances(select_filters=filters, limit=LISTING_PAGE)
                    for page in first.iter_pages():
                        covered = filters["id"]["in"] if page.next_cursor is None else ()
                        shown = fleet.page(page.items, timer.elapsed(), covered=covered)
                        if on_progress is not None:
                            for instance in shown:
                                on_progress(instance)
                for iid, instance in fleet.to_probe():
                    fleet.probed(iid, reach_sync(instance, fleet.timeout - timer.elapsed()))
                step = fleet.end_poll(timer.elapsed())
            except TRANSIENT as exc:
                step = fleet.failed_poll(exc, timer.elapsed())
            if isinstance(step, FleetResult):
                return step
            timer.sleep(step, self.requester.pause)


class AsyncWait(AsyncHelper):
    async def wait_for_instance(
        self,
        id: int,
        status: WaitStatus = "running",
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        ssh: bool = False,
        on_progress: ProgressCallback | None = None,
        timeout: float | None = None,
    ) -> Instance:
        """Wait until instance ``id`` has ``status``, and return it (with its SSH details).

        Polls ``show_instance`` every ``poll_interval`` seconds. A poll that fails after the
        client's own retries (429, 5xx, no response) does not end the wait: the next poll backs
        off (doubling, up to 60 s, longer if the API sent ``Retry-After``). It gives up, with a
        typed error saying why, as soon as waiting cannot help (a start-up failure in
        ``status_msg``, an outbid bid, a frozen or stopped instance, a gone host), instead of
        spinning until the timeout. Cancelling the task stops the wait (nothing is left behind).

        Args:
            id: The instance (``(await create_instance(...)).new_contract``).
            status: ``"running"`` (default), ``"stopped"`` (after ``stop_instance``), or
                ``"exited"`` (a container whose command has finished).
            wait_timeout: Seconds to wait in all (default 900). A poll under way when it runs
                out is finished first.
            poll_interval: Seconds between polls (default 5, or VAST_POLL_INTERVAL).
            ssh: True (with ``"running"``): return only once an SSH address is published and
                its TCP port accepts a connection.
            on_progress: Called with the Instance after every poll (a coroutine function is
                awaited). What it raises ends the wait.
            timeout: Deprecated name of ``wait_timeout`` (a DeprecationWarning).

        Returns:
            The Instance as the last poll showed it.

        Raises:
            WaitTimeoutError: not there within ``wait_timeout``.
            InstanceStartError: ``status_msg`` reports a start-up failure (``.status_msg``,
                ``.category``, ``.machine_id``); see docs/RELIABILITY.md "Start-up failures".
            OutbidError: a bid instance was stopped by a higher bid.
            InstanceStateError: the instance cannot get there (waiting for ``running``:
                ``frozen``, ``offline``, ``unknown``, ``exited`` (see EXITED_GRACE), stopped).
            InstanceGoneError: no such instance (the API answers ``instances: null``).
            InvalidRequestError: bad arguments (checked before any request).
            AuthenticationError, BadRequestError...: as the poll raised them.
        """
        limit = wait_timeout_of(wait_timeout, timeout, DEFAULT_WAIT_TIMEOUT, "wait_for_instance")
        poll = poll_interval_of(poll_interval, DEFAULT_POLL_INTERVAL)
        check_ssh(status, ssh)
        return await self.wait_one(id, status, limit, poll, ssh=ssh, on_progress=on_progress)

    async def wait_one(
        self,
        id: int,
        status: str,
        wait_timeout: float,
        poll_interval: float,
        *,
        ssh: bool = False,
        on_progress: ProgressCallback | None = None,
    ) -> Instance:
        """wait_for_instance with its arguments resolved (what launch calls)."""
        waiter = Waiter.start(id, status, wait_timeout, poll_interval)
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
                if not ssh:
                    return step
                why = await reach_async(step, waiter.timeout - timer.elapsed())
                if why is None:
                    return step
                step = waiter.not_reachable(why, timer.elapsed())
            await timer.async_sleep(step, self.requester.pause)

    async def wait_for_instances(
        self,
        ids: Iterable[int],
        status: WaitStatus = "running",
        *,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        ssh: bool = False,
        fail_fast: bool = False,
        on_progress: ProgressCallback | None = None,
        timeout: float | None = None,
    ) -> list[Instance]:
        """Wait until every instance of ``ids`` has ``status``; one listing walk per poll.

        Where ``wait_for_instance`` polls one instance, this walks the v1 listing
        (``show_instances``) narrowed to the ids still pending, 25 rows a page, once per
        ``poll_interval``: 1,000 instances cost 40 pages a poll instead of 1,000 calls. Each
        instance is decided by wait_for_instance's rules; an instance missing from the listing
        counts as gone only after two complete walks in a row.

        Args:
            ids: The instances to wait for.
            status: ``"running"`` (default), ``"stopped"`` or ``"exited"``.
            wait_timeout: Seconds to wait in all (default 900).
            poll_interval: Seconds between listing walks (default 5, or VAST_POLL_INTERVAL).
            ssh: True (with ``"running"``): an instance is ready only once its SSH address is
                published and accepts a TCP connection.
            fail_fast: True stops at the first instance that fails (the others are reported
                as not decided); False (default) decides every one.
            on_progress: Called with each pending Instance the listing shows, every poll (a
                coroutine function is awaited).
            timeout: Deprecated name of ``wait_timeout`` (a DeprecationWarning).

        Returns:
            The Instances, in the order of ``ids``.

        Raises:
            InstancesWaitError: some will not get there: ``.failed`` maps their ids to the
                error that says why (as wait_for_instance raises it), ``.ready`` the others'.
            InvalidRequestError: bad arguments (checked before any request).
            AuthenticationError, BadRequestError...: as a listing raised them.
        """
        limit = wait_timeout_of(wait_timeout, timeout, DEFAULT_WAIT_TIMEOUT, "wait_for_instances")
        poll = poll_interval_of(poll_interval, DEFAULT_POLL_INTERVAL)
        check_ssh(status, ssh)
        result = await self.wait_many(
            _ids_of(ids), status, limit, poll, ssh=ssh, fail_fast=fail_fast, on_progress=on_progress
        )
        error = result.error()
        if error is not None:
            raise error
        return result.instances

    async def wait_many(
        self,
        ids: list[int],
        status: str,
        wait_timeout: float,
        poll_interval: float,
        *,
        ssh: bool = False,
        fail_fast: bool = False,
        on_progress: ProgressCallback | None = None,
    ) -> FleetResult:
        """wait_for_instances with its arguments resolved; the result, failures included."""
        from ._fleet import FleetResult, FleetWait

        fleet = FleetWait.start(
            ids, status, wait_timeout, poll_interval, fail_fast=fail_fast, probe=ssh
        )
        timer = Timer()
        while True:
            try:
                for filters in fleet.listing_filters():
                    first = await self.ops.show_instances(
                        select_filters=filters, limit=LISTING_PAGE
                    )
                    async for page in first.iter_pages():
                        covered = filters["id"]["in"] if page.next_cursor is None else ()
                        shown = fleet.page(page.items, timer.elapsed(), covered=covered)
                        if on_progress is not None:
                            for instance in shown:
                                called = on_progress(instance)
                                if inspect.isawaitable(called):
                                    await called
                for iid, instance in fleet.to_probe():
                    why = await reach_async(instance, fleet.timeout - timer.elapsed())
                    fleet.probed(iid, why)
                step = fleet.end_poll(timer.elapsed())
            except TRANSIENT as exc:
                step = fleet.failed_poll(exc, timer.elapsed())
            if isinstance(step, FleetResult):
                return step
            await timer.async_sleep(step, self.requester.pause)
