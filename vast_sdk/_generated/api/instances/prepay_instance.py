from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.prepay_instance_body import PrepayInstanceBody
from ...models.prepay_instance_response_200 import PrepayInstanceResponse200
from ...models.prepay_instance_response_400 import PrepayInstanceResponse400
from ...models.prepay_instance_response_411 import PrepayInstanceResponse411
from ...models.prepay_instance_response_429 import PrepayInstanceResponse429
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: PrepayInstanceBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v0/instances/prepay/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PrepayInstanceResponse200
    | PrepayInstanceResponse400
    | PrepayInstanceResponse411
    | PrepayInstanceResponse429
    | None
):
    if response.status_code == 200:
        response_200 = PrepayInstanceResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PrepayInstanceResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 411:
        response_411 = PrepayInstanceResponse411.from_dict(response.json())

        return response_411

    if response.status_code == 429:
        response_429 = PrepayInstanceResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PrepayInstanceResponse200
    | PrepayInstanceResponse400
    | PrepayInstanceResponse411
    | PrepayInstanceResponse429
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
    body: PrepayInstanceBody,
) -> Response[
    PrepayInstanceResponse200
    | PrepayInstanceResponse400
    | PrepayInstanceResponse411
    | PrepayInstanceResponse429
]:
    """prepay instance

     Deposit credits into a reserved instance to receive usage discounts.
    The discount rate is calculated based on how many months of usage the prepaid amount covers. Maximum
    discount is typically 40%.

    CLI Usage: `vastai prepay instance <id> <amount>`

    Args:
        id (int):
        body (PrepayInstanceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PrepayInstanceResponse200 | PrepayInstanceResponse400 | PrepayInstanceResponse411 | PrepayInstanceResponse429]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PrepayInstanceBody,
) -> (
    PrepayInstanceResponse200
    | PrepayInstanceResponse400
    | PrepayInstanceResponse411
    | PrepayInstanceResponse429
    | None
):
    """prepay instance

     Deposit credits into a reserved instance to receive usage discounts.
    The discount rate is calculated based on how many months of usage the prepaid amount covers. Maximum
    discount is typically 40%.

    CLI Usage: `vastai prepay instance <id> <amount>`

    Args:
        id (int):
        body (PrepayInstanceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PrepayInstanceResponse200 | PrepayInstanceResponse400 | PrepayInstanceResponse411 | PrepayInstanceResponse429
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PrepayInstanceBody,
) -> Response[
    PrepayInstanceResponse200
    | PrepayInstanceResponse400
    | PrepayInstanceResponse411
    | PrepayInstanceResponse429
]:
    """prepay instance

     Deposit credits into a reserved instance to receive usage discounts.
    The discount rate is calculated based on how many months of usage the prepaid amount covers. Maximum
    discount is typically 40%.

    CLI Usage: `vastai prepay instance <id> <amount>`

    Args:
        id (int):
        body (PrepayInstanceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PrepayInstanceResponse200 | PrepayInstanceResponse400 | PrepayInstanceResponse411 | PrepayInstanceResponse429]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PrepayInstanceBody,
) -> (
    PrepayInstanceResponse200
    | PrepayInstanceResponse400
    | PrepayInstanceResponse411
    | PrepayInstanceResponse429
    | None
):
    """prepay instance

     Deposit credits into a reserved instance to receive usage discounts.
    The discount rate is calculated based on how many months of usage the prepaid amount covers. Maximum
    discount is typically 40%.

    CLI Usage: `vastai prepay instance <id> <amount>`

    Args:
        id (int):
        body (PrepayInstanceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PrepayInstanceResponse200 | PrepayInstanceResponse400 | PrepayInstanceResponse411 | PrepayInstanceResponse429
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
