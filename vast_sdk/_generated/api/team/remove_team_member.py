from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.remove_team_member_response_200 import RemoveTeamMemberResponse200
from ...models.remove_team_member_response_400 import RemoveTeamMemberResponse400
from ...models.remove_team_member_response_401 import RemoveTeamMemberResponse401
from ...models.remove_team_member_response_403 import RemoveTeamMemberResponse403
from ...models.remove_team_member_response_404 import RemoveTeamMemberResponse404
from ...models.remove_team_member_response_429 import RemoveTeamMemberResponse429
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v0/team/members/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    RemoveTeamMemberResponse200
    | RemoveTeamMemberResponse400
    | RemoveTeamMemberResponse401
    | RemoveTeamMemberResponse403
    | RemoveTeamMemberResponse404
    | RemoveTeamMemberResponse429
    | None
):
    if response.status_code == 200:
        response_200 = RemoveTeamMemberResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = RemoveTeamMemberResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RemoveTeamMemberResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RemoveTeamMemberResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = RemoveTeamMemberResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = RemoveTeamMemberResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    RemoveTeamMemberResponse200
    | RemoveTeamMemberResponse400
    | RemoveTeamMemberResponse401
    | RemoveTeamMemberResponse403
    | RemoveTeamMemberResponse404
    | RemoveTeamMemberResponse429
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
    RemoveTeamMemberResponse200
    | RemoveTeamMemberResponse400
    | RemoveTeamMemberResponse401
    | RemoveTeamMemberResponse403
    | RemoveTeamMemberResponse404
    | RemoveTeamMemberResponse429
]:
    """remove team member

     Removes a member from the team by revoking their team-related API keys and updating membership
    status. Cannot remove the team owner.

    CLI Usage: `vastai remove team-member <id>`

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RemoveTeamMemberResponse200 | RemoveTeamMemberResponse400 | RemoveTeamMemberResponse401 | RemoveTeamMemberResponse403 | RemoveTeamMemberResponse404 | RemoveTeamMemberResponse429]
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
    RemoveTeamMemberResponse200
    | RemoveTeamMemberResponse400
    | RemoveTeamMemberResponse401
    | RemoveTeamMemberResponse403
    | RemoveTeamMemberResponse404
    | RemoveTeamMemberResponse429
    | None
):
    """remove team member

     Removes a member from the team by revoking their team-related API keys and updating membership
    status. Cannot remove the team owner.

    CLI Usage: `vastai remove team-member <id>`

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RemoveTeamMemberResponse200 | RemoveTeamMemberResponse400 | RemoveTeamMemberResponse401 | RemoveTeamMemberResponse403 | RemoveTeamMemberResponse404 | RemoveTeamMemberResponse429
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
    RemoveTeamMemberResponse200
    | RemoveTeamMemberResponse400
    | RemoveTeamMemberResponse401
    | RemoveTeamMemberResponse403
    | RemoveTeamMemberResponse404
    | RemoveTeamMemberResponse429
]:
    """remove team member

     Removes a member from the team by revoking their team-related API keys and updating membership
    status. Cannot remove the team owner.

    CLI Usage: `vastai remove team-member <id>`

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RemoveTeamMemberResponse200 | RemoveTeamMemberResponse400 | RemoveTeamMemberResponse401 | RemoveTeamMemberResponse403 | RemoveTeamMemberResponse404 | RemoveTeamMemberResponse429]
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
    RemoveTeamMemberResponse200
    | RemoveTeamMemberResponse400
    | RemoveTeamMemberResponse401
    | RemoveTeamMemberResponse403
    | RemoveTeamMemberResponse404
    | RemoveTeamMemberResponse429
    | None
):
    """remove team member

     Removes a member from the team by revoking their team-related API keys and updating membership
    status. Cannot remove the team owner.

    CLI Usage: `vastai remove team-member <id>`

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RemoveTeamMemberResponse200 | RemoveTeamMemberResponse400 | RemoveTeamMemberResponse401 | RemoveTeamMemberResponse403 | RemoveTeamMemberResponse404 | RemoveTeamMemberResponse429
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
