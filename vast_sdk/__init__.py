"""vast-sdk: a typed Python SDK for the Vast.ai API.

    from vast_sdk import Vast
    with Vast() as vast:
        offers = vast.search_offers(limit=5)

Models live in ``vast_sdk.models`` and load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._cli_commands import CLI_COMMANDS
from ._client import DEFAULT_BASE_URL, DEFAULT_SERVERLESS_URL, DEFAULT_TIMEOUT, AsyncVast, Vast
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InsecureURLError,
    InternalServerError,
    InvalidRequestError,
    MissingAPIKeyError,
    NotFoundError,
    OfferUnavailableError,
    OperationFailedError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    ResponseTooLargeError,
    UnprocessableEntityError,
    VastError,
)
from ._generated._operations import OPERATIONS
from ._httpx_hooks import (
    DeadlineHookWarning,
    FreshConnectionHookWarning,
    HookWarning,
    ResponseContentHookWarning,
)
from ._logging import setup_logging
from ._operation import Operation
from ._pagination import AsyncPage, SyncPage
from ._response import APIResponse
from ._types import NOT_GIVEN, UNSET, NotGiven, Unset
from ._version import __version__
from ._workflows import (
    AttachedSSHKey,
    BidTooLowError,
    DestroyError,
    EndpointError,
    EndpointNotFoundError,
    EnvError,
    InstanceGoneError,
    InstanceStartError,
    InstanceStateError,
    InstancesWaitError,
    LaunchArgs,
    LaunchError,
    LaunchOptions,
    NoOffersError,
    NoWorkerError,
    OfferKey,
    OfferQuery,
    OutbidError,
    PortNotMappedError,
    PriceCapError,
    ProgressCallback,
    ResultError,
    ResultTimeoutError,
    SSHEndpoint,
    SSHUnavailableError,
    WaitError,
    WaitStatus,
    WaitTimeoutError,
    WorkerError,
    ssh_endpoint,
)

if TYPE_CHECKING:
    from ._workflows import EnvLike, PortLike, public_port


def __getattr__(name: str) -> Any:
    """``public_port`` and the port/env type aliases load at their first use (their module is
    not part of ``import vast_sdk``)."""
    if name in ("EnvLike", "PortLike", "public_port"):
        from ._workflows import _ports

        return getattr(_ports, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "CLI_COMMANDS",
    "DEFAULT_BASE_URL",
    "DEFAULT_SERVERLESS_URL",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "OPERATIONS",
    "UNSET",
    "APIConnectionError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncVast",
    "AttachedSSHKey",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DeadlineHookWarning",
    "EndpointError",
    "EndpointNotFoundError",
    "FreshConnectionHookWarning",
    "HookWarning",
    "InsecureURLError",
    "InstanceGoneError",
    "InstanceStateError",
    "InternalServerError",
    "InvalidRequestError",
    "LaunchOptions",
    "MissingAPIKeyError",
    "NoOffersError",
    "NoWorkerError",
    "NotFoundError",
    "NotGiven",
    "OfferKey",
    "OfferQuery",
    "OfferUnavailableError",
    "Operation",
    "OperationFailedError",
    "PaginationError",
    "PermissionDeniedError",
    "ProgressCallback",
    "RateLimitError",
    "ResponseContentHookWarning",
    "ResponseParseError",
    "ResponseTooLargeError",
    "ResultError",
    "ResultTimeoutError",
    "SSHEndpoint",
    "SSHUnavailableError",
    "SyncPage",
    "UnprocessableEntityError",
    "Unset",
    "Vast",
    "VastError",
    "WaitError",
    "WaitStatus",
    "WaitTimeoutError",
    "WorkerError",
    "ssh_endpoint",
    "__version__",
    "BidTooLowError",
    "DestroyError",
    "EnvError",
    "EnvLike",
    "InstancesWaitError",
    "InstanceStartError",
    "LaunchArgs",
    "LaunchError",
    "OutbidError",
    "PortLike",
    "PortNotMappedError",
    "PriceCapError",
    "public_port",
]

setup_logging()
