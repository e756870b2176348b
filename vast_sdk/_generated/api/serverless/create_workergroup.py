from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_workergroup_body import CreateWorkergroupBody
from ...models.create_workergroup_response_200 import CreateWorkergroupResponse200
from ...models.create_workergroup_response_400 import CreateWorkergroupResponse400
from ...models.create_workergroup_response_429 import CreateWorkergroupResponse429
from ...models.error_body import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateWorkergroupBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v0/workergroups/",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateWorkergroupResponse200
    | CreateWorkergroupResponse400
    | CreateWorkergroupResponse429
    | Error
    | None
):
    if response.status_code == 200:
        response_200 = CreateWorkergroupResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateWorkergroupResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = CreateWorkergroupResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateWorkergroupResponse200
    | CreateWorkergroupResponse400
    | CreateWorkergroupResponse429
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
    body: CreateWorkergroupBody | Unset = UNSET,
) -> Response[
    CreateWorkergroupResponse200
    | CreateWorkergroupResponse400
    | CreateWorkergroupResponse429
    | Error
]:
    """create workergroup

     Creates a new workergroup configuration that manages worker instances for a serverless endpoint.

    CLI Usage: `vastai create workergroup --template_hash <hash> --endpoint_name <name> [options]`

    Args:
        body (CreateWorkergroupBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWorkergroupResponse200 | CreateWorkergroupResponse400 | CreateWorkergroupResponse429 | Error]
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
    body: CreateWorkergroupBody | Unset = UNSET,
) -> (
    CreateWorkergroupResponse200
    | CreateWorkergroupResponse400
    | CreateWorkergroupResponse429
    | Error
    | None
):
    """create workergroup

     Creates a new workergroup configuration that manages worker instances for a serverless endpoint.

    CLI Usage: `vastai create workergroup --template_hash <hash> --endpoint_name <name> [options]`

    Args:
        body (CreateWorkergroupBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWorkergroupResponse200 | CreateWorkergroupResponse400 | CreateWorkergroupResponse429 | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWorkergroupBody | Unset = UNSET,
) -> Response[
    CreateWorkergroupResponse200
    | CreateWorkergroupResponse400
    | CreateWorkergroupResponse429
    | Error
]:
    """create workergroup

     Creates a new workergroup configuration that manages worker instances for a serverless endpoint.

    CLI Usage: `vastai create workergroup --template_hash <hash> --endpoint_name <name> [options]`

    Args:
        body (CreateWorkergroupBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWorkergroupResponse200 | CreateWorkergroupResponse400 | CreateWorkergroupResponse429 | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateWorkergroupBody | Unset = UNSET,
) -> (
    CreateWorkergroupResponse200
    | CreateWorkergroupResponse400
    | CreateWorkergroupResponse429
    | Error
    | None
):
    """create workergroup

     Creates a new workergroup configuration that manages worker instances for a serverless endpoint.

    CLI Usage: `vastai create workergroup --template_hash <hash> --endpoint_name <name> [options]`

    Args:
        body (CreateWorkergroupBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWorkergroupResponse200 | CreateWorkergroupResponse400 | CreateWorkergroupResponse429 | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
