from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_ssh_key_response_200 import DeleteSshKeyResponse200
from ...models.delete_ssh_key_response_400 import DeleteSshKeyResponse400
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v0/ssh/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteSshKeyResponse200 | DeleteSshKeyResponse400 | None:
    if response.status_code == 200:
        response_200 = DeleteSshKeyResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteSshKeyResponse400.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteSshKeyResponse200 | DeleteSshKeyResponse400]:
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
) -> Response[DeleteSshKeyResponse200 | DeleteSshKeyResponse400]:
    """delete ssh key

     Removes an SSH key from the authenticated user's account

    CLI Usage: `vastai delete ssh-key <id>`

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteSshKeyResponse200 | DeleteSshKeyResponse400]
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
) -> DeleteSshKeyResponse200 | DeleteSshKeyResponse400 | None:
    """delete ssh key

     Removes an SSH key from the authenticated user's account

    CLI Usage: `vastai delete ssh-key <id>`

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteSshKeyResponse200 | DeleteSshKeyResponse400
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteSshKeyResponse200 | DeleteSshKeyResponse400]:
    """delete ssh key

     Removes an SSH key from the authenticated user's account

    CLI Usage: `vastai delete ssh-key <id>`

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteSshKeyResponse200 | DeleteSshKeyResponse400]
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
) -> DeleteSshKeyResponse200 | DeleteSshKeyResponse400 | None:
    """delete ssh key

     Removes an SSH key from the authenticated user's account

    CLI Usage: `vastai delete ssh-key <id>`

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteSshKeyResponse200 | DeleteSshKeyResponse400
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
