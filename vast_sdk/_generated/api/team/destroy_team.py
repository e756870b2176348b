from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.destroy_team_response_200 import DestroyTeamResponse200
from ...models.error_body import Error
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v0/team/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DestroyTeamResponse200 | Error | None:
    if response.status_code == 200:
        response_200 = DestroyTeamResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DestroyTeamResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[DestroyTeamResponse200 | Error]:
    """destroy team

     Deletes a team and all associated data including API keys, rights, invitations, memberships and
    metadata. The team owner's master API key is converted to a normal client key.

    CLI Usage: `vastai destroy team`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DestroyTeamResponse200 | Error]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> DestroyTeamResponse200 | Error | None:
    """destroy team

     Deletes a team and all associated data including API keys, rights, invitations, memberships and
    metadata. The team owner's master API key is converted to a normal client key.

    CLI Usage: `vastai destroy team`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DestroyTeamResponse200 | Error
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[DestroyTeamResponse200 | Error]:
    """destroy team

     Deletes a team and all associated data including API keys, rights, invitations, memberships and
    metadata. The team owner's master API key is converted to a normal client key.

    CLI Usage: `vastai destroy team`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DestroyTeamResponse200 | Error]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> DestroyTeamResponse200 | Error | None:
    """destroy team

     Deletes a team and all associated data including API keys, rights, invitations, memberships and
    metadata. The team owner's master API key is converted to a normal client key.

    CLI Usage: `vastai destroy team`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DestroyTeamResponse200 | Error
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
