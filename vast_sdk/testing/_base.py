"""What handlers receive (Call) and return (Reply), and the registry that maps names to them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._state import State


@dataclass
class Call:
    """One validated request, as a handler sees it."""

    op: str
    path: dict[str, Any]
    """Path parameters, typed by the spec (``{"id": 12}``)."""
    query: dict[str, Any]
    """Query parameters, typed by the spec."""
    body: Any
    """The decoded JSON body (None without one)."""
    user_id: int | None
    """The account the key belongs to (None for an anonymous call)."""
    key: str | None = None

    def field(self, name: str, default: Any = None) -> Any:
        """A body field (the body is a JSON object for every operation that has one), else the
        query parameter of that name: production takes some values in either place (the
        documents' body, the official client's query: docs/wire.md W10-W12)."""
        if isinstance(self.body, dict) and name in self.body:
            return self.body[name]
        return self.query.get(name, default)


@dataclass
class Reply:
    """What the fake answers: a JSON value (or raw bytes) with a status."""

    status: int
    body: Any = None
    raw: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)


class Reject(Exception):
    """Raised by a handler to answer with an error body (shortcut for deep helper calls)."""

    def __init__(self, reply: Reply) -> None:
        super().__init__(reply.status)
        self.reply = reply


Handler = Callable[["State", Call], Reply]
HANDLERS: dict[str, Handler] = {}


def handles(*names: str) -> Callable[[Handler], Handler]:
    """Register a handler for one or more operation names."""

    def register(fn: Handler) -> Handler:
        for name in names:
            if name in HANDLERS:
                raise RuntimeError(f"two handlers for {name}")
            HANDLERS[name] = fn
        return fn

    return register


def ok(body: Any = None, status: int = 200) -> Reply:
    """A success answer; ``None`` becomes ``{"success": true}``."""
    return Reply(status, {"success": True} if body is None else body)


def fail(status: int, error: str, msg: str, **extra: Any) -> Reply:
    """The API's error body: ``{"success": false, "error": ..., "msg": ...}``."""
    return Reply(status, {"success": False, "error": error, "msg": msg, **extra})


def reject(status: int, error: str, msg: str, **extra: Any) -> Reject:
    """A Reject carrying ``fail(...)``: ``raise reject(404, "no_such_instance", "...")``."""
    return Reject(fail(status, error, msg, **extra))
