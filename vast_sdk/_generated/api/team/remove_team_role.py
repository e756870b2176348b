from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.remove_team_role_response_200 import RemoveTeamRoleResponse200
from ...models.remove_team_role_response_400 import RemoveTeamRoleResponse400
from ...models.remove_team_role_response_401 import RemoveTeamRoleResponse401
from ...models.remove_team_role_response_403 import RemoveTeamRoleResponse403
from ...models.remove_team_role_response_404 import RemoveTeamRoleResponse404
from ...types import Response


def _get_kwargs(
    name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v0/team/roles/{name}".format(
            name=quote(str(name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    RemoveTeamRoleResponse200
    | RemoveTeamRoleResponse400
    | RemoveTeamRoleResponse401
    | RemoveTeamRoleResponse403
    | RemoveTeamRoleResponse404
    | None
):
    if response.status_code == 200:
        response_200 = RemoveTeamRoleResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = RemoveTeamRoleResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RemoveTeamRoleResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RemoveTeamRoleResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = RemoveTeamRoleResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    RemoveTeamRoleResponse200
    | RemoveTeamRoleResponse400
    | RemoveTeamRoleResponse401
    | RemoveTeamRoleResponse403
    | RemoveTeamRoleResponse404
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    RemoveTeamRoleResponse200
    | RemoveTeamRoleResponse400
    | RemoveTeamRoleResponse401
    | RemoveTeamRoleResponse403
    | RemoveTeamRoleResponse404
]:
    """remove team role

     Removes a role from the team. Cannot remove the team owner role.

    CLI Usage: `vastai remove team-role <name>`

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RemoveTeamRoleResponse200 | RemoveTeamRoleResponse400 | RemoveTeamRoleResponse401 | RemoveTeamRoleResponse403 | RemoveTeamRoleResponse404]
    """

    kwargs = _get_kwargs(
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient,
) -> (
    RemoveTeamRoleResponse200
    | RemoveTeamRoleResponse400
    | RemoveTeamRoleResponse401
    | RemoveTeamRoleResponse403
    | RemoveTeamRoleResponse404
    | None
):
    """remove team role

     Removes a role from the team. Cannot remove the team owner role.

    CLI Usage: `vastai remove team-role <name>`

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RemoveTeamRoleResponse200 | RemoveTeamRoleResponse400 | RemoveTeamRoleResponse401 | RemoveTeamRoleResponse403 | RemoveTeamRoleResponse404
    """

    return sync_detailed(
        name=name,
        client=client,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    RemoveTeamRoleResponse200
    | RemoveTeamRoleResponse400
    | RemoveTeamRoleResponse401
    | RemoveTeamRoleResponse403
    | RemoveTeamRoleResponse404
]:
    """remove team role

     Removes a role from the team. Cannot remove the team owner role.

    CLI Usage: `vastai remove team-role <name>`

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RemoveTeamRoleResponse200 | RemoveTeamRoleResponse400 | RemoveTeamRoleResponse401 | RemoveTeamRoleResponse403 | RemoveTeamRoleResponse404]
    """

    kwargs = _get_kwargs(
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient,
) -> (
    RemoveTeamRoleResponse200
    | RemoveTeamRoleResponse400
    | RemoveTeamRoleResponse401
    | RemoveTeamRoleResponse403
    | RemoveTeamRoleResponse404
    | None
):
    """remove team role

     Removes a role from the team. Cannot remove the team owner role.

    CLI Usage: `vastai remove team-role <name>`

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RemoveTeamRoleResponse200 | RemoveTeamRoleResponse400 | RemoveTeamRoleResponse401 | RemoveTeamRoleResponse403 | RemoveTeamRoleResponse404
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
        )
    ).parsed
