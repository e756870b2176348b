from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_sync_body import CancelSyncBody
from ...models.cancel_sync_response_200 import CancelSyncResponse200
from ...models.cancel_sync_response_400 import CancelSyncResponse400
from ...models.cancel_sync_response_404 import CancelSyncResponse404
from ...types import Response


def _get_kwargs(
    *,
    body: CancelSyncBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v0/commands/rclone/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelSyncResponse200 | CancelSyncResponse400 | CancelSyncResponse404 | None:
    if response.status_code == 200:
        response_200 = CancelSyncResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CancelSyncResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = CancelSyncResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CancelSyncResponse200 | CancelSyncResponse400 | CancelSyncResponse404]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CancelSyncBody,
) -> Response[CancelSyncResponse200 | CancelSyncResponse400 | CancelSyncResponse404]:
    """cancel sync

     Cancels an in-progress remote sync operation identified by the destination instance ID.
    This operation cannot be resumed once canceled and must be restarted if needed.

    CLI Usage: `vastai cancel sync --dst_id <destination_id>`

    Args:
        body (CancelSyncBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelSyncResponse200 | CancelSyncResponse400 | CancelSyncResponse404]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CancelSyncBody,
) -> CancelSyncResponse200 | CancelSyncResponse400 | CancelSyncResponse404 | None:
    """cancel sync

     Cancels an in-progress remote sync operation identified by the destination instance ID.
    This operation cannot be resumed once canceled and must be restarted if needed.

    CLI Usage: `vastai cancel sync --dst_id <destination_id>`

    Args:
        body (CancelSyncBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelSyncResponse200 | CancelSyncResponse400 | CancelSyncResponse404
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CancelSyncBody,
) -> Response[CancelSyncResponse200 | CancelSyncResponse400 | CancelSyncResponse404]:
    """cancel sync

     Cancels an in-progress remote sync operation identified by the destination instance ID.
    This operation cannot be resumed once canceled and must be restarted if needed.

    CLI Usage: `vastai cancel sync --dst_id <destination_id>`

    Args:
        body (CancelSyncBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelSyncResponse200 | CancelSyncResponse400 | CancelSyncResponse404]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CancelSyncBody,
) -> CancelSyncResponse200 | CancelSyncResponse400 | CancelSyncResponse404 | None:
    """cancel sync

     Cancels an in-progress remote sync operation identified by the destination instance ID.
    This operation cannot be resumed once canceled and must be restarted if needed.

    CLI Usage: `vastai cancel sync --dst_id <destination_id>`

    Args:
        body (CancelSyncBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelSyncResponse200 | CancelSyncResponse400 | CancelSyncResponse404
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
