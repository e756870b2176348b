"""Destroying instances and confirming they are gone: ``destroy_labelled``, and the teardown
that launch, lease and launch(count=N) use.

A destroy call that answers 200 has not proven anything yet; a destroy that timed out may have
worked. So the teardown destroys, then walks the v1 listing narrowed to those ids until none of
them is listed, sending the destroy again to any that is, until a timeout. An instance the API
no longer knows (404 ``no_such_instance``, or ``instances_not_found`` from the bulk call) is
gone. Several instances go in bulk calls (``destroy_instances``, 64 ids each).

``Teardown`` does no I/O: the sync and async methods feed it answers and sleep what it says.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .._errors import InvalidRequestError, NotFoundError, VastError
from ._base import AsyncHelper, SyncHelper, Timer, poll_interval_of, positive, wait_timeout_of
from ._read import get, integer
from ._rent_errors import DestroyError
from ._wait import LISTING_PAGE, TRANSIENT

log = logging.getLogger("vast_sdk")

__all__ = ["AsyncDestroy", "SyncDestroy", "Teardown"]

CONFIRM_TIMEOUT = 120.0
"""Seconds a teardown keeps destroying and checking before it gives up on an instance."""
CONFIRM_INTERVAL = 2.0
"""Seconds between the rounds of a teardown (a destroy usually shows within one)."""
BULK_IDS = 64
"""Ids per ``destroy_instances`` call (the API's limit)."""
IDS_PER_FILTER = 200
"""Ids per listing filter (it travels in the URL; as _fleet.py)."""


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


def check_label(label: object) -> str:
    if not isinstance(label, str) or not label.strip():
        raise InvalidRequestError(f"label must be non-empty text, got {label!r}")
    return label


class SyncDestroy(SyncHelper):
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

    def labelled(self, label: str) -> list[int]:
        """The ids of every instance labelled ``label`` (all pages of the listing)."""
        first = self.ops.show_instances(select_filters={"label": {"eq": label}}, limit=LISTING_PAGE)
        found = (integer(get(row, "id")) for row in first)
        return sorted({i for i in found if i is not None})

    def destroy_labelled(
        self,
        label: str,
        *,
        wait_timeout: float = CONFIRM_TIMEOUT,
        poll_interval: float | None = None,
        timeout: float | None = None,
    ) -> list[int]:
        """Destroy every instance labelled ``label`` and confirm through the listing that
        they are gone.

        Lists the account's instances with that label (``show_instances`` with
        ``select_filters={"label": {"eq": label}}``, every page), destroys them (in bulk,
        ``destroy_instances``), then lists again until none is left, destroying any that
        still shows (one created meanwhile too). Give a fleet one label (``launch(...,
        count=8, label="sweep-3")``) and one call cleans it up, from any process. Not to be
        confused with the API's ``destroy_instances`` (ids, no confirmation).

        Args:
            label: The label, exactly (non-empty).
            wait_timeout: Seconds to keep destroying and checking (default 120).
            poll_interval: Seconds between checks (default 2, or VAST_POLL_INTERVAL).
            timeout: Deprecated name of ``wait_timeout`` (a DeprecationWarning).

        Returns:
            The ids destroyed, sorted (empty when no instance had the label).

        Raises:
            DestroyError: some could not be confirmed destroyed (``instance_ids``).
            InvalidRequestError: an empty label (nothing is listed or destroyed).
            AuthenticationError...: as the listing raised it.
        """
        limit = wait_timeout_of(wait_timeout, timeout, CONFIRM_TIMEOUT, "destroy_labelled")
        check_label(label)
        timer = Timer()
        destroyed: set[int] = set()
        while True:
            found = self.labelled(label)
            if not found:
                return sorted(destroyed)
            remaining = limit - timer.elapsed()
            work = self.teardown(found, timeout=max(remaining, 0.001), interval=poll_interval)
            destroyed.update(work.gone)
            error = work.error(f"destroy_labelled({label!r})")
            if error is not None:
                raise error
            if timer.elapsed() >= limit:
                raise DestroyError(
                    f"destroy_labelled({label!r}): instances with the label kept appearing "
                    f"for {limit:g}s: {', '.join(map(str, found))} were destroyed, more remain",
                    instance_ids=tuple(self.labelled(label)),
                    errors={},
                )


class AsyncDestroy(AsyncHelper):
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

    async def labelled(self, label: str) -> list[int]:
        """The ids of every instance labelled ``label`` (all pages of the listing)."""
        first = await self.ops.show_instances(
            select_filters={"label": {"eq": label}}, limit=LISTING_PAGE
        )
        found = [integer(get(row, "id")) async for row in first]
        return sorted({i for i in found if i is not None})

    async def destroy_labelled(
        self,
        label: str,
        *,
        wait_timeout: float = CONFIRM_TIMEOUT,
        poll_interval: float | None = None,
        timeout: float | None = None,
    ) -> list[int]:
        """Destroy every instance labelled ``label`` and confirm through the listing that
        they are gone.

        Lists the account's instances with that label (``show_instances`` with
        ``select_filters={"label": {"eq": label}}``, every page), destroys them (in bulk,
        ``destroy_instances``), then lists again until none is left, destroying any that
        still shows (one created meanwhile too). Give a fleet one label (``launch(...,
        count=8, label="sweep-3")``) and one call cleans it up, from any process. Not to be
        confused with the API's ``destroy_instances`` (ids, no confirmation). A cancelled
        task stops it (what was destroyed stays destroyed).

        Args:
            label: The label, exactly (non-empty).
            wait_timeout: Seconds to keep destroying and checking (default 120).
            poll_interval: Seconds between checks (default 2, or VAST_POLL_INTERVAL).
            timeout: Deprecated name of ``wait_timeout`` (a DeprecationWarning).

        Returns:
            The ids destroyed, sorted (empty when no instance had the label).

        Raises:
            DestroyError: some could not be confirmed destroyed (``instance_ids``).
            InvalidRequestError: an empty label (nothing is listed or destroyed).
            AuthenticationError...: as the listing raised it.
        """
        limit = wait_timeout_of(wait_timeout, timeout, CONFIRM_TIMEOUT, "destroy_labelled")
        check_label(label)
        timer = Timer()
        destroyed: set[int] = set()
        while True:
            found = await self.labelled(label)
            if not found:
                return sorted(destroyed)
            remaining = limit - timer.elapsed()
            work = await self.teardown(found, timeout=max(remaining, 0.001), interval=poll_interval)
            destroyed.update(work.gone)
            error = work.error(f"destroy_labelled({label!r})")
            if error is not None:
                raise error
            if timer.elapsed() >= limit:
                raise DestroyError(
                    f"destroy_labelled({label!r}): instances with the label kept appearing "
                    f"for {limit:g}s: {', '.join(map(str, found))} were destroyed, more remain",
                    instance_ids=tuple(await self.labelled(label)),
                    errors={},
                )
