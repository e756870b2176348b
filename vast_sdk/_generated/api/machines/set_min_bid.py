from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.set_min_bid_body import SetMinBidBody
from ...models.set_min_bid_response_200 import SetMinBidResponse200
from ...models.set_min_bid_response_429 import SetMinBidResponse429
from ...types import Response


def _get_kwargs(
    machine_id: int,
    *,
    body: SetMinBidBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v0/machines/{machine_id}/minbid/".format(
            machine_id=quote(str(machine_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SetMinBidResponse200 | SetMinBidResponse429 | None:
    if response.status_code == 200:
        response_200 = SetMinBidResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = SetMinBidResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SetMinBidResponse200 | SetMinBidResponse429]:
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
    body: SetMinBidBody,
) -> Response[Error | SetMinBidResponse200 | SetMinBidResponse429]:
    """set min-bid

     Sets the minimum bid price for a specified machine.

    CLI Usage: `vastai set min-bid <machine_id> --price <price>`

    Args:
        machine_id (int):
        body (SetMinBidBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SetMinBidResponse200 | SetMinBidResponse429]
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
    body: SetMinBidBody,
) -> Error | SetMinBidResponse200 | SetMinBidResponse429 | None:
    """set min-bid

     Sets the minimum bid price for a specified machine.

    CLI Usage: `vastai set min-bid <machine_id> --price <price>`

    Args:
        machine_id (int):
        body (SetMinBidBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SetMinBidResponse200 | SetMinBidResponse429
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
    body: SetMinBidBody,
) -> Response[Error | SetMinBidResponse200 | SetMinBidResponse429]:
    """set min-bid

     Sets the minimum bid price for a specified machine.

    CLI Usage: `vastai set min-bid <machine_id> --price <price>`

    Args:
        machine_id (int):
        body (SetMinBidBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SetMinBidResponse200 | SetMinBidResponse429]
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
    body: SetMinBidBody,
) -> Error | SetMinBidResponse200 | SetMinBidResponse429 | None:
    """set min-bid

     Sets the minimum bid price for a specified machine.

    CLI Usage: `vastai set min-bid <machine_id> --price <price>`

    Args:
        machine_id (int):
        body (SetMinBidBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SetMinBidResponse200 | SetMinBidResponse429
    """

    return (
        await asyncio_detailed(
            machine_id=machine_id,
            client=client,
            body=body,
        )
    ).parsed
