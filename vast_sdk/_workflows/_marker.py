"""The unique marker on every instance the SDK creates, and what to do when a create is
ambiguous (the request went out, no answer came back).

``create_instance`` is never replayed once the API may have acted on it (docs/RELIABILITY.md):
a timeout or a dropped connection after sending leaves the caller not knowing whether an
instance exists. The marker lets the SDK find out instead of guessing: each create request
carries a fresh random token, as the instance's ``label`` when the caller chose none, and
always as the environment variable ``VAST_SDK_MARKER`` (the v1 listing returns both: ``label``,
and ``extra_env`` as ``[name, value]`` pairs). After an ambiguous create, the SDK lists the
instances carrying that token before doing anything else.

The rules (``resolve_ambiguous``), so that exactly one instance exists afterwards for one
request, and it is returned or destroyed:

1. Look up before any retry: list the account's instances (label filter when the marker is
   the label, else the caller's label) and keep those carrying the token.
2. None found, after ``LOOKUP_ATTEMPTS`` listings ``LOOKUP_INTERVAL`` seconds apart (a create
   the API is still processing may show up late): the request did not create anything; the
   next attempt may rent (with a new token).
3. One found: that is the rental. Keep it (wait for it, return it) or, if the launch is being
   abandoned, destroy it and confirm.
4. More than one (the request was replayed on the way; never seen, handled anyway): keep the
   oldest (lowest id), destroy the others.
5. A listing that fails while resolving: raise, with a note naming the token, so the caller can
   still find the instance (``find_marked``); never retry the create blindly.

Pure: the I/O (listing, destroying) is the caller's.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from .._errors import (
    APIConnectionError,
    APIStatusError,
    InsecureURLError,
    InternalServerError,
    InvalidRequestError,
    MissingAPIKeyError,
    OperationFailedError,
    ResponseParseError,
)
from ._read import InstanceLike, get, integer

__all__ = [
    "LOOKUP_ATTEMPTS",
    "LOOKUP_INTERVAL",
    "MARKER_ENV",
    "MARKER_PREFIX",
    "CreateOutcome",
    "Marker",
    "Resolution",
    "contract_from_failure",
    "create_outcome",
    "find_marked",
    "instance_env",
    "resolve_ambiguous",
]

MARKER_ENV = "VAST_SDK_MARKER"
"""The environment variable that carries the marker on every instance the SDK creates."""
MARKER_PREFIX = "vast-sdk-"
"""Every marker starts with it: ``vast-sdk-`` and 24 hex digits."""
LOOKUP_ATTEMPTS = 3
"""Listings made after an ambiguous create before concluding nothing was created."""
LOOKUP_INTERVAL = 5.0
"""Seconds between those listings."""

_I = TypeVar("_I", bound=InstanceLike)


def instance_env(instance: InstanceLike) -> dict[str, str]:
    """The instance's environment as the listing shows it (``extra_env``): a list of ``[name,
    value]`` pairs; ``"NAME=value"`` strings and a plain object are read too. Entries of
    another shape are skipped."""
    raw = get(instance, "extra_env")
    env: dict[str, str] = {}
    if isinstance(raw, Mapping):
        return {str(k): str(v) for k, v in raw.items() if isinstance(v, (str, int, float))}
    if not isinstance(raw, (list, tuple)):
        return env
    for item in raw:
        if isinstance(item, (list, tuple)) and len(item) == 2:
            name, value = item
        elif isinstance(item, str) and "=" in item:
            name, _, value = item.partition("=")
        else:
            continue
        if isinstance(name, str) and isinstance(value, (str, int, float)):
            env[name] = str(value)
    return env


@dataclass(frozen=True)
class Marker:
    """One create request's token: ``vast-sdk-`` and 24 random hex digits (96 bits)."""

    token: str

    @classmethod
    def new(cls) -> Marker:
        """A fresh marker (from ``secrets``: unique across processes and machines)."""
        return cls(MARKER_PREFIX + secrets.token_hex(12))

    def apply(self, label: str | None, env: Mapping[str, str] | None) -> tuple[str, dict[str, str]]:
        """(the label to send, the env to send) for a create carrying this marker.

        The caller's label is kept; without one the label is the token. The env always gets
        ``VAST_SDK_MARKER`` (a caller's own value for it is replaced: it is the SDK's).
        """
        return (label if label else self.token), {**(env or {}), MARKER_ENV: self.token}

    def on(self, instance: InstanceLike) -> bool:
        """True when ``instance`` carries this marker (its label or its env)."""
        return get(instance, "label") == self.token or (
            instance_env(instance).get(MARKER_ENV) == self.token
        )

    def listing_filters(self, label: str | None) -> dict[str, Any]:
        """``select_filters`` for show_instances that narrow the listing to the instances that
        may carry this marker: the label the create sent (the token, or the caller's)."""
        return {"label": {"eq": label if label else self.token}}


def find_marked(pages: Iterable[Iterable[_I]], marker: Marker) -> list[_I]:
    """The instances carrying ``marker`` in listing pages (each page an iterable of
    instances), oldest (lowest id) first; an id seen on two pages counts once."""
    found: dict[int, _I] = {}
    for page in pages:
        for instance in page:
            iid = integer(get(instance, "id"))
            if iid is not None and iid not in found and marker.on(instance):
                found[iid] = instance
    return [found[k] for k in sorted(found)]


@dataclass(frozen=True)
class Resolution:
    """What an ambiguous create came to: ``keep`` (the instance it made, or None when it made
    none) and ``destroy`` (ids of extra instances it made, to destroy)."""

    keep: int | None
    destroy: tuple[int, ...] = ()

    @property
    def created(self) -> bool:
        """True when the request did create an instance."""
        return self.keep is not None


def resolve_ambiguous(found: Sequence[InstanceLike]) -> Resolution:
    """Rules 2-4 of the module doc over the instances found carrying the request's marker."""
    ids = sorted({i for i in (integer(get(inst, "id")) for inst in found) if i is not None})
    if not ids:
        return Resolution(None)
    return Resolution(ids[0], tuple(ids[1:]))


CreateOutcome = Literal["created", "not_created", "ambiguous"]


def contract_from_failure(exc: BaseException) -> int | None:
    """The instance id in a create that raised although it rented.

    The API answers ``success: false`` with a ``new_contract`` when the instance was created
    but starts stopped (preview document, createInstanceFromOffer 200); the core raises
    OperationFailedError for any 2xx with ``success: false``, so the id is in the error body.
    """
    if not isinstance(exc, OperationFailedError) or not isinstance(exc.body, dict):
        return None
    found = integer(exc.body.get("new_contract"))
    return found if found is not None and found > 0 else None


def create_outcome(exc: BaseException) -> CreateOutcome:
    """What a create_instance that raised ``exc`` left behind.

    - ``created``: the body names the instance (``contract_from_failure``);
    - ``not_created``: the API answered and refused (4xx, 503, a 2xx ``success: false`` without
      ``new_contract``), or the SDK refused before sending: nothing was rented;
    - ``ambiguous``: no answer after sending (a timeout, a dropped or reset connection), an
      answer that could not be read, a 5xx other than 503, or interrupted (Ctrl-C, a cancelled
      task) while under way: resolve with the marker before anything else.
    """
    if contract_from_failure(exc) is not None:
        return "created"
    if not isinstance(exc, Exception):  # KeyboardInterrupt, a cancelled task
        return "ambiguous"
    if isinstance(exc, (APIConnectionError, ResponseParseError)):
        return "ambiguous"
    if isinstance(exc, InternalServerError):
        return "not_created" if exc.status_code == 503 else "ambiguous"
    if isinstance(exc, APIStatusError):  # 4xx (429 included: not acted on), 2xx refusals
        return "not_created"
    if isinstance(exc, (InvalidRequestError, InsecureURLError, MissingAPIKeyError)):
        return "not_created"  # raised before anything was sent
    return "ambiguous"  # anything else after sending: do not assume
