from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_template_body import CreateTemplateBody
from ...models.create_template_response_200 import CreateTemplateResponse200
from ...models.create_template_response_400 import CreateTemplateResponse400
from ...types import Response


def _get_kwargs(
    *,
    body: CreateTemplateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v0/template/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreateTemplateResponse200 | CreateTemplateResponse400 | None:
    if response.status_code == 200:
        response_200 = CreateTemplateResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateTemplateResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CreateTemplateResponse200 | CreateTemplateResponse400]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTemplateBody,
) -> Response[Any | CreateTemplateResponse200 | CreateTemplateResponse400]:
    """create template

     Creates a new template for launching instances.

    CLI Usage: `vastai create template <name> <image> [options]`

    Args:
        body (CreateTemplateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateTemplateResponse200 | CreateTemplateResponse400]
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
    body: CreateTemplateBody,
) -> Any | CreateTemplateResponse200 | CreateTemplateResponse400 | None:
    """create template

     Creates a new template for launching instances.

    CLI Usage: `vastai create template <name> <image> [options]`

    Args:
        body (CreateTemplateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateTemplateResponse200 | CreateTemplateResponse400
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTemplateBody,
) -> Response[Any | CreateTemplateResponse200 | CreateTemplateResponse400]:
    """create template

     Creates a new template for launching instances.

    CLI Usage: `vastai create template <name> <image> [options]`

    Args:
        body (CreateTemplateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateTemplateResponse200 | CreateTemplateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateTemplateBody,
) -> Any | CreateTemplateResponse200 | CreateTemplateResponse400 | None:
    """create template

     Creates a new template for launching instances.

    CLI Usage: `vastai create template <name> <image> [options]`

    Args:
        body (CreateTemplateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateTemplateResponse200 | CreateTemplateResponse400
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
