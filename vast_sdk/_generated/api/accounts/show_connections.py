from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.show_connections_response_200_item import ShowConnectionsResponse200Item
from ...models.show_connections_response_429 import ShowConnectionsResponse429
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v0/users/cloud_integrations/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ShowConnectionsResponse429 | list[ShowConnectionsResponse200Item] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ShowConnectionsResponse200Item.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ShowConnectionsResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Error | ShowConnectionsResponse429 | list[ShowConnectionsResponse200Item]
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
) -> Response[
    Error | ShowConnectionsResponse429 | list[ShowConnectionsResponse200Item]
]:
    """show connections

     Retrieves the list of cloud connections associated with the authenticated user.

    CLI Usage: `vastai show connections`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowConnectionsResponse429 | list[ShowConnectionsResponse200Item]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Error | ShowConnectionsResponse429 | list[ShowConnectionsResponse200Item] | None:
    """show connections

     Retrieves the list of cloud connections associated with the authenticated user.

    CLI Usage: `vastai show connections`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowConnectionsResponse429 | list[ShowConnectionsResponse200Item]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    Error | ShowConnectionsResponse429 | list[ShowConnectionsResponse200Item]
]:
    """show connections

     Retrieves the list of cloud connections associated with the authenticated user.

    CLI Usage: `vastai show connections`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowConnectionsResponse429 | list[ShowConnectionsResponse200Item]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Error | ShowConnectionsResponse429 | list[ShowConnectionsResponse200Item] | None:
    """show connections

     Retrieves the list of cloud connections associated with the authenticated user.

    CLI Usage: `vastai show connections`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowConnectionsResponse429 | list[ShowConnectionsResponse200Item]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
