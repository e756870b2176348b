from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_volume_body import DeleteVolumeBody
from ...models.delete_volume_response_200 import DeleteVolumeResponse200
from ...models.delete_volume_response_400 import DeleteVolumeResponse400
from ...models.delete_volume_response_404 import DeleteVolumeResponse404
from ...models.delete_volume_response_429 import DeleteVolumeResponse429
from ...types import Response


def _get_kwargs(
    *,
    body: DeleteVolumeBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v0/volumes/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteVolumeResponse200
    | DeleteVolumeResponse400
    | DeleteVolumeResponse404
    | DeleteVolumeResponse429
    | None
):
    if response.status_code == 200:
        response_200 = DeleteVolumeResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteVolumeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = DeleteVolumeResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = DeleteVolumeResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteVolumeResponse200
    | DeleteVolumeResponse400
    | DeleteVolumeResponse404
    | DeleteVolumeResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteVolumeBody,
) -> Response[
    DeleteVolumeResponse200
    | DeleteVolumeResponse400
    | DeleteVolumeResponse404
    | DeleteVolumeResponse429
]:
    """delete volume

     Delete a volume by its ID.

    CLI Usage: `vastai delete volume <volume_id>`

    Args:
        body (DeleteVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteVolumeResponse200 | DeleteVolumeResponse400 | DeleteVolumeResponse404 | DeleteVolumeResponse429]
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
    client: AuthenticatedClient,
    body: DeleteVolumeBody,
) -> (
    DeleteVolumeResponse200
    | DeleteVolumeResponse400
    | DeleteVolumeResponse404
    | DeleteVolumeResponse429
    | None
):
    """delete volume

     Delete a volume by its ID.

    CLI Usage: `vastai delete volume <volume_id>`

    Args:
        body (DeleteVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteVolumeResponse200 | DeleteVolumeResponse400 | DeleteVolumeResponse404 | DeleteVolumeResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteVolumeBody,
) -> Response[
    DeleteVolumeResponse200
    | DeleteVolumeResponse400
    | DeleteVolumeResponse404
    | DeleteVolumeResponse429
]:
    """delete volume

     Delete a volume by its ID.

    CLI Usage: `vastai delete volume <volume_id>`

    Args:
        body (DeleteVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteVolumeResponse200 | DeleteVolumeResponse400 | DeleteVolumeResponse404 | DeleteVolumeResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DeleteVolumeBody,
) -> (
    DeleteVolumeResponse200
    | DeleteVolumeResponse400
    | DeleteVolumeResponse404
    | DeleteVolumeResponse429
    | None
):
    """delete volume

     Delete a volume by its ID.

    CLI Usage: `vastai delete volume <volume_id>`

    Args:
        body (DeleteVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteVolumeResponse200 | DeleteVolumeResponse400 | DeleteVolumeResponse404 | DeleteVolumeResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
