from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.copy_body import CopyBody
from ...models.copy_response_200 import CopyResponse200
from ...models.copy_response_400 import CopyResponse400
from ...models.copy_response_404 import CopyResponse404
from ...types import Response


def _get_kwargs(
    *,
    body: CopyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v0/commands/copy_direct/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CopyResponse200 | CopyResponse400 | CopyResponse404 | None:
    if response.status_code == 200:
        response_200 = CopyResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CopyResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = CopyResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CopyResponse200 | CopyResponse400 | CopyResponse404]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CopyBody,
) -> Response[CopyResponse200 | CopyResponse400 | CopyResponse404]:
    """copy

     Initiate a remote copy operation to transfer data from one instance to another or between an
    instance and the local machine.

    CLI Usage: `vastai copy <src_id> <dst_id> <src_path> <dst_path>`

    Args:
        body (CopyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CopyResponse200 | CopyResponse400 | CopyResponse404]
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
    body: CopyBody,
) -> CopyResponse200 | CopyResponse400 | CopyResponse404 | None:
    """copy

     Initiate a remote copy operation to transfer data from one instance to another or between an
    instance and the local machine.

    CLI Usage: `vastai copy <src_id> <dst_id> <src_path> <dst_path>`

    Args:
        body (CopyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CopyResponse200 | CopyResponse400 | CopyResponse404
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CopyBody,
) -> Response[CopyResponse200 | CopyResponse400 | CopyResponse404]:
    """copy

     Initiate a remote copy operation to transfer data from one instance to another or between an
    instance and the local machine.

    CLI Usage: `vastai copy <src_id> <dst_id> <src_path> <dst_path>`

    Args:
        body (CopyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CopyResponse200 | CopyResponse400 | CopyResponse404]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CopyBody,
) -> CopyResponse200 | CopyResponse400 | CopyResponse404 | None:
    """copy

     Initiate a remote copy operation to transfer data from one instance to another or between an
    instance and the local machine.

    CLI Usage: `vastai copy <src_id> <dst_id> <src_path> <dst_path>`

    Args:
        body (CopyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CopyResponse200 | CopyResponse400 | CopyResponse404
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
