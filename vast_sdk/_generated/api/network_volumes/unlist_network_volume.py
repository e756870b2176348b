from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.unlist_network_volume_body import UnlistNetworkVolumeBody
from ...models.unlist_network_volume_response_200 import UnlistNetworkVolumeResponse200
from ...models.unlist_network_volume_response_400 import UnlistNetworkVolumeResponse400
from ...models.unlist_network_volume_response_403 import UnlistNetworkVolumeResponse403
from ...types import Response


def _get_kwargs(
    *,
    body: UnlistNetworkVolumeBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v0/network_volumes/unlist/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    UnlistNetworkVolumeResponse200
    | UnlistNetworkVolumeResponse400
    | UnlistNetworkVolumeResponse403
    | None
):
    if response.status_code == 200:
        response_200 = UnlistNetworkVolumeResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UnlistNetworkVolumeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = UnlistNetworkVolumeResponse403.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    UnlistNetworkVolumeResponse200
    | UnlistNetworkVolumeResponse400
    | UnlistNetworkVolumeResponse403
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
    body: UnlistNetworkVolumeBody,
) -> Response[
    UnlistNetworkVolumeResponse200
    | UnlistNetworkVolumeResponse400
    | UnlistNetworkVolumeResponse403
]:
    """unlist network-volume

     Unlists a network volume for rent.

    CLI Usage: `vastai unlist volume <offer_id>`

    Args:
        body (UnlistNetworkVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnlistNetworkVolumeResponse200 | UnlistNetworkVolumeResponse400 | UnlistNetworkVolumeResponse403]
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
    body: UnlistNetworkVolumeBody,
) -> (
    UnlistNetworkVolumeResponse200
    | UnlistNetworkVolumeResponse400
    | UnlistNetworkVolumeResponse403
    | None
):
    """unlist network-volume

     Unlists a network volume for rent.

    CLI Usage: `vastai unlist volume <offer_id>`

    Args:
        body (UnlistNetworkVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnlistNetworkVolumeResponse200 | UnlistNetworkVolumeResponse400 | UnlistNetworkVolumeResponse403
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UnlistNetworkVolumeBody,
) -> Response[
    UnlistNetworkVolumeResponse200
    | UnlistNetworkVolumeResponse400
    | UnlistNetworkVolumeResponse403
]:
    """unlist network-volume

     Unlists a network volume for rent.

    CLI Usage: `vastai unlist volume <offer_id>`

    Args:
        body (UnlistNetworkVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnlistNetworkVolumeResponse200 | UnlistNetworkVolumeResponse400 | UnlistNetworkVolumeResponse403]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UnlistNetworkVolumeBody,
) -> (
    UnlistNetworkVolumeResponse200
    | UnlistNetworkVolumeResponse400
    | UnlistNetworkVolumeResponse403
    | None
):
    """unlist network-volume

     Unlists a network volume for rent.

    CLI Usage: `vastai unlist volume <offer_id>`

    Args:
        body (UnlistNetworkVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnlistNetworkVolumeResponse200 | UnlistNetworkVolumeResponse400 | UnlistNetworkVolumeResponse403
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
