"""The CLI's instance commands that are one parameter of manage_instance (``PUT
/api/v0/instances/{id}/``): ``start instance``, ``stop instance``, ``label instance``.

Each sends the same body as the official CLI, and is retried like manage_instance (setting a
state or a label twice is the same as once).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._errors import InvalidRequestError
from ._base import AsyncHelper, SyncHelper

if TYPE_CHECKING:
    from ..models import SimpleBooleanSuccessResponse


def checked_label(label: str) -> str:
    if not isinstance(label, str):
        raise InvalidRequestError(f"label must be a str, got {type(label).__name__}")
    return label


class SyncCommands(SyncHelper):
    def start_instance(self, id: int) -> SimpleBooleanSuccessResponse:
        """Start a stopped instance (``vastai start instance``): ``{"state": "running"}``.

        It starts when the machine has the GPUs free again; until then it may show
        ``scheduling``. ``wait_for_instance(id)`` waits for ``running``.

        Args:
            id: The instance.

        Returns:
            The API's answer (``success``).

        Raises:
            NotFoundError: no such instance. OperationFailedError: the API refused.
        """
        return self.ops.manage_instance(id=id, state="running")

    def stop_instance(self, id: int) -> SimpleBooleanSuccessResponse:
        """Stop a running instance (``vastai stop instance``): ``{"state": "stopped"}``.

        A stopped instance keeps its disk (storage is still charged) but frees its GPUs;
        ``start_instance`` brings it back if they are free. ``wait_for_instance(id,
        "stopped")`` waits until it has stopped.

        Args:
            id: The instance.

        Returns:
            The API's answer (``success``).

        Raises:
            NotFoundError: no such instance. OperationFailedError: the API refused.
        """
        return self.ops.manage_instance(id=id, state="stopped")

    def label_instance(self, id: int, label: str) -> SimpleBooleanSuccessResponse:
        """Set the instance's label (``vastai label instance``): ``{"label": label}``.

        Args:
            id: The instance.
            label: The new label (shown in the console and as ``Instance.label``).

        Returns:
            The API's answer (``success``).

        Raises:
            NotFoundError: no such instance. OperationFailedError: the API refused.
        """
        return self.ops.manage_instance(id=id, label=checked_label(label))


class AsyncCommands(AsyncHelper):
    async def start_instance(self, id: int) -> SimpleBooleanSuccessResponse:
        """Start a stopped instance (``vastai start instance``): ``{"state": "running"}``.

        It starts when the machine has the GPUs free again; until then it may show
        ``scheduling``. ``await wait_for_instance(id)`` waits for ``running``.

        Args:
            id: The instance.

        Returns:
            The API's answer (``success``).

        Raises:
            NotFoundError: no such instance. OperationFailedError: the API refused.
        """
        return await self.ops.manage_instance(id=id, state="running")

    async def stop_instance(self, id: int) -> SimpleBooleanSuccessResponse:
        """Stop a running instance (``vastai stop instance``): ``{"state": "stopped"}``.

        A stopped instance keeps its disk (storage is still charged) but frees its GPUs;
        ``start_instance`` brings it back if they are free. ``await wait_for_instance(id,
        "stopped")`` waits until it has stopped.

        Args:
            id: The instance.

        Returns:
            The API's answer (``success``).

        Raises:
            NotFoundError: no such instance. OperationFailedError: the API refused.
        """
        return await self.ops.manage_instance(id=id, state="stopped")

    async def label_instance(self, id: int, label: str) -> SimpleBooleanSuccessResponse:
        """Set the instance's label (``vastai label instance``): ``{"label": label}``.

        Args:
            id: The instance.
            label: The new label (shown in the console and as ``Instance.label``).

        Returns:
            The API's answer (``success``).

        Raises:
            NotFoundError: no such instance. OperationFailedError: the API refused.
        """
        return await self.ops.manage_instance(id=id, label=checked_label(label))
