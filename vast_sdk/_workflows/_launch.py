"""launch: search offers, pick one, create the instance, wait until it runs; clean up on failure.

Money rules: create_instance is called once (the client retries it only when the API cannot
have acted on it); if anything goes wrong after it, the instance is destroyed unless the caller
asked to keep it, and the error says what happened to it.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

from .._errors import (
    APIConnectionError,
    InternalServerError,
    InvalidRequestError,
    NotFoundError,
    ResponseParseError,
)
from .._types import UNSET
from ._base import AsyncHelper, SyncHelper, positive
from ._errors import NoOffersError
from ._wait import (
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    AsyncWait,
    ProgressCallback,
    SyncWait,
    Waiter,
)

if TYPE_CHECKING:
    from _typeshed import SupportsRichComparison

    from .._generated.models.create_instance_body_volume_info import (
        CreateInstanceBodyVolumeInfo,
    )
    from ..models import Instance, Offer
    from ..query import Query

log = logging.getLogger("vast_sdk")

OfferQuery = Mapping[str, Any]
"""What launch searches with: a search_offers body, ``{"gpu_name": {"eq": "RTX 4090"}, ...}``.

Filters are ``{field: {op: value}}``; other keys (``order``, ``limit``, ``type``) are search
options. Query strings in the CLI's language will be accepted here too, as an addition.
"""

OfferKey = Callable[["Offer"], "SupportsRichComparison"]
"""Orders the offers found; launch rents the one with the smallest key."""

DEFAULT_DISK_GB = 10.0
"""The official CLI's default disk size."""
SEARCH_LIMIT = 64
DEFAULT_FILTERS: dict[str, Any] = {
    "verified": {"eq": True},
    "external": {"eq": False},
    "rentable": {"eq": True},
    "rented": {"eq": False},
}
"""The official CLI's default offer filters: verified, on-marketplace, rentable, free."""


class LaunchOptions(TypedDict, total=False):
    """The other create_instance settings launch passes through (see create_instance)."""

    label: str
    template_id: int
    template_hash_id: str
    runtype: str  # vastai sends values outside the documents' enum (docs/wire.md W23)
    price: float
    cancel_unavail: bool
    vm: bool
    args: list[str]
    args_str: str
    use_jupyter_lab: bool
    jupyter_dir: str
    python_utf8: bool
    lang_utf8: bool
    force: bool
    user: str
    image_login: str
    volume_info: CreateInstanceBodyVolumeInfo | Mapping[str, Any]


def search_body(query: OfferQuery | str | Query | None, disk: float) -> dict[str, Any]:
    """The search_offers body for a launch: the CLI's default filters, offers with room for
    ``disk`` GB priced with it, cheapest first; then the caller's query: CLI text or a
    ``vast_sdk.query.Query`` (``field=any`` drops a default), or a mapping of filters whose
    keys win (a ``None`` value drops a default)."""
    from ..query import Query, offers_body  # the query language loads only when used

    extra: dict[str, Any] = {"disk_space": {"gte": disk}}
    if isinstance(query, (str, Query)):
        filters = offers_body(query, type="on-demand", order="dph_total", limit=SEARCH_LIMIT)
        filters["allocated_storage"] = disk
        if "disk_space" not in filters:
            filters.update(extra)
        return filters
    if query is not None and not isinstance(query, Mapping):
        raise InvalidRequestError(
            f"launch: query must be CLI query text, a Query or a mapping of filters, "
            f"not {type(query).__name__}"
        )
    body: dict[str, Any] = {
        **DEFAULT_FILTERS,
        **extra,
        "type": "on-demand",
        "order": [["dph_total", "asc"]],
        "limit": SEARCH_LIMIT,
        "allocated_storage": disk,
    }
    body.update(query or {})
    return {k: v for k, v in body.items() if v is not None}


def price(offer: Offer) -> float:
    """The default key: the total price per hour (an offer without one sorts last)."""
    total = offer.dph_total
    return total if isinstance(total, (int, float)) else math.inf


def pick_offer(offers: Sequence[Offer], pick: OfferKey | None, body: dict[str, Any]) -> Offer:
    """The offer with the smallest key; NoOffersError when there is none."""
    if not offers:
        raise NoOffersError(f"launch: no offer matches {body}", query=body)
    return min(offers, key=pick or price)


def create_args(
    image: str,
    disk: float,
    env: Mapping[str, str] | None,
    onstart: str | None,
    options: Mapping[str, Any],
) -> dict[str, Any]:
    """Checked create_instance keywords (before anything is searched or rented)."""
    if not isinstance(image, str) or not image.strip():
        raise InvalidRequestError(f"launch: image must be a non-empty str, got {image!r}")
    unknown = sorted(set(options) - LaunchOptions.__optional_keys__)
    if unknown:
        raise InvalidRequestError(
            f"launch: unexpected create_instance argument(s): {', '.join(unknown)}"
        )
    return {
        "image": image,
        "disk": disk,
        "env": UNSET if env is None else dict(env),
        "onstart": UNSET if onstart is None else onstart,
        **options,
    }


def note_create_failure(exc: BaseException) -> None:
    """A create that failed in a way where the API may still have rented: say so (no
    response, an unreadable one, a 5xx other than 503, or interrupted while under way)."""
    maybe = (
        not isinstance(exc, Exception)  # KeyboardInterrupt, a cancelled task
        or isinstance(exc, (APIConnectionError, ResponseParseError))
        or (isinstance(exc, InternalServerError) and exc.status_code != 503)
    )
    if maybe:
        exc.add_note(
            "launch: the API may have created the instance before this failure; check "
            "show_instances and destroy any instance you did not want (it was not retried)"
        )


def note_kept(exc: BaseException, instance_id: int) -> None:
    exc.add_note(f"launch: instance {instance_id} was kept (keep_on_failure=True); destroy it")


def note_destroyed(exc: BaseException, instance_id: int, error: BaseException | None) -> None:
    if error is None:
        exc.add_note(f"launch: destroyed instance {instance_id}, which did not get to running")
        return
    if isinstance(error, NotFoundError):
        exc.add_note(f"launch: instance {instance_id} no longer exists; nothing to destroy")
        return
    log.error("launch: could not destroy instance %d: %s", instance_id, error)
    exc.add_note(
        f"launch: could NOT destroy instance {instance_id} ({type(error).__name__}: {error}); "
        "destroy it yourself to stop its charges"
    )


def check_wait(timeout: float, poll_interval: float, disk: float) -> None:
    """Fail on bad numbers before renting, not after."""
    Waiter.start(0, "running", timeout, poll_interval)
    positive("disk", disk)


class SyncLaunch(SyncHelper):
    def launch(
        self,
        query: OfferQuery | str | Query | None = None,
        *,
        image: str,
        disk: float = DEFAULT_DISK_GB,
        env: Mapping[str, str] | None = None,
        onstart: str | None = None,
        pick: OfferKey | None = None,
        keep_on_failure: bool = False,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        **create_options: Unpack[LaunchOptions],
    ) -> Instance:
        """Rent the cheapest offer matching ``query`` and return the instance once it runs.

        One call for what every rent script does: ``search_offers`` (with the official CLI's
        default filters: verified, rentable, not rented, not external, room for ``disk``),
        pick an offer, ``create_instance``, ``wait_for_instance``. The Instance returned is
        running and carries its SSH details (``ssh_url(instance)``).

        Never leaves behind an instance you did not get: if the wait fails, times out or is
        interrupted (an exception, Ctrl-C), the instance is destroyed and the error re-raised,
        with a note saying so. create_instance is sent once: the client retries it only when
        the API cannot have acted on it (a refused connection, 429, 503). Not to be confused
        with the API's own ``launch_instance``.

        Args:
            query: Offer filters as a search_offers body, e.g. ``{"gpu_name": {"eq": "RTX
                4090"}, "num_gpus": {"gte": 2}}``; its keys override the defaults above, and a
                key set to ``None`` drops that default. Search options (``type``, ``order``,
                ``limit``) may be given too. None: any offer.
            image: The Docker image to run.
            disk: Disk size in GB (default 10); offers without room for it are left out and
                prices include it.
            env: Environment variables for the container.
            onstart: A shell script run when the container starts.
            pick: A key function over the offers found; the offer with the smallest key is
                rented (default: lowest ``dph_total``), e.g. ``lambda o: -o.reliability``.
            keep_on_failure: True keeps the instance when the wait fails (to look at its logs);
                you then destroy it yourself.
            timeout: Seconds to wait for ``running`` (default 900).
            poll_interval: Seconds between status polls (default 5).
            on_progress: Called with the Instance after every poll.
            **create_options: More create_instance settings (``label``, ``runtype``,
                ``args``, ``template_hash_id``...; see LaunchOptions).

        Raises:
            NoOffersError: nothing matched (nothing was rented).
            WaitTimeoutError, InstanceStateError, InstanceGoneError: the wait failed (the
                instance was destroyed unless ``keep_on_failure``).
            InvalidRequestError: bad arguments (checked before searching).
            VastError: a search or create error, as raised.
        """
        check_wait(timeout, poll_interval, disk)
        args = create_args(image, disk, env, onstart, create_options)
        body = search_body(query, disk)
        offer = pick_offer(self.ops.search_offers(body=body).offers, pick, body)
        log.info("launch: renting offer %d at $%s/h", offer.id, offer.dph_total)
        try:
            instance_id = self.ops.create_instance(id=offer.id, **args).new_contract
        except BaseException as exc:
            note_create_failure(exc)
            raise
        try:
            return SyncWait(self.ops, self.requester).wait_for_instance(
                instance_id,
                "running",
                timeout=timeout,
                poll_interval=poll_interval,
                on_progress=on_progress,
            )
        except BaseException as exc:
            if keep_on_failure:
                note_kept(exc, instance_id)
                raise
            try:
                self.ops.destroy_instance(id=instance_id)
            except Exception as error:
                note_destroyed(exc, instance_id, error)
            else:
                note_destroyed(exc, instance_id, None)
            raise


class AsyncLaunch(AsyncHelper):
    async def launch(
        self,
        query: OfferQuery | str | Query | None = None,
        *,
        image: str,
        disk: float = DEFAULT_DISK_GB,
        env: Mapping[str, str] | None = None,
        onstart: str | None = None,
        pick: OfferKey | None = None,
        keep_on_failure: bool = False,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        **create_options: Unpack[LaunchOptions],
    ) -> Instance:
        """Rent the cheapest offer matching ``query`` and return the instance once it runs.

        One call for what every rent script does: ``search_offers`` (with the official CLI's
        default filters: verified, rentable, not rented, not external, room for ``disk``),
        pick an offer, ``create_instance``, ``wait_for_instance``. The Instance returned is
        running and carries its SSH details (``ssh_url(instance)``).

        Never leaves behind an instance you did not get: if the wait fails, times out or is
        interrupted (an exception, Ctrl-C, the task cancelled), the instance is destroyed (in a
        shielded scope, so a cancellation cannot skip it) and the error re-raised, with a note
        saying so. create_instance is sent once: the client retries it only when the API
        cannot have acted on it (a refused connection, 429, 503). Not to be confused with the
        API's own ``launch_instance``.

        Args:
            query: Offer filters as a search_offers body, e.g. ``{"gpu_name": {"eq": "RTX
                4090"}, "num_gpus": {"gte": 2}}``; its keys override the defaults above, and a
                key set to ``None`` drops that default. Search options (``type``, ``order``,
                ``limit``) may be given too. None: any offer.
            image: The Docker image to run.
            disk: Disk size in GB (default 10); offers without room for it are left out and
                prices include it.
            env: Environment variables for the container.
            onstart: A shell script run when the container starts.
            pick: A key function over the offers found; the offer with the smallest key is
                rented (default: lowest ``dph_total``), e.g. ``lambda o: -o.reliability``.
            keep_on_failure: True keeps the instance when the wait fails (to look at its logs);
                you then destroy it yourself.
            timeout: Seconds to wait for ``running`` (default 900).
            poll_interval: Seconds between status polls (default 5).
            on_progress: Called with the Instance after every poll (a coroutine function is
                awaited).
            **create_options: More create_instance settings (``label``, ``runtype``,
                ``args``, ``template_hash_id``...; see LaunchOptions).

        Raises:
            NoOffersError: nothing matched (nothing was rented).
            WaitTimeoutError, InstanceStateError, InstanceGoneError: the wait failed (the
                instance was destroyed unless ``keep_on_failure``).
            InvalidRequestError: bad arguments (checked before searching).
            VastError: a search or create error, as raised.
        """
        check_wait(timeout, poll_interval, disk)
        args = create_args(image, disk, env, onstart, create_options)
        body = search_body(query, disk)
        offer = pick_offer((await self.ops.search_offers(body=body)).offers, pick, body)
        log.info("launch: renting offer %d at $%s/h", offer.id, offer.dph_total)
        try:
            instance_id = (await self.ops.create_instance(id=offer.id, **args)).new_contract
        except BaseException as exc:
            note_create_failure(exc)
            raise
        try:
            return await AsyncWait(self.ops, self.requester).wait_for_instance(
                instance_id,
                "running",
                timeout=timeout,
                poll_interval=poll_interval,
                on_progress=on_progress,
            )
        except BaseException as exc:
            if keep_on_failure:
                note_kept(exc, instance_id)
                raise
            import anyio  # not at vast_sdk import: loaded with the async transport

            with anyio.CancelScope(shield=True):
                try:
                    await self.ops.destroy_instance(id=instance_id)
                except Exception as error:
                    note_destroyed(exc, instance_id, error)
                else:
                    note_destroyed(exc, instance_id, None)
            raise
