from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_workergroup_logs_body import GetWorkergroupLogsBody
from ...models.get_workergroup_logs_success_logs_retrieved import (
    GetWorkergroupLogsSuccessLogsRetrieved,
)
from ...types import Response


def _get_kwargs(
    *,
    body: GetWorkergroupLogsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/get_workergroup_logs/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetWorkergroupLogsSuccessLogsRetrieved | None:
    if response.status_code == 200:
        response_200 = GetWorkergroupLogsSuccessLogsRetrieved.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetWorkergroupLogsSuccessLogsRetrieved]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetWorkergroupLogsBody,
) -> Response[GetWorkergroupLogsSuccessLogsRetrieved]:
    """get workergroup logs

     Retrieves logs for a specific workergroup by ID.

    CLI Usage: `vastai get workergroup logs <id> [--tail <num_lines>]`

    Args:
        body (GetWorkergroupLogsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkergroupLogsSuccessLogsRetrieved]
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
    body: GetWorkergroupLogsBody,
) -> GetWorkergroupLogsSuccessLogsRetrieved | None:
    """get workergroup logs

     Retrieves logs for a specific workergroup by ID.

    CLI Usage: `vastai get workergroup logs <id> [--tail <num_lines>]`

    Args:
        body (GetWorkergroupLogsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkergroupLogsSuccessLogsRetrieved
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetWorkergroupLogsBody,
) -> Response[GetWorkergroupLogsSuccessLogsRetrieved]:
    """get workergroup logs

     Retrieves logs for a specific workergroup by ID.

    CLI Usage: `vastai get workergroup logs <id> [--tail <num_lines>]`

    Args:
        body (GetWorkergroupLogsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkergroupLogsSuccessLogsRetrieved]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetWorkergroupLogsBody,
) -> GetWorkergroupLogsSuccessLogsRetrieved | None:
    """get workergroup logs

     Retrieves logs for a specific workergroup by ID.

    CLI Usage: `vastai get workergroup logs <id> [--tail <num_lines>]`

    Args:
        body (GetWorkergroupLogsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkergroupLogsSuccessLogsRetrieved
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
