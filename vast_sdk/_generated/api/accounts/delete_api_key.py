from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_api_key_response_400 import DeleteApiKeyResponse400
from ...models.delete_api_key_response_403 import DeleteApiKeyResponse403
from ...models.delete_api_key_response_404 import DeleteApiKeyResponse404
from ...models.delete_api_key_response_429 import DeleteApiKeyResponse429
from ...models.error_body import Error
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v0/auth/apikeys/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteApiKeyResponse400
    | DeleteApiKeyResponse403
    | DeleteApiKeyResponse404
    | DeleteApiKeyResponse429
    | Error
    | str
    | None
):
    if response.status_code == 200:
        response_200 = cast(str, response.json())
        return response_200

    if response.status_code == 400:
        response_400 = DeleteApiKeyResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DeleteApiKeyResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DeleteApiKeyResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = DeleteApiKeyResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteApiKeyResponse400
    | DeleteApiKeyResponse403
    | DeleteApiKeyResponse404
    | DeleteApiKeyResponse429
    | Error
    | str
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    DeleteApiKeyResponse400
    | DeleteApiKeyResponse403
    | DeleteApiKeyResponse404
    | DeleteApiKeyResponse429
    | Error
    | str
]:
    """delete api key

     Deletes an existing API key belonging to the authenticated user.
    The API key is soft-deleted by setting a deleted_at timestamp.

    CLI Usage: `vastai delete api-key <id>`

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteApiKeyResponse400 | DeleteApiKeyResponse403 | DeleteApiKeyResponse404 | DeleteApiKeyResponse429 | Error | str]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
) -> (
    DeleteApiKeyResponse400
    | DeleteApiKeyResponse403
    | DeleteApiKeyResponse404
    | DeleteApiKeyResponse429
    | Error
    | str
    | None
):
    """delete api key

     Deletes an existing API key belonging to the authenticated user.
    The API key is soft-deleted by setting a deleted_at timestamp.

    CLI Usage: `vastai delete api-key <id>`

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteApiKeyResponse400 | DeleteApiKeyResponse403 | DeleteApiKeyResponse404 | DeleteApiKeyResponse429 | Error | str
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    DeleteApiKeyResponse400
    | DeleteApiKeyResponse403
    | DeleteApiKeyResponse404
    | DeleteApiKeyResponse429
    | Error
    | str
]:
    """delete api key

     Deletes an existing API key belonging to the authenticated user.
    The API key is soft-deleted by setting a deleted_at timestamp.

    CLI Usage: `vastai delete api-key <id>`

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteApiKeyResponse400 | DeleteApiKeyResponse403 | DeleteApiKeyResponse404 | DeleteApiKeyResponse429 | Error | str]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
) -> (
    DeleteApiKeyResponse400
    | DeleteApiKeyResponse403
    | DeleteApiKeyResponse404
    | DeleteApiKeyResponse429
    | Error
    | str
    | None
):
    """delete api key

     Deletes an existing API key belonging to the authenticated user.
    The API key is soft-deleted by setting a deleted_at timestamp.

    CLI Usage: `vastai delete api-key <id>`

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteApiKeyResponse400 | DeleteApiKeyResponse403 | DeleteApiKeyResponse404 | DeleteApiKeyResponse429 | Error | str
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
