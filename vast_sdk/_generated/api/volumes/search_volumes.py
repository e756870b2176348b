from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.search_volumes_body import SearchVolumesBody
from ...models.search_volumes_response_200 import SearchVolumesResponse200
from ...models.search_volumes_response_400 import SearchVolumesResponse400
from ...models.search_volumes_response_429 import SearchVolumesResponse429
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SearchVolumesBody | Unset = UNSET,
    q: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v0/volumes/search/",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    SearchVolumesResponse200
    | SearchVolumesResponse400
    | SearchVolumesResponse429
    | None
):
    if response.status_code == 200:
        response_200 = SearchVolumesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SearchVolumesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = SearchVolumesResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    SearchVolumesResponse200 | SearchVolumesResponse400 | SearchVolumesResponse429
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
    body: SearchVolumesBody | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Response[
    SearchVolumesResponse200 | SearchVolumesResponse400 | SearchVolumesResponse429
]:
    """search volumes

     Search for available volumes based on specified criteria.

    CLI Usage: `vastai search volumes <query> [options]`

    Args:
        q (str | Unset): JSON object of filters, e.g. {"limit": 100}
        body (SearchVolumesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchVolumesResponse200 | SearchVolumesResponse400 | SearchVolumesResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
        q=q,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SearchVolumesBody | Unset = UNSET,
    q: str | Unset = UNSET,
) -> (
    SearchVolumesResponse200
    | SearchVolumesResponse400
    | SearchVolumesResponse429
    | None
):
    """search volumes

     Search for available volumes based on specified criteria.

    CLI Usage: `vastai search volumes <query> [options]`

    Args:
        q (str | Unset): JSON object of filters, e.g. {"limit": 100}
        body (SearchVolumesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchVolumesResponse200 | SearchVolumesResponse400 | SearchVolumesResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
        q=q,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchVolumesBody | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Response[
    SearchVolumesResponse200 | SearchVolumesResponse400 | SearchVolumesResponse429
]:
    """search volumes

     Search for available volumes based on specified criteria.

    CLI Usage: `vastai search volumes <query> [options]`

    Args:
        q (str | Unset): JSON object of filters, e.g. {"limit": 100}
        body (SearchVolumesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchVolumesResponse200 | SearchVolumesResponse400 | SearchVolumesResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
        q=q,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SearchVolumesBody | Unset = UNSET,
    q: str | Unset = UNSET,
) -> (
    SearchVolumesResponse200
    | SearchVolumesResponse400
    | SearchVolumesResponse429
    | None
):
    """search volumes

     Search for available volumes based on specified criteria.

    CLI Usage: `vastai search volumes <query> [options]`

    Args:
        q (str | Unset): JSON object of filters, e.g. {"limit": 100}
        body (SearchVolumesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchVolumesResponse200 | SearchVolumesResponse400 | SearchVolumesResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            q=q,
        )
    ).parsed
