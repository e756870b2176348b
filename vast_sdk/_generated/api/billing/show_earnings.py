from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.show_earnings_response_200 import ShowEarningsResponse200
from ...models.show_earnings_response_429 import ShowEarningsResponse429
from ...types import UNSET, Response, Unset


def _get_kwargs(
    user_id: int,
    *,
    sday: int | Unset = UNSET,
    eday: int | Unset = UNSET,
    machid: int | Unset = UNSET,
    last_days: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sday"] = sday

    params["eday"] = eday

    params["machid"] = machid

    params["last_days"] = last_days

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v0/users/{user_id}/machine-earnings/".format(
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ShowEarningsResponse200 | ShowEarningsResponse429 | None:
    if response.status_code == 200:
        response_200 = ShowEarningsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = ShowEarningsResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ShowEarningsResponse200 | ShowEarningsResponse429]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: int,
    *,
    client: AuthenticatedClient,
    sday: int | Unset = UNSET,
    eday: int | Unset = UNSET,
    machid: int | Unset = UNSET,
    last_days: int | Unset = UNSET,
) -> Response[Error | ShowEarningsResponse200 | ShowEarningsResponse429]:
    """show earnings

     Retrieves the earnings history for a specified time range and optionally per machine.

    CLI Usage: `vastai show earnings [options]`

    Args:
        user_id (int):
        sday (int | Unset):
        eday (int | Unset):
        machid (int | Unset):
        last_days (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowEarningsResponse200 | ShowEarningsResponse429]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        sday=sday,
        eday=eday,
        machid=machid,
        last_days=last_days,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: int,
    *,
    client: AuthenticatedClient,
    sday: int | Unset = UNSET,
    eday: int | Unset = UNSET,
    machid: int | Unset = UNSET,
    last_days: int | Unset = UNSET,
) -> Error | ShowEarningsResponse200 | ShowEarningsResponse429 | None:
    """show earnings

     Retrieves the earnings history for a specified time range and optionally per machine.

    CLI Usage: `vastai show earnings [options]`

    Args:
        user_id (int):
        sday (int | Unset):
        eday (int | Unset):
        machid (int | Unset):
        last_days (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowEarningsResponse200 | ShowEarningsResponse429
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        sday=sday,
        eday=eday,
        machid=machid,
        last_days=last_days,
    ).parsed


async def asyncio_detailed(
    user_id: int,
    *,
    client: AuthenticatedClient,
    sday: int | Unset = UNSET,
    eday: int | Unset = UNSET,
    machid: int | Unset = UNSET,
    last_days: int | Unset = UNSET,
) -> Response[Error | ShowEarningsResponse200 | ShowEarningsResponse429]:
    """show earnings

     Retrieves the earnings history for a specified time range and optionally per machine.

    CLI Usage: `vastai show earnings [options]`

    Args:
        user_id (int):
        sday (int | Unset):
        eday (int | Unset):
        machid (int | Unset):
        last_days (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowEarningsResponse200 | ShowEarningsResponse429]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        sday=sday,
        eday=eday,
        machid=machid,
        last_days=last_days,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: int,
    *,
    client: AuthenticatedClient,
    sday: int | Unset = UNSET,
    eday: int | Unset = UNSET,
    machid: int | Unset = UNSET,
    last_days: int | Unset = UNSET,
) -> Error | ShowEarningsResponse200 | ShowEarningsResponse429 | None:
    """show earnings

     Retrieves the earnings history for a specified time range and optionally per machine.

    CLI Usage: `vastai show earnings [options]`

    Args:
        user_id (int):
        sday (int | Unset):
        eday (int | Unset):
        machid (int | Unset):
        last_days (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowEarningsResponse200 | ShowEarningsResponse429
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            sday=sday,
            eday=eday,
            machid=machid,
            last_days=last_days,
        )
    ).parsed
