from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_subaccount_body import CreateSubaccountBody
from ...models.create_subaccount_response_200 import CreateSubaccountResponse200
from ...models.create_subaccount_response_400 import CreateSubaccountResponse400
from ...models.create_subaccount_response_409 import CreateSubaccountResponse409
from ...models.create_subaccount_response_429 import CreateSubaccountResponse429
from ...models.error_body import Error
from ...types import Response


def _get_kwargs(
    *,
    body: CreateSubaccountBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v0/users/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateSubaccountResponse200
    | CreateSubaccountResponse400
    | CreateSubaccountResponse409
    | CreateSubaccountResponse429
    | Error
    | None
):
    if response.status_code == 200:
        response_200 = CreateSubaccountResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateSubaccountResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = CreateSubaccountResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = CreateSubaccountResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateSubaccountResponse200
    | CreateSubaccountResponse400
    | CreateSubaccountResponse409
    | CreateSubaccountResponse429
    | Error
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
    body: CreateSubaccountBody,
) -> Response[
    CreateSubaccountResponse200
    | CreateSubaccountResponse400
    | CreateSubaccountResponse409
    | CreateSubaccountResponse429
    | Error
]:
    """create subaccount

     Creates either a standalone user account or a subaccount under a parent account. Subaccounts can be
    restricted to host-only functionality.

    CLI Usage: `vastai create subaccount --email <email> --username <username> --password <password>
    [--type host]`

    Args:
        body (CreateSubaccountBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSubaccountResponse200 | CreateSubaccountResponse400 | CreateSubaccountResponse409 | CreateSubaccountResponse429 | Error]
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
    body: CreateSubaccountBody,
) -> (
    CreateSubaccountResponse200
    | CreateSubaccountResponse400
    | CreateSubaccountResponse409
    | CreateSubaccountResponse429
    | Error
    | None
):
    """create subaccount

     Creates either a standalone user account or a subaccount under a parent account. Subaccounts can be
    restricted to host-only functionality.

    CLI Usage: `vastai create subaccount --email <email> --username <username> --password <password>
    [--type host]`

    Args:
        body (CreateSubaccountBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSubaccountResponse200 | CreateSubaccountResponse400 | CreateSubaccountResponse409 | CreateSubaccountResponse429 | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSubaccountBody,
) -> Response[
    CreateSubaccountResponse200
    | CreateSubaccountResponse400
    | CreateSubaccountResponse409
    | CreateSubaccountResponse429
    | Error
]:
    """create subaccount

     Creates either a standalone user account or a subaccount under a parent account. Subaccounts can be
    restricted to host-only functionality.

    CLI Usage: `vastai create subaccount --email <email> --username <username> --password <password>
    [--type host]`

    Args:
        body (CreateSubaccountBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSubaccountResponse200 | CreateSubaccountResponse400 | CreateSubaccountResponse409 | CreateSubaccountResponse429 | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateSubaccountBody,
) -> (
    CreateSubaccountResponse200
    | CreateSubaccountResponse400
    | CreateSubaccountResponse409
    | CreateSubaccountResponse429
    | Error
    | None
):
    """create subaccount

     Creates either a standalone user account or a subaccount under a parent account. Subaccounts can be
    restricted to host-only functionality.

    CLI Usage: `vastai create subaccount --email <email> --username <username> --password <password>
    [--type host]`

    Args:
        body (CreateSubaccountBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSubaccountResponse200 | CreateSubaccountResponse400 | CreateSubaccountResponse409 | CreateSubaccountResponse429 | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
