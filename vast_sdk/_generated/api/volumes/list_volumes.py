from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_volumes_response_200 import ListVolumesResponse200
from ...models.list_volumes_response_401 import ListVolumesResponse401
from ...models.list_volumes_response_429 import ListVolumesResponse429
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v0/volumes/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListVolumesResponse200 | ListVolumesResponse401 | ListVolumesResponse429 | None:
    if response.status_code == 200:
        response_200 = ListVolumesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ListVolumesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ListVolumesResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListVolumesResponse200 | ListVolumesResponse401 | ListVolumesResponse429]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ListVolumesResponse200 | ListVolumesResponse401 | ListVolumesResponse429]:
    """list volumes

     Retrieve information about all volumes rented by you.

    CLI Usage: `vastai show volumes`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVolumesResponse200 | ListVolumesResponse401 | ListVolumesResponse429]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ListVolumesResponse200 | ListVolumesResponse401 | ListVolumesResponse429 | None:
    """list volumes

     Retrieve information about all volumes rented by you.

    CLI Usage: `vastai show volumes`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVolumesResponse200 | ListVolumesResponse401 | ListVolumesResponse429
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ListVolumesResponse200 | ListVolumesResponse401 | ListVolumesResponse429]:
    """list volumes

     Retrieve information about all volumes rented by you.

    CLI Usage: `vastai show volumes`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVolumesResponse200 | ListVolumesResponse401 | ListVolumesResponse429]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ListVolumesResponse200 | ListVolumesResponse401 | ListVolumesResponse429 | None:
    """list volumes

     Retrieve information about all volumes rented by you.

    CLI Usage: `vastai show volumes`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVolumesResponse200 | ListVolumesResponse401 | ListVolumesResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
