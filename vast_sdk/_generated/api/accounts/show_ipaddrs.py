from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.show_ipaddrs_response_200 import ShowIpaddrsResponse200
from ...models.show_ipaddrs_response_429 import ShowIpaddrsResponse429
from ...types import Response


def _get_kwargs(
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v0/users/{user_id}/ipaddrs/".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ShowIpaddrsResponse200 | ShowIpaddrsResponse429 | None:
    if response.status_code == 200:
        response_200 = ShowIpaddrsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ShowIpaddrsResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ShowIpaddrsResponse200 | ShowIpaddrsResponse429]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | ShowIpaddrsResponse200 | ShowIpaddrsResponse429]:
    """show ipaddrs

     This endpoint retrieves the history of IP address accesses for the authenticated user.

    CLI Usage: `vastai show ipaddrs`

    Args:
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowIpaddrsResponse200 | ShowIpaddrsResponse429]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | ShowIpaddrsResponse200 | ShowIpaddrsResponse429 | None:
    """show ipaddrs

     This endpoint retrieves the history of IP address accesses for the authenticated user.

    CLI Usage: `vastai show ipaddrs`

    Args:
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowIpaddrsResponse200 | ShowIpaddrsResponse429
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | ShowIpaddrsResponse200 | ShowIpaddrsResponse429]:
    """show ipaddrs

     This endpoint retrieves the history of IP address accesses for the authenticated user.

    CLI Usage: `vastai show ipaddrs`

    Args:
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowIpaddrsResponse200 | ShowIpaddrsResponse429]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | ShowIpaddrsResponse200 | ShowIpaddrsResponse429 | None:
    """show ipaddrs

     This endpoint retrieves the history of IP address accesses for the authenticated user.

    CLI Usage: `vastai show ipaddrs`

    Args:
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowIpaddrsResponse200 | ShowIpaddrsResponse429
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
        )
    ).parsed
