from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.set_defjob_body import SetDefjobBody
from ...models.set_defjob_response_200 import SetDefjobResponse200
from ...models.set_defjob_response_429 import SetDefjobResponse429
from ...types import Response


def _get_kwargs(
    *,
    body: SetDefjobBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v0/machines/create_bids/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SetDefjobResponse200 | SetDefjobResponse429 | None:
    if response.status_code == 200:
        response_200 = SetDefjobResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = SetDefjobResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SetDefjobResponse200 | SetDefjobResponse429]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SetDefjobBody,
) -> Response[Error | SetDefjobResponse200 | SetDefjobResponse429]:
    """set defjob

     Creates default jobs (background instances) for a specified machine with the given parameters.

    CLI Usage: `vastai set defjob <machine_id> --price_gpu <price> --price_inetu <price> --price_inetd
    <price> --image <image> [--args <args>]`

    Args:
        body (SetDefjobBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SetDefjobResponse200 | SetDefjobResponse429]
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
    body: SetDefjobBody,
) -> Error | SetDefjobResponse200 | SetDefjobResponse429 | None:
    """set defjob

     Creates default jobs (background instances) for a specified machine with the given parameters.

    CLI Usage: `vastai set defjob <machine_id> --price_gpu <price> --price_inetu <price> --price_inetd
    <price> --image <image> [--args <args>]`

    Args:
        body (SetDefjobBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SetDefjobResponse200 | SetDefjobResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SetDefjobBody,
) -> Response[Error | SetDefjobResponse200 | SetDefjobResponse429]:
    """set defjob

     Creates default jobs (background instances) for a specified machine with the given parameters.

    CLI Usage: `vastai set defjob <machine_id> --price_gpu <price> --price_inetu <price> --price_inetd
    <price> --image <image> [--args <args>]`

    Args:
        body (SetDefjobBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SetDefjobResponse200 | SetDefjobResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SetDefjobBody,
) -> Error | SetDefjobResponse200 | SetDefjobResponse429 | None:
    """set defjob

     Creates default jobs (background instances) for a specified machine with the given parameters.

    CLI Usage: `vastai set defjob <machine_id> --price_gpu <price> --price_inetu <price> --price_inetd
    <price> --image <image> [--args <args>]`

    Args:
        body (SetDefjobBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SetDefjobResponse200 | SetDefjobResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
