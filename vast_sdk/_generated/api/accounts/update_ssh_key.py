from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.update_ssh_key_body import UpdateSshKeyBody
from ...models.update_ssh_key_response_200 import UpdateSshKeyResponse200
from ...models.update_ssh_key_response_429 import UpdateSshKeyResponse429
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: UpdateSshKeyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v0/ssh/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdateSshKeyResponse200 | UpdateSshKeyResponse429 | None:
    if response.status_code == 200:
        response_200 = UpdateSshKeyResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = UpdateSshKeyResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | UpdateSshKeyResponse200 | UpdateSshKeyResponse429]:
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
    body: UpdateSshKeyBody,
) -> Response[Error | UpdateSshKeyResponse200 | UpdateSshKeyResponse429]:
    """update ssh key

     Updates the specified SSH key with the provided value.

    CLI Usage: `vastai update ssh-key <id> <ssh_key>`

    Args:
        id (int):
        body (UpdateSshKeyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateSshKeyResponse200 | UpdateSshKeyResponse429]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateSshKeyBody,
) -> Error | UpdateSshKeyResponse200 | UpdateSshKeyResponse429 | None:
    """update ssh key

     Updates the specified SSH key with the provided value.

    CLI Usage: `vastai update ssh-key <id> <ssh_key>`

    Args:
        id (int):
        body (UpdateSshKeyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateSshKeyResponse200 | UpdateSshKeyResponse429
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateSshKeyBody,
) -> Response[Error | UpdateSshKeyResponse200 | UpdateSshKeyResponse429]:
    """update ssh key

     Updates the specified SSH key with the provided value.

    CLI Usage: `vastai update ssh-key <id> <ssh_key>`

    Args:
        id (int):
        body (UpdateSshKeyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateSshKeyResponse200 | UpdateSshKeyResponse429]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateSshKeyBody,
) -> Error | UpdateSshKeyResponse200 | UpdateSshKeyResponse429 | None:
    """update ssh key

     Updates the specified SSH key with the provided value.

    CLI Usage: `vastai update ssh-key <id> <ssh_key>`

    Args:
        id (int):
        body (UpdateSshKeyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateSshKeyResponse200 | UpdateSshKeyResponse429
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
