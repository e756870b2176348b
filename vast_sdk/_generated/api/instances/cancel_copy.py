from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_copy_body import CancelCopyBody
from ...models.cancel_copy_response_200 import CancelCopyResponse200
from ...models.cancel_copy_response_400 import CancelCopyResponse400
from ...models.cancel_copy_response_404 import CancelCopyResponse404
from ...types import Response


def _get_kwargs(
    *,
    body: CancelCopyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v0/commands/copy_direct/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelCopyResponse200 | CancelCopyResponse400 | CancelCopyResponse404 | None:
    if response.status_code == 200:
        response_200 = CancelCopyResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CancelCopyResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = CancelCopyResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CancelCopyResponse200 | CancelCopyResponse400 | CancelCopyResponse404]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CancelCopyBody,
) -> Response[CancelCopyResponse200 | CancelCopyResponse400 | CancelCopyResponse404]:
    """cancel copy

     Cancel a remote copy operation specified by the destination ID (dst_id).

    CLI Usage: `vastai cancel copy --dst_id <destination_id>`

    Args:
        body (CancelCopyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelCopyResponse200 | CancelCopyResponse400 | CancelCopyResponse404]
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
    body: CancelCopyBody,
) -> CancelCopyResponse200 | CancelCopyResponse400 | CancelCopyResponse404 | None:
    """cancel copy

     Cancel a remote copy operation specified by the destination ID (dst_id).

    CLI Usage: `vastai cancel copy --dst_id <destination_id>`

    Args:
        body (CancelCopyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelCopyResponse200 | CancelCopyResponse400 | CancelCopyResponse404
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CancelCopyBody,
) -> Response[CancelCopyResponse200 | CancelCopyResponse400 | CancelCopyResponse404]:
    """cancel copy

     Cancel a remote copy operation specified by the destination ID (dst_id).

    CLI Usage: `vastai cancel copy --dst_id <destination_id>`

    Args:
        body (CancelCopyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelCopyResponse200 | CancelCopyResponse400 | CancelCopyResponse404]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CancelCopyBody,
) -> CancelCopyResponse200 | CancelCopyResponse400 | CancelCopyResponse404 | None:
    """cancel copy

     Cancel a remote copy operation specified by the destination ID (dst_id).

    CLI Usage: `vastai cancel copy --dst_id <destination_id>`

    Args:
        body (CancelCopyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelCopyResponse200 | CancelCopyResponse400 | CancelCopyResponse404
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
