from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_network_volume_body import ListNetworkVolumeBody
from ...models.list_network_volume_response_200 import ListNetworkVolumeResponse200
from ...models.list_network_volume_response_400 import ListNetworkVolumeResponse400
from ...models.list_network_volume_response_403 import ListNetworkVolumeResponse403
from ...types import Response


def _get_kwargs(
    *,
    body: ListNetworkVolumeBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v0/network_volume/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListNetworkVolumeResponse200
    | ListNetworkVolumeResponse400
    | ListNetworkVolumeResponse403
    | None
):
    if response.status_code == 200:
        response_200 = ListNetworkVolumeResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListNetworkVolumeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ListNetworkVolumeResponse403.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListNetworkVolumeResponse200
    | ListNetworkVolumeResponse400
    | ListNetworkVolumeResponse403
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
    body: ListNetworkVolumeBody,
) -> Response[
    ListNetworkVolumeResponse200
    | ListNetworkVolumeResponse400
    | ListNetworkVolumeResponse403
]:
    """list network-volume

     Lists a network disk for rent as network volumes, or updates an existing listing with a new
    price/size/end date/discount.

    CLI Usage: `vastai list network-volume <disk_id> [options]`

    Args:
        body (ListNetworkVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListNetworkVolumeResponse200 | ListNetworkVolumeResponse400 | ListNetworkVolumeResponse403]
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
    body: ListNetworkVolumeBody,
) -> (
    ListNetworkVolumeResponse200
    | ListNetworkVolumeResponse400
    | ListNetworkVolumeResponse403
    | None
):
    """list network-volume

     Lists a network disk for rent as network volumes, or updates an existing listing with a new
    price/size/end date/discount.

    CLI Usage: `vastai list network-volume <disk_id> [options]`

    Args:
        body (ListNetworkVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListNetworkVolumeResponse200 | ListNetworkVolumeResponse400 | ListNetworkVolumeResponse403
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ListNetworkVolumeBody,
) -> Response[
    ListNetworkVolumeResponse200
    | ListNetworkVolumeResponse400
    | ListNetworkVolumeResponse403
]:
    """list network-volume

     Lists a network disk for rent as network volumes, or updates an existing listing with a new
    price/size/end date/discount.

    CLI Usage: `vastai list network-volume <disk_id> [options]`

    Args:
        body (ListNetworkVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListNetworkVolumeResponse200 | ListNetworkVolumeResponse400 | ListNetworkVolumeResponse403]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ListNetworkVolumeBody,
) -> (
    ListNetworkVolumeResponse200
    | ListNetworkVolumeResponse400
    | ListNetworkVolumeResponse403
    | None
):
    """list network-volume

     Lists a network disk for rent as network volumes, or updates an existing listing with a new
    price/size/end date/discount.

    CLI Usage: `vastai list network-volume <disk_id> [options]`

    Args:
        body (ListNetworkVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListNetworkVolumeResponse200 | ListNetworkVolumeResponse400 | ListNetworkVolumeResponse403
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
