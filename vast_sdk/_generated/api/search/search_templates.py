from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.search_templates_response_200 import SearchTemplatesResponse200
from ...models.search_templates_response_429 import SearchTemplatesResponse429
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: str | Unset = UNSET,
    select_filters: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["select_filters"] = select_filters

    params["order_by"] = order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v0/template/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SearchTemplatesResponse200 | SearchTemplatesResponse429 | None:
    if response.status_code == 200:
        response_200 = SearchTemplatesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = SearchTemplatesResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SearchTemplatesResponse200 | SearchTemplatesResponse429]:
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
    select_filters: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> Response[Error | SearchTemplatesResponse200 | SearchTemplatesResponse429]:
    """search templates

     Searches for templates based on query parameters and retrieves matching templates.

    CLI Usage: `vastai search templates`

    Args:
        query (str | Unset):
        select_filters (str | Unset):
        order_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SearchTemplatesResponse200 | SearchTemplatesResponse429]
    """

    kwargs = _get_kwargs(
        query=query,
        select_filters=select_filters,
        order_by=order_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
    select_filters: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> Error | SearchTemplatesResponse200 | SearchTemplatesResponse429 | None:
    """search templates

     Searches for templates based on query parameters and retrieves matching templates.

    CLI Usage: `vastai search templates`

    Args:
        query (str | Unset):
        select_filters (str | Unset):
        order_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SearchTemplatesResponse200 | SearchTemplatesResponse429
    """

    return sync_detailed(
        client=client,
        query=query,
        select_filters=select_filters,
        order_by=order_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
    select_filters: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> Response[Error | SearchTemplatesResponse200 | SearchTemplatesResponse429]:
    """search templates

     Searches for templates based on query parameters and retrieves matching templates.

    CLI Usage: `vastai search templates`

    Args:
        query (str | Unset):
        select_filters (str | Unset):
        order_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SearchTemplatesResponse200 | SearchTemplatesResponse429]
    """

    kwargs = _get_kwargs(
        query=query,
        select_filters=select_filters,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
    select_filters: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> Error | SearchTemplatesResponse200 | SearchTemplatesResponse429 | None:
    """search templates

     Searches for templates based on query parameters and retrieves matching templates.

    CLI Usage: `vastai search templates`

    Args:
        query (str | Unset):
        select_filters (str | Unset):
        order_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SearchTemplatesResponse200 | SearchTemplatesResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            select_filters=select_filters,
            order_by=order_by,
        )
    ).parsed
