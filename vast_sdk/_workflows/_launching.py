"""How launch does it: the plan of one launch (every decision, no I/O) and the loops that drive
it, sync and async. ``_launch.py`` holds the public methods and loads this module at the first
launch (so ``import vast_sdk`` does not); its module doc says what a launch does.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .._errors import InvalidRequestError, VastError
from .._types import UNSET
from ._attempts import Attempts, bid_refusal_minimum
from ._base import AsyncHelper, SyncHelper, Timer, positive
from ._errors import WaitError
from ._launch import LaunchOptions
from ._marker import (
    LOOKUP_ATTEMPTS,
    LOOKUP_INTERVAL,
    Marker,
    contract_from_failure,
    create_outcome,
    find_marked,
    resolve_ambiguous,
)
from ._ports import EnvLike, PortLike, build_env
from ._rent_errors import BidTooLowError, LaunchError, PriceCapError
from ._spend import (
    RentChoice,
    check_spend,
    instance_over_cap,
    offer_search_body,
    rank_offers,
)
from ._teardown import AsyncTeardown, SyncTeardown, Teardown
from ._wait import (
    LISTING_PAGE,
    AsyncWait,
    ProgressCallback,
    SyncWait,
    Waiter,
    check_ssh,
)

if TYPE_CHECKING:
    from ..models import Instance, Offer
    from ..query import Query
    from ._launch import OfferKey, OfferQuery

__all__ = ["AsyncLauncher", "LaunchPlan", "SyncLauncher"]

log = logging.getLogger("vast_sdk")

MAX_COUNT = 64
"""The most instances one launch rents (the API's bulk limit)."""

Outcome = tuple[dict[int, "Instance"], dict[int, BaseException]]
"""What one wait of a launch came to: the ready instances, and the failed ones with why."""


def create_args(
    image: str, disk: float, onstart: str | None, options: Mapping[str, Any]
) -> dict[str, Any]:
    """Checked create_instance keywords (before anything is searched or rented)."""
    if not isinstance(image, str) or not image.strip():
        raise InvalidRequestError(f"launch: image must be a non-empty str, got {image!r}")
    unknown = sorted(set(options) - LaunchOptions.__optional_keys__)
    if unknown:
        hint = " (price is launch's bid: pass spot=True with it)" if "price" in unknown else ""
        raise InvalidRequestError(
            f"launch: unexpected create_instance argument(s): {', '.join(unknown)}{hint}"
        )
    args = {"image": image, "disk": disk, "onstart": UNSET if onstart is None else onstart}
    return {**args, **{k: v for k, v in options.items() if k != "label"}}


def _count(count: object) -> int:
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_COUNT:
        raise InvalidRequestError(f"count must be an int from 1 to {MAX_COUNT}, got {count!r}")
    return count


@dataclass(frozen=True)
class Rental:
    """An instance this launch rented: from which offer, on which machine, with which marker."""

    instance_id: int
    offer_id: int
    machine_id: int | None


class LaunchPlan:
    """Every decision of one launch (see the module doc); the loops do the I/O."""

    def __init__(
        self,
        query: OfferQuery | str | Query | None,
        *,
        image: str,
        disk: float,
        env: EnvLike | None,
        onstart: str | None,
        ports: Sequence[PortLike],
        count: int,
        max_dph: float | None,
        spot: bool,
        price: float | None,
        attempts: int,
        exclude_machines: Collection[int],
        pick: OfferKey | None,
        ssh: bool,
        keep_on_failure: bool,
        wait_timeout: float,
        poll_interval: float,
        options: Mapping[str, Any],
    ) -> None:
        self.count = _count(count)
        self.disk = positive("disk", disk)
        Waiter.start(0, "running", wait_timeout, poll_interval)  # checks the numbers
        check_ssh("running", ssh)
        check_spend(spot, price, max_dph)
        if not isinstance(keep_on_failure, bool):
            raise InvalidRequestError(f"keep_on_failure must be True or False: {keep_on_failure!r}")
        self.tries = Attempts.start(attempts, exclude_machines)
        self.tries.limit = attempts * self.count  # ``attempts`` offers per instance asked for
        self.env = build_env(env, ports)
        self.args = create_args(image, self.disk, onstart, options)
        label = options.get("label")
        if label is not None and (not isinstance(label, str) or not label):
            raise InvalidRequestError(f"launch: label must be non-empty text, got {label!r}")
        self.label: str | None = label
        self.body = offer_search_body(query, self.disk, spot=spot)
        self.spot, self.price, self.max_dph, self.pick = spot, price, max_dph, pick
        self.ssh, self.keep_on_failure = ssh, keep_on_failure
        self.wait_timeout, self.poll_interval = wait_timeout, poll_interval
        self.ranked: list[RentChoice] = []
        self.rented: dict[int, Rental] = {}
        self.ready: dict[int, Instance] = {}
        self.unresolved: list[tuple[Marker, str]] = []
        """Markers of ambiguous creates that found nothing: checked once more at the end."""

    # ---------------------------------------------------------------- renting

    def needed(self) -> int:
        """Instances still to rent."""
        return self.count - len(self.rented)

    def waiting(self) -> list[int]:
        """Instances rented and not ready yet."""
        return [i for i in self.rented if i not in self.ready]

    def _excluded(self, choice: RentChoice) -> bool:
        used = {r.offer_id for r in self.rented.values()}
        offer = choice.offer
        return (
            offer.id in self.tries.exclude_offers
            or offer.id in used
            or offer.machine_id in self.tries.exclude_machines
        )

    def rank(self, offers: Sequence[Offer]) -> None:
        """What a search found, ranked (raises NoOffersError, PriceCapError, BidTooLowError
        when nothing can be rented)."""
        self.ranked = rank_offers(
            offers,
            body=self.body,
            disk=self.disk,
            spot=self.spot,
            price=self.price,
            max_dph=self.max_dph,
            pick=self.pick,
            exclude_offers=self.tries.exclude_offers | {r.offer_id for r in self.rented.values()},
            exclude_machines=self.tries.exclude_machines,
        )

    def next_choice(self) -> RentChoice | None:
        """The best offer left from the last search (None: search again)."""
        while self.ranked:
            choice = self.ranked.pop(0)
            if not self._excluded(choice):
                return choice
        return None

    def create_kwargs(self, choice: RentChoice, marker: Marker) -> tuple[dict[str, Any], str]:
        """(create_instance's keywords, the label sent) to rent ``choice`` with ``marker``."""
        label, env = marker.apply(self.label, self.env)
        kwargs = {"id": choice.offer.id, **self.args, "label": label, "env": env}
        if choice.price is not None:
            kwargs["price"] = choice.price
        return kwargs, label

    def rented_one(self, instance_id: int, choice: RentChoice) -> None:
        offer = choice.offer
        self.rented[instance_id] = Rental(instance_id, offer.id, offer.machine_id)
        log.info("launch: rented offer %d as instance %d", offer.id, instance_id)

    def refused(self, choice: RentChoice, exc: BaseException) -> bool:
        """A create that rented nothing failed with ``exc``: True to try the next offer, else
        the caller raises (``bid_refused`` with the caller's price becomes BidTooLowError)."""
        if self.tries.failed(choice.offer.id, choice.offer.machine_id, exc):
            log.info("launch: offer %d failed (%s); trying the next one", choice.offer.id, exc)
            return True
        minimum = bid_refusal_minimum(exc)
        if self.price is not None and minimum is not None:
            raise BidTooLowError(
                f"launch: bid {self.price} $/hour is below the minimum bid {minimum} $/hour of "
                f"offer {choice.offer.id} (it rose since the search)",
                price=self.price,
                minimum=minimum,
                offer_id=choice.offer.id,
            ) from exc
        return False

    def no_answer(self, choice: RentChoice, exc: BaseException) -> bool:
        """A create got no answer and no instance carries its marker: nothing was rented."""
        return self.tries.failed(choice.offer.id, choice.offer.machine_id, exc, "no_answer")

    # ---------------------------------------------------------------- waiting

    def remaining(self, elapsed: float) -> float:
        return max(self.wait_timeout - elapsed, 0.001)

    def over_cap(self, instance: Instance) -> PriceCapError | None:
        """PriceCapError when the instance costs more than ``max_dph`` (the host raised its
        price between the search and the rent)."""
        cost = instance_over_cap(instance, self.max_dph)
        if cost is None or self.max_dph is None:
            return None
        return PriceCapError(
            f"launch: instance {instance.id} costs {cost} $/hour, above max_dph {self.max_dph} "
            "$/hour (the price rose between the search and the rent)",
            query=self.body,
            max_dph=self.max_dph,
            cheapest=cost,
            offer_id=self.rented[instance.id].offer_id if instance.id in self.rented else None,
        )

    def waited(
        self, ready: Mapping[int, Instance], failed: Mapping[int, BaseException]
    ) -> dict[int, BaseException]:
        """Take a wait's outcome: the ready instances (within the cap) are kept; returns the
        failed ones with why."""
        failed = dict(failed)
        for iid, instance in ready.items():
            over = self.over_cap(instance)
            if over is not None:
                failed[iid] = over
            else:
                self.ready[iid] = instance
        return failed

    def start_failed(self, iid: int, exc: BaseException) -> bool:
        """Instance ``iid`` will not run (``exc``): True to rent a replacement once it is gone
        (the machine is excluded for start failures and outbids)."""
        rental = self.rented[iid]
        machine = getattr(exc, "machine_id", None) or rental.machine_id
        return self.tries.failed(rental.offer_id, machine, exc)

    def result(self) -> Instance | list[Instance]:
        instances = [self.ready[i] for i in self.rented]
        return instances[0] if self.count == 1 else instances

    # ---------------------------------------------------------------- failing

    def abandoned(
        self, exc: BaseException, teardown: Teardown | None, absent: Collection[int]
    ) -> BaseException:
        """What to raise when the launch fails with ``exc`` after ``teardown`` of what it had
        rented (None: kept): ``exc`` with notes (one instance), or LaunchError (count=N)."""
        outcomes: dict[int, str] = {}
        for iid in self.rented:
            if teardown is None:
                outcomes[iid] = "kept (keep_on_failure=True)"
                exc.add_note(f"launch: instance {iid} was kept (keep_on_failure=True); destroy it")
            elif iid in absent:
                outcomes[iid] = "already gone"
                exc.add_note(f"launch: instance {iid} no longer exists; nothing to destroy")
            elif iid in teardown.gone:
                outcomes[iid] = "destroyed"
                exc.add_note(f"launch: destroyed instance {iid}, which did not get to running")
            else:
                outcomes[iid] = teardown.outcome(iid)
                why = teardown.errors.get(iid, "still listed")
                log.error("launch: could not destroy instance %d: %s", iid, why)
                exc.add_note(
                    f"launch: could NOT destroy instance {iid} ({why}); destroy it yourself to "
                    "stop its charges"
                )
        if self.count == 1 or not isinstance(exc, Exception):
            return exc
        shown = "; ".join(f"{i}: {o}" for i, o in outcomes.items()) or "nothing was rented"
        error = LaunchError(
            f"launch: could not get {self.count} instances running ({type(exc).__name__}: "
            f"{exc}); {shown}",
            outcomes=outcomes,
            tries=self.tries.tries,
        )
        error.__cause__ = exc
        return error


def _ambiguous_note(exc: BaseException, marker: Marker, label: str, why: str) -> None:
    exc.add_note(
        f"launch: create_instance got no answer and {why}; an instance may exist: find it with "
        f"show_instances(select_filters={{'label': {{'eq': {label!r}}}}}) (its env "
        f"VAST_SDK_MARKER={marker.token}) and destroy it if you do not want it"
    )


class SyncLauncher(SyncHelper):
    """The loop of a launch on Vast (see _launch.py's module doc)."""

    def launch(
        self, plan: LaunchPlan, on_progress: ProgressCallback | None
    ) -> Instance | list[Instance]:
        try:
            return self._run(plan, on_progress)
        except BaseException as exc:
            error = self._abandon(plan, exc)
            if error is exc:
                raise
            raise error from exc
        finally:
            self._late_arrivals(plan)

    # ---------------------------------------------------------------- the loop

    def _run(
        self, plan: LaunchPlan, on_progress: ProgressCallback | None
    ) -> Instance | list[Instance]:
        timer = Timer()
        while True:
            while plan.needed() > 0:
                self._rent_one(plan)
            failed = plan.waited(*self._wait(plan, timer, on_progress))
            for iid, exc in failed.items():
                retry = plan.start_failed(iid, exc)
                if not retry:
                    raise exc
                self._replace(plan, iid, exc)
            if len(plan.ready) == plan.count:
                return plan.result()

    def _rent_one(self, plan: LaunchPlan) -> None:
        choice = plan.next_choice()
        if choice is None:
            plan.rank(self.ops.search_offers(body=plan.body).offers)
            choice = plan.next_choice()
            if choice is None:  # rank_offers raises when it finds none; never here
                raise AssertionError("launch: no offer after a successful ranking")
        marker = Marker.new()
        kwargs, label = plan.create_kwargs(choice, marker)
        try:
            instance_id = self.ops.create_instance(**kwargs).new_contract
        except BaseException as exc:
            found = self._after_failed_create(plan, choice, marker, label, exc)
            if found is None:
                return
            instance_id = found
        plan.rented_one(instance_id, choice)

    def _after_failed_create(
        self,
        plan: LaunchPlan,
        choice: RentChoice,
        marker: Marker,
        label: str,
        exc: BaseException,
    ) -> int | None:
        """The instance a failed create made anyway, or None (the next offer is to be tried);
        raises ``exc`` when launch is to stop."""
        kind = create_outcome(exc)
        if kind == "created":
            return contract_from_failure(exc)
        if kind == "not_created":
            if plan.refused(choice, exc):
                return None
            raise exc
        found = self._lookup(marker, label, exc)
        resolution = resolve_ambiguous(found)
        extra = list(resolution.destroy)
        if not isinstance(exc, Exception) and resolution.keep is not None:
            extra.append(resolution.keep)  # interrupted: the caller did not get it
        if extra:
            work = SyncTeardown(self.ops, self.requester).teardown(extra)
            if work.survivors():
                exc.add_note(str(work.error("launch")))
        if not isinstance(exc, Exception):
            shown = "destroyed it" if resolution.keep is not None else "found none"
            exc.add_note(f"launch: interrupted while renting; looked up its marker and {shown}")
            raise exc
        if resolution.keep is not None:
            log.warning(
                "launch: create_instance got no answer (%s), but instance %d carries its "
                "marker: it is the rental",
                exc,
                resolution.keep,
            )
            return resolution.keep
        plan.unresolved.append((marker, label))
        if plan.no_answer(choice, exc):
            return None
        _ambiguous_note(exc, marker, label, f"{LOOKUP_ATTEMPTS} lookups found none")
        raise exc

    def _lookup(self, marker: Marker, label: str, exc: BaseException) -> list[Instance]:
        """The instances carrying ``marker`` (LOOKUP_ATTEMPTS listings, LOOKUP_INTERVAL
        apart, until one shows); raises ``exc`` with a note when a listing fails."""
        for n in range(LOOKUP_ATTEMPTS):
            try:
                first = self.ops.show_instances(
                    select_filters=marker.listing_filters(label), limit=LISTING_PAGE
                )
                found = find_marked((page.items for page in first.iter_pages()), marker)
            except VastError as error:
                _ambiguous_note(exc, marker, label, f"the lookup failed ({error})")
                raise exc from None
            if found or n == LOOKUP_ATTEMPTS - 1:
                return found
            self.requester.pause(LOOKUP_INTERVAL)
        return []

    def _wait(
        self, plan: LaunchPlan, timer: Timer, on_progress: ProgressCallback | None
    ) -> Outcome:
        """Wait for the instances rented and not ready: (ready ones, failed ones with why)."""
        ids = plan.waiting()
        remaining = plan.remaining(timer.elapsed())
        wait = SyncWait(self.ops, self.requester)
        if plan.count > 1:
            result = wait.wait_many(
                ids, "running", remaining, plan.poll_interval, ssh=plan.ssh, on_progress=on_progress
            )
            return result.ready, dict(result.failed)

        def progress(instance: Instance) -> None:
            over = plan.over_cap(instance)
            if over is not None:
                raise over
            if on_progress is not None:
                on_progress(instance)

        try:
            instance = wait.wait_one(
                ids[0], "running", remaining, plan.poll_interval, ssh=plan.ssh, on_progress=progress
            )
        except (WaitError, PriceCapError) as exc:
            return {}, {ids[0]: exc}
        return {ids[0]: instance}, {}

    def _replace(self, plan: LaunchPlan, iid: int, exc: BaseException) -> None:
        """Destroy a failed instance (confirmed) before another offer is rented."""
        work = SyncTeardown(self.ops, self.requester).teardown([iid])
        error = work.error("launch")
        if error is not None:
            exc.add_note(f"launch: not renting another offer while this one may run: {error}")
            raise exc
        del plan.rented[iid]
        log.info("launch: destroyed instance %d (%s); renting another offer", iid, exc)

    def _abandon(self, plan: LaunchPlan, exc: BaseException) -> BaseException:
        if not plan.rented:
            return plan.abandoned(exc, None, ()) if plan.count > 1 else exc
        if plan.keep_on_failure:
            return plan.abandoned(exc, None, ())
        work = SyncTeardown(self.ops, self.requester).teardown(list(plan.rented))
        return plan.abandoned(exc, work, work.absent)

    def _late_arrivals(self, plan: LaunchPlan) -> None:
        """Destroy an instance an unanswered create made after all (found by its marker)."""
        for marker, label in plan.unresolved:
            try:
                first = self.ops.show_instances(
                    select_filters=marker.listing_filters(label), limit=LISTING_PAGE
                )
                late = [i.id for i in find_marked((p.items for p in first.iter_pages()), marker)]
                if late:
                    log.warning("launch: an unanswered create made %s after all: destroying", late)
                    SyncTeardown(self.ops, self.requester).teardown(late)
            except VastError as error:
                log.error("launch: could not check marker %s: %s", marker.token, error)


class AsyncLauncher(AsyncHelper):
    """The loop of a launch on AsyncVast (see _launch.py's module doc)."""

    async def launch(
        self, plan: LaunchPlan, on_progress: ProgressCallback | None
    ) -> Instance | list[Instance]:
        import anyio  # not at vast_sdk import: loaded with the async transport

        try:
            return await self._run(plan, on_progress)
        except BaseException as exc:
            with anyio.CancelScope(shield=True):  # a cancellation cannot skip the destroy
                error = await self._abandon(plan, exc)
            if error is exc:
                raise
            raise error from exc
        finally:
            with anyio.CancelScope(shield=True):
                await self._late_arrivals(plan)

    # ---------------------------------------------------------------- the loop

    async def _run(
        self, plan: LaunchPlan, on_progress: ProgressCallback | None
    ) -> Instance | list[Instance]:
        timer = Timer()
        while True:
            while plan.needed() > 0:
                await self._rent_one(plan)
            failed = plan.waited(*await self._wait(plan, timer, on_progress))
            for iid, exc in failed.items():
                retry = plan.start_failed(iid, exc)
                if not retry:
                    raise exc
                await self._replace(plan, iid, exc)
            if len(plan.ready) == plan.count:
                return plan.result()

    async def _rent_one(self, plan: LaunchPlan) -> None:
        import anyio

        choice = plan.next_choice()
        if choice is None:
            plan.rank((await self.ops.search_offers(body=plan.body)).offers)
            choice = plan.next_choice()
            if choice is None:  # rank_offers raises when it finds none; never here
                raise AssertionError("launch: no offer after a successful ranking")
        marker = Marker.new()
        kwargs, label = plan.create_kwargs(choice, marker)
        try:
            instance_id = (await self.ops.create_instance(**kwargs)).new_contract
        except BaseException as exc:
            if isinstance(exc, Exception):
                found = await self._after_failed_create(plan, choice, marker, label, exc)
            else:  # cancelled while renting: resolve it whatever else is cancelled
                with anyio.CancelScope(shield=True):
                    found = await self._after_failed_create(plan, choice, marker, label, exc)
            if found is None:
                return
            instance_id = found
        plan.rented_one(instance_id, choice)

    async def _after_failed_create(
        self,
        plan: LaunchPlan,
        choice: RentChoice,
        marker: Marker,
        label: str,
        exc: BaseException,
    ) -> int | None:
        """SyncLaunch._after_failed_create for asyncio."""
        kind = create_outcome(exc)
        if kind == "created":
            return contract_from_failure(exc)
        if kind == "not_created":
            if plan.refused(choice, exc):
                return None
            raise exc
        found = await self._lookup(marker, label, exc)
        resolution = resolve_ambiguous(found)
        extra = list(resolution.destroy)
        if not isinstance(exc, Exception) and resolution.keep is not None:
            extra.append(resolution.keep)  # cancelled: the caller did not get it
        if extra:
            work = await AsyncTeardown(self.ops, self.requester).teardown(extra)
            if work.survivors():
                exc.add_note(str(work.error("launch")))
        if not isinstance(exc, Exception):
            shown = "destroyed it" if resolution.keep is not None else "found none"
            exc.add_note(f"launch: interrupted while renting; looked up its marker and {shown}")
            raise exc
        if resolution.keep is not None:
            log.warning(
                "launch: create_instance got no answer (%s), but instance %d carries its "
                "marker: it is the rental",
                exc,
                resolution.keep,
            )
            return resolution.keep
        plan.unresolved.append((marker, label))
        if plan.no_answer(choice, exc):
            return None
        _ambiguous_note(exc, marker, label, f"{LOOKUP_ATTEMPTS} lookups found none")
        raise exc

    async def _lookup(self, marker: Marker, label: str, exc: BaseException) -> list[Instance]:
        for n in range(LOOKUP_ATTEMPTS):
            try:
                first = await self.ops.show_instances(
                    select_filters=marker.listing_filters(label), limit=LISTING_PAGE
                )
                pages = [page.items async for page in first.iter_pages()]
                found = find_marked(pages, marker)
            except VastError as error:
                _ambiguous_note(exc, marker, label, f"the lookup failed ({error})")
                raise exc from None
            if found or n == LOOKUP_ATTEMPTS - 1:
                return found
            await self.requester.pause(LOOKUP_INTERVAL)
        return []

    async def _wait(
        self, plan: LaunchPlan, timer: Timer, on_progress: ProgressCallback | None
    ) -> Outcome:
        ids = plan.waiting()
        remaining = plan.remaining(timer.elapsed())
        wait = AsyncWait(self.ops, self.requester)
        if plan.count > 1:
            result = await wait.wait_many(
                ids, "running", remaining, plan.poll_interval, ssh=plan.ssh, on_progress=on_progress
            )
            return result.ready, dict(result.failed)

        async def progress(instance: Instance) -> None:
            over = plan.over_cap(instance)
            if over is not None:
                raise over
            if on_progress is not None:
                shown = on_progress(instance)
                if inspect.isawaitable(shown):
                    await shown

        try:
            instance = await wait.wait_one(
                ids[0], "running", remaining, plan.poll_interval, ssh=plan.ssh, on_progress=progress
            )
        except (WaitError, PriceCapError) as exc:
            return {}, {ids[0]: exc}
        return {ids[0]: instance}, {}

    async def _replace(self, plan: LaunchPlan, iid: int, exc: BaseException) -> None:
        import anyio

        with anyio.CancelScope(shield=True):
            work = await AsyncTeardown(self.ops, self.requester).teardown([iid])
        error = work.error("launch")
        if error is not None:
            exc.add_note(f"launch: not renting another offer while this one may run: {error}")
            raise exc
        del plan.rented[iid]
        log.info("launch: destroyed instance %d (%s); renting another offer", iid, exc)

    async def _abandon(self, plan: LaunchPlan, exc: BaseException) -> BaseException:
        if not plan.rented:
            return plan.abandoned(exc, None, ()) if plan.count > 1 else exc
        if plan.keep_on_failure:
            return plan.abandoned(exc, None, ())
        work = await AsyncTeardown(self.ops, self.requester).teardown(list(plan.rented))
        return plan.abandoned(exc, work, work.absent)

    async def _late_arrivals(self, plan: LaunchPlan) -> None:
        for marker, label in plan.unresolved:
            try:
                first = await self.ops.show_instances(
                    select_filters=marker.listing_filters(label), limit=LISTING_PAGE
                )
                pages = [p.items async for p in first.iter_pages()]
                late = [i.id for i in find_marked(pages, marker)]
                if late:
                    log.warning("launch: an unanswered create made %s after all: destroying", late)
                    await AsyncTeardown(self.ops, self.requester).teardown(late)
            except VastError as error:
                log.error("launch: could not check marker %s: %s", marker.token, error)
