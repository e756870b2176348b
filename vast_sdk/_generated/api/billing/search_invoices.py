from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.search_invoices_body import SearchInvoicesBody
from ...models.search_invoices_response_200_item import SearchInvoicesResponse200Item
from ...models.search_invoices_response_429 import SearchInvoicesResponse429
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SearchInvoicesBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v0/invoices",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SearchInvoicesResponse429 | list[SearchInvoicesResponse200Item] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SearchInvoicesResponse200Item.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

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
        response_429 = SearchInvoicesResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SearchInvoicesResponse429 | list[SearchInvoicesResponse200Item]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchInvoicesBody | Unset = UNSET,
) -> Response[Error | SearchInvoicesResponse429 | list[SearchInvoicesResponse200Item]]:
    """search invoices

     This endpoint allows users to search and retrieve invoices based on specified filters.

    CLI Usage: `vastai search invoices`

    Args:
        body (SearchInvoicesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SearchInvoicesResponse429 | list[SearchInvoicesResponse200Item]]
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
    body: SearchInvoicesBody | Unset = UNSET,
) -> Error | SearchInvoicesResponse429 | list[SearchInvoicesResponse200Item] | None:
    """search invoices

     This endpoint allows users to search and retrieve invoices based on specified filters.

    CLI Usage: `vastai search invoices`

    Args:
        body (SearchInvoicesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SearchInvoicesResponse429 | list[SearchInvoicesResponse200Item]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchInvoicesBody | Unset = UNSET,
) -> Response[Error | SearchInvoicesResponse429 | list[SearchInvoicesResponse200Item]]:
    """search invoices

     This endpoint allows users to search and retrieve invoices based on specified filters.

    CLI Usage: `vastai search invoices`

    Args:
        body (SearchInvoicesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SearchInvoicesResponse429 | list[SearchInvoicesResponse200Item]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SearchInvoicesBody | Unset = UNSET,
) -> Error | SearchInvoicesResponse429 | list[SearchInvoicesResponse200Item] | None:
    """search invoices

     This endpoint allows users to search and retrieve invoices based on specified filters.

    CLI Usage: `vastai search invoices`

    Args:
        body (SearchInvoicesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SearchInvoicesResponse429 | list[SearchInvoicesResponse200Item]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
