from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_api_key_body import CreateApiKeyBody
from ...models.create_api_key_response_200 import CreateApiKeyResponse200
from ...models.create_api_key_response_400 import CreateApiKeyResponse400
from ...models.create_api_key_response_401 import CreateApiKeyResponse401
from ...models.create_api_key_response_429 import CreateApiKeyResponse429
from ...types import Response


def _get_kwargs(
    *,
    body: CreateApiKeyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v0/auth/apikeys/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateApiKeyResponse200
    | CreateApiKeyResponse400
    | CreateApiKeyResponse401
    | CreateApiKeyResponse429
    | None
):
    if response.status_code == 200:
        response_200 = CreateApiKeyResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateApiKeyResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateApiKeyResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = CreateApiKeyResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateApiKeyResponse200
    | CreateApiKeyResponse400
    | CreateApiKeyResponse401
    | CreateApiKeyResponse429
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
    body: CreateApiKeyBody,
) -> Response[
    CreateApiKeyResponse200
    | CreateApiKeyResponse400
    | CreateApiKeyResponse401
    | CreateApiKeyResponse429
]:
    """create api-key

     Creates a new API key with specified permissions for the authenticated user.

    CLI Usage: `vastai create api-key --name <name> --permission_file <permissions_file> [--key_params
    <params>]`

    Args:
        body (CreateApiKeyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateApiKeyResponse200 | CreateApiKeyResponse400 | CreateApiKeyResponse401 | CreateApiKeyResponse429]
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
    body: CreateApiKeyBody,
) -> (
    CreateApiKeyResponse200
    | CreateApiKeyResponse400
    | CreateApiKeyResponse401
    | CreateApiKeyResponse429
    | None
):
    """create api-key

     Creates a new API key with specified permissions for the authenticated user.

    CLI Usage: `vastai create api-key --name <name> --permission_file <permissions_file> [--key_params
    <params>]`

    Args:
        body (CreateApiKeyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateApiKeyResponse200 | CreateApiKeyResponse400 | CreateApiKeyResponse401 | CreateApiKeyResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateApiKeyBody,
) -> Response[
    CreateApiKeyResponse200
    | CreateApiKeyResponse400
    | CreateApiKeyResponse401
    | CreateApiKeyResponse429
]:
    """create api-key

     Creates a new API key with specified permissions for the authenticated user.

    CLI Usage: `vastai create api-key --name <name> --permission_file <permissions_file> [--key_params
    <params>]`

    Args:
        body (CreateApiKeyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateApiKeyResponse200 | CreateApiKeyResponse400 | CreateApiKeyResponse401 | CreateApiKeyResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateApiKeyBody,
) -> (
    CreateApiKeyResponse200
    | CreateApiKeyResponse400
    | CreateApiKeyResponse401
    | CreateApiKeyResponse429
    | None
):
    """create api-key

     Creates a new API key with specified permissions for the authenticated user.

    CLI Usage: `vastai create api-key --name <name> --permission_file <permissions_file> [--key_params
    <params>]`

    Args:
        body (CreateApiKeyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateApiKeyResponse200 | CreateApiKeyResponse400 | CreateApiKeyResponse401 | CreateApiKeyResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
