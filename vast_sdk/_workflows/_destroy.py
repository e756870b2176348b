"""Destroying instances and confirming they are gone: ``destroy_labelled``, and the teardown
that launch, lease and launch(count=N) use.

A destroy call that answers 200 has not proven anything yet; a destroy that timed out may have
worked. So the teardown destroys, then walks the v1 listing narrowed to those ids until none of
them is listed, sending the destroy again to any that is, until a timeout. An instance the API
no longer knows (404 ``no_such_instance``, or ``instances_not_found`` from the bulk call) is
gone. Several instances go in bulk calls (``destroy_instances``, 64 ids each).

``Teardown`` (_teardown.py, loaded at the first destroy) does no I/O: the sync and async
loops feed it answers and sleep what it says.
"""

from __future__ import annotations

from .._errors import InvalidRequestError
from ._base import AsyncHelper, SyncHelper, Timer, wait_timeout_of
from ._read import get, integer
from ._rent_errors import DestroyError
from ._wait import LISTING_PAGE

__all__ = ["AsyncDestroy", "SyncDestroy"]

CONFIRM_TIMEOUT = 120.0
"""Seconds a teardown keeps destroying and checking before it gives up on an instance."""
CONFIRM_INTERVAL = 2.0
"""Seconds between the rounds of a teardown (a destroy usually shows within one)."""
BULK_IDS = 64
"""Ids per ``destroy_instances`` call (the API's limit)."""
IDS_PER_FILTER = 200
"""Ids per listing filter (it travels in the URL; as _fleet.py)."""


def check_label(label: object) -> str:
    if not isinstance(label, str) or not label.strip():
        raise InvalidRequestError(f"label must be non-empty text, got {label!r}")
    return label


class SyncDestroy(SyncHelper):
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
            from ._teardown import SyncTeardown  # loaded at the first destroy

            work = SyncTeardown(self.ops, self.requester).teardown(
                found, timeout=max(remaining, 0.001), interval=poll_interval
            )
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
            from ._teardown import AsyncTeardown  # loaded at the first destroy

            work = await AsyncTeardown(self.ops, self.requester).teardown(
                found, timeout=max(remaining, 0.001), interval=poll_interval
            )
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
