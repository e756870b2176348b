from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_team_role_body import CreateTeamRoleBody
from ...models.create_team_role_response_200 import CreateTeamRoleResponse200
from ...models.create_team_role_response_400 import CreateTeamRoleResponse400
from ...models.error_body import Error
from ...types import Response


def _get_kwargs(
    *,
    body: CreateTeamRoleBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v0/team/roles/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateTeamRoleResponse200 | CreateTeamRoleResponse400 | Error | None:
    if response.status_code == 200:
        response_200 = CreateTeamRoleResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateTeamRoleResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateTeamRoleResponse200 | CreateTeamRoleResponse400 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTeamRoleBody,
) -> Response[CreateTeamRoleResponse200 | CreateTeamRoleResponse400 | Error]:
    """create team role

     Creates a new role within a team. Only team owners or managers with the appropriate permissions can
    perform this operation.

    CLI Usage: `vastai create team role --name <role_name> --permissions <permissions_json>`

    Args:
        body (CreateTeamRoleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTeamRoleResponse200 | CreateTeamRoleResponse400 | Error]
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
    body: CreateTeamRoleBody,
) -> CreateTeamRoleResponse200 | CreateTeamRoleResponse400 | Error | None:
    """create team role

     Creates a new role within a team. Only team owners or managers with the appropriate permissions can
    perform this operation.

    CLI Usage: `vastai create team role --name <role_name> --permissions <permissions_json>`

    Args:
        body (CreateTeamRoleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTeamRoleResponse200 | CreateTeamRoleResponse400 | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTeamRoleBody,
) -> Response[CreateTeamRoleResponse200 | CreateTeamRoleResponse400 | Error]:
    """create team role

     Creates a new role within a team. Only team owners or managers with the appropriate permissions can
    perform this operation.

    CLI Usage: `vastai create team role --name <role_name> --permissions <permissions_json>`

    Args:
        body (CreateTeamRoleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTeamRoleResponse200 | CreateTeamRoleResponse400 | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateTeamRoleBody,
) -> CreateTeamRoleResponse200 | CreateTeamRoleResponse400 | Error | None:
    """create team role

     Creates a new role within a team. Only team owners or managers with the appropriate permissions can
    perform this operation.

    CLI Usage: `vastai create team role --name <role_name> --permissions <permissions_json>`

    Args:
        body (CreateTeamRoleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTeamRoleResponse200 | CreateTeamRoleResponse400 | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
