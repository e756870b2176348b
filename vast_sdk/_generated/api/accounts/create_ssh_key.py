from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_ssh_key_body import CreateSshKeyBody
from ...models.create_ssh_key_response_200 import CreateSshKeyResponse200
from ...models.create_ssh_key_response_400 import CreateSshKeyResponse400
from ...models.create_ssh_key_response_429 import CreateSshKeyResponse429
from ...models.error_body import Error
from ...types import Response


def _get_kwargs(
    *,
    body: CreateSshKeyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v0/ssh/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateSshKeyResponse200
    | CreateSshKeyResponse400
    | CreateSshKeyResponse429
    | Error
    | None
):
    if response.status_code == 200:
        response_200 = CreateSshKeyResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateSshKeyResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = CreateSshKeyResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateSshKeyResponse200 | CreateSshKeyResponse400 | CreateSshKeyResponse429 | Error
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
    body: CreateSshKeyBody,
) -> Response[
    CreateSshKeyResponse200 | CreateSshKeyResponse400 | CreateSshKeyResponse429 | Error
]:
    """create ssh-key

     Creates a new SSH key and associates it with your account.
    The key will be automatically added to all your current instances.

    CLI Usage: `vastai create ssh-key <ssh_key>`

    Args:
        body (CreateSshKeyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSshKeyResponse200 | CreateSshKeyResponse400 | CreateSshKeyResponse429 | Error]
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
    body: CreateSshKeyBody,
) -> (
    CreateSshKeyResponse200
    | CreateSshKeyResponse400
    | CreateSshKeyResponse429
    | Error
    | None
):
    """create ssh-key

     Creates a new SSH key and associates it with your account.
    The key will be automatically added to all your current instances.

    CLI Usage: `vastai create ssh-key <ssh_key>`

    Args:
        body (CreateSshKeyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSshKeyResponse200 | CreateSshKeyResponse400 | CreateSshKeyResponse429 | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSshKeyBody,
) -> Response[
    CreateSshKeyResponse200 | CreateSshKeyResponse400 | CreateSshKeyResponse429 | Error
]:
    """create ssh-key

     Creates a new SSH key and associates it with your account.
    The key will be automatically added to all your current instances.

    CLI Usage: `vastai create ssh-key <ssh_key>`

    Args:
        body (CreateSshKeyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSshKeyResponse200 | CreateSshKeyResponse400 | CreateSshKeyResponse429 | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateSshKeyBody,
) -> (
    CreateSshKeyResponse200
    | CreateSshKeyResponse400
    | CreateSshKeyResponse429
    | Error
    | None
):
    """create ssh-key

     Creates a new SSH key and associates it with your account.
    The key will be automatically added to all your current instances.

    CLI Usage: `vastai create ssh-key <ssh_key>`

    Args:
        body (CreateSshKeyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSshKeyResponse200 | CreateSshKeyResponse400 | CreateSshKeyResponse429 | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
