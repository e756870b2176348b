from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_env_var_body import CreateEnvVarBody
from ...models.create_env_var_response_200 import CreateEnvVarResponse200
from ...models.create_env_var_response_400 import CreateEnvVarResponse400
from ...models.create_env_var_response_429 import CreateEnvVarResponse429
from ...models.error_body import Error
from ...types import Response


def _get_kwargs(
    *,
    body: CreateEnvVarBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v0/secrets/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateEnvVarResponse200
    | CreateEnvVarResponse400
    | CreateEnvVarResponse429
    | Error
    | None
):
    if response.status_code == 200:
        response_200 = CreateEnvVarResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateEnvVarResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = CreateEnvVarResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateEnvVarResponse200 | CreateEnvVarResponse400 | CreateEnvVarResponse429 | Error
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
    body: CreateEnvVarBody,
) -> Response[
    CreateEnvVarResponse200 | CreateEnvVarResponse400 | CreateEnvVarResponse429 | Error
]:
    """create env-var

     Creates a new encrypted environment variable for the authenticated user.
    Keys are automatically converted to uppercase. Values are encrypted before storage.
    There is a limit on the total number of environment variables per user.

    CLI Usage: `vastai create env-var <key> <value>`

    Args:
        body (CreateEnvVarBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEnvVarResponse200 | CreateEnvVarResponse400 | CreateEnvVarResponse429 | Error]
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
    body: CreateEnvVarBody,
) -> (
    CreateEnvVarResponse200
    | CreateEnvVarResponse400
    | CreateEnvVarResponse429
    | Error
    | None
):
    """create env-var

     Creates a new encrypted environment variable for the authenticated user.
    Keys are automatically converted to uppercase. Values are encrypted before storage.
    There is a limit on the total number of environment variables per user.

    CLI Usage: `vastai create env-var <key> <value>`

    Args:
        body (CreateEnvVarBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEnvVarResponse200 | CreateEnvVarResponse400 | CreateEnvVarResponse429 | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateEnvVarBody,
) -> Response[
    CreateEnvVarResponse200 | CreateEnvVarResponse400 | CreateEnvVarResponse429 | Error
]:
    """create env-var

     Creates a new encrypted environment variable for the authenticated user.
    Keys are automatically converted to uppercase. Values are encrypted before storage.
    There is a limit on the total number of environment variables per user.

    CLI Usage: `vastai create env-var <key> <value>`

    Args:
        body (CreateEnvVarBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateEnvVarResponse200 | CreateEnvVarResponse400 | CreateEnvVarResponse429 | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateEnvVarBody,
) -> (
    CreateEnvVarResponse200
    | CreateEnvVarResponse400
    | CreateEnvVarResponse429
    | Error
    | None
):
    """create env-var

     Creates a new encrypted environment variable for the authenticated user.
    Keys are automatically converted to uppercase. Values are encrypted before storage.
    There is a limit on the total number of environment variables per user.

    CLI Usage: `vastai create env-var <key> <value>`

    Args:
        body (CreateEnvVarBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateEnvVarResponse200 | CreateEnvVarResponse400 | CreateEnvVarResponse429 | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
