from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attach_ssh_key_body import AttachSshKeyBody
from ...models.attach_ssh_key_response_200 import AttachSshKeyResponse200
from ...models.error_body import Error
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: AttachSshKeyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v0/instances/{id}/ssh/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttachSshKeyResponse200 | Error | None:
    if response.status_code == 200:
        response_200 = AttachSshKeyResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AttachSshKeyResponse200 | Error]:
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
    body: AttachSshKeyBody,
) -> Response[AttachSshKeyResponse200 | Error]:
    """attach ssh-key

     Attaches an SSH key to the specified instance, allowing SSH access using the provided key.

    CLI Usage: `vastai attach ssh <instance_id> <ssh_key>`

    Args:
        id (int):
        body (AttachSshKeyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachSshKeyResponse200 | Error]
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
    body: AttachSshKeyBody,
) -> AttachSshKeyResponse200 | Error | None:
    """attach ssh-key

     Attaches an SSH key to the specified instance, allowing SSH access using the provided key.

    CLI Usage: `vastai attach ssh <instance_id> <ssh_key>`

    Args:
        id (int):
        body (AttachSshKeyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachSshKeyResponse200 | Error
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
    body: AttachSshKeyBody,
) -> Response[AttachSshKeyResponse200 | Error]:
    """attach ssh-key

     Attaches an SSH key to the specified instance, allowing SSH access using the provided key.

    CLI Usage: `vastai attach ssh <instance_id> <ssh_key>`

    Args:
        id (int):
        body (AttachSshKeyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachSshKeyResponse200 | Error]
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
    body: AttachSshKeyBody,
) -> AttachSshKeyResponse200 | Error | None:
    """attach ssh-key

     Attaches an SSH key to the specified instance, allowing SSH access using the provided key.

    CLI Usage: `vastai attach ssh <instance_id> <ssh_key>`

    Args:
        id (int):
        body (AttachSshKeyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachSshKeyResponse200 | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
