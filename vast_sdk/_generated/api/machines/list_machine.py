from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_machine_body import ListMachineBody
from ...models.list_machine_response_200 import ListMachineResponse200
from ...models.list_machine_response_400 import ListMachineResponse400
from ...models.list_machine_response_403 import ListMachineResponse403
from ...types import Response


def _get_kwargs(
    *,
    body: ListMachineBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v0/machines/create_asks/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListMachineResponse200 | ListMachineResponse400 | ListMachineResponse403 | None:
    if response.status_code == 200:
        response_200 = ListMachineResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListMachineResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ListMachineResponse403.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListMachineResponse200 | ListMachineResponse400 | ListMachineResponse403]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ListMachineBody,
) -> Response[ListMachineResponse200 | ListMachineResponse400 | ListMachineResponse403]:
    """list machine

     Creates or updates ask contracts for a machine to list it for rent on the vast.ai platform.
    Allows setting pricing, minimum GPU requirements, end date and discount rates.

    CLI Usage: `vastai list machine <machine_id> [options]`

    Args:
        body (ListMachineBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMachineResponse200 | ListMachineResponse400 | ListMachineResponse403]
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
    body: ListMachineBody,
) -> ListMachineResponse200 | ListMachineResponse400 | ListMachineResponse403 | None:
    """list machine

     Creates or updates ask contracts for a machine to list it for rent on the vast.ai platform.
    Allows setting pricing, minimum GPU requirements, end date and discount rates.

    CLI Usage: `vastai list machine <machine_id> [options]`

    Args:
        body (ListMachineBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMachineResponse200 | ListMachineResponse400 | ListMachineResponse403
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ListMachineBody,
) -> Response[ListMachineResponse200 | ListMachineResponse400 | ListMachineResponse403]:
    """list machine

     Creates or updates ask contracts for a machine to list it for rent on the vast.ai platform.
    Allows setting pricing, minimum GPU requirements, end date and discount rates.

    CLI Usage: `vastai list machine <machine_id> [options]`

    Args:
        body (ListMachineBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMachineResponse200 | ListMachineResponse400 | ListMachineResponse403]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ListMachineBody,
) -> ListMachineResponse200 | ListMachineResponse400 | ListMachineResponse403 | None:
    """list machine

     Creates or updates ask contracts for a machine to list it for rent on the vast.ai platform.
    Allows setting pricing, minimum GPU requirements, end date and discount rates.

    CLI Usage: `vastai list machine <machine_id> [options]`

    Args:
        body (ListMachineBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMachineResponse200 | ListMachineResponse400 | ListMachineResponse403
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
