from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.search_network_volumes_body import SearchNetworkVolumesBody
from ...models.search_network_volumes_response_200 import (
    SearchNetworkVolumesResponse200,
)
from ...types import Response


def _get_kwargs(
    *,
    body: SearchNetworkVolumesBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v0/network_volumes/search/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SearchNetworkVolumesResponse200 | None:
    if response.status_code == 200:
        response_200 = SearchNetworkVolumesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SearchNetworkVolumesResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchNetworkVolumesBody,
) -> Response[Error | SearchNetworkVolumesResponse200]:
    """search network volumes

     Search for available network volume offers with advanced filtering and sorting.

    CLI Usage: `vastai search network-volumes <query> [--order <field>]`

    Args:
        body (SearchNetworkVolumesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SearchNetworkVolumesResponse200]
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
    body: SearchNetworkVolumesBody,
) -> Error | SearchNetworkVolumesResponse200 | None:
    """search network volumes

     Search for available network volume offers with advanced filtering and sorting.

    CLI Usage: `vastai search network-volumes <query> [--order <field>]`

    Args:
        body (SearchNetworkVolumesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SearchNetworkVolumesResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchNetworkVolumesBody,
) -> Response[Error | SearchNetworkVolumesResponse200]:
    """search network volumes

     Search for available network volume offers with advanced filtering and sorting.

    CLI Usage: `vastai search network-volumes <query> [--order <field>]`

    Args:
        body (SearchNetworkVolumesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SearchNetworkVolumesResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SearchNetworkVolumesBody,
) -> Error | SearchNetworkVolumesResponse200 | None:
    """search network volumes

     Search for available network volume offers with advanced filtering and sorting.

    CLI Usage: `vastai search network-volumes <query> [--order <field>]`

    Args:
        body (SearchNetworkVolumesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SearchNetworkVolumesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
