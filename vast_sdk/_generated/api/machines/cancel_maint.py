from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_maint_response_200 import CancelMaintResponse200
from ...models.cancel_maint_response_404 import CancelMaintResponse404
from ...types import Response


def _get_kwargs(
    machine_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v0/machines/{machine_id}/cancel_maint/".format(
            machine_id=quote(str(machine_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelMaintResponse200 | CancelMaintResponse404 | None:
    if response.status_code == 200:
        response_200 = CancelMaintResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = CancelMaintResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CancelMaintResponse200 | CancelMaintResponse404]:
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
) -> Response[CancelMaintResponse200 | CancelMaintResponse404]:
    """cancel maint

     Cancel a scheduled maintenance window for a specified machine.

    CLI Usage: `vastai cancel maint <machine_id>`

    Args:
        machine_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelMaintResponse200 | CancelMaintResponse404]
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
) -> CancelMaintResponse200 | CancelMaintResponse404 | None:
    """cancel maint

     Cancel a scheduled maintenance window for a specified machine.

    CLI Usage: `vastai cancel maint <machine_id>`

    Args:
        machine_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelMaintResponse200 | CancelMaintResponse404
    """

    return sync_detailed(
        machine_id=machine_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    machine_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[CancelMaintResponse200 | CancelMaintResponse404]:
    """cancel maint

     Cancel a scheduled maintenance window for a specified machine.

    CLI Usage: `vastai cancel maint <machine_id>`

    Args:
        machine_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelMaintResponse200 | CancelMaintResponse404]
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
) -> CancelMaintResponse200 | CancelMaintResponse404 | None:
    """cancel maint

     Cancel a scheduled maintenance window for a specified machine.

    CLI Usage: `vastai cancel maint <machine_id>`

    Args:
        machine_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelMaintResponse200 | CancelMaintResponse404
    """

    return (
        await asyncio_detailed(
            machine_id=machine_id,
            client=client,
        )
    ).parsed
