from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.show_api_keys_response_200 import ShowApiKeysResponse200
from ...models.show_api_keys_response_400 import ShowApiKeysResponse400
from ...models.show_api_keys_response_429 import ShowApiKeysResponse429
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v0/auth/apikeys/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Error
    | ShowApiKeysResponse200
    | ShowApiKeysResponse400
    | ShowApiKeysResponse429
    | None
):
    if response.status_code == 200:
        response_200 = ShowApiKeysResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ShowApiKeysResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ShowApiKeysResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Error | ShowApiKeysResponse200 | ShowApiKeysResponse400 | ShowApiKeysResponse429
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
    Error | ShowApiKeysResponse200 | ShowApiKeysResponse400 | ShowApiKeysResponse429
]:
    """show api keys

     Retrieves all API keys associated with the authenticated user.

    CLI Usage: `vastai show api-keys`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowApiKeysResponse200 | ShowApiKeysResponse400 | ShowApiKeysResponse429]
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
    Error
    | ShowApiKeysResponse200
    | ShowApiKeysResponse400
    | ShowApiKeysResponse429
    | None
):
    """show api keys

     Retrieves all API keys associated with the authenticated user.

    CLI Usage: `vastai show api-keys`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowApiKeysResponse200 | ShowApiKeysResponse400 | ShowApiKeysResponse429
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    Error | ShowApiKeysResponse200 | ShowApiKeysResponse400 | ShowApiKeysResponse429
]:
    """show api keys

     Retrieves all API keys associated with the authenticated user.

    CLI Usage: `vastai show api-keys`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowApiKeysResponse200 | ShowApiKeysResponse400 | ShowApiKeysResponse429]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    Error
    | ShowApiKeysResponse200
    | ShowApiKeysResponse400
    | ShowApiKeysResponse429
    | None
):
    """show api keys

     Retrieves all API keys associated with the authenticated user.

    CLI Usage: `vastai show api-keys`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowApiKeysResponse200 | ShowApiKeysResponse400 | ShowApiKeysResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
