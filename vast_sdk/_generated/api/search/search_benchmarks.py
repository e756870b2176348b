from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.search_benchmarks_response_200_item import (
    SearchBenchmarksResponse200Item,
)
from ...models.search_benchmarks_response_429 import SearchBenchmarksResponse429
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v0/benchmarks/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SearchBenchmarksResponse429 | list[SearchBenchmarksResponse200Item] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SearchBenchmarksResponse200Item.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = SearchBenchmarksResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Error | SearchBenchmarksResponse429 | list[SearchBenchmarksResponse200Item]
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
) -> Response[
    Error | SearchBenchmarksResponse429 | list[SearchBenchmarksResponse200Item]
]:
    """search benchmarks

     Retrieve benchmark data based on search parameters.

    CLI Usage: `vastai search benchmarks`

    Args:
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SearchBenchmarksResponse429 | list[SearchBenchmarksResponse200Item]]
    """

    kwargs = _get_kwargs(
        query=query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
) -> Error | SearchBenchmarksResponse429 | list[SearchBenchmarksResponse200Item] | None:
    """search benchmarks

     Retrieve benchmark data based on search parameters.

    CLI Usage: `vastai search benchmarks`

    Args:
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SearchBenchmarksResponse429 | list[SearchBenchmarksResponse200Item]
    """

    return sync_detailed(
        client=client,
        query=query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
) -> Response[
    Error | SearchBenchmarksResponse429 | list[SearchBenchmarksResponse200Item]
]:
    """search benchmarks

     Retrieve benchmark data based on search parameters.

    CLI Usage: `vastai search benchmarks`

    Args:
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SearchBenchmarksResponse429 | list[SearchBenchmarksResponse200Item]]
    """

    kwargs = _get_kwargs(
        query=query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
) -> Error | SearchBenchmarksResponse429 | list[SearchBenchmarksResponse200Item] | None:
    """search benchmarks

     Retrieve benchmark data based on search parameters.

    CLI Usage: `vastai search benchmarks`

    Args:
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SearchBenchmarksResponse429 | list[SearchBenchmarksResponse200Item]
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
        )
    ).parsed
