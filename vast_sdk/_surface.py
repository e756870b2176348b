"""How Vast and AsyncVast get their flat, CLI-named methods, and what a keyword typo says.

Every public method of a client is a plain function on its class, of one of two kinds:

- a generated operation: inherited from SyncOperations/AsyncOperations (its code calls the
  client's requester) and wrapped under the client's own name by ``finish(cls, ops_cls)``, so
  that a keyword typo reads ``TypeError: Vast.create_instance() got an unexpected keyword
  argument 'imagee'. Did you mean 'image'?`` and not the generated class's name;
- a helper: ``launch = expose(SyncLaunch, SyncLaunch.launch)`` in the class body, a method
  that builds the helper from the client (its operations) and the client's requester, then
  calls it. The helper's signature and docstring are the method's (``__wrapped__``).

Both wrappers catch only the TypeError of binding the call's arguments (raised with no frame
below the wrapper's); the suggestion is worked out only then, so a call that binds costs one
function call more and nothing else.
"""

from __future__ import annotations

import inspect
import re
import types
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, Concatenate, ParamSpec, TypeVar

__all__ = ["expose", "expose_async", "finish", "typo_error"]

P = ParamSpec("P")
R = TypeVar("R")
H = TypeVar("H")

_UNEXPECTED = re.compile(r"unexpected keyword argument '([^']*)'")


def _binding_failed(exc: BaseException) -> bool:
    """True when ``exc`` was raised by the call in the catching frame itself (its arguments did
    not bind), not by code that call ran."""
    tb = exc.__traceback__
    return tb is not None and tb.tb_next is None


def typo_error(exc: TypeError, fn: Callable[..., Any], public: str) -> TypeError:
    """``exc`` (a call of ``fn`` whose arguments did not bind) as the user should read it: named
    ``public``, with the closest keyword suggested for an unexpected one."""
    message = str(exc)
    inner = getattr(fn, "__qualname__", "")
    if inner and message.startswith(inner + "()"):
        message = public + message[len(inner) :]
    found = _UNEXPECTED.search(message)
    code = getattr(fn, "__code__", None)
    if found and code is not None and "Did you mean" not in message:
        import difflib

        names = code.co_varnames[1 : code.co_argcount + code.co_kwonlyargcount]
        close = difflib.get_close_matches(found.group(1), names, n=1, cutoff=0.6)
        if close:
            message += f". Did you mean {close[0]!r}?"
    return TypeError(message)


def _named(method: Any, fn: Any, name: str, qualname: str) -> None:
    method.__name__ = name
    method.__qualname__ = qualname
    method.__doc__ = fn.__doc__
    method.__wrapped__ = fn  # inspect.signature, help() and getsource show the real code
    method.__annotations__ = fn.__annotations__


# ------------------------------------------------------------------ helpers


def expose(
    helper: Callable[[Any, Any], H], fn: Callable[Concatenate[H, P], R]
) -> Callable[Concatenate[Any, P], R]:
    """A client method calling ``fn`` on ``helper(client, client.requester)``."""

    def method(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> R:
        bound = helper(self, self.requester)
        try:
            return fn(bound, *args, **kwargs)
        except TypeError as exc:
            if _binding_failed(exc):
                raise typo_error(exc, fn, method.__qualname__) from None
            raise

    _named(method, fn, fn.__name__, method.__qualname__)  # finish() names it after the class
    return method


def expose_async(
    helper: Callable[[Any, Any], H], fn: Callable[Concatenate[H, P], Awaitable[R]]
) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, R]]:
    """An AsyncVast method awaiting ``fn`` on ``helper(client, client.requester)``."""

    async def method(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> R:
        bound = helper(self, self.requester)
        try:
            pending = fn(bound, *args, **kwargs)
        except TypeError as exc:
            if _binding_failed(exc):
                raise typo_error(exc, fn, method.__qualname__) from None
            raise
        return await pending

    _named(method, fn, fn.__name__, method.__qualname__)
    return method


# ------------------------------------------------------------------ generated operations


def _operation(fn: Callable[..., Any], qualname: str) -> Callable[..., Any]:
    """``fn`` (a generated method) under the client's name."""

    def method(self: Any, /, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(self, *args, **kwargs)
        except TypeError as exc:
            if _binding_failed(exc):
                raise typo_error(exc, fn, qualname) from None
            raise

    _named(method, fn, fn.__name__, qualname)
    return method


def _async_operation(fn: Callable[..., Awaitable[Any]], qualname: str) -> Callable[..., Any]:
    async def method(self: Any, /, *args: Any, **kwargs: Any) -> Any:
        try:
            pending = fn(self, *args, **kwargs)
        except TypeError as exc:
            if _binding_failed(exc):
                raise typo_error(exc, fn, qualname) from None
            raise
        return await pending

    _named(method, fn, fn.__name__, qualname)
    return method


class _Lazy:
    """Stands in for one wrapped operation until first looked up, then puts the wrapper in
    its place on the class: importing vast_sdk makes no wrapper (there are 432), and a call
    finds a plain function."""

    __slots__ = ("cls", "fn", "name")

    def __init__(self, cls: type, name: str, fn: Callable[..., Any]) -> None:
        self.cls, self.name, self.fn = cls, name, fn

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        qualname = f"{self.cls.__name__}.{self.name}"
        fn = self.fn
        if fn.__code__.co_flags & inspect.CO_COROUTINE:
            wrapped = _async_operation(fn, qualname)
        else:
            wrapped = _operation(fn, qualname)
        wrapped.__module__ = self.cls.__module__
        setattr(self.cls, self.name, wrapped)
        return wrapped if obj is None else types.MethodType(wrapped, obj)


_HELPER_QUALNAMES = ("expose.<locals>.", "expose_async.<locals>.")


def finish(cls: type, ops_cls: type) -> None:
    """Give ``cls`` (Vast or AsyncVast) its flat methods under its own name.

    Helpers exposed in its body are renamed ``Cls.name``; every public method of ``ops_cls``
    is wrapped as ``Cls.name`` (at its first lookup, see _Lazy). An operation whose name the
    class already uses (a helper, a setting, ``close``...) is an error here, at import,
    instead of being silently shadowed.
    """
    public = cls.__name__
    own = vars(cls)
    for name, value in own.items():
        if isinstance(value, types.FunctionType) and value.__qualname__.startswith(
            _HELPER_QUALNAMES
        ):
            value.__qualname__ = f"{public}.{name}"
            value.__module__ = cls.__module__
    for name, fn in vars(ops_cls).items():
        if name.startswith("_") or not isinstance(fn, types.FunctionType):
            continue
        if name in own:
            raise TypeError(f"{public}.{name} shadows the generated operation {name!r}")
        setattr(cls, name, _Lazy(cls, name, fn))
