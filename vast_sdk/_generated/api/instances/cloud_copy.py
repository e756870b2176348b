from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cloud_copy_body import CloudCopyBody
from ...models.cloud_copy_response_200 import CloudCopyResponse200
from ...models.cloud_copy_response_400 import CloudCopyResponse400
from ...types import Response


def _get_kwargs(
    *,
    body: CloudCopyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v0/commands/rclone/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CloudCopyResponse200 | CloudCopyResponse400 | None:
    if response.status_code == 200:
        response_200 = CloudCopyResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CloudCopyResponse400.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CloudCopyResponse200 | CloudCopyResponse400]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CloudCopyBody,
) -> Response[CloudCopyResponse200 | CloudCopyResponse400]:
    """cloud copy

     Starts a cloud copy operation by sending a command to the remote server. The operation can transfer
    data between an instance and a cloud service.

    CLI Usage: `vastai cloud copy <instance_id> <src> <dst> [options]`

    Args:
        body (CloudCopyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CloudCopyResponse200 | CloudCopyResponse400]
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
    body: CloudCopyBody,
) -> CloudCopyResponse200 | CloudCopyResponse400 | None:
    """cloud copy

     Starts a cloud copy operation by sending a command to the remote server. The operation can transfer
    data between an instance and a cloud service.

    CLI Usage: `vastai cloud copy <instance_id> <src> <dst> [options]`

    Args:
        body (CloudCopyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CloudCopyResponse200 | CloudCopyResponse400
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CloudCopyBody,
) -> Response[CloudCopyResponse200 | CloudCopyResponse400]:
    """cloud copy

     Starts a cloud copy operation by sending a command to the remote server. The operation can transfer
    data between an instance and a cloud service.

    CLI Usage: `vastai cloud copy <instance_id> <src> <dst> [options]`

    Args:
        body (CloudCopyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CloudCopyResponse200 | CloudCopyResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CloudCopyBody,
) -> CloudCopyResponse200 | CloudCopyResponse400 | None:
    """cloud copy

     Starts a cloud copy operation by sending a command to the remote server. The operation can transfer
    data between an instance and a cloud service.

    CLI Usage: `vastai cloud copy <instance_id> <src> <dst> [options]`

    Args:
        body (CloudCopyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CloudCopyResponse200 | CloudCopyResponse400
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
