from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.search_offers_body import SearchOffersBody
from ...models.search_offers_response_200 import SearchOffersResponse200
from ...models.search_offers_response_400 import SearchOffersResponse400
from ...models.search_offers_response_404 import SearchOffersResponse404
from ...types import Response


def _get_kwargs(
    *,
    body: SearchOffersBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v0/bundles/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SearchOffersResponse200 | SearchOffersResponse400 | SearchOffersResponse404 | None:
    if response.status_code == 200:
        response_200 = SearchOffersResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SearchOffersResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = SearchOffersResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    SearchOffersResponse200 | SearchOffersResponse400 | SearchOffersResponse404
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
    body: SearchOffersBody,
) -> Response[
    SearchOffersResponse200 | SearchOffersResponse400 | SearchOffersResponse404
]:
    """search offers

     Search for available GPU machine offers with advanced filtering and sorting.

    Each filter parameter (such as `verified`, `gpu_name`, `num_gpus`, etc.) should be an object
    specifying the operator and value you want to match.

    **Filter operators:**

    | Operator | Meaning                | Example                        |
    |:---------|:-----------------------|:-------------------------------|
    | `eq`     | Equal to               | `{ "eq": true }`               |
    | `neq`    | Not equal to           | `{ "neq": false }`             |
    | `gt`     | Greater than           | `{ "gt": 0.99 }`               |
    | `lt`     | Less than              | `{ "lt": 10000 }`              |
    | `gte`    | Greater than or equal  | `{ "gte": 4 }`                 |
    | `lte`    | Less than or equal     | `{ "lte": 8 }`                 |
    | `in`     | Value is in a list     | `{ "in": ["RTX_3090", "RTX_4090"] }` |
    | `nin`    | Value is not in a list | `{ "nin": ["TW", "SE"] }`      |

    CLI Usage: `vastai search offers 'reliability > 0.99 num_gpus>=4' --order=dph_total`

    Args:
        body (SearchOffersBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchOffersResponse200 | SearchOffersResponse400 | SearchOffersResponse404]
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
    body: SearchOffersBody,
) -> SearchOffersResponse200 | SearchOffersResponse400 | SearchOffersResponse404 | None:
    """search offers

     Search for available GPU machine offers with advanced filtering and sorting.

    Each filter parameter (such as `verified`, `gpu_name`, `num_gpus`, etc.) should be an object
    specifying the operator and value you want to match.

    **Filter operators:**

    | Operator | Meaning                | Example                        |
    |:---------|:-----------------------|:-------------------------------|
    | `eq`     | Equal to               | `{ "eq": true }`               |
    | `neq`    | Not equal to           | `{ "neq": false }`             |
    | `gt`     | Greater than           | `{ "gt": 0.99 }`               |
    | `lt`     | Less than              | `{ "lt": 10000 }`              |
    | `gte`    | Greater than or equal  | `{ "gte": 4 }`                 |
    | `lte`    | Less than or equal     | `{ "lte": 8 }`                 |
    | `in`     | Value is in a list     | `{ "in": ["RTX_3090", "RTX_4090"] }` |
    | `nin`    | Value is not in a list | `{ "nin": ["TW", "SE"] }`      |

    CLI Usage: `vastai search offers 'reliability > 0.99 num_gpus>=4' --order=dph_total`

    Args:
        body (SearchOffersBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchOffersResponse200 | SearchOffersResponse400 | SearchOffersResponse404
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchOffersBody,
) -> Response[
    SearchOffersResponse200 | SearchOffersResponse400 | SearchOffersResponse404
]:
    """search offers

     Search for available GPU machine offers with advanced filtering and sorting.

    Each filter parameter (such as `verified`, `gpu_name`, `num_gpus`, etc.) should be an object
    specifying the operator and value you want to match.

    **Filter operators:**

    | Operator | Meaning                | Example                        |
    |:---------|:-----------------------|:-------------------------------|
    | `eq`     | Equal to               | `{ "eq": true }`               |
    | `neq`    | Not equal to           | `{ "neq": false }`             |
    | `gt`     | Greater than           | `{ "gt": 0.99 }`               |
    | `lt`     | Less than              | `{ "lt": 10000 }`              |
    | `gte`    | Greater than or equal  | `{ "gte": 4 }`                 |
    | `lte`    | Less than or equal     | `{ "lte": 8 }`                 |
    | `in`     | Value is in a list     | `{ "in": ["RTX_3090", "RTX_4090"] }` |
    | `nin`    | Value is not in a list | `{ "nin": ["TW", "SE"] }`      |

    CLI Usage: `vastai search offers 'reliability > 0.99 num_gpus>=4' --order=dph_total`

    Args:
        body (SearchOffersBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchOffersResponse200 | SearchOffersResponse400 | SearchOffersResponse404]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SearchOffersBody,
) -> SearchOffersResponse200 | SearchOffersResponse400 | SearchOffersResponse404 | None:
    """search offers

     Search for available GPU machine offers with advanced filtering and sorting.

    Each filter parameter (such as `verified`, `gpu_name`, `num_gpus`, etc.) should be an object
    specifying the operator and value you want to match.

    **Filter operators:**

    | Operator | Meaning                | Example                        |
    |:---------|:-----------------------|:-------------------------------|
    | `eq`     | Equal to               | `{ "eq": true }`               |
    | `neq`    | Not equal to           | `{ "neq": false }`             |
    | `gt`     | Greater than           | `{ "gt": 0.99 }`               |
    | `lt`     | Less than              | `{ "lt": 10000 }`              |
    | `gte`    | Greater than or equal  | `{ "gte": 4 }`                 |
    | `lte`    | Less than or equal     | `{ "lte": 8 }`                 |
    | `in`     | Value is in a list     | `{ "in": ["RTX_3090", "RTX_4090"] }` |
    | `nin`    | Value is not in a list | `{ "nin": ["TW", "SE"] }`      |

    CLI Usage: `vastai search offers 'reliability > 0.99 num_gpus>=4' --order=dph_total`

    Args:
        body (SearchOffersBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchOffersResponse200 | SearchOffersResponse400 | SearchOffersResponse404
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
