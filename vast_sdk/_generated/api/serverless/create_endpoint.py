from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_endpoint_body import CreateEndpointBody
from ...models.create_endpoint_response_200 import CreateEndpointResponse200
from ...models.create_endpoint_response_429 import CreateEndpointResponse429
from ...models.error_body import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateEndpointBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v0/endptjobs/",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateEndpointResponse200 | CreateEndpointResponse429 | Error | None:
    if response.status_code == 200:
        response_200 = CreateEndpointResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = CreateEndpointResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateEndpointResponse200 | CreateEndpointResponse429 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateEndpointBody | Unset = UNSET,
) -> Response[CreateEndpointResponse200 | CreateEndpointResponse429 | Error]:
    """create endpoint

     This endpoint creates a new job processing endpoint with specified parameters.

    CLI Usage: `vastai create endpoint [options]`

    Args:
        body (CreateEndpointBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEndpointResponse200 | CreateEndpointResponse429 | Error]
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
    body: CreateEndpointBody | Unset = UNSET,
) -> CreateEndpointResponse200 | CreateEndpointResponse429 | Error | None:
    """create endpoint

     This endpoint creates a new job processing endpoint with specified parameters.

    CLI Usage: `vastai create endpoint [options]`

    Args:
        body (CreateEndpointBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEndpointResponse200 | CreateEndpointResponse429 | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateEndpointBody | Unset = UNSET,
) -> Response[CreateEndpointResponse200 | CreateEndpointResponse429 | Error]:
    """create endpoint

     This endpoint creates a new job processing endpoint with specified parameters.

    CLI Usage: `vastai create endpoint [options]`

    Args:
        body (CreateEndpointBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEndpointResponse200 | CreateEndpointResponse429 | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateEndpointBody | Unset = UNSET,
) -> CreateEndpointResponse200 | CreateEndpointResponse429 | Error | None:
    """create endpoint

     This endpoint creates a new job processing endpoint with specified parameters.

    CLI Usage: `vastai create endpoint [options]`

    Args:
        body (CreateEndpointBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEndpointResponse200 | CreateEndpointResponse429 | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
