from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.show_team_roles_response_200_item import ShowTeamRolesResponse200Item
from ...models.show_team_roles_response_404 import ShowTeamRolesResponse404
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v0/team/roles-full/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ShowTeamRolesResponse404 | list[ShowTeamRolesResponse200Item] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ShowTeamRolesResponse200Item.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ShowTeamRolesResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ShowTeamRolesResponse404 | list[ShowTeamRolesResponse200Item]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | ShowTeamRolesResponse404 | list[ShowTeamRolesResponse200Item]]:
    """show team roles

     Retrieve a list of all roles for a team, excluding the owner' role.

    CLI Usage: `vastai show team-roles`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowTeamRolesResponse404 | list[ShowTeamRolesResponse200Item]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Error | ShowTeamRolesResponse404 | list[ShowTeamRolesResponse200Item] | None:
    """show team roles

     Retrieve a list of all roles for a team, excluding the owner' role.

    CLI Usage: `vastai show team-roles`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowTeamRolesResponse404 | list[ShowTeamRolesResponse200Item]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | ShowTeamRolesResponse404 | list[ShowTeamRolesResponse200Item]]:
    """show team roles

     Retrieve a list of all roles for a team, excluding the owner' role.

    CLI Usage: `vastai show team-roles`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowTeamRolesResponse404 | list[ShowTeamRolesResponse200Item]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Error | ShowTeamRolesResponse404 | list[ShowTeamRolesResponse200Item] | None:
    """show team roles

     Retrieve a list of all roles for a team, excluding the owner' role.

    CLI Usage: `vastai show team-roles`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowTeamRolesResponse404 | list[ShowTeamRolesResponse200Item]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
