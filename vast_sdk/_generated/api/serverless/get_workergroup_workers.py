from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_workergroup_workers_body import GetWorkergroupWorkersBody
from ...models.get_workergroup_workers_success_workers_retrieved import (
    GetWorkergroupWorkersSuccessWorkersRetrieved,
)
from ...types import Response


def _get_kwargs(
    *,
    body: GetWorkergroupWorkersBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/get_workergroup_workers/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetWorkergroupWorkersSuccessWorkersRetrieved | None:
    if response.status_code == 200:
        response_200 = GetWorkergroupWorkersSuccessWorkersRetrieved.from_dict(
            response.json()
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetWorkergroupWorkersSuccessWorkersRetrieved]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetWorkergroupWorkersBody,
) -> Response[GetWorkergroupWorkersSuccessWorkersRetrieved]:
    """get workergroup workers

     Retrieves the current list and status of workers for a specific workergroup.
    Useful for monitoring, debugging connectivity issues, and understanding resource usage within a
    workergroup.

    CLI Usage: `vastai get workergroup workers <id>`

    Args:
        body (GetWorkergroupWorkersBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkergroupWorkersSuccessWorkersRetrieved]
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
    body: GetWorkergroupWorkersBody,
) -> GetWorkergroupWorkersSuccessWorkersRetrieved | None:
    """get workergroup workers

     Retrieves the current list and status of workers for a specific workergroup.
    Useful for monitoring, debugging connectivity issues, and understanding resource usage within a
    workergroup.

    CLI Usage: `vastai get workergroup workers <id>`

    Args:
        body (GetWorkergroupWorkersBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkergroupWorkersSuccessWorkersRetrieved
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetWorkergroupWorkersBody,
) -> Response[GetWorkergroupWorkersSuccessWorkersRetrieved]:
    """get workergroup workers

     Retrieves the current list and status of workers for a specific workergroup.
    Useful for monitoring, debugging connectivity issues, and understanding resource usage within a
    workergroup.

    CLI Usage: `vastai get workergroup workers <id>`

    Args:
        body (GetWorkergroupWorkersBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkergroupWorkersSuccessWorkersRetrieved]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetWorkergroupWorkersBody,
) -> GetWorkergroupWorkersSuccessWorkersRetrieved | None:
    """get workergroup workers

     Retrieves the current list and status of workers for a specific workergroup.
    Useful for monitoring, debugging connectivity issues, and understanding resource usage within a
    workergroup.

    CLI Usage: `vastai get workergroup workers <id>`

    Args:
        body (GetWorkergroupWorkersBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkergroupWorkersSuccessWorkersRetrieved
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
