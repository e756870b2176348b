from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_network_volume_body import CreateNetworkVolumeBody
from ...models.create_network_volume_response_200 import CreateNetworkVolumeResponse200
from ...models.create_network_volume_response_400 import CreateNetworkVolumeResponse400
from ...models.create_network_volume_response_403 import CreateNetworkVolumeResponse403
from ...types import Response


def _get_kwargs(
    *,
    body: CreateNetworkVolumeBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v0/network_volume/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateNetworkVolumeResponse200
    | CreateNetworkVolumeResponse400
    | CreateNetworkVolumeResponse403
    | None
):
    if response.status_code == 200:
        response_200 = CreateNetworkVolumeResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateNetworkVolumeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = CreateNetworkVolumeResponse403.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateNetworkVolumeResponse200
    | CreateNetworkVolumeResponse400
    | CreateNetworkVolumeResponse403
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
    body: CreateNetworkVolumeBody,
) -> Response[
    CreateNetworkVolumeResponse200
    | CreateNetworkVolumeResponse400
    | CreateNetworkVolumeResponse403
]:
    """create network-volume

     Creates a network volume from an offer.

    CLI Usage: `vastai create network-volume <offer_id> <size> [--name <name>]`

    Args:
        body (CreateNetworkVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateNetworkVolumeResponse200 | CreateNetworkVolumeResponse400 | CreateNetworkVolumeResponse403]
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
    body: CreateNetworkVolumeBody,
) -> (
    CreateNetworkVolumeResponse200
    | CreateNetworkVolumeResponse400
    | CreateNetworkVolumeResponse403
    | None
):
    """create network-volume

     Creates a network volume from an offer.

    CLI Usage: `vastai create network-volume <offer_id> <size> [--name <name>]`

    Args:
        body (CreateNetworkVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateNetworkVolumeResponse200 | CreateNetworkVolumeResponse400 | CreateNetworkVolumeResponse403
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateNetworkVolumeBody,
) -> Response[
    CreateNetworkVolumeResponse200
    | CreateNetworkVolumeResponse400
    | CreateNetworkVolumeResponse403
]:
    """create network-volume

     Creates a network volume from an offer.

    CLI Usage: `vastai create network-volume <offer_id> <size> [--name <name>]`

    Args:
        body (CreateNetworkVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateNetworkVolumeResponse200 | CreateNetworkVolumeResponse400 | CreateNetworkVolumeResponse403]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateNetworkVolumeBody,
) -> (
    CreateNetworkVolumeResponse200
    | CreateNetworkVolumeResponse400
    | CreateNetworkVolumeResponse403
    | None
):
    """create network-volume

     Creates a network volume from an offer.

    CLI Usage: `vastai create network-volume <offer_id> <size> [--name <name>]`

    Args:
        body (CreateNetworkVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateNetworkVolumeResponse200 | CreateNetworkVolumeResponse400 | CreateNetworkVolumeResponse403
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
