from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_workergroup_response_200 import DeleteWorkergroupResponse200
from ...models.delete_workergroup_response_400 import DeleteWorkergroupResponse400
from ...models.delete_workergroup_response_401 import DeleteWorkergroupResponse401
from ...models.delete_workergroup_response_404 import DeleteWorkergroupResponse404
from ...models.delete_workergroup_response_429 import DeleteWorkergroupResponse429
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v0/workergroups/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteWorkergroupResponse200
    | DeleteWorkergroupResponse400
    | DeleteWorkergroupResponse401
    | DeleteWorkergroupResponse404
    | DeleteWorkergroupResponse429
    | None
):
    if response.status_code == 200:
        response_200 = DeleteWorkergroupResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteWorkergroupResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteWorkergroupResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = DeleteWorkergroupResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = DeleteWorkergroupResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteWorkergroupResponse200
    | DeleteWorkergroupResponse400
    | DeleteWorkergroupResponse401
    | DeleteWorkergroupResponse404
    | DeleteWorkergroupResponse429
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
    DeleteWorkergroupResponse200
    | DeleteWorkergroupResponse400
    | DeleteWorkergroupResponse401
    | DeleteWorkergroupResponse404
    | DeleteWorkergroupResponse429
]:
    """delete workergroup

     Deletes an existing workergroup.

    CLI Usage: `vastai delete workergroup <id>`

    Args:
        id (int):  Example: 4242.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteWorkergroupResponse200 | DeleteWorkergroupResponse400 | DeleteWorkergroupResponse401 | DeleteWorkergroupResponse404 | DeleteWorkergroupResponse429]
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
    DeleteWorkergroupResponse200
    | DeleteWorkergroupResponse400
    | DeleteWorkergroupResponse401
    | DeleteWorkergroupResponse404
    | DeleteWorkergroupResponse429
    | None
):
    """delete workergroup

     Deletes an existing workergroup.

    CLI Usage: `vastai delete workergroup <id>`

    Args:
        id (int):  Example: 4242.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteWorkergroupResponse200 | DeleteWorkergroupResponse400 | DeleteWorkergroupResponse401 | DeleteWorkergroupResponse404 | DeleteWorkergroupResponse429
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
    DeleteWorkergroupResponse200
    | DeleteWorkergroupResponse400
    | DeleteWorkergroupResponse401
    | DeleteWorkergroupResponse404
    | DeleteWorkergroupResponse429
]:
    """delete workergroup

     Deletes an existing workergroup.

    CLI Usage: `vastai delete workergroup <id>`

    Args:
        id (int):  Example: 4242.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteWorkergroupResponse200 | DeleteWorkergroupResponse400 | DeleteWorkergroupResponse401 | DeleteWorkergroupResponse404 | DeleteWorkergroupResponse429]
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
    DeleteWorkergroupResponse200
    | DeleteWorkergroupResponse400
    | DeleteWorkergroupResponse401
    | DeleteWorkergroupResponse404
    | DeleteWorkergroupResponse429
    | None
):
    """delete workergroup

     Deletes an existing workergroup.

    CLI Usage: `vastai delete workergroup <id>`

    Args:
        id (int):  Example: 4242.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteWorkergroupResponse200 | DeleteWorkergroupResponse400 | DeleteWorkergroupResponse401 | DeleteWorkergroupResponse404 | DeleteWorkergroupResponse429
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
