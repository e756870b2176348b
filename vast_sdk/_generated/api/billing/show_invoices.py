from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import Error
from ...models.show_invoices_response_200 import ShowInvoicesResponse200
from ...models.show_invoices_response_429 import ShowInvoicesResponse429
from ...types import UNSET, Response, Unset


def _get_kwargs(
    user_id: str,
    *,
    inc_charges: bool | Unset = UNSET,
    only_payouts: bool | Unset = UNSET,
    no_payouts: bool | Unset = UNSET,
    sdate: str | Unset = UNSET,
    edate: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["inc_charges"] = inc_charges

    params["only_payouts"] = only_payouts

    params["no_payouts"] = no_payouts

    params["sdate"] = sdate

    params["edate"] = edate

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v0/users/{user_id}/invoices/".format(
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ShowInvoicesResponse200 | ShowInvoicesResponse429 | None:
    if response.status_code == 200:
        response_200 = ShowInvoicesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ShowInvoicesResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ShowInvoicesResponse200 | ShowInvoicesResponse429]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    inc_charges: bool | Unset = UNSET,
    only_payouts: bool | Unset = UNSET,
    no_payouts: bool | Unset = UNSET,
    sdate: str | Unset = UNSET,
    edate: str | Unset = UNSET,
) -> Response[Error | ShowInvoicesResponse200 | ShowInvoicesResponse429]:
    """show invoices

     This endpoint retrieves billing history reports for the authenticated user, including charges and
    credits.

    CLI Usage: `vastai show invoices`

    Args:
        user_id (str):
        inc_charges (bool | Unset):
        only_payouts (bool | Unset):
        no_payouts (bool | Unset):
        sdate (str | Unset):
        edate (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowInvoicesResponse200 | ShowInvoicesResponse429]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        inc_charges=inc_charges,
        only_payouts=only_payouts,
        no_payouts=no_payouts,
        sdate=sdate,
        edate=edate,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient,
    inc_charges: bool | Unset = UNSET,
    only_payouts: bool | Unset = UNSET,
    no_payouts: bool | Unset = UNSET,
    sdate: str | Unset = UNSET,
    edate: str | Unset = UNSET,
) -> Error | ShowInvoicesResponse200 | ShowInvoicesResponse429 | None:
    """show invoices

     This endpoint retrieves billing history reports for the authenticated user, including charges and
    credits.

    CLI Usage: `vastai show invoices`

    Args:
        user_id (str):
        inc_charges (bool | Unset):
        only_payouts (bool | Unset):
        no_payouts (bool | Unset):
        sdate (str | Unset):
        edate (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowInvoicesResponse200 | ShowInvoicesResponse429
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        inc_charges=inc_charges,
        only_payouts=only_payouts,
        no_payouts=no_payouts,
        sdate=sdate,
        edate=edate,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    inc_charges: bool | Unset = UNSET,
    only_payouts: bool | Unset = UNSET,
    no_payouts: bool | Unset = UNSET,
    sdate: str | Unset = UNSET,
    edate: str | Unset = UNSET,
) -> Response[Error | ShowInvoicesResponse200 | ShowInvoicesResponse429]:
    """show invoices

     This endpoint retrieves billing history reports for the authenticated user, including charges and
    credits.

    CLI Usage: `vastai show invoices`

    Args:
        user_id (str):
        inc_charges (bool | Unset):
        only_payouts (bool | Unset):
        no_payouts (bool | Unset):
        sdate (str | Unset):
        edate (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowInvoicesResponse200 | ShowInvoicesResponse429]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        inc_charges=inc_charges,
        only_payouts=only_payouts,
        no_payouts=no_payouts,
        sdate=sdate,
        edate=edate,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient,
    inc_charges: bool | Unset = UNSET,
    only_payouts: bool | Unset = UNSET,
    no_payouts: bool | Unset = UNSET,
    sdate: str | Unset = UNSET,
    edate: str | Unset = UNSET,
) -> Error | ShowInvoicesResponse200 | ShowInvoicesResponse429 | None:
    """show invoices

     This endpoint retrieves billing history reports for the authenticated user, including charges and
    credits.

    CLI Usage: `vastai show invoices`

    Args:
        user_id (str):
        inc_charges (bool | Unset):
        only_payouts (bool | Unset):
        no_payouts (bool | Unset):
        sdate (str | Unset):
        edate (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowInvoicesResponse200 | ShowInvoicesResponse429
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            inc_charges=inc_charges,
            only_payouts=only_payouts,
            no_payouts=no_payouts,
            sdate=sdate,
            edate=edate,
        )
    ).parsed
