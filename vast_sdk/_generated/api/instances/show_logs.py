from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.show_logs_body import ShowLogsBody
from ...models.show_logs_response_200 import ShowLogsResponse200
from ...models.show_logs_response_403 import ShowLogsResponse403
from ...models.show_logs_response_404 import ShowLogsResponse404
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: ShowLogsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v0/instances/request_logs/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ShowLogsResponse200 | ShowLogsResponse403 | ShowLogsResponse404 | None:
    if response.status_code == 200:
        response_200 = ShowLogsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = ShowLogsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ShowLogsResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ShowLogsResponse200 | ShowLogsResponse403 | ShowLogsResponse404]:
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
    body: ShowLogsBody | Unset = UNSET,
) -> Response[ShowLogsResponse200 | ShowLogsResponse403 | ShowLogsResponse404]:
    """show logs

     Request logs from a specific instance. The logs will be uploaded to S3 and can be retrieved from a
    generated URL. Supports both container logs and daemon system logs.

    CLI Usage: `vastai show logs <instance_id> [--tail <lines>] [--filter <grep>] [--daemon-logs]`

    Args:
        id (int):
        body (ShowLogsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShowLogsResponse200 | ShowLogsResponse403 | ShowLogsResponse404]
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
    body: ShowLogsBody | Unset = UNSET,
) -> ShowLogsResponse200 | ShowLogsResponse403 | ShowLogsResponse404 | None:
    """show logs

     Request logs from a specific instance. The logs will be uploaded to S3 and can be retrieved from a
    generated URL. Supports both container logs and daemon system logs.

    CLI Usage: `vastai show logs <instance_id> [--tail <lines>] [--filter <grep>] [--daemon-logs]`

    Args:
        id (int):
        body (ShowLogsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShowLogsResponse200 | ShowLogsResponse403 | ShowLogsResponse404
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
    body: ShowLogsBody | Unset = UNSET,
) -> Response[ShowLogsResponse200 | ShowLogsResponse403 | ShowLogsResponse404]:
    """show logs

     Request logs from a specific instance. The logs will be uploaded to S3 and can be retrieved from a
    generated URL. Supports both container logs and daemon system logs.

    CLI Usage: `vastai show logs <instance_id> [--tail <lines>] [--filter <grep>] [--daemon-logs]`

    Args:
        id (int):
        body (ShowLogsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShowLogsResponse200 | ShowLogsResponse403 | ShowLogsResponse404]
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
    body: ShowLogsBody | Unset = UNSET,
) -> ShowLogsResponse200 | ShowLogsResponse403 | ShowLogsResponse404 | None:
    """show logs

     Request logs from a specific instance. The logs will be uploaded to S3 and can be retrieved from a
    generated URL. Supports both container logs and daemon system logs.

    CLI Usage: `vastai show logs <instance_id> [--tail <lines>] [--filter <grep>] [--daemon-logs]`

    Args:
        id (int):
        body (ShowLogsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShowLogsResponse200 | ShowLogsResponse403 | ShowLogsResponse404
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
