"""The errors of the rent helpers (issue 17): every one a VastError, declared here, picklable.

They subclass what the helpers raised before for the same situation, so existing ``except``
clauses keep working: a start-up failure or an outbid instance is an InstanceStateError (the
wait's "it will not get there"), a bid below the minimum or a bad env string an
InvalidRequestError (nothing was rented).

OfferUnavailableError is an API status error raised by any call; it lives with the core's
errors (``vast_sdk/_errors.py``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._errors import InvalidRequestError, VastError
from ._errors import InstanceStateError, NoOffersError, WaitError

if TYPE_CHECKING:
    from ..models import Instance

__all__ = [
    "BidTooLowError",
    "DestroyError",
    "EnvError",
    "InstanceStartError",
    "InstancesWaitError",
    "LaunchError",
    "OutbidError",
    "PortNotMappedError",
    "PriceCapError",
]


class BidTooLowError(InvalidRequestError):
    """The bid (``price``) is below the offer's minimum bid; nothing was rented.

    ``price`` is the bid asked for, ``minimum`` the lowest bid the offer takes ($/hour, per
    machine), ``offer_id`` the offer (or None when the API's refusal named none).
    """

    def __init__(
        self, message: str, *, price: float, minimum: float | None, offer_id: int | None
    ) -> None:
        super().__init__(message)
        self.price = price
        self.minimum = minimum
        self.offer_id = offer_id


class PriceCapError(NoOffersError):
    """No matching offer can be rented within ``max_dph`` (storage included); nothing was
    rented. A NoOffersError: offers matched the query, none within the cap.

    ``max_dph`` is the cap; ``cheapest`` the lowest hourly cost found (None when no offer
    could be priced), ``offer_id`` that offer; ``query`` the search body.
    """

    def __init__(
        self,
        message: str,
        *,
        query: dict[str, Any],
        max_dph: float,
        cheapest: float | None,
        offer_id: int | None,
    ) -> None:
        super().__init__(message, query=query)
        self.max_dph = max_dph
        self.cheapest = cheapest
        self.offer_id = offer_id


class EnvError(InvalidRequestError):
    """``env`` cannot be sent as given: a docker-style string the official CLI would read
    differently from what it says (it would drop a part silently), a value that is not text,
    or a type that is neither a mapping nor a string. Nothing was sent.

    ``token`` is the part at fault (None when the whole value is), ``env`` the value given when
    it is a string.
    """

    def __init__(self, message: str, *, token: str | None = None, env: str | None = None) -> None:
        super().__init__(message)
        self.token = token
        self.env = env


class PortNotMappedError(VastError, LookupError):
    """The instance publishes no address for the container port asked for.

    ``instance_id``, ``port`` (e.g. ``"8080/tcp"``), and ``mapped``: the container ports it
    does publish (``("22/tcp", "6006/tcp")``), empty while it is not running.
    """

    def __init__(
        self, message: str, *, instance_id: int | None, port: str, mapped: Sequence[str]
    ) -> None:
        super().__init__(message)
        self.instance_id = instance_id
        self.port = port
        self.mapped = tuple(mapped)


class InstanceStartError(InstanceStateError):
    """The instance will never start: its ``status_msg`` reports a start-up failure (the image
    cannot be pulled, the container cannot be created, no disk space, a GPU or driver error).

    ``status_msg`` is the message, ``category`` the kind of failure (``image_pull``,
    ``container``, ``disk``, ``gpu``, ``mount``), ``machine_id`` the machine it failed on
    (launch does not try that machine again). The wait's fields (``instance_id``,
    ``instance``...) are set as for every WaitError.
    """

    def __init__(
        self,
        message: str,
        *,
        instance_id: int,
        status: str,
        instance: Instance | None,
        elapsed: float,
        status_msg: str | None = None,
        category: str | None = None,
        machine_id: int | None = None,
    ) -> None:
        super().__init__(
            message, instance_id=instance_id, status=status, instance=instance, elapsed=elapsed
        )
        self.status_msg = status_msg
        self.category = category
        self.machine_id = machine_id


class OutbidError(InstanceStateError):
    """A bid (interruptible) instance was stopped because a higher bid took its machine.

    It is not destroyed: its disk is kept and still billed. Raise the bid (``change_bid``) to
    get it back, or destroy it. ``min_bid`` is the machine's current minimum bid, when known.
    """

    def __init__(
        self,
        message: str,
        *,
        instance_id: int,
        status: str,
        instance: Instance | None,
        elapsed: float,
        min_bid: float | None = None,
    ) -> None:
        super().__init__(
            message, instance_id=instance_id, status=status, instance=instance, elapsed=elapsed
        )
        self.min_bid = min_bid


def _rebuild_fleet(
    args: tuple[Any, ...], state: dict[str, Any], ready: dict[int, Any]
) -> InstancesWaitError:
    err = InstancesWaitError.__new__(InstancesWaitError, *args)
    err.args = args
    err.__dict__.update(state)
    from ..models import Instance

    err.__dict__["ready"] = {k: Instance.from_dict(v) for k, v in ready.items()}
    return err


class InstancesWaitError(VastError):
    """wait_for_instances gave up on some instances: ``failed`` maps each of their ids to the
    WaitError that says why (InstanceStartError, OutbidError, InstanceGoneError,
    WaitTimeoutError...); ``ready`` maps the ids that got there to their Instance.
    """

    def __init__(
        self, message: str, *, failed: Mapping[int, WaitError], ready: Mapping[int, Instance]
    ) -> None:
        super().__init__(message)
        self.failed = dict(failed)
        self.ready = dict(ready)

    def __reduce__(self) -> tuple[Any, ...]:
        state = dict(self.__dict__)
        ready = {k: v.to_dict() for k, v in state.pop("ready", {}).items()}
        return _rebuild_fleet, (self.args, state, ready)


class LaunchError(VastError):
    """``launch(count=N)`` could not rent and start all N instances.

    Every instance it had rented was destroyed (or kept, with ``keep_on_failure=True``):
    ``outcomes`` maps each instance id it rented to what happened to it (``"destroyed"``,
    ``"kept (keep_on_failure=True)"``, ``"could NOT be destroyed: ..."``), ``tries`` lists the
    offers tried and why each failed. The error that ended the launch is ``__cause__``.
    """

    def __init__(self, message: str, *, outcomes: Mapping[int, str], tries: Sequence[str]) -> None:
        super().__init__(message)
        self.outcomes = dict(outcomes)
        self.tries = list(tries)


class DestroyError(VastError):
    """Instances that could not be confirmed destroyed before the timeout: the destroy failed,
    or the listing still showed them. ``instance_ids`` names them (they may still be billing:
    destroy them yourself), ``errors`` maps an id to the last error its destroy got, as text.
    """

    def __init__(
        self, message: str, *, instance_ids: Sequence[int], errors: Mapping[int, str]
    ) -> None:
        super().__init__(message)
        self.instance_ids = tuple(instance_ids)
        self.errors = dict(errors)
