"""The typed faces of the helpers whose return type depends on an argument (``launch``'s
``count``; an Instance or an id for the address helpers on AsyncVast): call protocols with
overloads, for type checkers only. vast_sdk/_client.py types the client's attributes with them
(under TYPE_CHECKING); nothing imports this module at run time.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Collection, Sequence
from typing import TYPE_CHECKING, Literal, Protocol, Unpack, overload

if TYPE_CHECKING:
    from ..models import Instance
    from ..query import Query
    from ._launch import LaunchOptions, OfferKey, OfferQuery
    from ._ports import EnvLike, PortLike
    from ._read import InstanceLike
    from ._wait import ProgressCallback

__all__ = [
    "AsyncLaunchMethod",
    "LaunchMethod",
    "PublicPortMethod",
    "SSHCommandMethod",
    "SSHURLMethod",
]


class LaunchMethod(Protocol):
    """``Vast.launch``: one Instance, or a list of them for ``count`` > 1."""

    @overload
    def __call__(  # type: ignore[overload-overlap]  # count=1 (the default) is one Instance
        self,
        query: OfferQuery | str | Query | None = None,
        *,
        image: str,
        disk: float = ...,
        env: EnvLike | None = ...,
        onstart: str | None = ...,
        ports: Sequence[PortLike] = ...,
        count: Literal[1] = 1,
        max_dph: float | None = ...,
        spot: bool = ...,
        price: float | None = ...,
        attempts: int = ...,
        exclude_machines: Collection[int] = ...,
        pick: OfferKey | None = ...,
        ssh: bool = ...,
        keep_on_failure: bool = ...,
        wait_timeout: float = ...,
        poll_interval: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        timeout: float | None = ...,
        **create_options: Unpack[LaunchOptions],
    ) -> Instance: ...
    @overload
    def __call__(
        self,
        query: OfferQuery | str | Query | None = None,
        *,
        image: str,
        disk: float = ...,
        env: EnvLike | None = ...,
        onstart: str | None = ...,
        ports: Sequence[PortLike] = ...,
        count: int,
        max_dph: float | None = ...,
        spot: bool = ...,
        price: float | None = ...,
        attempts: int = ...,
        exclude_machines: Collection[int] = ...,
        pick: OfferKey | None = ...,
        ssh: bool = ...,
        keep_on_failure: bool = ...,
        wait_timeout: float = ...,
        poll_interval: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        timeout: float | None = ...,
        **create_options: Unpack[LaunchOptions],
    ) -> list[Instance]: ...


class AsyncLaunchMethod(Protocol):
    """``AsyncVast.launch``: one Instance, or a list of them for ``count`` > 1."""

    @overload
    async def __call__(  # type: ignore[overload-overlap]  # count=1 (the default): one Instance
        self,
        query: OfferQuery | str | Query | None = None,
        *,
        image: str,
        disk: float = ...,
        env: EnvLike | None = ...,
        onstart: str | None = ...,
        ports: Sequence[PortLike] = ...,
        count: Literal[1] = 1,
        max_dph: float | None = ...,
        spot: bool = ...,
        price: float | None = ...,
        attempts: int = ...,
        exclude_machines: Collection[int] = ...,
        pick: OfferKey | None = ...,
        ssh: bool = ...,
        keep_on_failure: bool = ...,
        wait_timeout: float = ...,
        poll_interval: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        timeout: float | None = ...,
        **create_options: Unpack[LaunchOptions],
    ) -> Instance: ...
    @overload
    async def __call__(
        self,
        query: OfferQuery | str | Query | None = None,
        *,
        image: str,
        disk: float = ...,
        env: EnvLike | None = ...,
        onstart: str | None = ...,
        ports: Sequence[PortLike] = ...,
        count: int,
        max_dph: float | None = ...,
        spot: bool = ...,
        price: float | None = ...,
        attempts: int = ...,
        exclude_machines: Collection[int] = ...,
        pick: OfferKey | None = ...,
        ssh: bool = ...,
        keep_on_failure: bool = ...,
        wait_timeout: float = ...,
        poll_interval: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        timeout: float | None = ...,
        **create_options: Unpack[LaunchOptions],
    ) -> list[Instance]: ...


class SSHURLMethod(Protocol):
    """``AsyncVast.ssh_url`` / ``scp_url``: a str for an Instance, awaited for an id."""

    @overload
    def __call__(self, instance: Instance, *, direct: bool | None = None) -> str: ...
    @overload
    def __call__(self, instance: int, *, direct: bool | None = None) -> Awaitable[str]: ...


class SSHCommandMethod(Protocol):
    """``AsyncVast.ssh_command``: a list for an Instance, awaited for an id."""

    @overload
    def __call__(
        self,
        instance: Instance,
        *,
        direct: bool | None = None,
        identity_file: str | os.PathLike[str] | None = None,
    ) -> list[str]: ...
    @overload
    def __call__(
        self,
        instance: int,
        *,
        direct: bool | None = None,
        identity_file: str | os.PathLike[str] | None = None,
    ) -> Awaitable[list[str]]: ...


class PublicPortMethod(Protocol):
    """``AsyncVast.public_port``: the address for an Instance, awaited for an id."""

    @overload
    def __call__(
        self, instance: InstanceLike, port: PortLike, *, direct: bool | None = None
    ) -> tuple[str, int]: ...
    @overload
    def __call__(
        self, instance: int, port: PortLike, *, direct: bool | None = None
    ) -> Awaitable[tuple[str, int]]: ...
