from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_instance_body import CreateInstanceBody
from ...models.create_instance_response_200 import CreateInstanceResponse200
from ...models.create_instance_response_400 import CreateInstanceResponse400
from ...models.create_instance_response_403 import CreateInstanceResponse403
from ...models.create_instance_response_404 import CreateInstanceResponse404
from ...models.create_instance_response_410 import CreateInstanceResponse410
from ...models.create_instance_response_429 import CreateInstanceResponse429
from ...models.error_body import Error
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: CreateInstanceBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v0/asks/{id}/".format(
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
    CreateInstanceResponse200
    | CreateInstanceResponse400
    | CreateInstanceResponse403
    | CreateInstanceResponse404
    | CreateInstanceResponse410
    | CreateInstanceResponse429
    | Error
    | None
):
    if response.status_code == 200:
        response_200 = CreateInstanceResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateInstanceResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateInstanceResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateInstanceResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 410:
        response_410 = CreateInstanceResponse410.from_dict(response.json())

        return response_410

    if response.status_code == 429:
        response_429 = CreateInstanceResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateInstanceResponse200
    | CreateInstanceResponse400
    | CreateInstanceResponse403
    | CreateInstanceResponse404
    | CreateInstanceResponse410
    | CreateInstanceResponse429
    | Error
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
    body: CreateInstanceBody,
) -> Response[
    CreateInstanceResponse200
    | CreateInstanceResponse400
    | CreateInstanceResponse403
    | CreateInstanceResponse404
    | CreateInstanceResponse410
    | CreateInstanceResponse429
    | Error
]:
    """create instance

     Creates a new instance by accepting an "ask" contract from a provider.

    - Use the search offers endpoint to discover available machines.
    - If `template_id` or `template_hash_id` is provided, those template defaults are either merged or
    overridden by parameters specified in the request body.

    CLI Usage: `vastai create instance <offer_id> <image> [options]`

    Args:
        id (int):
        body (CreateInstanceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateInstanceResponse200 | CreateInstanceResponse400 | CreateInstanceResponse403 | CreateInstanceResponse404 | CreateInstanceResponse410 | CreateInstanceResponse429 | Error]
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
    body: CreateInstanceBody,
) -> (
    CreateInstanceResponse200
    | CreateInstanceResponse400
    | CreateInstanceResponse403
    | CreateInstanceResponse404
    | CreateInstanceResponse410
    | CreateInstanceResponse429
    | Error
    | None
):
    """create instance

     Creates a new instance by accepting an "ask" contract from a provider.

    - Use the search offers endpoint to discover available machines.
    - If `template_id` or `template_hash_id` is provided, those template defaults are either merged or
    overridden by parameters specified in the request body.

    CLI Usage: `vastai create instance <offer_id> <image> [options]`

    Args:
        id (int):
        body (CreateInstanceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateInstanceResponse200 | CreateInstanceResponse400 | CreateInstanceResponse403 | CreateInstanceResponse404 | CreateInstanceResponse410 | CreateInstanceResponse429 | Error
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
    body: CreateInstanceBody,
) -> Response[
    CreateInstanceResponse200
    | CreateInstanceResponse400
    | CreateInstanceResponse403
    | CreateInstanceResponse404
    | CreateInstanceResponse410
    | CreateInstanceResponse429
    | Error
]:
    """create instance

     Creates a new instance by accepting an "ask" contract from a provider.

    - Use the search offers endpoint to discover available machines.
    - If `template_id` or `template_hash_id` is provided, those template defaults are either merged or
    overridden by parameters specified in the request body.

    CLI Usage: `vastai create instance <offer_id> <image> [options]`

    Args:
        id (int):
        body (CreateInstanceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateInstanceResponse200 | CreateInstanceResponse400 | CreateInstanceResponse403 | CreateInstanceResponse404 | CreateInstanceResponse410 | CreateInstanceResponse429 | Error]
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
    body: CreateInstanceBody,
) -> (
    CreateInstanceResponse200
    | CreateInstanceResponse400
    | CreateInstanceResponse403
    | CreateInstanceResponse404
    | CreateInstanceResponse410
    | CreateInstanceResponse429
    | Error
    | None
):
    """create instance

     Creates a new instance by accepting an "ask" contract from a provider.

    - Use the search offers endpoint to discover available machines.
    - If `template_id` or `template_hash_id` is provided, those template defaults are either merged or
    overridden by parameters specified in the request body.

    CLI Usage: `vastai create instance <offer_id> <image> [options]`

    Args:
        id (int):
        body (CreateInstanceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateInstanceResponse200 | CreateInstanceResponse400 | CreateInstanceResponse403 | CreateInstanceResponse404 | CreateInstanceResponse410 | CreateInstanceResponse429 | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
