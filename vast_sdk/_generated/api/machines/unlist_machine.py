from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.unlist_machine_response_200 import UnlistMachineResponse200
from ...models.unlist_machine_response_429 import UnlistMachineResponse429
from ...types import Response


def _get_kwargs(
    machine_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v0/machines/{machine_id}/asks/".format(
            machine_id=quote(str(machine_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UnlistMachineResponse200 | UnlistMachineResponse429 | None:
    if response.status_code == 200:
        response_200 = UnlistMachineResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = UnlistMachineResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | UnlistMachineResponse200 | UnlistMachineResponse429]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    machine_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | UnlistMachineResponse200 | UnlistMachineResponse429]:
    """unlist machine

     Removes all 'ask' type offer contracts for a specified machine, effectively unlisting it from being
    available for rent.

    CLI Usage: `vastai unlist machine <id>`

    Args:
        machine_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UnlistMachineResponse200 | UnlistMachineResponse429]
    """

    kwargs = _get_kwargs(
        machine_id=machine_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    machine_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | UnlistMachineResponse200 | UnlistMachineResponse429 | None:
    """unlist machine

     Removes all 'ask' type offer contracts for a specified machine, effectively unlisting it from being
    available for rent.

    CLI Usage: `vastai unlist machine <id>`

    Args:
        machine_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UnlistMachineResponse200 | UnlistMachineResponse429
    """

    return sync_detailed(
        machine_id=machine_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    machine_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | UnlistMachineResponse200 | UnlistMachineResponse429]:
    """unlist machine

     Removes all 'ask' type offer contracts for a specified machine, effectively unlisting it from being
    available for rent.

    CLI Usage: `vastai unlist machine <id>`

    Args:
        machine_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UnlistMachineResponse200 | UnlistMachineResponse429]
    """

    kwargs = _get_kwargs(
        machine_id=machine_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    machine_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | UnlistMachineResponse200 | UnlistMachineResponse429 | None:
    """unlist machine

     Removes all 'ask' type offer contracts for a specified machine, effectively unlisting it from being
    available for rent.

    CLI Usage: `vastai unlist machine <id>`

    Args:
        machine_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UnlistMachineResponse200 | UnlistMachineResponse429
    """

    return (
        await asyncio_detailed(
            machine_id=machine_id,
            client=client,
        )
    ).parsed
