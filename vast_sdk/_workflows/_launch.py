"""launch: from an offer query to running instances, whatever the market does; never two
rentals for one request, never an instance left running that the caller did not get.

One launch is a ``LaunchPlan`` (every decision, no I/O) driven by a short sync or async loop:

1. Check every argument, then search (``search_offers``: on-demand offers, or bid offers for
   ``spot=True``) and rank what may be rented (``rank_offers``: the cap, the bid, exclusions).
2. Rent the best offer left, with a fresh marker on the instance (_marker.py). An offer that
   is gone (OfferUnavailableError), a bid below a risen minimum, and an ambiguous create that
   made nothing are retried on the next offer, up to ``attempts`` offers per instance asked for.
   An ambiguous create (no answer after sending) is looked up by its marker before anything
   else: the instance found is the rental; none found means nothing was rented.
3. Wait (one instance: ``show_instance`` polls; ``count=N``: one listing walk per poll). An
   instance that fails to start, is outbid, or costs more than ``max_dph`` is destroyed and
   confirmed gone before another offer is rented, and its machine is not tried again.
4. Any other failure, an interrupt (Ctrl-C) or a cancellation destroys every instance the
   launch rented (unless ``keep_on_failure``), confirmed through the listing, and says so.

Money rules: create_instance is sent once per offer tried (the client retries it only when the
API cannot have acted on it); see docs/RELIABILITY.md.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

from ._base import AsyncHelper, SyncHelper, poll_interval_of, wait_timeout_of
from ._wait import DEFAULT_POLL_INTERVAL, DEFAULT_WAIT_TIMEOUT, ProgressCallback

if TYPE_CHECKING:
    from _typeshed import SupportsRichComparison

    from .._generated.models.create_instance_body_volume_info import (
        CreateInstanceBodyVolumeInfo,
    )
    from ..models import Instance, Offer
    from ..query import Query
    from ._ports import EnvLike, PortLike

__all__ = [
    "AsyncLaunch",
    "LaunchArgs",
    "LaunchOptions",
    "OfferKey",
    "OfferQuery",
    "SyncLaunch",
]

OfferQuery = Mapping[str, Any]
"""What launch searches with: a search_offers body, ``{"gpu_name": {"eq": "RTX 4090"}, ...}``.

Filters are ``{field: {op: value}}``; other keys (``order``, ``limit``, ``type``) are search
options. CLI query text and a ``vast_sdk.query.Query`` are accepted too.
"""

OfferKey = Callable[["Offer"], "SupportsRichComparison"]
"""Orders the offers found; launch rents the one with the smallest key."""

DEFAULT_DISK_GB = 10.0
"""The official CLI's default disk size."""
DEFAULT_ATTEMPTS = 3
"""Offers launch tries per instance asked for before giving up."""


class LaunchOptions(TypedDict, total=False):
    """The other create_instance settings launch passes through (see create_instance)."""

    label: str
    template_id: int
    template_hash_id: str
    runtype: str  # vastai sends values outside the documents' enum (docs/wire.md W23)
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


class LaunchArgs(LaunchOptions, total=False):
    """launch's keyword arguments other than ``query``, ``image`` and ``count`` (what
    ``lease`` passes on)."""

    disk: float
    env: EnvLike | None
    onstart: str | None
    ports: Sequence[PortLike]
    max_dph: float | None
    spot: bool
    price: float | None
    attempts: int
    exclude_machines: Collection[int]
    pick: OfferKey | None
    ssh: bool
    keep_on_failure: bool
    wait_timeout: float
    poll_interval: float | None
    on_progress: ProgressCallback | None
    timeout: float | None


class SyncLaunch(SyncHelper):
    def launch(
        self,
        query: OfferQuery | str | Query | None = None,
        *,
        image: str,
        disk: float = DEFAULT_DISK_GB,
        env: EnvLike | None = None,
        onstart: str | None = None,
        ports: Sequence[PortLike] = (),
        count: int = 1,
        max_dph: float | None = None,
        spot: bool = False,
        price: float | None = None,
        attempts: int = DEFAULT_ATTEMPTS,
        exclude_machines: Collection[int] = (),
        pick: OfferKey | None = None,
        ssh: bool = False,
        keep_on_failure: bool = False,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | None = None,
        **create_options: Unpack[LaunchOptions],
    ) -> Instance | list[Instance]:
        """Rent ``count`` instances matching ``query`` and return them once they run.

        One call for what every rent script does, made robust: ``search_offers`` (verified,
        rentable, not rented, room for ``disk``; bid offers for ``spot=True``), rank the offers
        (by ``pick``, else by price), ``create_instance``, wait until it runs. The Instance
        returned is running and carries its SSH details (``ssh_url(instance)``).

        - An offer taken by another renter since the search (OfferUnavailableError), a bid
          below a minimum that rose, an instance that fails to start or is outbid: the next
          matching offer is rented, up to ``attempts`` offers per instance; a machine whose
          instance failed to start is not tried again.
        - Never two rentals for one request: every create carries a unique marker (the label
          when you give none, and always the env variable ``VAST_SDK_MARKER``); after a create
          that got no answer, the marker is looked up before anything else, and the instance
          found is the rental.
        - Never an instance you did not get: whatever ends the launch early (a failure, the
          timeout, Ctrl-C, a cancelled task), every instance it rented is destroyed and
          confirmed gone, and the error says so (``keep_on_failure=True`` keeps them).

        Not to be confused with the API's ``launch_instance``.

        Args:
            query: The offers: CLI query text (``"gpu_name=RTX_4090 num_gpus>=2"``), a
                ``vast_sdk.query.Query``, or a search_offers body (``{"num_gpus": {"gte":
                2}}``; a key set to None drops a default). None: any offer.
            image: The Docker image to run.
            disk: Disk size in GB (default 10); offers without room for it are left out and
                prices include it.
            env: Environment variables: a mapping of names to text, or the official CLI's
                docker-style string (``"-e A=b -p 8080:8080"``), sent as the CLI sends it.
            onstart: A shell script run when the container starts.
            ports: Container ports to publish, e.g. ``(8080, 6006)`` or ``("5000/udp",)``;
                read them back with ``public_port``.
            count: How many instances (1 to 64). More than 1 returns a list, in the order
                rented.
            max_dph: The most to pay per hour per instance, storage included; never rented
                (or bid) above it. Nothing within it: PriceCapError.
            spot: Rent interruptible (bid) instances: bid offers are searched with the same
                query, and the bid is ``price``, else the offer's ``min_bid`` plus 5 %.
            price: The bid in $/hour (with ``spot=True`` only).
            attempts: Offers tried per instance asked for before giving up (default 3).
            exclude_machines: Machine ids never to rent on.
            pick: A key function over the offers found; the smallest key is rented first,
                e.g. ``lambda o: -o.reliability``.
            ssh: True: return only once SSH is published and its TCP port accepts a
                connection.
            keep_on_failure: True keeps what was rented when the launch fails (to look at
                its logs); you then destroy it yourself.
            wait_timeout: Seconds the whole launch may wait for its instances (default 900).
            poll_interval: Seconds between status polls (default 5, or VAST_POLL_INTERVAL).
            on_progress: Called with the Instance after every poll.
            timeout: Deprecated name of ``wait_timeout`` (a DeprecationWarning).
            **create_options: More create_instance settings (``label``, ``runtype``,
                ``args``, ``template_hash_id``...; see LaunchOptions).

        Returns:
            The running Instance; a list of them for ``count`` > 1.

        Raises:
            NoOffersError: nothing matched (nothing was rented); PriceCapError (a
                NoOffersError): offers matched, none within ``max_dph``.
            BidTooLowError: ``price`` is below the minimum bid of every matching offer
                (nothing was rented).
            OfferUnavailableError, InstanceStartError, OutbidError: the last failure, when
                ``attempts`` ran out (a note lists every offer tried).
            WaitTimeoutError, InstanceStateError, InstanceGoneError: the wait failed.
            LaunchError: ``count`` > 1 and the launch failed: ``.outcomes`` says what happened
                to each instance rented, ``__cause__`` why.
            EnvError, InvalidRequestError: bad arguments (checked before any request).
            VastError: a search or create error, as raised.
        """
        from ._launching import LaunchPlan, SyncLauncher  # loaded at the first launch

        plan = LaunchPlan(
            query,
            image=image,
            disk=disk,
            env=env,
            onstart=onstart,
            ports=ports,
            count=count,
            max_dph=max_dph,
            spot=spot,
            price=price,
            attempts=attempts,
            exclude_machines=exclude_machines,
            pick=pick,
            ssh=ssh,
            keep_on_failure=keep_on_failure,
            wait_timeout=wait_timeout_of(wait_timeout, timeout, DEFAULT_WAIT_TIMEOUT, "launch"),
            poll_interval=poll_interval_of(poll_interval, DEFAULT_POLL_INTERVAL),
            options=create_options,
        )
        return SyncLauncher(self.ops, self.requester).launch(plan, on_progress)


class AsyncLaunch(AsyncHelper):
    async def launch(
        self,
        query: OfferQuery | str | Query | None = None,
        *,
        image: str,
        disk: float = DEFAULT_DISK_GB,
        env: EnvLike | None = None,
        onstart: str | None = None,
        ports: Sequence[PortLike] = (),
        count: int = 1,
        max_dph: float | None = None,
        spot: bool = False,
        price: float | None = None,
        attempts: int = DEFAULT_ATTEMPTS,
        exclude_machines: Collection[int] = (),
        pick: OfferKey | None = None,
        ssh: bool = False,
        keep_on_failure: bool = False,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | None = None,
        **create_options: Unpack[LaunchOptions],
    ) -> Instance | list[Instance]:
        """Rent ``count`` instances matching ``query`` and return them once they run.

        One call for what every rent script does, made robust: ``search_offers`` (verified,
        rentable, not rented, room for ``disk``; bid offers for ``spot=True``), rank the offers
        (by ``pick``, else by price), ``create_instance``, wait until it runs. The Instance
        returned is running and carries its SSH details (``ssh_url(instance)``).

        - An offer taken by another renter since the search (OfferUnavailableError), a bid
          below a minimum that rose, an instance that fails to start or is outbid: the next
          matching offer is rented, up to ``attempts`` offers per instance; a machine whose
          instance failed to start is not tried again.
        - Never two rentals for one request: every create carries a unique marker (the label
          when you give none, and always the env variable ``VAST_SDK_MARKER``); after a create
          that got no answer, the marker is looked up before anything else, and the instance
          found is the rental.
        - Never an instance you did not get: whatever ends the launch early (a failure, the
          timeout, Ctrl-C, a cancelled task), every instance it rented is destroyed and
          confirmed gone, and the error says so (``keep_on_failure=True`` keeps them).

        Not to be confused with the API's ``launch_instance``.

        Args:
            query: The offers: CLI query text (``"gpu_name=RTX_4090 num_gpus>=2"``), a
                ``vast_sdk.query.Query``, or a search_offers body (``{"num_gpus": {"gte":
                2}}``; a key set to None drops a default). None: any offer.
            image: The Docker image to run.
            disk: Disk size in GB (default 10); offers without room for it are left out and
                prices include it.
            env: Environment variables: a mapping of names to text, or the official CLI's
                docker-style string (``"-e A=b -p 8080:8080"``), sent as the CLI sends it.
            onstart: A shell script run when the container starts.
            ports: Container ports to publish, e.g. ``(8080, 6006)`` or ``("5000/udp",)``;
                read them back with ``public_port``.
            count: How many instances (1 to 64). More than 1 returns a list, in the order
                rented.
            max_dph: The most to pay per hour per instance, storage included; never rented
                (or bid) above it. Nothing within it: PriceCapError.
            spot: Rent interruptible (bid) instances: bid offers are searched with the same
                query, and the bid is ``price``, else the offer's ``min_bid`` plus 5 %.
            price: The bid in $/hour (with ``spot=True`` only).
            attempts: Offers tried per instance asked for before giving up (default 3).
            exclude_machines: Machine ids never to rent on.
            pick: A key function over the offers found; the smallest key is rented first,
                e.g. ``lambda o: -o.reliability``.
            ssh: True: return only once SSH is published and its TCP port accepts a
                connection.
            keep_on_failure: True keeps what was rented when the launch fails (to look at
                its logs); you then destroy it yourself.
            wait_timeout: Seconds the whole launch may wait for its instances (default 900).
            poll_interval: Seconds between status polls (default 5, or VAST_POLL_INTERVAL).
            on_progress: Called with the Instance after every poll (a coroutine function is
                awaited).
            timeout: Deprecated name of ``wait_timeout`` (a DeprecationWarning).
            **create_options: More create_instance settings (``label``, ``runtype``,
                ``args``, ``template_hash_id``...; see LaunchOptions).

        Returns:
            The running Instance; a list of them for ``count`` > 1.

        Raises:
            NoOffersError: nothing matched (nothing was rented); PriceCapError (a
                NoOffersError): offers matched, none within ``max_dph``.
            BidTooLowError: ``price`` is below the minimum bid of every matching offer
                (nothing was rented).
            OfferUnavailableError, InstanceStartError, OutbidError: the last failure, when
                ``attempts`` ran out (a note lists every offer tried).
            WaitTimeoutError, InstanceStateError, InstanceGoneError: the wait failed.
            LaunchError: ``count`` > 1 and the launch failed: ``.outcomes`` says what happened
                to each instance rented, ``__cause__`` why.
            EnvError, InvalidRequestError: bad arguments (checked before any request).
            VastError: a search or create error, as raised.
        """
        from ._launching import AsyncLauncher, LaunchPlan  # loaded at the first launch

        plan = LaunchPlan(
            query,
            image=image,
            disk=disk,
            env=env,
            onstart=onstart,
            ports=ports,
            count=count,
            max_dph=max_dph,
            spot=spot,
            price=price,
            attempts=attempts,
            exclude_machines=exclude_machines,
            pick=pick,
            ssh=ssh,
            keep_on_failure=keep_on_failure,
            wait_timeout=wait_timeout_of(wait_timeout, timeout, DEFAULT_WAIT_TIMEOUT, "launch"),
            poll_interval=poll_interval_of(poll_interval, DEFAULT_POLL_INTERVAL),
            options=create_options,
        )
        return await AsyncLauncher(self.ops, self.requester).launch(plan, on_progress)
