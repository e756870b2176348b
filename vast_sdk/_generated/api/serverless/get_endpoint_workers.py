from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_endpoint_workers_body import GetEndpointWorkersBody
from ...models.get_endpoint_workers_success_workers_retrieved import (
    GetEndpointWorkersSuccessWorkersRetrieved,
)
from ...types import Response


def _get_kwargs(
    *,
    body: GetEndpointWorkersBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/get_endpoint_workers/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetEndpointWorkersSuccessWorkersRetrieved | None:
    if response.status_code == 200:
        response_200 = GetEndpointWorkersSuccessWorkersRetrieved.from_dict(
            response.json()
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetEndpointWorkersSuccessWorkersRetrieved]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetEndpointWorkersBody,
) -> Response[GetEndpointWorkersSuccessWorkersRetrieved]:
    """get endpoint workers

     Retrieves the current list and status of workers for a specific endpoint.
    Useful for monitoring, debugging connectivity issues, and understanding resource usage.

    CLI Usage: `vastai get endpoint workers <id>`

    Args:
        body (GetEndpointWorkersBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetEndpointWorkersSuccessWorkersRetrieved]
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
    body: GetEndpointWorkersBody,
) -> GetEndpointWorkersSuccessWorkersRetrieved | None:
    """get endpoint workers

     Retrieves the current list and status of workers for a specific endpoint.
    Useful for monitoring, debugging connectivity issues, and understanding resource usage.

    CLI Usage: `vastai get endpoint workers <id>`

    Args:
        body (GetEndpointWorkersBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetEndpointWorkersSuccessWorkersRetrieved
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetEndpointWorkersBody,
) -> Response[GetEndpointWorkersSuccessWorkersRetrieved]:
    """get endpoint workers

     Retrieves the current list and status of workers for a specific endpoint.
    Useful for monitoring, debugging connectivity issues, and understanding resource usage.

    CLI Usage: `vastai get endpoint workers <id>`

    Args:
        body (GetEndpointWorkersBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetEndpointWorkersSuccessWorkersRetrieved]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetEndpointWorkersBody,
) -> GetEndpointWorkersSuccessWorkersRetrieved | None:
    """get endpoint workers

     Retrieves the current list and status of workers for a specific endpoint.
    Useful for monitoring, debugging connectivity issues, and understanding resource usage.

    CLI Usage: `vastai get endpoint workers <id>`

    Args:
        body (GetEndpointWorkersBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetEndpointWorkersSuccessWorkersRetrieved
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
