"""The teardown under every helper that destroys: destroy instances, then walk the v1 listing
until none of them is listed, destroying any that still is, until a timeout (see _destroy.py's
module doc). ``Teardown`` does no I/O; SyncTeardown/AsyncTeardown are its loops. Loaded at the
first destroy, not with vast_sdk.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .._errors import NotFoundError, VastError
from ._base import AsyncHelper, SyncHelper, Timer, poll_interval_of, positive
from ._destroy import BULK_IDS, CONFIRM_INTERVAL, CONFIRM_TIMEOUT, IDS_PER_FILTER
from ._read import get, integer
from ._rent_errors import DestroyError
from ._wait import LISTING_PAGE, TRANSIENT

log = logging.getLogger("vast_sdk")

__all__ = ["AsyncTeardown", "SyncTeardown", "Teardown"]


@dataclass
class Teardown:
    """Destroy ``ids`` and confirm each is gone; see the module doc.

    Per round: ``to_destroy()`` gives the chunks to send (one id: ``destroy_instance``, more:
    ``destroy_instances``), ``destroyed``/``not_found``/``failed`` take the answers,
    ``listing_filters()`` the listings to walk and ``listed`` what they showed; then
    ``next_round(elapsed)`` returns seconds to sleep or None when it is over.
    """

    ids: tuple[int, ...]
    timeout: float
    interval: float
    gone: set[int] = field(default_factory=set)
    absent: set[int] = field(default_factory=set)
    """Ids the API did not know when destroyed (gone before the teardown)."""
    refused: dict[int, str] = field(default_factory=dict)
    """Ids whose destroy the API refused for good (no retry helps), with why."""
    errors: dict[int, str] = field(default_factory=dict)
    """The last error of each id's destroy (transient ones are retried)."""
    _seen: set[int] = field(default_factory=set)
    _complete: bool = False

    @classmethod
    def start(cls, ids: Iterable[int], timeout: float, interval: float) -> Teardown:
        unique = tuple(dict.fromkeys(int(i) for i in ids))
        return cls(unique, positive("wait_timeout", timeout), positive("poll_interval", interval))

    @property
    def pending(self) -> list[int]:
        """Ids neither confirmed gone nor refused."""
        return [i for i in self.ids if i not in self.gone and i not in self.refused]

    def to_destroy(self) -> list[list[int]]:
        pending = self.pending
        if len(pending) == 1:
            return [pending]
        return [pending[n : n + BULK_IDS] for n in range(0, len(pending), BULK_IDS)]

    def not_found(self, chunk: list[int]) -> None:
        """The API does not know them (any more): gone."""
        self.gone.update(chunk)
        self.absent.update(i for i in chunk if i not in self.errors)

    def failed(self, chunk: list[int], exc: VastError) -> None:
        """Their destroy raised ``exc``: retried next round when transient, else refused."""
        text = f"{type(exc).__name__}: {exc}"
        for iid in chunk:
            self.errors[iid] = text
            if not isinstance(exc, TRANSIENT):
                self.refused[iid] = text

    def listing_filters(self) -> list[dict[str, Any]]:
        self._seen.clear()
        self._complete = False
        pending = sorted(self.pending)
        return [
            {"id": {"in": pending[n : n + IDS_PER_FILTER]}}
            for n in range(0, len(pending), IDS_PER_FILTER)
        ]

    def listed(self, rows: Iterable[Any]) -> None:
        """Rows of this round's listing walk (ids still there)."""
        for row in rows:
            iid = integer(get(row, "id"))
            if iid is not None:
                self._seen.add(iid)

    def walked(self) -> None:
        """This round's listing walk ended: the pending ids it did not show are gone."""
        self.gone.update(i for i in self.pending if i not in self._seen)

    def next_round(self, elapsed: float) -> float | None:
        if not self.pending:
            return None
        remaining = self.timeout - elapsed
        if remaining <= 0:
            return None
        return min(self.interval, remaining)

    def survivors(self) -> list[int]:
        """Ids not confirmed gone (refused, or still listed at the timeout)."""
        return [i for i in self.ids if i not in self.gone]

    def error(self, what: str = "destroy") -> DestroyError | None:
        """The error naming the survivors, or None when every instance is confirmed gone."""
        left = self.survivors()
        if not left:
            return None
        shown = ", ".join(f"{i} ({self.errors.get(i, 'still listed')})" for i in left)
        return DestroyError(
            f"{what}: {len(left)} instance(s) could NOT be confirmed destroyed within "
            f"{self.timeout:g}s and may still be billing; destroy them yourself: {shown}",
            instance_ids=left,
            errors={i: self.errors[i] for i in left if i in self.errors},
        )

    def outcome(self, iid: int) -> str:
        """What happened to ``iid``, in words (for LaunchError.outcomes)."""
        if iid in self.gone:
            return "destroyed"
        return f"could NOT be destroyed ({self.errors.get(iid, 'still listed')}): destroy it"


class SyncTeardown(SyncHelper):
    def teardown(
        self, ids: Iterable[int], *, timeout: float = CONFIRM_TIMEOUT, interval: float | None = None
    ) -> Teardown:
        """Destroy ``ids`` and confirm through the listing that they are gone (never raises
        for an instance that cannot be destroyed: see ``Teardown.error()``)."""
        work = Teardown.start(ids, timeout, poll_interval_of(interval, CONFIRM_INTERVAL))
        timer = Timer()
        while work.pending:
            for chunk in work.to_destroy():
                try:
                    if len(chunk) == 1:
                        self.ops.destroy_instance(id=chunk[0])
                    else:
                        self.ops.destroy_instances(instance_ids=chunk)
                except NotFoundError:
                    work.not_found(chunk)
                except VastError as exc:
                    work.failed(chunk, exc)
            try:
                for filters in work.listing_filters():
                    first = self.ops.show_instances(select_filters=filters, limit=LISTING_PAGE)
                    for page in first.iter_pages():
                        work.listed(page.items)
                work.walked()
            except TRANSIENT as exc:
                log.info("destroy: the listing failed (%s); checking again", exc)
            step = work.next_round(timer.elapsed())
            if step is None:
                break
            timer.sleep(step, self.requester.pause)
        return work


class AsyncTeardown(AsyncHelper):
    async def teardown(
        self, ids: Iterable[int], *, timeout: float = CONFIRM_TIMEOUT, interval: float | None = None
    ) -> Teardown:
        """SyncDestroy.teardown for asyncio. Callers that must finish it whatever happens
        run it in a shielded cancel scope."""
        work = Teardown.start(ids, timeout, poll_interval_of(interval, CONFIRM_INTERVAL))
        timer = Timer()
        while work.pending:
            for chunk in work.to_destroy():
                try:
                    if len(chunk) == 1:
                        await self.ops.destroy_instance(id=chunk[0])
                    else:
                        await self.ops.destroy_instances(instance_ids=chunk)
                except NotFoundError:
                    work.not_found(chunk)
                except VastError as exc:
                    work.failed(chunk, exc)
            try:
                for filters in work.listing_filters():
                    first = await self.ops.show_instances(
                        select_filters=filters, limit=LISTING_PAGE
                    )
                    async for page in first.iter_pages():
                        work.listed(page.items)
                work.walked()
            except TRANSIENT as exc:
                log.info("destroy: the listing failed (%s); checking again", exc)
            step = work.next_round(timer.elapsed())
            if step is None:
                break
            await timer.async_sleep(step, self.requester.pause)
        return work
