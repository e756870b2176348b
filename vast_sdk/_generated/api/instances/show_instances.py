from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.show_instances_response_200 import ShowInstancesResponse200
from ...models.show_instances_response_429 import ShowInstancesResponse429
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v0/instances/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ShowInstancesResponse200 | ShowInstancesResponse429 | None:
    if response.status_code == 200:
        response_200 = ShowInstancesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ShowInstancesResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ShowInstancesResponse200 | ShowInstancesResponse429]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | ShowInstancesResponse200 | ShowInstancesResponse429]:
    """show instances

     Retrieve a list of instances for the authenticated user.

    CLI Usage: `vastai show instances [OPTIONS] [--api-key API_KEY] [--raw]`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowInstancesResponse200 | ShowInstancesResponse429]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Error | ShowInstancesResponse200 | ShowInstancesResponse429 | None:
    """show instances

     Retrieve a list of instances for the authenticated user.

    CLI Usage: `vastai show instances [OPTIONS] [--api-key API_KEY] [--raw]`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowInstancesResponse200 | ShowInstancesResponse429
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | ShowInstancesResponse200 | ShowInstancesResponse429]:
    """show instances

     Retrieve a list of instances for the authenticated user.

    CLI Usage: `vastai show instances [OPTIONS] [--api-key API_KEY] [--raw]`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowInstancesResponse200 | ShowInstancesResponse429]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Error | ShowInstancesResponse200 | ShowInstancesResponse429 | None:
    """show instances

     Retrieve a list of instances for the authenticated user.

    CLI Usage: `vastai show instances [OPTIONS] [--api-key API_KEY] [--raw]`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowInstancesResponse200 | ShowInstancesResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
