from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.schedule_maint_body import ScheduleMaintBody
from ...models.schedule_maint_response_200 import ScheduleMaintResponse200
from ...models.schedule_maint_response_429 import ScheduleMaintResponse429
from ...types import Response


def _get_kwargs(
    machine_id: int,
    *,
    body: ScheduleMaintBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v0/machines/{machine_id}/dnotify".format(
            machine_id=quote(str(machine_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ScheduleMaintResponse200 | ScheduleMaintResponse429 | None:
    if response.status_code == 200:
        response_200 = ScheduleMaintResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ScheduleMaintResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ScheduleMaintResponse200 | ScheduleMaintResponse429]:
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
    body: ScheduleMaintBody,
) -> Response[Error | ScheduleMaintResponse200 | ScheduleMaintResponse429]:
    """schedule maint

     Schedules a maintenance window for a specified machine and notifies clients.

    CLI Usage: `vastai schedule maint <machine_id> --sdate <sdate> --duration <duration>`

    Args:
        machine_id (int):  Example: 12345.
        body (ScheduleMaintBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ScheduleMaintResponse200 | ScheduleMaintResponse429]
    """

    kwargs = _get_kwargs(
        machine_id=machine_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    machine_id: int,
    *,
    client: AuthenticatedClient,
    body: ScheduleMaintBody,
) -> Error | ScheduleMaintResponse200 | ScheduleMaintResponse429 | None:
    """schedule maint

     Schedules a maintenance window for a specified machine and notifies clients.

    CLI Usage: `vastai schedule maint <machine_id> --sdate <sdate> --duration <duration>`

    Args:
        machine_id (int):  Example: 12345.
        body (ScheduleMaintBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ScheduleMaintResponse200 | ScheduleMaintResponse429
    """

    return sync_detailed(
        machine_id=machine_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    machine_id: int,
    *,
    client: AuthenticatedClient,
    body: ScheduleMaintBody,
) -> Response[Error | ScheduleMaintResponse200 | ScheduleMaintResponse429]:
    """schedule maint

     Schedules a maintenance window for a specified machine and notifies clients.

    CLI Usage: `vastai schedule maint <machine_id> --sdate <sdate> --duration <duration>`

    Args:
        machine_id (int):  Example: 12345.
        body (ScheduleMaintBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ScheduleMaintResponse200 | ScheduleMaintResponse429]
    """

    kwargs = _get_kwargs(
        machine_id=machine_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    machine_id: int,
    *,
    client: AuthenticatedClient,
    body: ScheduleMaintBody,
) -> Error | ScheduleMaintResponse200 | ScheduleMaintResponse429 | None:
    """schedule maint

     Schedules a maintenance window for a specified machine and notifies clients.

    CLI Usage: `vastai schedule maint <machine_id> --sdate <sdate> --duration <duration>`

    Args:
        machine_id (int):  Example: 12345.
        body (ScheduleMaintBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ScheduleMaintResponse200 | ScheduleMaintResponse429
    """

    return (
        await asyncio_detailed(
            machine_id=machine_id,
            client=client,
            body=body,
        )
    ).parsed
