"""Typed descriptors for ``with_raw_response``: each plain method, returning APIResponse.

``name = RawSync(SyncOperations.name)`` gives ``ops.name(**same keywords) -> APIResponse[R]``
under mypy (ParamSpec keeps the method's parameters), and at run time calls the plain method on
``ops._ops``: SyncOperations made with the requester's raw view, whose ``call`` returns an
APIResponse. A keyword typo names ``Vast.with_raw_response.<name>``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Concatenate, Generic, ParamSpec, Self, TypeVar, cast, overload

from ._response import APIResponse
from ._surface import typo_error

P = ParamSpec("P")
R = TypeVar("R")


def _named(call: Any, fn: Any, qualname: str) -> None:
    call.__name__ = qualname.rpartition(".")[2]
    call.__qualname__ = qualname
    call.__doc__ = fn.__doc__
    call.__wrapped__ = fn


class RawSync(Generic[P, R]):
    """A blocking method of the raw operations: ``fn`` on the raw view, returning APIResponse[R]."""

    def __init__(self, fn: Callable[Concatenate[Any, P], R]) -> None:
        self._fn = fn
        self._qualname = f"Vast.with_raw_response.{fn.__name__}"

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._qualname = f"Vast.with_raw_response.{name}"

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
        ops = obj._ops  # type: ignore[attr-defined]

        def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
            try:
                return cast("APIResponse[R]", fn(ops, *args, **kwargs))
            except TypeError as exc:
                tb = exc.__traceback__
                if tb is not None and tb.tb_next is None:  # the arguments did not bind
                    raise typo_error(exc, fn, call.__qualname__) from None
                raise

        _named(call, fn, self._qualname)
        return call


class RawAsync(Generic[P, R]):
    """A coroutine method of the raw operations: awaits ``fn`` on the raw view."""

    def __init__(self, fn: Callable[Concatenate[Any, P], Awaitable[R]]) -> None:
        self._fn = fn
        self._qualname = f"AsyncVast.with_raw_response.{fn.__name__}"

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._qualname = f"AsyncVast.with_raw_response.{name}"

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
        ops = obj._ops  # type: ignore[attr-defined]

        async def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
            try:
                pending = fn(ops, *args, **kwargs)
            except TypeError as exc:
                tb = exc.__traceback__
                if tb is not None and tb.tb_next is None:  # the arguments did not bind
                    raise typo_error(exc, fn, call.__qualname__) from None
                raise
            return cast("APIResponse[R]", await pending)

        _named(call, fn, self._qualname)
        return call
