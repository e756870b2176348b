from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detach_ssh_key_response_200 import DetachSshKeyResponse200
from ...models.detach_ssh_key_response_400 import DetachSshKeyResponse400
from ...models.detach_ssh_key_response_404 import DetachSshKeyResponse404
from ...models.detach_ssh_key_response_429 import DetachSshKeyResponse429
from ...models.detach_ssh_key_response_500 import DetachSshKeyResponse500
from ...types import Response


def _get_kwargs(
    id: int,
    ssh_key_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v0/instances/{id}/ssh/{ssh_key_id}/".format(
            id=quote(str(id), safe=""),
            ssh_key_id=quote(str(ssh_key_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DetachSshKeyResponse200
    | DetachSshKeyResponse400
    | DetachSshKeyResponse404
    | DetachSshKeyResponse429
    | DetachSshKeyResponse500
    | None
):
    if response.status_code == 200:
        response_200 = DetachSshKeyResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DetachSshKeyResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = DetachSshKeyResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = DetachSshKeyResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = DetachSshKeyResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DetachSshKeyResponse200
    | DetachSshKeyResponse400
    | DetachSshKeyResponse404
    | DetachSshKeyResponse429
    | DetachSshKeyResponse500
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    ssh_key_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    DetachSshKeyResponse200
    | DetachSshKeyResponse400
    | DetachSshKeyResponse404
    | DetachSshKeyResponse429
    | DetachSshKeyResponse500
]:
    """detach ssh-key

     Detaches an SSH key from a specified instance, removing SSH access for that key.

    CLI Usage: `vastai detach <instance_id> <ssh_key_id>`

    Args:
        id (int):  Example: 99999.
        ssh_key_id (int):  Example: 12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetachSshKeyResponse200 | DetachSshKeyResponse400 | DetachSshKeyResponse404 | DetachSshKeyResponse429 | DetachSshKeyResponse500]
    """

    kwargs = _get_kwargs(
        id=id,
        ssh_key_id=ssh_key_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    ssh_key_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    DetachSshKeyResponse200
    | DetachSshKeyResponse400
    | DetachSshKeyResponse404
    | DetachSshKeyResponse429
    | DetachSshKeyResponse500
    | None
):
    """detach ssh-key

     Detaches an SSH key from a specified instance, removing SSH access for that key.

    CLI Usage: `vastai detach <instance_id> <ssh_key_id>`

    Args:
        id (int):  Example: 99999.
        ssh_key_id (int):  Example: 12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetachSshKeyResponse200 | DetachSshKeyResponse400 | DetachSshKeyResponse404 | DetachSshKeyResponse429 | DetachSshKeyResponse500
    """

    return sync_detailed(
        id=id,
        ssh_key_id=ssh_key_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    ssh_key_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    DetachSshKeyResponse200
    | DetachSshKeyResponse400
    | DetachSshKeyResponse404
    | DetachSshKeyResponse429
    | DetachSshKeyResponse500
]:
    """detach ssh-key

     Detaches an SSH key from a specified instance, removing SSH access for that key.

    CLI Usage: `vastai detach <instance_id> <ssh_key_id>`

    Args:
        id (int):  Example: 99999.
        ssh_key_id (int):  Example: 12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetachSshKeyResponse200 | DetachSshKeyResponse400 | DetachSshKeyResponse404 | DetachSshKeyResponse429 | DetachSshKeyResponse500]
    """

    kwargs = _get_kwargs(
        id=id,
        ssh_key_id=ssh_key_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    ssh_key_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    DetachSshKeyResponse200
    | DetachSshKeyResponse400
    | DetachSshKeyResponse404
    | DetachSshKeyResponse429
    | DetachSshKeyResponse500
    | None
):
    """detach ssh-key

     Detaches an SSH key from a specified instance, removing SSH access for that key.

    CLI Usage: `vastai detach <instance_id> <ssh_key_id>`

    Args:
        id (int):  Example: 99999.
        ssh_key_id (int):  Example: 12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetachSshKeyResponse200 | DetachSshKeyResponse400 | DetachSshKeyResponse404 | DetachSshKeyResponse429 | DetachSshKeyResponse500
    """

    return (
        await asyncio_detailed(
            id=id,
            ssh_key_id=ssh_key_id,
            client=client,
        )
    ).parsed
