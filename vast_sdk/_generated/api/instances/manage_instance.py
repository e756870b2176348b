from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.manage_instance_body import ManageInstanceBody
from ...models.manage_instance_response_429 import ManageInstanceResponse429
from ...models.simple_boolean_success_response import SimpleBooleanSuccessResponse
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: ManageInstanceBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v0/instances/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ManageInstanceResponse429 | SimpleBooleanSuccessResponse | None:
    if response.status_code == 200:
        response_200 = SimpleBooleanSuccessResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ManageInstanceResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ManageInstanceResponse429 | SimpleBooleanSuccessResponse]:
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
    body: ManageInstanceBody,
) -> Response[Error | ManageInstanceResponse429 | SimpleBooleanSuccessResponse]:
    """manage instance

     Manage instance state and labels. The operation is determined by the request body parameters.

    CLI Usage:
    - To stop: `vastai stop instance <id>`
    - To start: `vastai start instance <id>`
    - To label: `vastai label instance <id> <label>`

    Args:
        id (int):
        body (ManageInstanceBody): At least one of these parameters should be provided

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ManageInstanceResponse429 | SimpleBooleanSuccessResponse]
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
    body: ManageInstanceBody,
) -> Error | ManageInstanceResponse429 | SimpleBooleanSuccessResponse | None:
    """manage instance

     Manage instance state and labels. The operation is determined by the request body parameters.

    CLI Usage:
    - To stop: `vastai stop instance <id>`
    - To start: `vastai start instance <id>`
    - To label: `vastai label instance <id> <label>`

    Args:
        id (int):
        body (ManageInstanceBody): At least one of these parameters should be provided

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ManageInstanceResponse429 | SimpleBooleanSuccessResponse
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
    body: ManageInstanceBody,
) -> Response[Error | ManageInstanceResponse429 | SimpleBooleanSuccessResponse]:
    """manage instance

     Manage instance state and labels. The operation is determined by the request body parameters.

    CLI Usage:
    - To stop: `vastai stop instance <id>`
    - To start: `vastai start instance <id>`
    - To label: `vastai label instance <id> <label>`

    Args:
        id (int):
        body (ManageInstanceBody): At least one of these parameters should be provided

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ManageInstanceResponse429 | SimpleBooleanSuccessResponse]
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
    body: ManageInstanceBody,
) -> Error | ManageInstanceResponse429 | SimpleBooleanSuccessResponse | None:
    """manage instance

     Manage instance state and labels. The operation is determined by the request body parameters.

    CLI Usage:
    - To stop: `vastai stop instance <id>`
    - To start: `vastai start instance <id>`
    - To label: `vastai label instance <id> <label>`

    Args:
        id (int):
        body (ManageInstanceBody): At least one of these parameters should be provided

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ManageInstanceResponse429 | SimpleBooleanSuccessResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
