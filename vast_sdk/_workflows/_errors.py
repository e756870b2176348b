"""The errors the workflow helpers raise: every one a VastError, declared here, picklable.

The response models do not pickle (their read-only ``additional_properties``), so an error that
carries the last Instance it saw pickles it as its JSON and reads it back on the other side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._errors import VastError

if TYPE_CHECKING:
    from ..models import Instance

__all__ = [
    "EndpointError",
    "EndpointNotFoundError",
    "InstanceGoneError",
    "InstanceStateError",
    "NoOffersError",
    "NoWorkerError",
    "ResultError",
    "ResultTimeoutError",
    "SSHUnavailableError",
    "WaitError",
    "WaitTimeoutError",
    "WorkerError",
]


def _rebuild(
    cls: type[VastError], args: tuple[Any, ...], state: dict[str, Any], instance: Any
) -> VastError:
    """Unpickle without ``__init__``; the Instance comes back from its JSON."""
    err = cls.__new__(cls, *args)
    err.args = args
    err.__dict__.update(state)
    from ..models import Instance

    err.__dict__["instance"] = None if instance is None else Instance.from_dict(instance)
    return err


class WaitError(VastError):
    """wait_for_instance (or launch) gave up: the base of the three reasons below.

    ``instance_id`` and ``status`` (the status waited for), ``instance`` (the last Instance
    seen, or None), ``elapsed`` (seconds waited).
    """

    def __init__(
        self,
        message: str,
        *,
        instance_id: int,
        status: str,
        instance: Instance | None,
        elapsed: float,
    ) -> None:
        super().__init__(message)
        self.instance_id = instance_id
        self.status = status
        self.instance = instance
        self.elapsed = elapsed

    def __reduce__(self) -> tuple[Any, ...]:
        state = dict(self.__dict__)
        instance = state.pop("instance", None)
        shown = None if instance is None else instance.to_dict()
        return _rebuild, (type(self), self.args, state, shown)


class WaitTimeoutError(WaitError):
    """The instance did not reach the status within the timeout."""


class InstanceStateError(WaitError):
    """The instance is in a state it will not leave for the one waited for (``exited``,
    ``offline``, ``unknown``, or stopped while waiting for ``running``)."""


class InstanceGoneError(WaitError):
    """The instance does not exist (any more): a wrong id, or it was destroyed meanwhile.

    The API answers ``show_instance`` of such an id with ``instances: null`` and HTTP 200.
    """


class NoOffersError(VastError):
    """launch found no offer matching the query (``query`` is the search body sent)."""

    def __init__(self, message: str, *, query: dict[str, Any]) -> None:
        super().__init__(message)
        self.query = query


class SSHUnavailableError(VastError):
    """The instance has no address for the SSH asked for (not running yet, no port 22 mapped,
    or no proxy SSH host)."""


class ResultError(VastError):
    """A result URL (the text of logs or execute) could not be fetched.

    ``url`` is the URL without its query string (a pre-signed URL's query is a credential);
    ``status_code`` is the last HTTP status, or None when no response came.
    """

    def __init__(self, message: str, *, url: str, status_code: int | None) -> None:
        super().__init__(message)
        self.url = url
        self.status_code = status_code


class ResultTimeoutError(ResultError):
    """The result was still not there when the timeout ran out."""


class EndpointError(VastError):
    """A serverless call failed; ``endpoint`` is the endpoint's name."""

    def __init__(self, message: str, *, endpoint: str) -> None:
        super().__init__(message)
        self.endpoint = endpoint


class EndpointNotFoundError(EndpointError, LookupError):
    """No endpoint of that name on the account (show_endpoints does not list it)."""


class NoWorkerError(EndpointError):
    """No worker of the endpoint became ready within the timeout; ``last_status`` is the
    route's last answer (e.g. ``Loading``, ``Stopped``)."""

    def __init__(self, message: str, *, endpoint: str, last_status: str | None) -> None:
        super().__init__(message, endpoint=endpoint)
        self.last_status = last_status


class WorkerError(EndpointError):
    """The worker answered with an error status, or with a body that is not JSON.

    ``status_code``, ``url`` (the worker URL and path), ``body`` (decoded JSON, or None) and
    ``content`` (the bytes).
    """

    def __init__(
        self,
        message: str,
        *,
        endpoint: str,
        status_code: int,
        url: str,
        body: Any,
        content: bytes,
    ) -> None:
        super().__init__(message, endpoint=endpoint)
        self.status_code = status_code
        self.url = url
        self.body = body
        self.content = content
