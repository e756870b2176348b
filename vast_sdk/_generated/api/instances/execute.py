from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.execute_body import ExecuteBody
from ...models.execute_response_200 import ExecuteResponse200
from ...models.execute_response_400 import ExecuteResponse400
from ...models.execute_response_429 import ExecuteResponse429
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: ExecuteBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v0/instances/command/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ExecuteResponse200 | ExecuteResponse400 | ExecuteResponse429 | None:
    if response.status_code == 200:
        response_200 = ExecuteResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ExecuteResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ExecuteResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ExecuteResponse200 | ExecuteResponse400 | ExecuteResponse429]:
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
    body: ExecuteBody,
) -> Response[Error | ExecuteResponse200 | ExecuteResponse400 | ExecuteResponse429]:
    """execute

     Executes a constrained remote command on a specified instance.
    The command output can be retrieved from the returned result URL.

    CLI Usage: `vastai execute <instance_id> <command>`

    Args:
        id (int):  Example: 12345.
        body (ExecuteBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExecuteResponse200 | ExecuteResponse400 | ExecuteResponse429]
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
    body: ExecuteBody,
) -> Error | ExecuteResponse200 | ExecuteResponse400 | ExecuteResponse429 | None:
    """execute

     Executes a constrained remote command on a specified instance.
    The command output can be retrieved from the returned result URL.

    CLI Usage: `vastai execute <instance_id> <command>`

    Args:
        id (int):  Example: 12345.
        body (ExecuteBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExecuteResponse200 | ExecuteResponse400 | ExecuteResponse429
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
    body: ExecuteBody,
) -> Response[Error | ExecuteResponse200 | ExecuteResponse400 | ExecuteResponse429]:
    """execute

     Executes a constrained remote command on a specified instance.
    The command output can be retrieved from the returned result URL.

    CLI Usage: `vastai execute <instance_id> <command>`

    Args:
        id (int):  Example: 12345.
        body (ExecuteBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExecuteResponse200 | ExecuteResponse400 | ExecuteResponse429]
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
    body: ExecuteBody,
) -> Error | ExecuteResponse200 | ExecuteResponse400 | ExecuteResponse429 | None:
    """execute

     Executes a constrained remote command on a specified instance.
    The command output can be retrieved from the returned result URL.

    CLI Usage: `vastai execute <instance_id> <command>`

    Args:
        id (int):  Example: 12345.
        body (ExecuteBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExecuteResponse200 | ExecuteResponse400 | ExecuteResponse429
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
