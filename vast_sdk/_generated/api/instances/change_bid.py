from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_bid_body import ChangeBidBody
from ...models.change_bid_response_200 import ChangeBidResponse200
from ...models.change_bid_response_400 import ChangeBidResponse400
from ...models.change_bid_response_404 import ChangeBidResponse404
from ...models.change_bid_response_429 import ChangeBidResponse429
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: ChangeBidBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v0/instances/bid_price/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ChangeBidResponse200
    | ChangeBidResponse400
    | ChangeBidResponse404
    | ChangeBidResponse429
    | None
):
    if response.status_code == 200:
        response_200 = ChangeBidResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ChangeBidResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ChangeBidResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ChangeBidResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ChangeBidResponse200
    | ChangeBidResponse400
    | ChangeBidResponse404
    | ChangeBidResponse429
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
    body: ChangeBidBody,
) -> Response[
    ChangeBidResponse200
    | ChangeBidResponse400
    | ChangeBidResponse404
    | ChangeBidResponse429
]:
    """change bid

     Change the current bid price of an instance to a specified price.

    CLI Usage: `vastai change bid <id> --price <price>`

    Args:
        id (int):
        body (ChangeBidBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeBidResponse200 | ChangeBidResponse400 | ChangeBidResponse404 | ChangeBidResponse429]
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
    body: ChangeBidBody,
) -> (
    ChangeBidResponse200
    | ChangeBidResponse400
    | ChangeBidResponse404
    | ChangeBidResponse429
    | None
):
    """change bid

     Change the current bid price of an instance to a specified price.

    CLI Usage: `vastai change bid <id> --price <price>`

    Args:
        id (int):
        body (ChangeBidBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeBidResponse200 | ChangeBidResponse400 | ChangeBidResponse404 | ChangeBidResponse429
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
    body: ChangeBidBody,
) -> Response[
    ChangeBidResponse200
    | ChangeBidResponse400
    | ChangeBidResponse404
    | ChangeBidResponse429
]:
    """change bid

     Change the current bid price of an instance to a specified price.

    CLI Usage: `vastai change bid <id> --price <price>`

    Args:
        id (int):
        body (ChangeBidBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeBidResponse200 | ChangeBidResponse400 | ChangeBidResponse404 | ChangeBidResponse429]
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
    body: ChangeBidBody,
) -> (
    ChangeBidResponse200
    | ChangeBidResponse400
    | ChangeBidResponse404
    | ChangeBidResponse429
    | None
):
    """change bid

     Change the current bid price of an instance to a specified price.

    CLI Usage: `vastai change bid <id> --price <price>`

    Args:
        id (int):
        body (ChangeBidBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeBidResponse200 | ChangeBidResponse400 | ChangeBidResponse404 | ChangeBidResponse429
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
