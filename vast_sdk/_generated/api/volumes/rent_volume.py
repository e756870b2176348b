from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.rent_volume_body import RentVolumeBody
from ...models.rent_volume_response_200 import RentVolumeResponse200
from ...types import Response


def _get_kwargs(
    *,
    body: RentVolumeBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v0/volumes/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RentVolumeResponse200 | None:
    if response.status_code == 200:
        response_200 = RentVolumeResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RentVolumeResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RentVolumeBody,
) -> Response[RentVolumeResponse200]:
    """rent volume

     Rent/create a new volume with specified parameters.

    CLI Usage: `vastai create volume <id> --size <size_gb>`

    Args:
        body (RentVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RentVolumeResponse200]
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
    body: RentVolumeBody,
) -> RentVolumeResponse200 | None:
    """rent volume

     Rent/create a new volume with specified parameters.

    CLI Usage: `vastai create volume <id> --size <size_gb>`

    Args:
        body (RentVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RentVolumeResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RentVolumeBody,
) -> Response[RentVolumeResponse200]:
    """rent volume

     Rent/create a new volume with specified parameters.

    CLI Usage: `vastai create volume <id> --size <size_gb>`

    Args:
        body (RentVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RentVolumeResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RentVolumeBody,
) -> RentVolumeResponse200 | None:
    """rent volume

     Rent/create a new volume with specified parameters.

    CLI Usage: `vastai create volume <id> --size <size_gb>`

    Args:
        body (RentVolumeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RentVolumeResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
