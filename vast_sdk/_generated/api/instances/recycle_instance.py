from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.recycle_instance_response_200 import RecycleInstanceResponse200
from ...models.recycle_instance_response_400 import RecycleInstanceResponse400
from ...models.recycle_instance_response_429 import RecycleInstanceResponse429
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v0/instances/recycle/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Error
    | RecycleInstanceResponse200
    | RecycleInstanceResponse400
    | RecycleInstanceResponse429
    | None
):
    if response.status_code == 200:
        response_200 = RecycleInstanceResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = RecycleInstanceResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = RecycleInstanceResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Error
    | RecycleInstanceResponse200
    | RecycleInstanceResponse400
    | RecycleInstanceResponse429
]:
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
) -> Response[
    Error
    | RecycleInstanceResponse200
    | RecycleInstanceResponse400
    | RecycleInstanceResponse429
]:
    """recycle instance

     Destroys and recreates container in place (from newly pulled image) without losing GPU priority.
    Updates container status to 'recycling' and executes docker stop/remove commands on the host
    machine.

    CLI Usage: `vastai recycle instance <id>`

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RecycleInstanceResponse200 | RecycleInstanceResponse400 | RecycleInstanceResponse429]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
) -> (
    Error
    | RecycleInstanceResponse200
    | RecycleInstanceResponse400
    | RecycleInstanceResponse429
    | None
):
    """recycle instance

     Destroys and recreates container in place (from newly pulled image) without losing GPU priority.
    Updates container status to 'recycling' and executes docker stop/remove commands on the host
    machine.

    CLI Usage: `vastai recycle instance <id>`

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RecycleInstanceResponse200 | RecycleInstanceResponse400 | RecycleInstanceResponse429
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    Error
    | RecycleInstanceResponse200
    | RecycleInstanceResponse400
    | RecycleInstanceResponse429
]:
    """recycle instance

     Destroys and recreates container in place (from newly pulled image) without losing GPU priority.
    Updates container status to 'recycling' and executes docker stop/remove commands on the host
    machine.

    CLI Usage: `vastai recycle instance <id>`

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RecycleInstanceResponse200 | RecycleInstanceResponse400 | RecycleInstanceResponse429]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
) -> (
    Error
    | RecycleInstanceResponse200
    | RecycleInstanceResponse400
    | RecycleInstanceResponse429
    | None
):
    """recycle instance

     Destroys and recreates container in place (from newly pulled image) without losing GPU priority.
    Updates container status to 'recycling' and executes docker stop/remove commands on the host
    machine.

    CLI Usage: `vastai recycle instance <id>`

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RecycleInstanceResponse200 | RecycleInstanceResponse400 | RecycleInstanceResponse429
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
