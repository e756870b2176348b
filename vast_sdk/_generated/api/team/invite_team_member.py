from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.invite_team_member_body import InviteTeamMemberBody
from ...models.invite_team_member_response_200 import InviteTeamMemberResponse200
from ...models.invite_team_member_response_400 import InviteTeamMemberResponse400
from ...models.invite_team_member_response_404 import InviteTeamMemberResponse404
from ...models.invite_team_member_response_429 import InviteTeamMemberResponse429
from ...types import Response


def _get_kwargs(
    *,
    body: InviteTeamMemberBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v0/team/invite/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Error
    | InviteTeamMemberResponse200
    | InviteTeamMemberResponse400
    | InviteTeamMemberResponse404
    | InviteTeamMemberResponse429
    | None
):
    if response.status_code == 200:
        response_200 = InviteTeamMemberResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = InviteTeamMemberResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = InviteTeamMemberResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = InviteTeamMemberResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Error
    | InviteTeamMemberResponse200
    | InviteTeamMemberResponse400
    | InviteTeamMemberResponse404
    | InviteTeamMemberResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InviteTeamMemberBody,
) -> Response[
    Error
    | InviteTeamMemberResponse200
    | InviteTeamMemberResponse400
    | InviteTeamMemberResponse404
    | InviteTeamMemberResponse429
]:
    """invite team member

     Sends an invitation email to the specified user to join the team with the given role.

    CLI Usage: `vastai invite team-member --email <email> --role <role>`

    Args:
        body (InviteTeamMemberBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InviteTeamMemberResponse200 | InviteTeamMemberResponse400 | InviteTeamMemberResponse404 | InviteTeamMemberResponse429]
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
    body: InviteTeamMemberBody,
) -> (
    Error
    | InviteTeamMemberResponse200
    | InviteTeamMemberResponse400
    | InviteTeamMemberResponse404
    | InviteTeamMemberResponse429
    | None
):
    """invite team member

     Sends an invitation email to the specified user to join the team with the given role.

    CLI Usage: `vastai invite team-member --email <email> --role <role>`

    Args:
        body (InviteTeamMemberBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InviteTeamMemberResponse200 | InviteTeamMemberResponse400 | InviteTeamMemberResponse404 | InviteTeamMemberResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InviteTeamMemberBody,
) -> Response[
    Error
    | InviteTeamMemberResponse200
    | InviteTeamMemberResponse400
    | InviteTeamMemberResponse404
    | InviteTeamMemberResponse429
]:
    """invite team member

     Sends an invitation email to the specified user to join the team with the given role.

    CLI Usage: `vastai invite team-member --email <email> --role <role>`

    Args:
        body (InviteTeamMemberBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InviteTeamMemberResponse200 | InviteTeamMemberResponse400 | InviteTeamMemberResponse404 | InviteTeamMemberResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InviteTeamMemberBody,
) -> (
    Error
    | InviteTeamMemberResponse200
    | InviteTeamMemberResponse400
    | InviteTeamMemberResponse404
    | InviteTeamMemberResponse429
    | None
):
    """invite team member

     Sends an invitation email to the specified user to join the team with the given role.

    CLI Usage: `vastai invite team-member --email <email> --role <role>`

    Args:
        body (InviteTeamMemberBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InviteTeamMemberResponse200 | InviteTeamMemberResponse400 | InviteTeamMemberResponse404 | InviteTeamMemberResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
