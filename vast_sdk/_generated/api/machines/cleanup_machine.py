from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cleanup_machine_body import CleanupMachineBody
from ...models.cleanup_machine_response_200 import CleanupMachineResponse200
from ...models.cleanup_machine_response_429 import CleanupMachineResponse429
from ...models.error_body import Error
from ...types import Response


def _get_kwargs(
    machine_id: int,
    *,
    body: CleanupMachineBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v0/machines/{machine_id}/cleanup/".format(
            machine_id=quote(str(machine_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CleanupMachineResponse200 | CleanupMachineResponse429 | Error | None:
    if response.status_code == 200:
        response_200 = CleanupMachineResponse200.from_dict(response.json())

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
        response_429 = CleanupMachineResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CleanupMachineResponse200 | CleanupMachineResponse429 | Error]:
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
    body: CleanupMachineBody,
) -> Response[CleanupMachineResponse200 | CleanupMachineResponse429 | Error]:
    """cleanup machine

     This endpoint removes expired contracts on a specified machine, freeing up space.

    CLI Usage: `vastai cleanup machine <machine_id>`

    Args:
        machine_id (int):
        body (CleanupMachineBody): An empty JSON object is expected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CleanupMachineResponse200 | CleanupMachineResponse429 | Error]
    """

    kwargs = _get_kwargs(
        machine_id=machine_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    machine_id: int,
    *,
    client: AuthenticatedClient,
    body: CleanupMachineBody,
) -> CleanupMachineResponse200 | CleanupMachineResponse429 | Error | None:
    """cleanup machine

     This endpoint removes expired contracts on a specified machine, freeing up space.

    CLI Usage: `vastai cleanup machine <machine_id>`

    Args:
        machine_id (int):
        body (CleanupMachineBody): An empty JSON object is expected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CleanupMachineResponse200 | CleanupMachineResponse429 | Error
    """

    return sync_detailed(
        machine_id=machine_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    machine_id: int,
    *,
    client: AuthenticatedClient,
    body: CleanupMachineBody,
) -> Response[CleanupMachineResponse200 | CleanupMachineResponse429 | Error]:
    """cleanup machine

     This endpoint removes expired contracts on a specified machine, freeing up space.

    CLI Usage: `vastai cleanup machine <machine_id>`

    Args:
        machine_id (int):
        body (CleanupMachineBody): An empty JSON object is expected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CleanupMachineResponse200 | CleanupMachineResponse429 | Error]
    """

    kwargs = _get_kwargs(
        machine_id=machine_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    machine_id: int,
    *,
    client: AuthenticatedClient,
    body: CleanupMachineBody,
) -> CleanupMachineResponse200 | CleanupMachineResponse429 | Error | None:
    """cleanup machine

     This endpoint removes expired contracts on a specified machine, freeing up space.

    CLI Usage: `vastai cleanup machine <machine_id>`

    Args:
        machine_id (int):
        body (CleanupMachineBody): An empty JSON object is expected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CleanupMachineResponse200 | CleanupMachineResponse429 | Error
    """

    return (
        await asyncio_detailed(
            machine_id=machine_id,
            client=client,
            body=body,
        )
    ).parsed
