"""Hand-written helpers on top of the generated operations: the scripts users write every week.

- ``wait_for_instance``, ``wait_for_instances``  (_wait.py; fleets: _fleet.py; start-up
  failures: _startup.py)
- ``launch``  (_launch.py; spend and bids: _spend.py; retries: _attempts.py; the marker of
  every create: _marker.py; ports and env: _ports.py)
- ``lease``, ``destroy_labelled``  (_lease.py, _destroy.py)
- ``ssh_url``, ``scp_url``, ``ssh_command``, ``public_port``, ``attach_local_ssh_key``
  (_ssh.py; ``vast_sdk.public_port``: _ports.py)
- ``logs``, ``execute_text``  (_text.py: result URLs fetched through the requester)
- ``start_instance``, ``stop_instance``, ``label_instance``  (_commands.py)
- ``call_endpoint``  (_serverless.py: workers reached through the requester)

Every module holds the sync and the async form side by side, around one piece of logic that
does no I/O, so the two cannot drift apart.

Adding a helper
---------------
1. Write it as a method of a class made with the client's operations and its requester
   (composition, nothing inherited from the client)::

       class SyncThing(SyncHelper):            # AsyncThing(AsyncHelper) for AsyncVast
           def thing(self, id: int, *, wait_timeout: float = 60.0) -> Instance:
               \"\"\"One line saying what it does. Args: ... Returns: ... Raises: ...\"\"\"
               found = self.ops.show_instance(id=id)         # an operation, with its retries
               self.requester.pause(1.0)                     # every wait through the hook
               text = self.requester.fetch(                  # a URL outside the API
                   "GET", url, sends_api_key=False           # with the same limits
               )

   ``self.ops`` is the client itself (its generated methods); ``self.requester`` is its
   SyncRequester/AsyncRequester: settings (``max_retries``, ``timeout``...), ``pause`` (a
   sleep through the client's ``sleep`` hook, which FakeVast's virtual clock replaces, counted
   on the pacer's clock: never call time.sleep), and ``fetch`` for
   any URL outside the API (never an httpx client of your own: tests/client/test_one_core.py
   fails on any other module that sends HTTP). A helper that uses another one makes it:
   ``SyncWait(self.ops, self.requester).wait_for_instance(...)``.
2. Expose it in the class bodies of Vast and AsyncVast (vast_sdk/_client.py), next to the
   others: ``thing = expose(SyncThing, SyncThing.thing)`` and ``thing = expose_async(AsyncThing,
   AsyncThing.thing)`` (a pure one, not awaited, uses ``expose`` on both). The method keeps the
   helper's signature and docstring, and a keyword typo names ``Vast.thing``. A name an
   operation already has fails at import (_surface.finish).
3. Export its public types and errors here and from vast_sdk/__init__.py, add its name to
   vast_sdk/_reserved.py's HELPERS, and test it with FakeVast in tests/workflows (sync and
   async, ``conftest.run``). A helper that waits names its limit ``wait_timeout`` (the
   per-request ``timeout`` is every method's) and its poll ``poll_interval=None``, resolved
   with ``poll_interval_of`` (VAST_POLL_INTERVAL); see _base.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._base import AsyncHelper, SyncHelper
from ._commands import AsyncCommands, SyncCommands
from ._destroy import AsyncDestroy, SyncDestroy
from ._errors import (
    EndpointError,
    EndpointNotFoundError,
    InstanceGoneError,
    InstanceStateError,
    NoOffersError,
    NoWorkerError,
    ResultError,
    ResultTimeoutError,
    SSHUnavailableError,
    WaitError,
    WaitTimeoutError,
    WorkerError,
)
from ._launch import AsyncLaunch, LaunchArgs, LaunchOptions, OfferKey, OfferQuery, SyncLaunch
from ._lease import AsyncLease, SyncLease
from ._rent_errors import (
    BidTooLowError,
    DestroyError,
    EnvError,
    InstanceStartError,
    InstancesWaitError,
    LaunchError,
    OutbidError,
    PortNotMappedError,
    PriceCapError,
)
from ._serverless import AsyncServerless, SyncServerless
from ._ssh import (
    AsyncAddresses,
    AsyncSSH,
    AttachedSSHKey,
    SSHEndpoint,
    SyncAddresses,
    SyncSSH,
    ssh_endpoint,
)
from ._text import AsyncText, SyncText
from ._wait import AsyncWait, ProgressCallback, SyncWait, WaitStatus

if TYPE_CHECKING:
    from ._ports import EnvLike, PortLike, public_port

_LAZY = frozenset({"EnvLike", "PortLike", "public_port"})
"""Names of _ports.py, loaded at their first use (not with vast_sdk: see ``__getattr__``)."""


def __getattr__(name: str) -> Any:
    """``public_port`` and the port/env type aliases, from _ports.py when first asked for."""
    if name in _LAZY:
        from . import _ports

        return getattr(_ports, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AsyncAddresses",
    "AsyncCommands",
    "AsyncDestroy",
    "AsyncHelper",
    "AsyncLaunch",
    "AsyncLease",
    "AsyncSSH",
    "AsyncServerless",
    "AsyncText",
    "AsyncWait",
    "AttachedSSHKey",
    "BidTooLowError",
    "DestroyError",
    "EndpointError",
    "EndpointNotFoundError",
    "EnvError",
    "EnvLike",
    "InstanceGoneError",
    "InstanceStartError",
    "InstanceStateError",
    "InstancesWaitError",
    "LaunchArgs",
    "LaunchError",
    "LaunchOptions",
    "NoOffersError",
    "NoWorkerError",
    "OfferKey",
    "OfferQuery",
    "OutbidError",
    "PortLike",
    "PortNotMappedError",
    "PriceCapError",
    "ProgressCallback",
    "ResultError",
    "ResultTimeoutError",
    "SSHEndpoint",
    "SSHUnavailableError",
    "SyncAddresses",
    "SyncCommands",
    "SyncDestroy",
    "SyncHelper",
    "SyncLaunch",
    "SyncLease",
    "SyncSSH",
    "SyncServerless",
    "SyncText",
    "SyncWait",
    "WaitError",
    "WaitStatus",
    "WaitTimeoutError",
    "WorkerError",
    "public_port",
    "ssh_endpoint",
]
