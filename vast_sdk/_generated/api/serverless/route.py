from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.route_body import RouteBody
from ...models.route_no_worker_available import RouteNoWorkerAvailable
from ...models.route_response_400 import RouteResponse400
from ...models.route_response_401 import RouteResponse401
from ...models.route_worker_available import RouteWorkerAvailable
from ...types import Response


def _get_kwargs(
    *,
    body: RouteBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/route/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    RouteNoWorkerAvailable
    | RouteWorkerAvailable
    | RouteResponse400
    | RouteResponse401
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> RouteNoWorkerAvailable | RouteWorkerAvailable:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_worker_available = RouteWorkerAvailable.from_dict(data)

                return response_200_worker_available
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_no_worker_available = RouteNoWorkerAvailable.from_dict(data)

            return response_200_no_worker_available

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = RouteResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RouteResponse401.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    RouteNoWorkerAvailable | RouteWorkerAvailable | RouteResponse400 | RouteResponse401
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
    body: RouteBody,
) -> Response[
    RouteNoWorkerAvailable | RouteWorkerAvailable | RouteResponse400 | RouteResponse401
]:
    """route

     Calls on the serverless engine to retrieve a GPU instance address within your endpoint for
    processing a request.
    The engine will return either a ready worker URL or status information if no workers are available.

    CLI Usage: `vastai route <endpoint> <cost>`

    Args:
        body (RouteBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RouteNoWorkerAvailable | RouteWorkerAvailable | RouteResponse400 | RouteResponse401]
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
    body: RouteBody,
) -> (
    RouteNoWorkerAvailable
    | RouteWorkerAvailable
    | RouteResponse400
    | RouteResponse401
    | None
):
    """route

     Calls on the serverless engine to retrieve a GPU instance address within your endpoint for
    processing a request.
    The engine will return either a ready worker URL or status information if no workers are available.

    CLI Usage: `vastai route <endpoint> <cost>`

    Args:
        body (RouteBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RouteNoWorkerAvailable | RouteWorkerAvailable | RouteResponse400 | RouteResponse401
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RouteBody,
) -> Response[
    RouteNoWorkerAvailable | RouteWorkerAvailable | RouteResponse400 | RouteResponse401
]:
    """route

     Calls on the serverless engine to retrieve a GPU instance address within your endpoint for
    processing a request.
    The engine will return either a ready worker URL or status information if no workers are available.

    CLI Usage: `vastai route <endpoint> <cost>`

    Args:
        body (RouteBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RouteNoWorkerAvailable | RouteWorkerAvailable | RouteResponse400 | RouteResponse401]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RouteBody,
) -> (
    RouteNoWorkerAvailable
    | RouteWorkerAvailable
    | RouteResponse400
    | RouteResponse401
    | None
):
    """route

     Calls on the serverless engine to retrieve a GPU instance address within your endpoint for
    processing a request.
    The engine will return either a ready worker URL or status information if no workers are available.

    CLI Usage: `vastai route <endpoint> <cost>`

    Args:
        body (RouteBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RouteNoWorkerAvailable | RouteWorkerAvailable | RouteResponse400 | RouteResponse401
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
