from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_team_body import CreateTeamBody
from ...models.create_team_response_200 import CreateTeamResponse200
from ...models.create_team_response_400 import CreateTeamResponse400
from ...models.create_team_response_401 import CreateTeamResponse401
from ...types import Response


def _get_kwargs(
    *,
    body: CreateTeamBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v0/team/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateTeamResponse200 | CreateTeamResponse400 | CreateTeamResponse401 | None:
    if response.status_code == 200:
        response_200 = CreateTeamResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateTeamResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateTeamResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateTeamResponse200 | CreateTeamResponse400 | CreateTeamResponse401]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTeamBody,
) -> Response[CreateTeamResponse200 | CreateTeamResponse400 | CreateTeamResponse401]:
    """create team

     Creates a new [team](https://docs.vast.ai/documentation/teams/teams-overview) with given name and
    following default roles:
    - **Owner**: Full access to all team resources, settings, and member management. The team owner is
    the user who creates the team.
    - **Manager**: All permissions of owner except team deletion.
    - **Member**: Can view, create, and interact with instances, but cannot access billing, team
    management, autoscaler, or machines.

    - The API key used to create the team becomes the team key and is used for all team operations
    (e.g., creating roles, deleting the team).
    - You can optionally transfer credits from your personal account to the new team account using the
    `transfer_credit` field.

    CLI Usage: `vastai create team --team_name <team_name> [--transfer_credit <amount>]`

    Args:
        body (CreateTeamBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTeamResponse200 | CreateTeamResponse400 | CreateTeamResponse401]
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
    body: CreateTeamBody,
) -> CreateTeamResponse200 | CreateTeamResponse400 | CreateTeamResponse401 | None:
    """create team

     Creates a new [team](https://docs.vast.ai/documentation/teams/teams-overview) with given name and
    following default roles:
    - **Owner**: Full access to all team resources, settings, and member management. The team owner is
    the user who creates the team.
    - **Manager**: All permissions of owner except team deletion.
    - **Member**: Can view, create, and interact with instances, but cannot access billing, team
    management, autoscaler, or machines.

    - The API key used to create the team becomes the team key and is used for all team operations
    (e.g., creating roles, deleting the team).
    - You can optionally transfer credits from your personal account to the new team account using the
    `transfer_credit` field.

    CLI Usage: `vastai create team --team_name <team_name> [--transfer_credit <amount>]`

    Args:
        body (CreateTeamBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTeamResponse200 | CreateTeamResponse400 | CreateTeamResponse401
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTeamBody,
) -> Response[CreateTeamResponse200 | CreateTeamResponse400 | CreateTeamResponse401]:
    """create team

     Creates a new [team](https://docs.vast.ai/documentation/teams/teams-overview) with given name and
    following default roles:
    - **Owner**: Full access to all team resources, settings, and member management. The team owner is
    the user who creates the team.
    - **Manager**: All permissions of owner except team deletion.
    - **Member**: Can view, create, and interact with instances, but cannot access billing, team
    management, autoscaler, or machines.

    - The API key used to create the team becomes the team key and is used for all team operations
    (e.g., creating roles, deleting the team).
    - You can optionally transfer credits from your personal account to the new team account using the
    `transfer_credit` field.

    CLI Usage: `vastai create team --team_name <team_name> [--transfer_credit <amount>]`

    Args:
        body (CreateTeamBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTeamResponse200 | CreateTeamResponse400 | CreateTeamResponse401]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateTeamBody,
) -> CreateTeamResponse200 | CreateTeamResponse400 | CreateTeamResponse401 | None:
    """create team

     Creates a new [team](https://docs.vast.ai/documentation/teams/teams-overview) with given name and
    following default roles:
    - **Owner**: Full access to all team resources, settings, and member management. The team owner is
    the user who creates the team.
    - **Manager**: All permissions of owner except team deletion.
    - **Member**: Can view, create, and interact with instances, but cannot access billing, team
    management, autoscaler, or machines.

    - The API key used to create the team becomes the team key and is used for all team operations
    (e.g., creating roles, deleting the team).
    - You can optionally transfer credits from your personal account to the new team account using the
    `transfer_credit` field.

    CLI Usage: `vastai create team --team_name <team_name> [--transfer_credit <amount>]`

    Args:
        body (CreateTeamBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTeamResponse200 | CreateTeamResponse400 | CreateTeamResponse401
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
