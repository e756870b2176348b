from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_network_disk_body import AddNetworkDiskBody
from ...models.add_network_disk_response_200 import AddNetworkDiskResponse200
from ...models.add_network_disk_response_400 import AddNetworkDiskResponse400
from ...models.add_network_disk_response_403 import AddNetworkDiskResponse403
from ...types import Response


def _get_kwargs(
    *,
    body: AddNetworkDiskBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v0/network_disk/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AddNetworkDiskResponse200
    | AddNetworkDiskResponse400
    | AddNetworkDiskResponse403
    | None
):
    if response.status_code == 200:
        response_200 = AddNetworkDiskResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AddNetworkDiskResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = AddNetworkDiskResponse403.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AddNetworkDiskResponse200 | AddNetworkDiskResponse400 | AddNetworkDiskResponse403
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
    body: AddNetworkDiskBody,
) -> Response[
    AddNetworkDiskResponse200 | AddNetworkDiskResponse400 | AddNetworkDiskResponse403
]:
    """add network-disk

     Adds a network disk to be used to create network volume offers, or adds machines to an existing
    network disk.

    CLI Usage: `vastai add network_disk <machine_id>... <mount_point> [options]`

    Args:
        body (AddNetworkDiskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddNetworkDiskResponse200 | AddNetworkDiskResponse400 | AddNetworkDiskResponse403]
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
    body: AddNetworkDiskBody,
) -> (
    AddNetworkDiskResponse200
    | AddNetworkDiskResponse400
    | AddNetworkDiskResponse403
    | None
):
    """add network-disk

     Adds a network disk to be used to create network volume offers, or adds machines to an existing
    network disk.

    CLI Usage: `vastai add network_disk <machine_id>... <mount_point> [options]`

    Args:
        body (AddNetworkDiskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddNetworkDiskResponse200 | AddNetworkDiskResponse400 | AddNetworkDiskResponse403
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddNetworkDiskBody,
) -> Response[
    AddNetworkDiskResponse200 | AddNetworkDiskResponse400 | AddNetworkDiskResponse403
]:
    """add network-disk

     Adds a network disk to be used to create network volume offers, or adds machines to an existing
    network disk.

    CLI Usage: `vastai add network_disk <machine_id>... <mount_point> [options]`

    Args:
        body (AddNetworkDiskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddNetworkDiskResponse200 | AddNetworkDiskResponse400 | AddNetworkDiskResponse403]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AddNetworkDiskBody,
) -> (
    AddNetworkDiskResponse200
    | AddNetworkDiskResponse400
    | AddNetworkDiskResponse403
    | None
):
    """add network-disk

     Adds a network disk to be used to create network volume offers, or adds machines to an existing
    network disk.

    CLI Usage: `vastai add network_disk <machine_id>... <mount_point> [options]`

    Args:
        body (AddNetworkDiskBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddNetworkDiskResponse200 | AddNetworkDiskResponse400 | AddNetworkDiskResponse403
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
