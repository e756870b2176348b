from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.show_endpoints_response_200 import ShowEndpointsResponse200
from ...models.show_endpoints_response_400 import ShowEndpointsResponse400
from ...models.show_endpoints_response_401 import ShowEndpointsResponse401
from ...models.show_endpoints_response_429 import ShowEndpointsResponse429
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v0/endptjobs/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ShowEndpointsResponse200
    | ShowEndpointsResponse400
    | ShowEndpointsResponse401
    | ShowEndpointsResponse429
    | None
):
    if response.status_code == 200:
        response_200 = ShowEndpointsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ShowEndpointsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ShowEndpointsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ShowEndpointsResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ShowEndpointsResponse200
    | ShowEndpointsResponse400
    | ShowEndpointsResponse401
    | ShowEndpointsResponse429
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
    ShowEndpointsResponse200
    | ShowEndpointsResponse400
    | ShowEndpointsResponse401
    | ShowEndpointsResponse429
]:
    """show endpoints

     Retrieve a list of endpoint jobs for the authenticated user.

    CLI Usage: `vastai show endpoints`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShowEndpointsResponse200 | ShowEndpointsResponse400 | ShowEndpointsResponse401 | ShowEndpointsResponse429]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> (
    ShowEndpointsResponse200
    | ShowEndpointsResponse400
    | ShowEndpointsResponse401
    | ShowEndpointsResponse429
    | None
):
    """show endpoints

     Retrieve a list of endpoint jobs for the authenticated user.

    CLI Usage: `vastai show endpoints`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShowEndpointsResponse200 | ShowEndpointsResponse400 | ShowEndpointsResponse401 | ShowEndpointsResponse429
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    ShowEndpointsResponse200
    | ShowEndpointsResponse400
    | ShowEndpointsResponse401
    | ShowEndpointsResponse429
]:
    """show endpoints

     Retrieve a list of endpoint jobs for the authenticated user.

    CLI Usage: `vastai show endpoints`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShowEndpointsResponse200 | ShowEndpointsResponse400 | ShowEndpointsResponse401 | ShowEndpointsResponse429]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    ShowEndpointsResponse200
    | ShowEndpointsResponse400
    | ShowEndpointsResponse401
    | ShowEndpointsResponse429
    | None
):
    """show endpoints

     Retrieve a list of endpoint jobs for the authenticated user.

    CLI Usage: `vastai show endpoints`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShowEndpointsResponse200 | ShowEndpointsResponse400 | ShowEndpointsResponse401 | ShowEndpointsResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
