from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_env_var_body import DeleteEnvVarBody
from ...models.delete_env_var_response_400 import DeleteEnvVarResponse400
from ...models.delete_env_var_response_429 import DeleteEnvVarResponse429
from ...models.error_body import Error
from ...models.success_response import SuccessResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DeleteEnvVarBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v0/secrets/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteEnvVarResponse400 | DeleteEnvVarResponse429 | Error | SuccessResponse | None:
    if response.status_code == 200:
        response_200 = SuccessResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteEnvVarResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = DeleteEnvVarResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteEnvVarResponse400 | DeleteEnvVarResponse429 | Error | SuccessResponse
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
    body: DeleteEnvVarBody,
) -> Response[
    DeleteEnvVarResponse400 | DeleteEnvVarResponse429 | Error | SuccessResponse
]:
    """delete env var

     Deletes an environment variable associated with the authenticated user.
    The variable must exist and belong to the requesting user.

    CLI Usage: `vastai delete env-var <name>`

    Args:
        body (DeleteEnvVarBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteEnvVarResponse400 | DeleteEnvVarResponse429 | Error | SuccessResponse]
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
    body: DeleteEnvVarBody,
) -> DeleteEnvVarResponse400 | DeleteEnvVarResponse429 | Error | SuccessResponse | None:
    """delete env var

     Deletes an environment variable associated with the authenticated user.
    The variable must exist and belong to the requesting user.

    CLI Usage: `vastai delete env-var <name>`

    Args:
        body (DeleteEnvVarBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteEnvVarResponse400 | DeleteEnvVarResponse429 | Error | SuccessResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteEnvVarBody,
) -> Response[
    DeleteEnvVarResponse400 | DeleteEnvVarResponse429 | Error | SuccessResponse
]:
    """delete env var

     Deletes an environment variable associated with the authenticated user.
    The variable must exist and belong to the requesting user.

    CLI Usage: `vastai delete env-var <name>`

    Args:
        body (DeleteEnvVarBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteEnvVarResponse400 | DeleteEnvVarResponse429 | Error | SuccessResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DeleteEnvVarBody,
) -> DeleteEnvVarResponse400 | DeleteEnvVarResponse429 | Error | SuccessResponse | None:
    """delete env var

     Deletes an environment variable associated with the authenticated user.
    The variable must exist and belong to the requesting user.

    CLI Usage: `vastai delete env-var <name>`

    Args:
        body (DeleteEnvVarBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteEnvVarResponse400 | DeleteEnvVarResponse429 | Error | SuccessResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
