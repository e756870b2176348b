from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.update_env_var_body import UpdateEnvVarBody
from ...models.update_env_var_response_200 import UpdateEnvVarResponse200
from ...models.update_env_var_response_429 import UpdateEnvVarResponse429
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateEnvVarBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v0/secrets/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdateEnvVarResponse200 | UpdateEnvVarResponse429 | None:
    if response.status_code == 200:
        response_200 = UpdateEnvVarResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = UpdateEnvVarResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | UpdateEnvVarResponse200 | UpdateEnvVarResponse429]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateEnvVarBody,
) -> Response[Error | UpdateEnvVarResponse200 | UpdateEnvVarResponse429]:
    """update env var

     Updates the value of an existing environment variable for the authenticated user.

    CLI Usage: `vastai update env-var <key> <value>`

    Args:
        body (UpdateEnvVarBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateEnvVarResponse200 | UpdateEnvVarResponse429]
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
    body: UpdateEnvVarBody,
) -> Error | UpdateEnvVarResponse200 | UpdateEnvVarResponse429 | None:
    """update env var

     Updates the value of an existing environment variable for the authenticated user.

    CLI Usage: `vastai update env-var <key> <value>`

    Args:
        body (UpdateEnvVarBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateEnvVarResponse200 | UpdateEnvVarResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateEnvVarBody,
) -> Response[Error | UpdateEnvVarResponse200 | UpdateEnvVarResponse429]:
    """update env var

     Updates the value of an existing environment variable for the authenticated user.

    CLI Usage: `vastai update env-var <key> <value>`

    Args:
        body (UpdateEnvVarBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateEnvVarResponse200 | UpdateEnvVarResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateEnvVarBody,
) -> Error | UpdateEnvVarResponse200 | UpdateEnvVarResponse429 | None:
    """update env var

     Updates the value of an existing environment variable for the authenticated user.

    CLI Usage: `vastai update env-var <key> <value>`

    Args:
        body (UpdateEnvVarBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateEnvVarResponse200 | UpdateEnvVarResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
