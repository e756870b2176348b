from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.remove_defjob_response_200 import RemoveDefjobResponse200
from ...models.remove_defjob_response_429 import RemoveDefjobResponse429
from ...types import Response


def _get_kwargs(
    machine_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v0/machines/{machine_id}/defjob/".format(
            machine_id=quote(str(machine_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RemoveDefjobResponse200 | RemoveDefjobResponse429 | None:
    if response.status_code == 200:
        response_200 = RemoveDefjobResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = RemoveDefjobResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RemoveDefjobResponse200 | RemoveDefjobResponse429]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    machine_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | RemoveDefjobResponse200 | RemoveDefjobResponse429]:
    """remove defjob

     Deletes the default job (background instances) for a specified machine.

    CLI Usage: `vastai remove defjob <machine_id>`

    Args:
        machine_id (int):  Example: 12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RemoveDefjobResponse200 | RemoveDefjobResponse429]
    """

    kwargs = _get_kwargs(
        machine_id=machine_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    machine_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | RemoveDefjobResponse200 | RemoveDefjobResponse429 | None:
    """remove defjob

     Deletes the default job (background instances) for a specified machine.

    CLI Usage: `vastai remove defjob <machine_id>`

    Args:
        machine_id (int):  Example: 12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RemoveDefjobResponse200 | RemoveDefjobResponse429
    """

    return sync_detailed(
        machine_id=machine_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    machine_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | RemoveDefjobResponse200 | RemoveDefjobResponse429]:
    """remove defjob

     Deletes the default job (background instances) for a specified machine.

    CLI Usage: `vastai remove defjob <machine_id>`

    Args:
        machine_id (int):  Example: 12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RemoveDefjobResponse200 | RemoveDefjobResponse429]
    """

    kwargs = _get_kwargs(
        machine_id=machine_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    machine_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | RemoveDefjobResponse200 | RemoveDefjobResponse429 | None:
    """remove defjob

     Deletes the default job (background instances) for a specified machine.

    CLI Usage: `vastai remove defjob <machine_id>`

    Args:
        machine_id (int):  Example: 12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RemoveDefjobResponse200 | RemoveDefjobResponse429
    """

    return (
        await asyncio_detailed(
            machine_id=machine_id,
            client=client,
        )
    ).parsed
