"""Waiting for many instances with one listing per poll, instead of one request per instance.

``wait_for_instances(ids, ...)`` walks the v1 listing (``show_instances``, 25 rows a page)
narrowed to the ids still pending, once per ``poll_interval``, and decides every instance from
the rows it got, with the same rules as ``wait_for_instance`` (each id has its own
Waiter). At the API's per-endpoint rate limits, 1,000 instances then cost 40 listing
pages per poll instead of 1,000 ``show_instance`` calls.

An instance missing from the listing is gone only when the walk that should have shown it was
complete (its last page had no next cursor) and it was missing from ``GONE_AFTER_MISSES``
complete walks in a row: a walk cut short (a failed page) proves nothing, and a listing may not
show an instance created a moment before.

With ``probe`` (``ssh=True``), an instance that runs and publishes an SSH address is not ready
until the caller has checked that the address accepts a TCP connection (``to_probe``, then
``probed``); one that does not stays pending and is looked at again at the next poll.

``FleetWait`` does no I/O: the sync and async methods feed it pages and sleep what it says.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._errors import InvalidRequestError, VastError
from .._retry import parse_retry_after
from ._base import positive
from ._errors import WaitError, WaitTimeoutError
from ._ports import ssh_address
from ._read import get, integer
from ._rent_errors import InstancesWaitError
from ._wait import MAX_ERROR_BACKOFF, Waiter, WaitStatus

if TYPE_CHECKING:
    from ..models import Instance

__all__ = ["GONE_AFTER_MISSES", "IDS_PER_FILTER", "FleetResult", "FleetWait"]

GONE_AFTER_MISSES = 2
"""Complete listing walks an instance must be missing from, in a row, to count as gone."""
IDS_PER_FILTER = 200
"""Ids per ``select_filters`` (``{"id": {"in": [...]}}``): the filter travels in the URL, and
200 ids keep it under 2 KB."""

ReadyCheck = Callable[["Instance"], bool]
"""Extra readiness on top of the status (e.g. an SSH address is published)."""


@dataclass(frozen=True)
class FleetResult:
    """How a fleet wait ended: ``ready`` (id -> Instance, in the order of the ids given) and
    ``failed`` (id -> the WaitError that says why)."""

    ids: tuple[int, ...]
    ready: dict[int, Instance]
    failed: dict[int, WaitError]

    @property
    def instances(self) -> list[Instance]:
        """The ready instances, in the order of the ids given."""
        return [self.ready[i] for i in self.ids if i in self.ready]

    def error(self) -> InstancesWaitError | None:
        """The error to raise when some instance failed, else None."""
        if not self.failed:
            return None
        shown = "; ".join(f"{i}: {type(e).__name__}" for i, e in sorted(self.failed.items()))
        return InstancesWaitError(
            f"{len(self.failed)} of {len(self.ids)} instances will not get there ({shown})",
            failed=self.failed,
            ready=self.ready,
        )


@dataclass
class FleetWait:
    """The state of one wait on many instances; see the module doc.

    Per poll: ``listing_filters()`` gives the listings to walk; ``page(rows, covered=...)``
    takes each page; ``end_poll(elapsed)`` decides and returns seconds to sleep or the
    FleetResult. ``failed_poll(exc, elapsed)`` when a listing fails transiently.
    """

    ids: tuple[int, ...]
    status: WaitStatus
    timeout: float
    poll_interval: float
    waiters: dict[int, Waiter]
    fail_fast: bool = False
    ready_check: ReadyCheck | None = None
    probe: bool = False
    ready: dict[int, Instance] = field(default_factory=dict)
    probing: dict[int, Instance] = field(default_factory=dict)
    """Instances that run and publish SSH, this poll: to check with a TCP connect."""
    failed: dict[int, WaitError] = field(default_factory=dict)
    misses: dict[int, int] = field(default_factory=dict)
    errors: int = 0
    _seen: set[int] = field(default_factory=set)
    _covered: set[int] = field(default_factory=set)

    @classmethod
    def start(
        cls,
        ids: Iterable[int],
        status: str,
        timeout: float,
        poll_interval: float,
        *,
        fail_fast: bool = False,
        ready_check: ReadyCheck | None = None,
        probe: bool = False,
    ) -> FleetWait:
        """Check the arguments (before any request) and begin. ``probe``: an instance is
        ready only once its SSH address is published and the caller's TCP check of it
        passed (``to_probe``/``probed``)."""
        if isinstance(ids, (str, bytes, int)):
            raise InvalidRequestError(f"ids must be a sequence of instance ids, got {ids!r}")
        unique = tuple(dict.fromkeys(ids))
        if not unique:
            raise InvalidRequestError("ids is empty: give at least one instance id")
        waiters: dict[int, Waiter] = {
            i: Waiter.start(i, status, timeout, poll_interval) for i in unique
        }
        first = waiters[unique[0]]
        return cls(
            unique,
            first.status,
            positive("timeout", timeout),
            positive("poll_interval", poll_interval),
            waiters,
            fail_fast=fail_fast,
            ready_check=ready_check,
            probe=probe,
        )

    @property
    def pending(self) -> tuple[int, ...]:
        """The ids not decided yet, in the order given."""
        return tuple(i for i in self.ids if i not in self.ready and i not in self.failed)

    def listing_filters(self) -> list[dict[str, Any]]:
        """One ``select_filters`` per listing to walk this poll, each naming up to
        IDS_PER_FILTER pending ids; walk each to its last page."""
        pending = sorted(self.pending)
        return [
            {"id": {"in": pending[n : n + IDS_PER_FILTER]}}
            for n in range(0, len(pending), IDS_PER_FILTER)
        ]

    def page(
        self, rows: Iterable[Instance], elapsed: float, *, covered: Iterable[int] = ()
    ) -> list[Instance]:
        """One listing page; returns the rows of instances still pending (for progress).
        ``covered``: the ids whose walk ended with this page (it had no next cursor), so
        that their absence from the walk is conclusive."""
        shown: list[Instance] = []
        for instance in rows:
            iid = integer(get(instance, "id"))
            if iid is None or iid not in self.waiters or iid in self._seen:
                continue
            if iid in self.ready or iid in self.failed:
                continue
            self._seen.add(iid)
            self.misses.pop(iid, None)
            shown.append(instance)
            self._observe(iid, instance, elapsed)
        self._covered.update(covered)
        return shown

    def _observe(self, iid: int, instance: Instance | None, elapsed: float) -> None:
        try:
            step = self.waiters[iid].observe(instance, elapsed)
        except WaitError as exc:
            self.failed[iid] = exc
            return
        if isinstance(step, float) or instance is None:
            return
        if self.ready_check is not None and not self.ready_check(instance):
            return
        if not self.probe:
            self.ready[iid] = instance
        elif ssh_address(instance) is None:
            self.waiters[iid].unreachable = "no SSH address published yet"
        else:
            self.probing[iid] = instance

    def to_probe(self) -> list[tuple[int, Instance]]:
        """The instances to check with a TCP connect to their SSH address, this poll."""
        return list(self.probing.items())

    def probed(self, iid: int, why: str | None) -> None:
        """The TCP check of ``iid``'s SSH address: None (it accepted: ready) or why not."""
        instance = self.probing.pop(iid, None)
        if instance is None:
            return
        if why is None:
            self.ready[iid] = instance
        else:
            self.waiters[iid].unreachable = why

    def end_poll(self, elapsed: float) -> float | FleetResult:
        """After this poll's pages: seconds to sleep, or the FleetResult when every instance is
        decided, ``fail_fast`` and one failed, or the timeout ran out."""
        self.errors = 0
        for iid in self.pending:
            if iid in self._seen or iid not in self._covered:
                continue
            self.misses[iid] = self.misses.get(iid, 0) + 1
            if self.misses[iid] >= GONE_AFTER_MISSES:
                self._observe(iid, None, elapsed)  # the Waiter's InstanceGoneError
        self._seen.clear()
        self._covered.clear()
        self.probing.clear()
        return self._next(self.poll_interval, elapsed, None)

    def failed_poll(self, exc: VastError, elapsed: float) -> float | FleetResult:
        """A listing failed transiently (429, 5xx, no response): seconds to back off (doubling
        from poll_interval up to 60 s, longer when the API sent Retry-After)."""
        self.errors += 1
        self._seen.clear()
        self._covered.clear()
        self.probing.clear()
        delay = min(MAX_ERROR_BACKOFF, self.poll_interval * 2.0 ** (self.errors - 1))
        headers = getattr(exc, "headers", None)
        hinted = parse_retry_after(headers.get("Retry-After")) if headers is not None else None
        if hinted is not None:
            delay = max(delay, min(hinted, MAX_ERROR_BACKOFF))
        return self._next(delay, elapsed, exc)

    def _next(self, delay: float, elapsed: float, cause: VastError | None) -> float | FleetResult:
        pending = self.pending
        if not pending or (self.fail_fast and self.failed):
            return self._result()
        remaining = self.timeout - elapsed
        if remaining > 0:
            return min(delay, remaining)
        for iid in pending:
            waiter = self.waiters[iid]
            why = f"did not get there in {self.timeout:g}s"
            if iid in self.misses:
                why += " (missing from the last listing)"
            elif waiter.unreachable is not None:
                why += f" (running, but SSH is not reachable: {waiter.unreachable})"
            error = waiter._error(WaitTimeoutError, why, elapsed)
            error.__cause__ = cause
            self.failed[iid] = error
        return self._result()

    def _result(self) -> FleetResult:
        return FleetResult(self.ids, dict(self.ready), dict(self.failed))
