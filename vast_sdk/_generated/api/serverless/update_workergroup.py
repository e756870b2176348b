from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_workergroup_body import UpdateWorkergroupBody
from ...models.update_workergroup_response_200 import UpdateWorkergroupResponse200
from ...models.update_workergroup_response_400 import UpdateWorkergroupResponse400
from ...models.update_workergroup_response_401 import UpdateWorkergroupResponse401
from ...models.update_workergroup_response_429 import UpdateWorkergroupResponse429
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: UpdateWorkergroupBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v0/workergroups/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    UpdateWorkergroupResponse200
    | UpdateWorkergroupResponse400
    | UpdateWorkergroupResponse401
    | UpdateWorkergroupResponse429
    | None
):
    if response.status_code == 200:
        response_200 = UpdateWorkergroupResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateWorkergroupResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdateWorkergroupResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = UpdateWorkergroupResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    UpdateWorkergroupResponse200
    | UpdateWorkergroupResponse400
    | UpdateWorkergroupResponse401
    | UpdateWorkergroupResponse429
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
    body: UpdateWorkergroupBody | Unset = UNSET,
) -> Response[
    UpdateWorkergroupResponse200
    | UpdateWorkergroupResponse400
    | UpdateWorkergroupResponse401
    | UpdateWorkergroupResponse429
]:
    """update workergroup

     Updates the properties of an existing workergroup based on the provided parameters.

    CLI Usage: `vastai update workergroup <id> [options]`

    Args:
        id (int):  Example: 4242.
        body (UpdateWorkergroupBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateWorkergroupResponse200 | UpdateWorkergroupResponse400 | UpdateWorkergroupResponse401 | UpdateWorkergroupResponse429]
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
    body: UpdateWorkergroupBody | Unset = UNSET,
) -> (
    UpdateWorkergroupResponse200
    | UpdateWorkergroupResponse400
    | UpdateWorkergroupResponse401
    | UpdateWorkergroupResponse429
    | None
):
    """update workergroup

     Updates the properties of an existing workergroup based on the provided parameters.

    CLI Usage: `vastai update workergroup <id> [options]`

    Args:
        id (int):  Example: 4242.
        body (UpdateWorkergroupBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateWorkergroupResponse200 | UpdateWorkergroupResponse400 | UpdateWorkergroupResponse401 | UpdateWorkergroupResponse429
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
    body: UpdateWorkergroupBody | Unset = UNSET,
) -> Response[
    UpdateWorkergroupResponse200
    | UpdateWorkergroupResponse400
    | UpdateWorkergroupResponse401
    | UpdateWorkergroupResponse429
]:
    """update workergroup

     Updates the properties of an existing workergroup based on the provided parameters.

    CLI Usage: `vastai update workergroup <id> [options]`

    Args:
        id (int):  Example: 4242.
        body (UpdateWorkergroupBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateWorkergroupResponse200 | UpdateWorkergroupResponse400 | UpdateWorkergroupResponse401 | UpdateWorkergroupResponse429]
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
    body: UpdateWorkergroupBody | Unset = UNSET,
) -> (
    UpdateWorkergroupResponse200
    | UpdateWorkergroupResponse400
    | UpdateWorkergroupResponse401
    | UpdateWorkergroupResponse429
    | None
):
    """update workergroup

     Updates the properties of an existing workergroup based on the provided parameters.

    CLI Usage: `vastai update workergroup <id> [options]`

    Args:
        id (int):  Example: 4242.
        body (UpdateWorkergroupBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateWorkergroupResponse200 | UpdateWorkergroupResponse400 | UpdateWorkergroupResponse401 | UpdateWorkergroupResponse429
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
