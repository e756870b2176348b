"""Hand-written helpers on top of the generated operations: the scripts users write every week.

Vast and AsyncVast inherit them (SyncWorkflows / AsyncWorkflows), next to the generated
methods they are built from:

- ``wait_for_instance`` / ``launch``  (_wait.py, _launch.py)
- ``ssh_url``, ``scp_url``, ``ssh_command``, ``attach_local_ssh_key``  (_ssh.py)
- ``logs``, ``execute_text``  (_text.py, fetching result URLs with _http.py)
- ``start_instance``, ``stop_instance``, ``label_instance``  (_commands.py)
- ``call_endpoint``  (_serverless.py)

Every module holds the sync and the async form side by side, around one piece of logic that
does no I/O, so the two cannot drift apart.
"""

from __future__ import annotations

from ._commands import AsyncCommands, SyncCommands
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
from ._launch import AsyncLaunch, LaunchOptions, OfferKey, OfferQuery, SyncLaunch
from ._serverless import AsyncServerless, SyncServerless
from ._ssh import AsyncSSH, AttachedSSHKey, SSHEndpoint, SyncSSH, ssh_endpoint
from ._text import AsyncText, SyncText
from ._wait import ProgressCallback, WaitStatus

__all__ = [
    "AsyncWorkflows",
    "AttachedSSHKey",
    "EndpointError",
    "EndpointNotFoundError",
    "InstanceGoneError",
    "InstanceStateError",
    "LaunchOptions",
    "NoOffersError",
    "NoWorkerError",
    "OfferKey",
    "OfferQuery",
    "ProgressCallback",
    "ResultError",
    "ResultTimeoutError",
    "SSHEndpoint",
    "SSHUnavailableError",
    "SyncWorkflows",
    "WaitError",
    "WaitStatus",
    "WaitTimeoutError",
    "WorkerError",
    "ssh_endpoint",
]


class SyncWorkflows(SyncLaunch, SyncSSH, SyncText, SyncCommands, SyncServerless):
    """The blocking helpers Vast inherits (on top of the generated SyncOperations)."""


class AsyncWorkflows(AsyncLaunch, AsyncSSH, AsyncText, AsyncCommands, AsyncServerless):
    """The asyncio helpers AsyncVast inherits (on top of the generated AsyncOperations)."""
