from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.unlist_volume_body import UnlistVolumeBody
from ...models.unlist_volume_response_200 import UnlistVolumeResponse200
from ...models.unlist_volume_response_400 import UnlistVolumeResponse400
from ...models.unlist_volume_response_429 import UnlistVolumeResponse429
from ...types import Response


def _get_kwargs(
    *,
    body: UnlistVolumeBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v0/volumes/unlist/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UnlistVolumeResponse200 | UnlistVolumeResponse400 | UnlistVolumeResponse429 | None:
    if response.status_code == 200:
        response_200 = UnlistVolumeResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UnlistVolumeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = UnlistVolumeResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    UnlistVolumeResponse200 | UnlistVolumeResponse400 | UnlistVolumeResponse429
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
    body: UnlistVolumeBody,
) -> Response[
    UnlistVolumeResponse200 | UnlistVolumeResponse400 | UnlistVolumeResponse429
]:
    """unlist volume

     Remove a volume listing from the marketplace.

    CLI Usage: `vastai unlist volume <volume_id>`

    Args:
        body (UnlistVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnlistVolumeResponse200 | UnlistVolumeResponse400 | UnlistVolumeResponse429]
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
    body: UnlistVolumeBody,
) -> UnlistVolumeResponse200 | UnlistVolumeResponse400 | UnlistVolumeResponse429 | None:
    """unlist volume

     Remove a volume listing from the marketplace.

    CLI Usage: `vastai unlist volume <volume_id>`

    Args:
        body (UnlistVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnlistVolumeResponse200 | UnlistVolumeResponse400 | UnlistVolumeResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UnlistVolumeBody,
) -> Response[
    UnlistVolumeResponse200 | UnlistVolumeResponse400 | UnlistVolumeResponse429
]:
    """unlist volume

     Remove a volume listing from the marketplace.

    CLI Usage: `vastai unlist volume <volume_id>`

    Args:
        body (UnlistVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnlistVolumeResponse200 | UnlistVolumeResponse400 | UnlistVolumeResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UnlistVolumeBody,
) -> UnlistVolumeResponse200 | UnlistVolumeResponse400 | UnlistVolumeResponse429 | None:
    """unlist volume

     Remove a volume listing from the marketplace.

    CLI Usage: `vastai unlist volume <volume_id>`

    Args:
        body (UnlistVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnlistVolumeResponse200 | UnlistVolumeResponse400 | UnlistVolumeResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
