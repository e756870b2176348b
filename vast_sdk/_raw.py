"""Typed descriptors for ``with_raw_response``: each plain method, returning APIResponse.

``name = RawSync(SyncOperations.name)`` gives ``ops.name(**same keywords) -> APIResponse[R]``
under mypy (ParamSpec keeps the method's parameters), and at run time calls the plain method on
``ops._client``: the client's raw view, whose ``_call`` returns an APIResponse.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Concatenate, Generic, ParamSpec, Self, TypeVar, cast, overload

from ._response import APIResponse

P = ParamSpec("P")
R = TypeVar("R")


def _named(call: Any, fn: Any) -> None:
    call.__name__ = fn.__name__
    call.__qualname__ = fn.__qualname__
    call.__doc__ = fn.__doc__


class RawSync(Generic[P, R]):
    """A blocking method of the raw operations: ``fn`` on the raw view, returning APIResponse[R]."""

    def __init__(self, fn: Callable[Concatenate[Any, P], R]) -> None:
        self._fn = fn

    @overload
    def __get__(self, obj: None, owner: type[Any] | None = None) -> Self: ...
    @overload
    def __get__(
        self, obj: object, owner: type[Any] | None = None
    ) -> Callable[P, APIResponse[R]]: ...
    def __get__(self, obj: object, owner: type[Any] | None = None) -> Any:
        if obj is None:
            return self
        fn = self._fn
        client = obj._client  # type: ignore[attr-defined]

        def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
            return cast("APIResponse[R]", fn(client, *args, **kwargs))

        _named(call, fn)
        return call


class RawAsync(Generic[P, R]):
    """A coroutine method of the raw operations: awaits ``fn`` on the raw view."""

    def __init__(self, fn: Callable[Concatenate[Any, P], Awaitable[R]]) -> None:
        self._fn = fn

    @overload
    def __get__(self, obj: None, owner: type[Any] | None = None) -> Self: ...
    @overload
    def __get__(
        self, obj: object, owner: type[Any] | None = None
    ) -> Callable[P, Awaitable[APIResponse[R]]]: ...
    def __get__(self, obj: object, owner: type[Any] | None = None) -> Any:
        if obj is None:
            return self
        fn = self._fn
        client = obj._client  # type: ignore[attr-defined]

        async def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
            return cast("APIResponse[R]", await fn(client, *args, **kwargs))

        _named(call, fn)
        return call
