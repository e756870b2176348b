from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.destroy_instance_response_200 import DestroyInstanceResponse200
from ...models.destroy_instance_response_400 import DestroyInstanceResponse400
from ...models.destroy_instance_response_404 import DestroyInstanceResponse404
from ...models.destroy_instance_response_429 import DestroyInstanceResponse429
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v0/instances/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DestroyInstanceResponse200
    | DestroyInstanceResponse400
    | DestroyInstanceResponse404
    | DestroyInstanceResponse429
    | None
):
    if response.status_code == 200:
        response_200 = DestroyInstanceResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DestroyInstanceResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = DestroyInstanceResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = DestroyInstanceResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DestroyInstanceResponse200
    | DestroyInstanceResponse400
    | DestroyInstanceResponse404
    | DestroyInstanceResponse429
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
) -> Response[
    DestroyInstanceResponse200
    | DestroyInstanceResponse400
    | DestroyInstanceResponse404
    | DestroyInstanceResponse429
]:
    """destroy instance

     Destroys/deletes an instance permanently. This is irreversible and will delete all data.

    CLI Usage: `vastai destroy instance <id>`

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DestroyInstanceResponse200 | DestroyInstanceResponse400 | DestroyInstanceResponse404 | DestroyInstanceResponse429]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
) -> (
    DestroyInstanceResponse200
    | DestroyInstanceResponse400
    | DestroyInstanceResponse404
    | DestroyInstanceResponse429
    | None
):
    """destroy instance

     Destroys/deletes an instance permanently. This is irreversible and will delete all data.

    CLI Usage: `vastai destroy instance <id>`

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DestroyInstanceResponse200 | DestroyInstanceResponse400 | DestroyInstanceResponse404 | DestroyInstanceResponse429
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    DestroyInstanceResponse200
    | DestroyInstanceResponse400
    | DestroyInstanceResponse404
    | DestroyInstanceResponse429
]:
    """destroy instance

     Destroys/deletes an instance permanently. This is irreversible and will delete all data.

    CLI Usage: `vastai destroy instance <id>`

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DestroyInstanceResponse200 | DestroyInstanceResponse400 | DestroyInstanceResponse404 | DestroyInstanceResponse429]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
) -> (
    DestroyInstanceResponse200
    | DestroyInstanceResponse400
    | DestroyInstanceResponse404
    | DestroyInstanceResponse429
    | None
):
    """destroy instance

     Destroys/deletes an instance permanently. This is irreversible and will delete all data.

    CLI Usage: `vastai destroy instance <id>`

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DestroyInstanceResponse200 | DestroyInstanceResponse400 | DestroyInstanceResponse404 | DestroyInstanceResponse429
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
