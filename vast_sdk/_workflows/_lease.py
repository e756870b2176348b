"""lease: an instance for the length of a ``with`` block, destroyed (and confirmed gone) when
the block ends, however it ends.

``with vast.lease(query, image=...) as instance:`` launches (launch's arguments, the same
retries and money rules), yields the running Instance, and on exit (the block finished, raised,
was interrupted by Ctrl-C, or its task was cancelled) destroys the instance and walks the
listing until it is gone. A destroy that cannot be confirmed is logged at ERROR and named in
the error (a note on the block's own exception, or DestroyError when the block succeeded).
On AsyncVast the teardown runs in a shielded cancel scope: a cancellation cannot skip it.
"""

from __future__ import annotations

import logging
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from types import TracebackType
from typing import TYPE_CHECKING, Any, Unpack

from .._errors import InvalidRequestError
from ._base import AsyncHelper, SyncHelper
from ._destroy import CONFIRM_TIMEOUT
from ._launch import AsyncLaunch, LaunchArgs, OfferQuery, SyncLaunch

if TYPE_CHECKING:
    from .._generated._operations import AsyncOperations, SyncOperations
    from .._requester import AsyncRequester, SyncRequester
    from ..models import Instance
    from ..query import Query
    from ._teardown import Teardown

__all__ = ["AsyncLease", "SyncLease"]

log = logging.getLogger("vast_sdk")


def _check(args: dict[str, Any]) -> None:
    if "count" in args:
        raise InvalidRequestError(
            "lease rents one instance (count is launch's); lease each, or launch(count=N) "
            "and destroy_labelled"
        )


def _after(work: Teardown, instance_id: int, exc: BaseException | None) -> None:
    """Say what the teardown came to: raise DestroyError, or note it on ``exc``."""
    error = work.error(f"lease: instance {instance_id}")
    if error is None:
        log.info("lease: instance %d destroyed and gone", instance_id)
        return
    log.error("%s", error)
    if exc is None:
        raise error
    exc.add_note(str(error))


class _SyncLease(AbstractContextManager["Instance"]):
    def __init__(
        self, ops: SyncOperations, requester: SyncRequester, query: Any, args: dict[str, Any]
    ) -> None:
        self._ops, self._requester, self._query, self._args = ops, requester, query, args
        self._instance: Instance | None = None

    def __enter__(self) -> Instance:
        if self._instance is not None:
            raise InvalidRequestError("a lease is entered once; make another with lease(...)")
        launched = SyncLaunch(self._ops, self._requester).launch(self._query, **self._args)
        assert not isinstance(launched, list)  # count is refused: one instance
        self._instance = launched
        return launched

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._instance is None:
            return
        from ._teardown import SyncTeardown

        iid = self._instance.id
        work = SyncTeardown(self._ops, self._requester).teardown([iid], timeout=CONFIRM_TIMEOUT)
        _after(work, iid, exc)


class _AsyncLease(AbstractAsyncContextManager["Instance"]):
    def __init__(
        self, ops: AsyncOperations, requester: AsyncRequester, query: Any, args: dict[str, Any]
    ) -> None:
        self._ops, self._requester, self._query, self._args = ops, requester, query, args
        self._instance: Instance | None = None

    async def __aenter__(self) -> Instance:
        if self._instance is not None:
            raise InvalidRequestError("a lease is entered once; make another with lease(...)")
        launched = await AsyncLaunch(self._ops, self._requester).launch(self._query, **self._args)
        assert not isinstance(launched, list)  # count is refused: one instance
        self._instance = launched
        return launched

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        import anyio  # loaded with the async transport already

        if self._instance is None:
            return
        iid = self._instance.id
        from ._teardown import AsyncTeardown

        with anyio.CancelScope(shield=True):  # a cancellation cannot skip the teardown
            destroy = AsyncTeardown(self._ops, self._requester)
            work = await destroy.teardown([iid], timeout=CONFIRM_TIMEOUT)
        _after(work, iid, exc)


class SyncLease(SyncHelper):
    def lease(
        self,
        query: OfferQuery | str | Query | None = None,
        *,
        image: str,
        **launch_args: Unpack[LaunchArgs],
    ) -> AbstractContextManager[Instance]:
        """An instance for the length of a ``with`` block, destroyed when it ends.

        ``with vast.lease("gpu_name=RTX_4090", image="pytorch/pytorch") as instance:``
        launches when the block is entered (launch's arguments, retries and money rules)
        and gives the running Instance; when the block ends, however it ends (done, an
        exception, Ctrl-C), the instance is destroyed and the listing checked until it is
        gone. Making the lease sends nothing: entering it does.

        Args:
            query: The offers, as for ``launch``.
            image: The Docker image to run.
            **launch_args: Any other ``launch`` argument (``disk``, ``env``, ``ports``,
                ``max_dph``, ``spot``, ``attempts``, ``ssh``, ``wait_timeout``, ``label``...)
                but ``count``.

        Returns:
            A context manager whose ``__enter__`` returns the running Instance.

        Raises:
            DestroyError: on exit, the instance could not be confirmed destroyed (when the
                block raised, this is a note on its exception instead).
            VastError: what launch raises, when entering (nothing is left running).
            InvalidRequestError: ``count`` given, or a bad launch argument.
        """
        args: dict[str, Any] = {"image": image, **launch_args}
        _check(args)
        return _SyncLease(self.ops, self.requester, query, args)


class AsyncLease(AsyncHelper):
    def lease(
        self,
        query: OfferQuery | str | Query | None = None,
        *,
        image: str,
        **launch_args: Unpack[LaunchArgs],
    ) -> AbstractAsyncContextManager[Instance]:
        """An instance for the length of an ``async with`` block, destroyed when it ends.

        ``async with avast.lease("gpu_name=RTX_4090", image="pytorch/pytorch") as
        instance:`` launches when the block is entered (launch's arguments, retries and money
        rules) and gives the running Instance; when the block ends, however it ends (done, an
        exception, the task cancelled), the instance is destroyed in a shielded cancel scope
        and the listing checked until it is gone. Making the lease sends nothing (it is not
        awaited): entering it does.

        Args:
            query: The offers, as for ``launch``.
            image: The Docker image to run.
            **launch_args: Any other ``launch`` argument (``disk``, ``env``, ``ports``,
                ``max_dph``, ``spot``, ``attempts``, ``ssh``, ``wait_timeout``, ``label``...)
                but ``count``.

        Returns:
            An async context manager whose ``__aenter__`` returns the running Instance.

        Raises:
            DestroyError: on exit, the instance could not be confirmed destroyed (when the
                block raised, this is a note on its exception instead).
            VastError: what launch raises, when entering (nothing is left running).
            InvalidRequestError: ``count`` given, or a bad launch argument.
        """
        args: dict[str, Any] = {"image": image, **launch_args}
        _check(args)
        return _AsyncLease(self.ops, self.requester, query, args)
